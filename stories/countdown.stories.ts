import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DAY, HOUR, MINUTE, REFERENCE, startingIn } from './support/fixtures.js';
import { problemsPanel } from './support/problems.js';
import { caption, countdownElement } from './support/templates.js';

/**
 * `<dialogue-countdown>` on its own, reading its attributes. Inside a card it shows
 * the card's event instead (see the dialogue-event stories).
 */
const meta: Meta = {
  title: 'Elements/dialogue-countdown',
  component: 'dialogue-countdown',
  tags: ['autodocs'],
  args: { start: REFERENCE.start, end: REFERENCE.end, 'time-zone': REFERENCE.timeZone },
  // `state` is the element's answer, reflected: setting it changes nothing.
  argTypes: { state: { control: false } },
  render: (args, context) => countdownElement(args, context),
  parameters: {
    docs: {
      description: {
        component:
          "All stories here share the toolbar's **Now** (default 5 July 2023, 16:00 CAT). Pick another " +
          'moment to watch each countdown move between `upcoming`, `live` and `ended`; pick another ' +
          '**Viewer zone** to see the second time change. `dialogue-state-change` events show in the ' +
          'Actions panel.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const at = startingIn;

export const Tomorrow: Story = {
  name: 'Tomorrow (the reference event)',
};

export const FarAway: Story = { name: 'Far away', args: at(45 * DAY) };

export const LaterToday: Story = { name: 'Later today', args: at(5 * HOUR + 20 * MINUTE) };

export const StartingSoon: Story = { name: 'Starting soon', args: at(10 * MINUTE) };

export const SecondsLeft: Story = {
  name: 'Seconds left',
  args: at(45 / 60),
  parameters: { docs: { description: { story: '45 seconds before the start: the countdown shows seconds.' } } },
};

export const Live: Story = { args: at(-30 * MINUTE) };

export const LiveWithoutEnd: Story = {
  name: 'Live, no end given',
  args: { ...at(-30 * MINUTE), end: '' },
  parameters: {
    docs: {
      description: {
        story: 'Without an `end`, the event counts as live for the documented default length (90 minutes).',
      },
    },
  },
};

export const Ended: Story = { args: at(-1 * DAY) };

export const Cancelled: Story = { args: { ...at(2 * DAY), status: 'cancelled' } };

export const Postponed: Story = { args: { ...at(2 * DAY), status: 'postponed' } };

export const OffsetOnly: Story = {
  name: 'Start with an offset, no zone',
  args: { start: '2023-07-06T16:00+02:00', end: '', 'time-zone': '' },
  parameters: {
    docs: {
      description: {
        story: "An instant written with its offset and no IANA zone: the event's time is shown at that offset.",
      },
    },
  },
};

export const Floating: Story = {
  name: 'Floating time (no zone, no offset)',
  args: { start: '2023-07-06T16:00', end: '', 'time-zone': '' },
  render: (args, context) => html`${countdownElement(args, context)}${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'A wall-clock time with no zone cannot be converted: it is shown as written, and no countdown is made up.',
      },
    },
  },
};

export const InvalidInput: Story = {
  name: 'Invalid input (problems shown)',
  args: {
    start: 'next Thursday',
    end: 'soon',
    'time-zone': 'Mars/Olympus_Mons',
    status: 'on hold',
    'viewer-time-zone': 'Atlantis',
  },
  render: (args, context) => html`${countdownElement(args, context)}${problemsPanel()}`,
  parameters: { viewerTimeZone: null },
};

export const ZonesSideBySide: Story = {
  name: 'One event, seen from six zones',
  render: (args) => html`
    ${[
      'Africa/Maputo',
      'Africa/Lagos',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Pacific/Auckland',
      'Pacific/Chatham',
    ].map(
      (zone) => html`${caption(zone)}${countdownElement({ ...args, 'viewer-time-zone': zone }, undefined as never)}`,
    )}
  `,
  parameters: {
    docs: {
      description: {
        story:
          "The reference event from six viewers' zones (fixed here, so the toolbar's zone does not apply): " +
          "the weekday or date shows where it differs from the event's.",
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DAY, HOUR, maputoWallTime, MINUTE, REFERENCE, startingIn } from './support/fixtures.js';
import { problemsPanel } from './support/problems.js';
import { registerElement } from './support/templates.js';

/**
 * `<dialogue-register>` on its own: the call to action follows the event's life.
 * Following the registration link fires `dialogue-register` (see Actions).
 */
const meta: Meta = {
  title: 'Elements/dialogue-register',
  component: 'dialogue-register',
  tags: ['autodocs'],
  args: {
    name: REFERENCE.name,
    start: REFERENCE.start,
    end: REFERENCE.end,
    'time-zone': REFERENCE.timeZone,
    'register-url': REFERENCE.registerUrl,
  },
  render: (args, context) => registerElement(args, context),
  parameters: {
    docs: {
      description: {
        component:
          "Every story here is told from the toolbar's **Now** (default 5 July 2023, 16:00 CAT). Open " +
          '"Add to calendar" for the .ics file, Google Calendar and Outlook links.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const at = startingIn;

export const RegistrationOpen: Story = { name: 'Registration open (the reference event)' };

export const FarAway: Story = { name: 'Far away', args: at(45 * DAY) };

export const StartingSoon: Story = { name: 'Starting soon', args: at(10 * MINUTE) };

export const MenuOpen: Story = {
  name: 'Calendar menu open',
  play: async ({ canvasElement }) => {
    const register = canvasElement.querySelector('dialogue-register');
    await register?.updateComplete;
    register?.shadowRoot?.querySelector<HTMLButtonElement>('[part="calendar-button"]')?.click();
  },
};

export const RegistrationClosed: Story = {
  name: 'Registration closed',
  args: { ...at(1 * DAY), 'registration-closes': maputoWallTime(-4 * HOUR) },
};

export const LiveWithJoinLink: Story = {
  name: 'Live, with a join link',
  args: { ...at(-20 * MINUTE), 'join-url': REFERENCE.joinUrl },
};

export const EndedWithRecording: Story = {
  name: 'Ended, with a recording',
  args: { ...at(-2 * DAY), 'recording-url': REFERENCE.recordingUrl },
};

export const EndedWithoutRecording: Story = {
  name: 'Ended, without a recording',
  args: at(-2 * DAY),
  parameters: { docs: { description: { story: 'Nothing left to do: the element renders nothing.' } } },
};

export const Cancelled: Story = { args: { ...at(2 * DAY), status: 'cancelled' } };

export const Postponed: Story = { args: { ...at(2 * DAY), status: 'postponed' } };

export const InvalidInput: Story = {
  name: 'Invalid input (problems shown)',
  args: {
    start: '2023-13-45T99:00',
    'time-zone': 'Central Africa',
    'register-url': 'javascript:alert(1)',
    'join-url': 'mailto:host@example.org',
  },
  render: (args, context) => html`${registerElement(args, context)}${problemsPanel()}`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  CAST,
  DAY,
  HOUR,
  maputoWallTime,
  MINUTE,
  panelistChildren,
  REFERENCE,
  REFERENCE_ATTRIBUTES,
  startingIn,
} from './support/fixtures.js';
import { problemsPanel } from './support/problems.js';
import { eventElement, partnerChildren, referenceContent } from './support/templates.js';

/**
 * `<dialogue-event>` in every state of an event's life. Every story is told from
 * the same fixed "now" (5 July 2023, 16:00 in Maputo; change it in the toolbar),
 * and each event is placed relative to it.
 */
const meta: Meta = {
  title: 'Elements/dialogue-event',
  component: 'dialogue-event',
  tags: ['autodocs'],
  args: { ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt },
  render: (args, context) => eventElement(args, context, referenceContent()),
  parameters: {
    docs: {
      description: {
        component:
          "Every story on this page shares one clock: the toolbar's **Now** (default 5 July 2023, 16:00 " +
          'CAT) moves them all together, and **Viewer zone** changes the "your time" line. The attribute ' +
          'table below is read from `custom-elements.json`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** One event placed `minutes` from the story's "now", in Maputo's wall-clock time. */
const at = startingIn;

export const Tomorrow: Story = {
  name: 'Tomorrow (the reference event)',
  parameters: {
    docs: {
      description: {
        story: 'The reference Digital Dialogue, the day before it starts: register and add-to-calendar are offered.',
      },
    },
  },
};

export const FarAway: Story = {
  name: 'Far away',
  args: at(45 * DAY),
  parameters: { docs: { description: { story: 'Six weeks ahead: the countdown speaks in days.' } } },
};

export const StartingSoon: Story = {
  name: 'Starting soon',
  args: at(10 * MINUTE),
  parameters: {
    docs: { description: { story: 'Ten minutes before the start, the countdown is highlighted as starting soon.' } },
  },
};

export const LiveWithJoinLink: Story = {
  name: 'Live, with a join link',
  args: { ...at(-30 * MINUTE), 'join-url': REFERENCE.joinUrl },
  parameters: { docs: { description: { story: 'Half an hour in: the main button becomes "Join now".' } } },
};

export const LiveWithoutJoinLink: Story = {
  name: 'Live, without a join link',
  args: at(-30 * MINUTE),
  parameters: {
    docs: { description: { story: 'Live, but the host gave no join link: registration stays the call to action.' } },
  },
};

export const EndedWithRecording: Story = {
  name: 'Ended, with a recording',
  args: { ...at(-1 * DAY), 'recording-url': REFERENCE.recordingUrl },
  parameters: { docs: { description: { story: 'The day after: the recording is offered.' } } },
};

export const EndedWithoutRecording: Story = {
  name: 'Ended, without a recording',
  args: at(-7 * DAY),
  parameters: {
    docs: { description: { story: 'A week after, no recording: nothing to click, the card says it has ended.' } },
  },
};

export const RegistrationClosed: Story = {
  name: 'Registration closed',
  args: { ...at(1 * DAY), 'registration-closes': maputoWallTime(-4 * HOUR) },
  parameters: { docs: { description: { story: 'Registration closed this morning, before the event.' } } },
};

export const Cancelled: Story = {
  args: { ...at(2 * DAY), status: 'cancelled' },
  parameters: { docs: { description: { story: 'Cancelled: a badge, no countdown, nothing to register for.' } } },
};

export const Postponed: Story = {
  args: { ...at(2 * DAY), status: 'postponed' },
  parameters: { docs: { description: { story: 'Postponed: the old date no longer holds; a new one will follow.' } } },
};

export const Rescheduled: Story = {
  args: { ...at(14 * DAY), status: 'rescheduled' },
  parameters: { docs: { description: { story: 'Rescheduled: the new date is shown with a badge.' } } },
};

export const MovedOnline: Story = {
  name: 'Moved online',
  args: { ...at(3 * DAY), status: 'moved-online' },
};

export const WithPartners: Story = {
  name: 'With partners',
  render: (args, context) => eventElement(args, context, html`${referenceContent()}${partnerChildren()}`),
  parameters: {
    docs: {
      description: {
        story: 'Co-hosting organisations as `<dialogue-partner>` children: logos, linked where they have a site.',
      },
    },
  },
};

export const LargePanel: Story = {
  name: 'A panel of twelve',
  args: { name: 'Civic tech in the global South: twelve voices', ...at(5 * DAY, 120) },
  render: (args, context) =>
    eventElement(
      args,
      context,
      html`<p>An afternoon of short talks from people building civic tech in cities on four continents.</p>
        ${panelistChildren(CAST)}`,
    ),
};

export const WithoutImageOrDescription: Story = {
  name: 'Attributes only, nothing inside',
  args: { image: '', 'image-alt': '' },
  render: (args, context) => eventElement(args, context),
  parameters: {
    docs: { description: { story: 'The smallest card: a name, a time and a link, all from attributes.' } },
  },
};

export const InvalidInput: Story = {
  name: 'Invalid input (problems shown)',
  args: {
    name: '',
    start: '6th July at 4pm',
    end: '',
    'time-zone': 'CAT',
    status: 'maybe',
    'register-url': 'javascript:alert(1)',
    'recording-url': 'ftp://example.org/recording.mp4',
    image: 'data:image/png;base64,AAAA',
    'viewer-time-zone': 'Middle Earth/Shire',
  },
  render: (args, context) =>
    html`${eventElement(
      args,
      context,
      html`<p>What an author might paste from a word processor.</p>
        <dialogue-panelist organisation="Nameless Org"></dialogue-panelist>
        <dialogue-panelist
          name="Safe Person"
          href="javascript:void(0)"
          photo="data:image/svg+xml,&lt;svg/&gt;"
        ></dialogue-panelist>`,
    )}
    ${problemsPanel()}`,
  parameters: {
    viewerTimeZone: null,
    docs: {
      description: {
        story:
          'Nothing usable: an unreadable start, an unknown zone and status, links that are not http(s). ' +
          'The element never throws and never links them; each problem is on `element.problems` (listed ' +
          'below) and warned once in the console.',
      },
    },
  },
};

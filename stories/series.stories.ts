import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DAY, MINUTE, REFERENCE, startingIn } from './support/fixtures.js';
import { elementArgs } from './support/element-args.js';
import { viewerZone } from './support/globals.js';
import { problemsPanel } from './support/problems.js';
import { caption, referenceContent } from './support/templates.js';

/**
 * `<dialogue-series>`: the next event as the full card, the ones after it as rows,
 * the past ones with their recordings. Every event is placed relative to the
 * stories' "now": move the toolbar's **Now** and the series moves on.
 */
const meta: Meta = {
  title: 'Elements/dialogue-series',
  component: 'dialogue-series',
  tags: ['autodocs'],
  args: { 'past-limit': '3' },
  render: (args, context) => seriesElement(args, context, DIGITAL_DIALOGUES),
  parameters: {
    docs: {
      description: {
        component:
          "A series from one feed (`src`) or from `<dialogue-event>` children. The toolbar's **Now** " +
          '(default 5 July 2023, 16:00 CAT) moves every story: pick "The same evening" and the reference ' +
          "event drops to the past while the next one is featured. **Viewer zone** changes each row's " +
          'second time, **Language** the words and the direction.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;
type Args = Record<string, unknown>;

interface Dialogue {
  name: string;
  /** Minutes from the stories' "now". */
  startsIn: number;
  length?: number;
  status?: string;
  zone?: string;
  recording?: boolean;
  register?: boolean;
  join?: boolean;
  url?: string;
}

/** A season of Digital Dialogues around the reference event (tomorrow at 16:00 in Maputo). */
const DIGITAL_DIALOGUES: Dialogue[] = [
  {
    name: 'Open budgets people can read',
    startsIn: -27 * DAY,
    zone: 'Africa/Nairobi',
    recording: true,
    url: 'https://example.org/dialogues/open-budgets',
  },
  {
    name: 'Community radio meets civic tech',
    startsIn: -13 * DAY,
    zone: 'Africa/Lagos',
    recording: true,
    url: 'https://example.org/dialogues/community-radio',
  },
  { name: 'Data journalism on a shoestring', startsIn: -6 * DAY, zone: 'Africa/Accra' },
  {
    name: REFERENCE.name,
    startsIn: DAY,
    register: true,
    join: true,
    url: 'https://example.org/dialogues/partnerships',
  },
  {
    name: 'Participatory budgeting after the pilot',
    startsIn: 8 * DAY,
    zone: 'America/Sao_Paulo',
    status: 'cancelled',
  },
  {
    name: 'Election tools that last beyond election day',
    startsIn: 15 * DAY,
    zone: 'America/Sao_Paulo',
    register: true,
    url: 'https://example.org/dialogues/election-tools',
  },
  { name: 'Open contracting in practice', startsIn: 22 * DAY, zone: 'Asia/Kolkata', status: 'postponed' },
  {
    name: 'Mapping informal settlements with their residents',
    startsIn: 29 * DAY,
    register: true,
    url: 'https://example.org/dialogues/maps',
  },
];

/** `<dialogue-event>` children: each event's wall time as the stories place it, read in its own zone. */
function eventChildren(dialogues: readonly Dialogue[], context: StoryContext) {
  const zone = viewerZone(context) ?? undefined;
  return dialogues.map((dialogue) => {
    const times = startingIn(dialogue.startsIn, dialogue.length ?? 90);
    return html`<dialogue-event
      name=${dialogue.name}
      start=${times.start}
      end=${times.end}
      time-zone=${dialogue.zone ?? times['time-zone']}
      status=${ifDefined(dialogue.status)}
      register-url=${ifDefined(dialogue.register ? REFERENCE.registerUrl : undefined)}
      join-url=${ifDefined(dialogue.join ? REFERENCE.joinUrl : undefined)}
      recording-url=${ifDefined(dialogue.recording ? REFERENCE.recordingUrl : undefined)}
      viewer-time-zone=${ifDefined(zone)}
      >${dialogue.name === REFERENCE.name ? referenceContent() : ''}</dialogue-event
    >`;
  });
}

const seriesElement = (
  args: Args,
  context: StoryContext,
  dialogues: readonly Dialogue[],
  fallback: unknown = nothing,
) =>
  html`<dialogue-series ${elementArgs(args, context)}
    >${eventChildren(dialogues, context)}${fallback}</dialogue-series
  >`;

const FALLBACK = html`<p>See <a href="https://example.org/dialogues">all our Digital Dialogues</a>.</p>`;

export const Season: Story = {
  name: 'A season (the day before the reference event)',
  parameters: {
    docs: {
      description: {
        story:
          'The reference event is featured with its countdown; a cancelled and a postponed dialogue keep ' +
          'their place among the rows and say so; the three most recent past ones are listed newest first, ' +
          'with "Watch the recording" where there is one.',
      },
    },
  },
};

export const Live: Story = {
  name: 'Live now',
  render: (args, context) =>
    seriesElement(
      args,
      context,
      DIGITAL_DIALOGUES.map((d) => (d.name === REFERENCE.name ? { ...d, startsIn: -30 * MINUTE } : d)),
    ),
  parameters: {
    docs: {
      description: {
        story: 'Half an hour into the featured dialogue: its card says "Live now" and offers the join link.',
      },
    },
  },
};

export const MovedOn: Story = {
  name: 'Moved on (the reference event is over)',
  render: (args, context) =>
    seriesElement(
      args,
      context,
      DIGITAL_DIALOGUES.map((d) =>
        d.name === REFERENCE.name ? { ...d, startsIn: -3 * 60 * MINUTE, recording: true } : d,
      ),
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Three hours after the reference event began: it is in the past with its recording, and the next ' +
          'dialogue that will happen is featured (the cancelled one is not).',
      },
    },
  },
};

export const NothingScheduled: Story = {
  name: 'Nothing still to come',
  render: (args, context) => seriesElement(args, context, DIGITAL_DIALOGUES.slice(0, 3)),
  parameters: {
    docs: {
      description: {
        story: 'Every dialogue is over: no card, and the recent ones with their recordings.',
      },
    },
  },
};

export const UpcomingOnly: Story = {
  name: 'Upcoming only (past-limit="0", upcoming-limit="2")',
  args: { 'past-limit': '0', 'upcoming-limit': '2' },
};

export const FromFeed: Story = {
  name: 'From a feed (src: an EventSeries)',
  args: { src: 'assets/events/series.jsonld' },
  render: (args, context) => html`<dialogue-series ${elementArgs(args, context)}>${FALLBACK}</dialogue-series>`,
  parameters: {
    docs: {
      description: {
        story:
          'The form the WordPress plugin publishes at `/wp-json/dialogue-widgets/v1/events`: an ' +
          'EventSeries whose `subEvent`s carry their zone by name. Each entry is read as `<dialogue-event ' +
          'src>` reads one event.',
      },
    },
  },
};

export const FeedFails: Story = {
  name: 'A feed that fails (fallback shown)',
  args: { src: 'assets/images/partnership.svg' },
  render: (args, context) =>
    html`<dialogue-series ${elementArgs(args, context)}>${FALLBACK}</dialogue-series>${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'The address answers with a picture, not JSON (a network error or a 404 is handled the same ' +
          "way): the author's fallback stays, and `problems` says why.",
      },
    },
  },
};

export const NotAList: Story = {
  name: 'A feed that is not an event list',
  args: { src: 'assets/events/not-an-event.jsonld' },
  render: (args, context) =>
    html`<dialogue-series ${elementArgs(args, context)}>${FALLBACK}</dialogue-series>${problemsPanel()}`,
};

export const UnusableEntries: Story = {
  name: 'Unusable and repeated entries (problems shown)',
  render: (args, context) =>
    html`<dialogue-series ${elementArgs(args, context)}>
        ${eventChildren(DIGITAL_DIALOGUES.slice(2, 5), context)}
        <dialogue-event
          name="A zone nobody knows"
          start="2023-07-10T10:00"
          time-zone="Mars/Olympus_Mons"
        ></dialogue-event>
        <dialogue-event name="No start yet"></dialogue-event>
        ${eventChildren(DIGITAL_DIALOGUES.slice(3, 4), context)}
      </dialogue-series>
      ${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'An unknown zone and a missing start are left out and listed in `problems`; the reference event, given twice with the same `url`, shows once.',
      },
    },
  },
};

export const Arabic: Story = {
  name: 'Arabic, right to left',
  parameters: { lang: 'ar' },
};

export const PhoneAndWide: Story = {
  name: 'On a phone and in a wide column',
  render: (args, context) =>
    html`${caption('360 px')}
      <div style="max-inline-size: 360px">${seriesElement(args, context, DIGITAL_DIALOGUES)}</div>
      ${caption('60rem')}
      <div style="max-inline-size: 60rem">${seriesElement(args, context, DIGITAL_DIALOGUES)}</div>`,
};

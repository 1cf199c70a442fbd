import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DAY, HOUR, MINUTE, REFERENCE, REFERENCE_ATTRIBUTES, STORY_NOW } from './support/fixtures.js';
import { viewerZone } from './support/globals.js';
import { eventElement, partnerChildren, referenceContent } from './support/templates.js';

/**
 * Whole pages, as partner sites build them: a listing of many events, and the
 * reference event inside a busy WordPress page.
 */
const meta: Meta = { title: 'Guides/Pages', parameters: { layout: 'fullscreen' } };
export default meta;

type Story = StoryObj;

interface Listed {
  name: string;
  /** Minutes from the story's "now". */
  from: number;
  minutes: number;
  zone: string;
  status?: string;
  recording?: boolean;
  join?: boolean;
}

/** Thirty fictional sessions around the story's "now", in zones across the network. */
const SESSIONS: Listed[] = [
  {
    name: 'Open budgets that people actually read',
    from: -20 * DAY,
    minutes: 90,
    zone: 'Africa/Nairobi',
    recording: true,
  },
  {
    name: 'Mapping informal settlements with residents',
    from: -14 * DAY,
    minutes: 60,
    zone: 'Africa/Maputo',
    recording: true,
  },
  { name: 'What African civic tech is doing now', from: -9 * DAY, minutes: 90, zone: 'Africa/Johannesburg' },
  {
    name: 'Text-message reporting for water outages',
    from: -6 * DAY,
    minutes: 75,
    zone: 'Africa/Lagos',
    recording: true,
  },
  {
    name: 'A gender-equal approach to remote work',
    from: -3 * DAY,
    minutes: 60,
    zone: 'Africa/Maputo',
    status: 'cancelled',
  },
  {
    name: 'Election promise trackers: lessons from three cycles',
    from: -1 * DAY,
    minutes: 90,
    zone: 'Asia/Kolkata',
    recording: true,
  },
  { name: 'Community radio meets open data', from: -45 * MINUTE, minutes: 90, zone: 'Africa/Nairobi', join: true },
  {
    name: 'Accessibility audits for public services',
    from: -10 * MINUTE,
    minutes: 60,
    zone: 'Europe/Lisbon',
    join: true,
  },
  { name: 'Petitions platforms and the people behind them', from: 12 * MINUTE, minutes: 60, zone: 'Africa/Lagos' },
  { name: 'Participatory budgeting, ten years on', from: 3 * HOUR, minutes: 90, zone: 'America/Sao_Paulo' },
  { name: REFERENCE.name, from: 1 * DAY, minutes: 90, zone: 'Africa/Maputo' },
  {
    name: 'Funding civic tech without losing your mission',
    from: 1 * DAY + 5 * HOUR,
    minutes: 60,
    zone: 'Africa/Accra',
  },
  {
    name: 'Data protection for small civic groups',
    from: 2 * DAY,
    minutes: 90,
    zone: 'Africa/Kigali',
    status: 'postponed',
  },
  { name: 'Working with city hall: a field guide', from: 3 * DAY, minutes: 90, zone: 'America/Mexico_City' },
  { name: 'Open contracting in health procurement', from: 4 * DAY, minutes: 75, zone: 'Africa/Nairobi' },
  {
    name: 'Building with, not for, communities',
    from: 6 * DAY,
    minutes: 90,
    zone: 'Africa/Johannesburg',
    status: 'rescheduled',
  },
  { name: 'Civic tech in the classroom', from: 8 * DAY, minutes: 60, zone: 'Africa/Dar_es_Salaam' },
  { name: 'Misinformation and local elections', from: 10 * DAY, minutes: 90, zone: 'Africa/Lagos' },
  { name: 'Public transport data made useful', from: 13 * DAY, minutes: 60, zone: 'America/Bogota' },
  { name: 'Running a hackathon that leaves something behind', from: 15 * DAY, minutes: 90, zone: 'Asia/Manila' },
  { name: 'Land records and digital rights', from: 18 * DAY, minutes: 90, zone: 'Africa/Kampala' },
  { name: 'Measuring the impact of civic tech', from: 21 * DAY, minutes: 120, zone: 'Africa/Maputo' },
  { name: 'Open source in government: who maintains it?', from: 24 * DAY, minutes: 60, zone: 'Europe/London' },
  { name: 'Citizen science for air quality', from: 28 * DAY, minutes: 90, zone: 'Asia/Jakarta' },
  { name: 'Design research with low-connectivity users', from: 31 * DAY, minutes: 75, zone: 'Africa/Addis_Ababa' },
  {
    name: 'Feedback loops between citizens and councils',
    from: 35 * DAY,
    minutes: 90,
    zone: 'Africa/Dakar',
    status: 'moved-online',
  },
  { name: 'Newsrooms and civic technologists', from: 40 * DAY, minutes: 60, zone: 'Africa/Lagos' },
  { name: 'Safeguarding activists online', from: 47 * DAY, minutes: 90, zone: 'America/Lima' },
  { name: 'Regional networks: what they are for', from: 55 * DAY, minutes: 90, zone: 'Africa/Harare' },
  { name: 'Looking back: a year of Digital Dialogues', from: 63 * DAY, minutes: 120, zone: 'Africa/Maputo' },
];

/** An instant `minutes` from the story's "now", written with a `Z` (the zone attribute says where it is local). */
const instant = (minutes: number) => new Date(STORY_NOW + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');

export const Listing: Story = {
  name: 'A listing of 30 events',
  render: (_args, context) => html`
    <style>
      .listing {
        padding: 2rem;
        background: #f6f7f9;
        min-block-size: 100vh;
        box-sizing: border-box;
      }
      .listing header {
        max-inline-size: 70rem;
        margin: 0 auto 1.5rem;
      }
      .listing h1 {
        margin: 0 0 0.25rem;
      }
      .listing ol {
        list-style: none;
        margin: 0 auto;
        padding: 0;
        max-inline-size: 70rem;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
        gap: 1rem;
      }
      .listing dialogue-event {
        --dialogue-surface: #fff;
        --dialogue-padding: 1rem;
        block-size: 100%;
      }
    </style>
    <div class="listing">
      <header>
        <h1>Digital Dialogues</h1>
        <p>Thirty sessions across the network: past ones with recordings, two live now, and what is coming up.</p>
      </header>
      <ol>
        ${SESSIONS.map(
          (session) =>
            html`<li>
              <dialogue-event
                name=${session.name}
                start=${instant(session.from)}
                end=${instant(session.from + session.minutes)}
                time-zone=${session.zone}
                status=${ifDefined(session.status)}
                register-url="https://example.org/register"
                join-url=${ifDefined(session.join ? 'https://example.org/join' : undefined)}
                recording-url=${ifDefined(session.recording ? 'https://example.org/recording' : undefined)}
                viewer-time-zone=${ifDefined(viewerZone(context) ?? undefined)}
              ></dialogue-event>
            </li>`,
        )}
      </ol>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          "Thirty attribute-only cards on one page, all driven by one shared timer. Move the toolbar's Now to watch them change state together.",
      },
    },
  },
};

export const PartnerPage: Story = {
  name: 'A busy WordPress page',
  render: (_args, context) => html`
    <style>
      .wp-page {
        font-family: 'Helvetica Neue', Arial, sans-serif;
        color: #333;
        background: #fff;
      }
      .wp-page .site-header {
        background: #23282d;
        color: #fff;
        padding: 0.75rem 2rem;
        display: flex;
        gap: 2rem;
        align-items: center;
      }
      .wp-page .site-header nav a {
        color: #ddd;
        margin-inline-end: 1rem;
        text-decoration: none;
      }
      .wp-page .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 16rem;
        gap: 2rem;
        padding: 2rem;
        max-inline-size: 72rem;
        margin: 0 auto;
      }
      .wp-page aside {
        font-size: 0.9rem;
        border-inline-start: 1px solid #ddd;
        padding-inline-start: 1rem;
      }
      .wp-page .php-warning {
        font-family: monospace;
        font-size: 0.8rem;
        background: #fff3f3;
        border: 1px solid #f5c2c2;
        padding: 0.5rem;
      }
    </style>
    <div class="wp-page">
      <div class="site-header">
        <strong>Civic Tech Network</strong>
        <nav><a href="#">Home</a><a href="#">Dialogues</a><a href="#">Research</a></nav>
      </div>
      <div class="layout">
        <main class="entry-content">
          <h1>Digital Dialogue</h1>
          ${eventElement(
            { ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt },
            context,
            html`${referenceContent()}${partnerChildren()}`,
          )}
          <p>
            Also read: “What is happening in African civic tech now” and “What would a gender-equal approach to remote
            working look like?”
          </p>
          <p class="php-warning">
            <b>Warning</b>: Attempt to read property "post_type" on int in /wp-content/plugins/some-plugin/editor.php on
            line 220
          </p>
        </main>
        <aside>
          <h2>Next up</h2>
          <dialogue-countdown
            start=${REFERENCE.start}
            end=${REFERENCE.end}
            time-zone=${REFERENCE.timeZone}
            viewer-time-zone=${ifDefined(viewerZone(context) ?? undefined)}
          ></dialogue-countdown>
        </aside>
      </div>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'The reference event on a host page like the one it was first published on, leaked plugin ' +
          "warning and all: the page's styles do not reach into the card, and the card does not disturb " +
          'the page.',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { REFERENCE, REFERENCE_ATTRIBUTES, REFERENCE_PANEL, referenceDescription } from './support/fixtures.js';
import { elementArgs } from './support/element-args.js';
import { viewerZoneAttribute } from './support/globals.js';
import { problemsPanel } from './support/problems.js';

/**
 * The ways a partner site can embed an event, including the two that survive an
 * editor rewriting the markup (attributes only, and `src`), and what that
 * rewriting does to the others.
 */
const meta: Meta = {
  title: 'Guides/Embedding',
  component: 'dialogue-event',
  parameters: {
    docs: {
      description: {
        component:
          'Each story shows the markup a partner pastes. The `src` stories fetch ' +
          '`stories/assets/events/*.jsonld`, served by Storybook from its static directory.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const AttributesOnly: Story = {
  name: 'Attributes only',
  args: { ...REFERENCE_ATTRIBUTES },
  render: (args, context) => html`<dialogue-event ${elementArgs(args, context)}></dialogue-event>`,
  parameters: {
    docs: {
      description: {
        story:
          'Everything in attributes, nothing inside: no editor can move anything out of it. The form the WordPress shortcode writes.',
      },
    },
  },
};

export const FromSrc: Story = {
  name: "From src (the host's JSON-LD)",
  args: { src: 'assets/events/reference.jsonld' },
  render: (args, context) =>
    html`<dialogue-event ${elementArgs(args, context)}>
      <noscript>
        <p>
          How to use partnerships to strengthen the Impact of Civic Tech: 6 July 2023, 16:00 CAT.
          <a href="https://example.org/register">Register</a>
        </p>
      </noscript>
    </dialogue-event>`,
  parameters: {
    docs: {
      description: {
        story:
          "The partner writes only `src`: the host's published schema.org Event brings the name, times, " +
          'picture, panel, organiser and links. The `<noscript>` inside gives visitors without JavaScript ' +
          'the name, date and link; text written outside a `<noscript>` would outrank what `src` brings, ' +
          'so keep the fallback inside one. Like every story it follows the toolbar\'s **Now**: pick "30 ' +
          'minutes in" or "The same evening" to see the fetched event live or ended.',
      },
    },
  },
};

export const FromSrcNotAnEvent: Story = {
  name: 'From src, not an Event (problems shown)',
  args: { src: 'assets/events/not-an-event.jsonld', 'time-zone': REFERENCE.timeZone },
  render: (args, context) =>
    html`<dialogue-event ${elementArgs(args, context)}>
        <p>The address points at a page that is not an event: this authored text stays.</p>
      </dialogue-event>
      ${problemsPanel()}`,
};

const REFERENCE_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: REFERENCE.name,
  startDate: '2023-07-06T16:00:00+02:00',
  eventStatus: 'https://schema.org/EventScheduled',
  offers: { '@type': 'Offer', url: REFERENCE.registerUrl },
  performer: REFERENCE_PANEL.map((person) => ({
    '@type': 'Person',
    name: person.name,
    affiliation: { '@type': 'Organization', name: person.organisation },
  })),
};

export const ChildJsonLd: Story = {
  name: 'Child JSON-LD',
  args: { 'time-zone': REFERENCE.timeZone },
  render: (args, context) =>
    html`<dialogue-event ${elementArgs(args, context)}>
      ${unsafeHTML(`<script type="application/ld+json">${JSON.stringify(REFERENCE_JSON_LD, null, 2)}</script>`)}
      ${referenceDescription()}
    </dialogue-event>`,
  parameters: {
    docs: {
      description: {
        story:
          'A child `<script type="application/ld+json">`: the same block gives the host page search ' +
          "engines' event results. Attributes override it field by field (here `time-zone`).",
      },
    },
  },
};

export const Composed: Story = {
  name: 'Composed by the author',
  args: { ...REFERENCE_ATTRIBUTES },
  render: (args, context) =>
    html`<dialogue-event
      ${elementArgs(args, context)}
      style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; align-items: start"
    >
      <div>
        <h2 style="margin-block-start: 0">${REFERENCE.name}</h2>
        ${referenceDescription()}
        <dialogue-panelists></dialogue-panelists>
      </div>
      <aside style="border-inline-start: 3px solid #0b57d0; padding-inline-start: 1rem">
        <dialogue-countdown></dialogue-countdown>
        <dialogue-register></dialogue-register>
      </aside>
      ${REFERENCE_PANEL.map(
        (person) =>
          html`<dialogue-panelist name=${person.name} organisation=${person.organisation}></dialogue-panelist>`,
      )}
    </dialogue-event>`,
  parameters: {
    docs: {
      description: {
        story:
          'Place `<dialogue-countdown>`, `<dialogue-panelists>` and `<dialogue-register>` yourself and the ' +
          'event lays out nothing of its own: each reads the event from context, and your children sit ' +
          'directly in the element, so a grid on `<dialogue-event>` itself lays them out.',
      },
    },
  },
};

/** What WordPress's auto-paragraphs make of a pasted event with children: the browser closes the element early. */
const mangledByWpautop = (zone: string) => `
<p><dialogue-event name="${REFERENCE.name}" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="${REFERENCE.registerUrl}"${zone}></p>
<p>Civic tech goes further when the people building it work with others.</p>
<p><dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist><br />
<dialogue-panelist name="Tobi Oluwatola" organisation="Centre for Journalism Innovation and Development"></dialogue-panelist></p>
<p></dialogue-event></p>
`;

export const WordPressAutoParagraphs: Story = {
  name: 'WordPress auto-paragraphs (problems shown)',
  render: (_args, context) =>
    html`<div class="entry-content">${unsafeHTML(mangledByWpautop(viewerZoneAttribute(context)))}</div>
      ${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'Markup pasted into a classic WordPress editor: `wpautop` wraps it in `<p>`, the browser closes ' +
          '`<dialogue-event>` at the first `</p>`, and its children land outside it. The card still shows ' +
          'what its attributes say, the stranded panelists show their names, and the element reports the ' +
          'likely cause and the fix.',
      },
    },
  },
};

const jsonLdWithParagraphs = (zone: string) => `<dialogue-event time-zone="Africa/Maputo"${zone}>
<script type="application/ld+json">
<p>{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "${REFERENCE.name}",</p>
<p>  "startDate": "2023-07-06T16:00:00+02:00",<br />
  "offers": { "@type": "Offer", "url": "${REFERENCE.registerUrl}" }
}</p>
</script>
</dialogue-event>`;

export const WordPressJsonLd: Story = {
  name: 'JSON-LD with inserted paragraphs (problems shown)',
  render: (_args, context) => html`${unsafeHTML(jsonLdWithParagraphs(viewerZoneAttribute(context)))}${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'An editor put `<p>` and `<br />` into the JSON-LD block: the element removes them, reads the event, and says what happened.',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PARTNERS, REFERENCE, REFERENCE_ATTRIBUTES } from './support/fixtures.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { customPropertiesIn } from './support/element-args.js';
import { viewerZone } from './support/globals.js';
import { documentedElements, takesColour } from './support/manifest.js';
import { eventElement, partnerChildren, referenceContent } from './support/templates.js';

/**
 * How the elements take on a partner site's look: fonts and colours inherit from
 * the page; `--dialogue-*` custom properties and `::part()` do the rest. The lists
 * on this page are read from custom-elements.json, so they always match the code.
 */

interface PropertyRow {
  name: string;
  description: string;
  elements: string[];
}

function customProperties(): PropertyRow[] {
  const rows = new Map<string, PropertyRow>();
  for (const declaration of documentedElements()) {
    for (const property of declaration.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        elements: [],
      };
      row.elements.push(declaration.tagName!);
      rows.set(property.name, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function parts(): { element: string; name: string; description: string }[] {
  return documentedElements().flatMap((declaration) =>
    (declaration.cssParts ?? []).map((part) => ({
      element: declaration.tagName!,
      name: part.name,
      description: part.description ?? '',
    })),
  );
}

const PROPERTY_ROWS = customProperties();

/** The manifest's descriptions use Markdown backticks for code: show them as code. */
const withCode = (text: string) =>
  text.split('`').map((piece, index) => (index % 2 ? html`<code>${piece}</code>` : piece));

/** A theme a partner might choose: every custom property set. */
const CIVIC_GREEN: Record<string, string> = {
  '--dialogue-accent': '#1b6e4a',
  '--dialogue-accent-text': '#ffffff',
  '--dialogue-alert': '#a4262c',
  '--dialogue-border': '#b7d3c4',
  '--dialogue-font': "Georgia, 'Times New Roman', serif",
  '--dialogue-link': '#14573a',
  '--dialogue-live': '#c2410c',
  '--dialogue-menu-surface': '#f3f8f5',
  '--dialogue-menu-text': '#12301f',
  '--dialogue-muted': '#4d6357',
  '--dialogue-padding': '1.75rem',
  '--dialogue-photo-size': '4.5rem',
  '--dialogue-radius': '2px',
  '--dialogue-surface': '#fbfdfb',
};

const meta: Meta = {
  title: 'Guides/Look and feel',
  argTypes: Object.fromEntries(
    PROPERTY_ROWS.map((row) => [
      row.name,
      {
        description: `${row.description} (${row.elements.join(', ')})`,
        control: { type: takesColour(row.name) ? 'color' : 'text' },
        table: { category: 'CSS custom properties' },
      },
    ]),
  ),
};
export default meta;

type Story = StoryObj;

const styleFrom = (args: Record<string, unknown>) =>
  customPropertiesIn(args)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

export const DarkPage: Story = {
  name: 'A dark page',
  args: {
    '--dialogue-accent': '#8ab4f8',
    '--dialogue-accent-text': '#0b1b33',
    '--dialogue-alert': '#f28b82',
    '--dialogue-live': '#f28b82',
    '--dialogue-surface': '#1e1f22',
  },
  render: (args, context) => html`
    <style>
      /* Logos drawn for light pages get a light chip of their own. */
      .dark-page dialogue-event::part(partner) {
        background: #f1f3f4;
        border-radius: 6px;
        padding: 0.25rem 0.5rem;
      }
    </style>
    <div class="dark-page" style="background: #121316; color: #e8eaed; color-scheme: dark; padding: 2rem">
      <p style="margin-block-start: 0">
        A partner site with a dark theme: text colour and font are inherited; the accent is set for contrast, and
        <code>::part(partner)</code> gives the logos a light chip.
      </p>
      <div style=${styleFrom(args)}>
        ${eventElement({ ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt }, context, html`${referenceContent()}${partnerChildren(PARTNERS.slice(0, 2))}`)}
      </div>
    </div>
  `,
  parameters: { layout: 'fullscreen' },
};

export const Theming: Story = {
  name: 'Theming: every custom property and part',
  args: CIVIC_GREEN,
  render: (args, context) => html`
    <style>
      .themed dialogue-event::part(name) {
        font-size: 1.9rem;
        letter-spacing: -0.01em;
      }
      .themed dialogue-event::part(card) {
        box-shadow: 0 10px 30px rgb(27 110 74 / 0.15);
      }
      .themed dialogue-event::part(time-left) {
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
      .themed dialogue-event::part(register-link) {
        border-radius: 999px;
        padding-inline: 1.6rem;
      }
      .themed dialogue-event::part(panelist) {
        background: color-mix(in srgb, var(--dialogue-accent) 6%, transparent);
        border-radius: 8px;
        padding: 0.5rem;
      }
      .reference-table {
        border-collapse: collapse;
        font-size: 0.85rem;
        margin-block: 1rem 2rem;
        inline-size: 100%;
      }
      .reference-table th,
      .reference-table td {
        text-align: start;
        padding: 0.35rem 0.6rem;
        border-block-end: 1px solid #e0e0e0;
        vertical-align: top;
      }
      .reference-table code {
        white-space: nowrap;
      }
      .swatch {
        display: inline-block;
        inline-size: 0.9rem;
        block-size: 0.9rem;
        border: 1px solid #0003;
        border-radius: 3px;
        vertical-align: -0.1rem;
        margin-inline-end: 0.35rem;
      }
    </style>
    <div class="themed" style=${styleFrom(args)}>
      ${eventElement({ ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt }, context, html`${referenceContent()}${partnerChildren(PARTNERS.slice(0, 3))}`)}
    </div>
    <h3>CSS custom properties</h3>
    <table class="reference-table">
      <thead>
        <tr>
          <th>Property</th>
          <th>This theme</th>
          <th>Elements</th>
          <th>What it does</th>
        </tr>
      </thead>
      <tbody>
        ${PROPERTY_ROWS.map(
          (row) =>
            html`<tr>
              <td><code>${row.name}</code></td>
              <td>
                ${
                  typeof args[row.name] === 'string' && args[row.name]
                    ? html`${/^#|rgb|hsl/.test(String(args[row.name])) ? html`<span class="swatch" style="background: ${args[row.name]}"></span>` : ''}<code
                          >${args[row.name]}</code
                        >`
                    : html`<em>default</em>`
                }
              </td>
              <td>${row.elements.join(', ')}</td>
              <td>${withCode(row.description)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h3>Parts (<code>::part()</code>)</h3>
    <table class="reference-table">
      <thead>
        <tr>
          <th>Element</th>
          <th>Part</th>
          <th>What it is</th>
        </tr>
      </thead>
      <tbody>
        ${parts().map(
          (part) =>
            html`<tr>
              <td><code>${part.element}</code></td>
              <td><code>${part.name}</code></td>
              <td>${withCode(part.description)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'A "civic green" theme that sets every custom property (change them in Controls) and styles a ' +
          'few parts: `name`, `card`, `time-left`, `register-link` and `panelist`, the last three exported ' +
          'by the card from its inner elements. The tables are generated from the manifest.',
      },
    },
  },
};

const PART_COLOURS = ['#d93025', '#1a73e8', '#188038', '#e37400', '#9334e6', '#007b83', '#c5221f', '#5f6368'];

export const PartsOutlined: Story = {
  name: 'Every part, outlined',
  render: (_args, context) => {
    const elements = documentedElements().filter((declaration) => declaration.cssParts?.length);
    const rules = elements.flatMap((declaration) =>
      declaration.cssParts!.map(
        (part, index) =>
          `.parts-outlined ${declaration.tagName}::part(${part.name}) { outline: 2px dashed ${PART_COLOURS[index % PART_COLOURS.length]}; outline-offset: 2px; }`,
      ),
    );
    return html`
      <style>
        ${rules.join('\n')}
      </style>
      <div class="parts-outlined">
        <p class="story-caption">dialogue-event</p>
        ${eventElement({ ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt }, context, html`${referenceContent()}${partnerChildren(PARTNERS.slice(0, 2))}`)}
        <p class="story-caption">dialogue-countdown</p>
        <dialogue-countdown
          start=${REFERENCE.start}
          time-zone=${REFERENCE.timeZone}
          viewer-time-zone=${ifDefined(viewerZone(context) ?? undefined)}
        ></dialogue-countdown>
        <p class="story-caption">dialogue-panelists</p>
        <dialogue-panelists>
          <dialogue-panelist
            name="Amina Njoroge"
            job-title="Programme lead"
            organisation="Open Counties Lab"
            photo="assets/people/person-01.svg"
          ></dialogue-panelist>
          <dialogue-panelist
            name="Kwame Asante"
            job-title="Data journalist"
            organisation="Accra Civic Desk"
          ></dialogue-panelist>
        </dialogue-panelists>
        <p class="story-caption">dialogue-register</p>
        <dialogue-register
          name=${REFERENCE.name}
          start=${REFERENCE.start}
          time-zone=${REFERENCE.timeZone}
          register-url=${REFERENCE.registerUrl}
        ></dialogue-register>
      </div>
    `;
  },
  parameters: {
    docs: {
      description: {
        story: 'A dashed outline on each part every element documents, so designers can see what `::part()` reaches.',
      },
    },
  },
};

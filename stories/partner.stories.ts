import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PARTNERS, REFERENCE_ATTRIBUTES } from './support/fixtures.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { elementArgs } from './support/element-args.js';
import { viewerZone } from './support/globals.js';

/**
 * `<dialogue-partner>`: a co-hosting organisation, as data for the card's "in
 * partnership with" list. Left outside a `<dialogue-event>`, it shows its name.
 */
const meta: Meta = {
  title: 'Elements/dialogue-partner',
  component: 'dialogue-partner',
  tags: ['autodocs'],
  args: { ...PARTNERS[1] },
  render: (args, context) =>
    html`<dialogue-event
      name=${REFERENCE_ATTRIBUTES.name}
      start=${REFERENCE_ATTRIBUTES.start}
      time-zone=${REFERENCE_ATTRIBUTES['time-zone']}
      register-url=${REFERENCE_ATTRIBUTES['register-url']}
      viewer-time-zone=${ifDefined(viewerZone(context) ?? undefined)}
    >
      <dialogue-partner ${elementArgs(args, context)}></dialogue-partner>
      <dialogue-partner name="Civic Tech Network" logo="assets/logos/civic-tech-network.svg"></dialogue-partner>
    </dialogue-event>`,
};
export default meta;

export const InsideAnEvent: StoryObj = { name: 'Inside an event' };

export const WithoutLogo: StoryObj = {
  name: 'Without a logo',
  args: { logo: '', name: 'Township Water Watch', href: 'https://example.org/water-watch' },
  parameters: { docs: { description: { story: 'No logo: the name stands in its place, linked.' } } },
};

export const OutsideAnyEvent: StoryObj = {
  name: 'Left outside (fallback)',
  render: (args, context) => html`<dialogue-partner ${elementArgs(args, context)}></dialogue-partner>`,
};

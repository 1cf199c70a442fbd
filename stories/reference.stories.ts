import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { REFERENCE, REFERENCE_ATTRIBUTES } from './support/fixtures.js';
import { eventElement, referenceContent } from './support/templates.js';

/**
 * The reference event: the Digital Dialogue this project started from, as a
 * partner embeds it. Start here.
 */
const meta: Meta = {
  title: 'Start here/Reference event',
  component: 'dialogue-event',
  args: { ...REFERENCE_ATTRIBUTES, image: REFERENCE.image, 'image-alt': REFERENCE.imageAlt },
  render: (args, context) => eventElement(args, context, referenceContent()),
  parameters: {
    docs: {
      description: {
        component:
          '"How to use partnerships to strengthen the Impact of Civic Tech", an online panel held on 6 ' +
          'July 2023 at 16:00 Central Africa Time, with Caroline Khene, Tobi Oluwatola and Hector ' +
          'Dominguez Aguirre. Told from 5 July 2023, the day before; use the toolbar to move **Now**, the ' +
          '**Viewer zone** and the **Language**.',
      },
    },
  },
};
export default meta;

export const ReferenceEvent: StoryObj = { name: 'Reference event' };

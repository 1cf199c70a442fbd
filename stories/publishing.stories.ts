import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../demo/publish/publisher.css';
import type { FormValues } from '../demo/publish/event-form.js';
import { mountPublisher } from '../demo/publish/publisher.js';
import { REFERENCE_FORM } from '../demo/publish/reference-form.js';
import { buildEvent, clock, FixedClock, setClock, toJsonLd, VERSION } from '../src/classes.js';

/**
 * For hosts whose website is not WordPress: the form that builds the event's schema.org
 * JSON-LD file (the same document the WordPress plugin publishes) and the snippets partners
 * paste, with the live card beside it. The demo's `publish.html` is the same publisher with
 * the bundle; here it runs on the sources, and its "Show it" control moves the same clock as
 * the toolbar's **Now**.
 */
const meta: Meta = {
  title: 'Publishing/Without WordPress',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "A communications person fills in the event; the card shows what partners' visitors will see, " +
          'and "Publish it" gives the file to download, the headers its server must send, and the snippets ' +
          'to send partners.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const library = { buildEvent, toJsonLd, clock, setClock, FixedClock, VERSION };

/** The publisher, mounted into a fresh container for each render. */
function publisher(values?: Partial<FormValues>): HTMLElement {
  const container = document.createElement('div');
  container.style.padding = '1rem';
  mountPublisher(container, library, { values });
  return container;
}

/** An address of the stories' own assets, absolute as the form wants addresses. */
const asset = (path: string) => new URL(path, document.baseURI).href;

export const Blank: Story = {
  name: 'A blank form',
  render: () => publisher(),
  parameters: {
    docs: {
      description: {
        story: "As a host finds it: the zone is the browser's own, and the list says what is still needed.",
      },
    },
  },
};

export const ReferenceEvent: Story = {
  name: 'Filled in: the reference event',
  render: () =>
    publisher({
      ...REFERENCE_FORM,
      image: asset('assets/images/partnership.svg'),
      organizer: {
        name: 'Digital Dialogues',
        url: 'https://example.org/digital-dialogues',
        logo: asset('assets/logos/civic-tech-network.svg'),
      },
      panelists: (REFERENCE_FORM.panelists ?? []).map((person, index) => ({
        ...person,
        photo: asset(`assets/people/person-0${index + 1}.svg`),
      })),
      partners: [
        {
          name: 'Open Cities Lab',
          url: 'https://example.org/open-cities',
          logo: asset('assets/logos/open-cities-lab.svg'),
        },
      ],
    }),
  parameters: {
    docs: {
      description: { story: 'The reference event with a picture, photos, the host and one partner: ready to publish.' },
    },
  },
};

export const Mistakes: Story = {
  name: 'Flagged: a javascript: link, an end before the start, a misspelt zone',
  render: () =>
    publisher({
      ...REFERENCE_FORM,
      end: '2023-07-06T15:00',
      timeZone: 'Africa/Maputp',
      registerUrl: 'javascript:alert(document.domain)',
      panelists: [
        {
          name: 'Caroline Khene',
          jobTitle: '',
          organisation: '',
          organisationUrl: 'https://nurture.example/',
          url: '',
          photo: 'photo.jpg',
        },
      ],
    }),
  parameters: {
    docs: {
      description: {
        story:
          'Each refused value is flagged next to its field and left out of the file and the card; the rest is published.',
      },
    },
  },
};

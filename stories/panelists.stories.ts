import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST, panelistChildren, REFERENCE_PANEL } from './support/fixtures.js';
import { problemsPanel } from './support/problems.js';
import { elementArgs } from './support/element-args.js';

/**
 * `<dialogue-panelists>` on its own, with `<dialogue-panelist>` children. Inside a
 * `<dialogue-event>` it shows the event's panel (see "A panel of twelve" there).
 * The people other than the reference panel are fictional; their portraits are
 * abstract drawings served from stories/assets/.
 */
const meta: Meta = {
  title: 'Elements/dialogue-panelists',
  component: 'dialogue-panelists',
  tags: ['autodocs'],
  render: (args, context) =>
    html`<dialogue-panelists ${elementArgs(args, context)}>${panelistChildren(CAST.slice(0, 3))}</dialogue-panelists>`,
};
export default meta;

type Story = StoryObj;

const panel = (people: Parameters<typeof panelistChildren>[0], options?: Parameters<typeof panelistChildren>[1]) =>
  ((args, context) =>
    html`<dialogue-panelists ${elementArgs(args, context)}
      >${panelistChildren(people, options)}</dialogue-panelists
    >`) as Story['render'];

export const ReferencePanel: Story = {
  name: 'The reference panel',
  render: panel(REFERENCE_PANEL),
  parameters: { docs: { description: { story: 'Names and organisations only: without photos, initials stand in.' } } },
};

export const OnePersonWithPhoto: Story = {
  name: 'One person, with photo',
  render: panel(CAST.slice(0, 1), { bios: true }),
};
export const OnePersonWithoutPhoto: Story = {
  name: 'One person, without photo',
  render: panel(CAST.slice(0, 1), { photos: false, bios: true }),
};
export const ThreeWithPhotos: Story = { name: 'Three, with photos', render: panel(CAST.slice(0, 3)) };
export const ThreeWithoutPhotos: Story = {
  name: 'Three, without photos',
  render: panel(CAST.slice(0, 3), { photos: false }),
};
export const TwelveWithPhotos: Story = { name: 'Twelve, with photos', render: panel(CAST) };
export const TwelveWithoutPhotos: Story = { name: 'Twelve, without photos', render: panel(CAST, { photos: false }) };
export const TwelveWithBios: Story = { name: 'Twelve, with photos and bios', render: panel(CAST, { bios: true }) };

export const BrokenPhoto: Story = {
  name: 'A broken photo',
  render: panel([CAST[0]!, { ...CAST[1]!, photo: 'assets/people/broken-photo.jpg' }, CAST[2]!]),
  parameters: {
    docs: {
      description: {
        story: "The second photo's file is not an image: when it fails to load, that person's initials take its place.",
      },
    },
  },
};

export const Narrow: Story = {
  name: 'In a narrow column',
  render: (args, context) =>
    html`<div style="max-inline-size: 18rem">
      <dialogue-panelists ${elementArgs(args, context)}>${panelistChildren(CAST.slice(0, 4))}</dialogue-panelists>
    </div>`,
  parameters: { docs: { description: { story: 'A sidebar: the grid becomes a stack.' } } },
};

export const InvalidInput: Story = {
  name: 'Invalid input (problems shown)',
  render: (args, context) =>
    html`<dialogue-panelists ${elementArgs(args, context)}>
        <dialogue-panelist
          name="Amina Njoroge"
          organisation="Open Counties Lab"
          href="javascript:alert('hi')"
        ></dialogue-panelist>
        <dialogue-panelist organisation="An organisation with no one named"></dialogue-panelist>
        <dialogue-panelist
          name="Kwame Asante"
          photo="data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E"
        ></dialogue-panelist>
      </dialogue-panelists>
      ${problemsPanel()}`,
  parameters: {
    docs: {
      description: {
        story:
          'A `javascript:` link, a panelist without a name, a `data:` photo: none becomes markup; each is reported.',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from './support/fixtures.js';
import { elementArgs } from './support/element-args.js';

/**
 * `<dialogue-panelist>` and `<dialogue-partner>` are data: inside a
 * `<dialogue-event>` or `<dialogue-panelists>` they show nothing themselves and the
 * panel or the card lays them out. Left outside (an editor closed the event early),
 * they show their text so nothing the author wrote is lost.
 */
const panelistMeta: Meta = {
  title: 'Elements/dialogue-panelist',
  component: 'dialogue-panelist',
  tags: ['autodocs'],
  args: { name: CAST[0]!.name, organisation: CAST[0]!.organisation, href: CAST[0]!.href, photo: CAST[0]!.photo },
  render: (args, context) =>
    html`<dialogue-panelists>
      <dialogue-panelist ${elementArgs(args, context)} job-title=${CAST[0]!.role}>${CAST[0]!.bio}</dialogue-panelist>
    </dialogue-panelists>`,
};
export default panelistMeta;

export const InsideAPanel: StoryObj = {
  name: 'Inside a panel',
  parameters: { docs: { description: { story: 'Edit the attributes in Controls: the panel lays the person out.' } } },
};

export const OutsideAnyEvent: StoryObj = {
  name: 'Left outside (fallback)',
  render: (args, context) =>
    html`<dialogue-panelist ${elementArgs(args, context)} job-title=${CAST[0]!.role}
      >${CAST[0]!.bio}</dialogue-panelist
    >`,
  parameters: {
    docs: {
      description: { story: 'With no panel or event around it, the panelist still shows its name, role and bio.' },
    },
  },
};

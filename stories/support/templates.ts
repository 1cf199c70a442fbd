/**
 * Small builders the stories share: an element with its args applied, and the
 * reference event's content.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { elementArgs } from './element-args.js';
import { panelistChildren, PARTNERS, REFERENCE_PANEL, referenceDescription } from './fixtures.js';
import { ifDefined } from 'lit/directives/if-defined.js';

type Args = Record<string, unknown>;
type Content = TemplateResult | TemplateResult[] | string | typeof import('lit').nothing;

/** `<dialogue-event>` with `args` as attributes and `content` inside. */
export const eventElement = (args: Args, context: StoryContext, content: Content = '') =>
  html`<dialogue-event ${elementArgs(args, context)}>${content}</dialogue-event>`;

/** `<dialogue-countdown>` with `args` as attributes. */
export const countdownElement = (args: Args, context: StoryContext) =>
  html`<dialogue-countdown ${elementArgs(args, context)}></dialogue-countdown>`;

/** `<dialogue-register>` with `args` as attributes. */
export const registerElement = (args: Args, context: StoryContext) =>
  html`<dialogue-register ${elementArgs(args, context)}></dialogue-register>`;

/** The reference event's description and panel, as an author writes them inside the card. */
export const referenceContent = () => html`${referenceDescription()}${panelistChildren(REFERENCE_PANEL)}`;

/** The story's partners as `<dialogue-partner>` children. */
export const partnerChildren = (partners: readonly { name: string; logo?: string; href?: string }[] = PARTNERS) =>
  partners.map(
    (partner) =>
      html`<dialogue-partner
        name=${partner.name}
        logo=${ifDefined(partner.logo)}
        href=${ifDefined(partner.href)}
      ></dialogue-partner>`,
  );

/** A caption above a specimen, for stories that show several side by side. */
export const caption = (text: string) => html`<p class="story-caption">${text}</p>`;

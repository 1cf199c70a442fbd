import { PANELIST_TAG, PARTNER_TAG } from '../internal/tags.js';

/** What the card knows about the children of `<dialogue-event>`. */

export const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';
/** Never shown, whatever the editor: code, styles, the no-script fallback (the card replaces it). */
export const UNSHOWN_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);
/** The children that are data, read and never shown: panelists, partners, JSON-LD. */
export const DATA_SELECTOR = `${PANELIST_TAG}, ${PARTNER_TAG}, ${JSON_LD_SELECTOR}`;

/**
 * Elements that stand on lines of their own (blocks): a `<br>` beside one only adds an
 * empty line, and in plain text each is a paragraph.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

import type { Problem } from '../model/event-data.js';
import { readJsonLdText } from '../model/from-json-ld.js';
import type { RawEvent, RawPartner, RawPerson } from '../model/raw-event.js';
import { plainTextOf } from './plain-text.js';

/**
 * Reads what an author put inside `<dialogue-event>`. Children count wherever they
 * sit (an editor may have wrapped them in `<p>`), and what the editor added
 * around them (`<br>`, empty `<p>`) is not content.
 */

export const PANELIST_TAG = 'dialogue-panelist';
export const PARTNER_TAG = 'dialogue-partner';
/** Elements that lay the event out: when an author places one, they compose the card themselves. */
export const LAYOUT_TAGS = ['dialogue-countdown', 'dialogue-panelists', 'dialogue-register'];
const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';
const DATA_SELECTOR = `${PANELIST_TAG}, ${PARTNER_TAG}, ${JSON_LD_SELECTOR}`;
const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, canvas, object, embed, input, button, select, textarea';

export interface AuthoredContent {
  /** The fields the children give, as one raw source (JSON-LD is separate: it ranks lower). */
  readonly fields: RawEvent;
  /** Each child JSON-LD block, read. */
  readonly jsonLd: { fields: RawEvent; problems: readonly Problem[] }[];
  /**
   * The direct children the card shows, in order: the description (after the name), or
   * when the author lays the card out, everything they wrote. Never what an editor
   * inserted (see `authoredFlow`).
   */
  readonly description: Node[];
  /** The `slot="name"` child, if any. */
  readonly nameElement: Element | null;
  /** Whether the author placed layout elements (countdown, panel, register) themselves. */
  readonly composed: boolean;
}

/** Text of an element with runs of white space folded, or undefined when there is none. */
function textOf(element: Element): string | undefined {
  const text = element.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function attr(element: Element, name: string): string | undefined {
  return element.getAttribute(name) ?? undefined;
}

/** A panelist as written: attributes, and the text content as a short bio. */
export function readPanelist(element: Element): RawPerson {
  return {
    name: attr(element, 'name'),
    // `job-title` first: `role` (the contract's name) is also ARIA's, and a visible element keeps it.
    role: attr(element, 'job-title') ?? attr(element, 'role'),
    organisation: attr(element, 'organisation') ?? attr(element, 'organization'),
    href: attr(element, 'href'),
    photo: attr(element, 'photo'),
    bio: textOf(element),
  };
}

/** A partner as written. */
export function readPartner(element: Element): RawPartner {
  return { name: attr(element, 'name') ?? textOf(element), logo: attr(element, 'logo'), href: attr(element, 'href') };
}

/**
 * Whether a node adds nothing a visitor could read: white space, comments, `<br>`,
 * the data children, or a wrapper (`<p>`) holding only those.
 */
export function isBlank(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return !node.textContent?.trim();
  if (node.nodeType !== Node.ELEMENT_NODE) return true;
  const element = node as Element;
  const tag = element.localName;
  // <noscript> is the fallback for visitors without JavaScript: the card replaces it.
  if (tag === 'br' || tag === 'wbr' || tag === 'style' || tag === 'noscript' || element.matches(DATA_SELECTOR)) return true;
  if (element.matches(MEDIA_SELECTOR) || element.querySelector(MEDIA_SELECTOR)) return false;
  if (LAYOUT_TAGS.includes(tag)) return false;
  return [...element.childNodes].every(isBlank);
}

// Elements that stand on lines of their own: a <br> beside one only adds an empty line.
const LINE_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

function standsOnItsOwnLine(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return LINE_TAGS.has(node.localName) || node.localName.startsWith('dialogue-');
}

const isWhiteSpace = (node: Node) => node.nodeType === Node.TEXT_NODE && !node.textContent?.trim();

/**
 * What an editor inserted, which the card leaves out: an empty paragraph (`<p></p>`,
 * `<p>&nbsp;</p>`, a `<p>` around data children), the no-script fallback, styles and
 * comments, and the data children themselves (they are read, not shown).
 */
function isEditorNoise(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return false;
  if (!(node instanceof Element)) return true;
  const tag = node.localName;
  if (tag === 'noscript' || tag === 'style' || node.matches(DATA_SELECTOR)) return true;
  return tag === 'p' && isBlank(node);
}

/**
 * The author's content without an editor's additions, everything else kept as written:
 * text (with the spaces between inline elements), elements with no text of their own
 * (`<hr>`, an icon, another library's element), and a `<br>` between two pieces of
 * inline content. A `<br>` at either end or beside a block only added an empty line.
 */
export function authoredFlow(nodes: readonly Node[]): Node[] {
  const kept = nodes.filter((node) => !isEditorNoise(node));
  const content = (index: number, step: 1 | -1): Node | null => {
    for (let i = index + step; i >= 0 && i < kept.length; i += step) {
      if (!isWhiteSpace(kept[i]!)) return kept[i]!;
    }
    return null;
  };
  const flow = kept.filter((node, index) => {
    if (!(node instanceof Element) || node.localName !== 'br') return true;
    const before = content(index, -1);
    const after = content(index, 1);
    return before !== null && after !== null && !standsOnItsOwnLine(before) && !standsOnItsOwnLine(after);
  });
  // White space at the ends takes no room, and would stand in the first slot instead of the first element.
  while (flow.length && isWhiteSpace(flow[0]!)) flow.shift();
  while (flow.length && isWhiteSpace(flow[flow.length - 1]!)) flow.pop();
  return flow;
}

/** Reads everything inside `host` (not inside nested `<dialogue-event>`s). */
export function readContent(host: Element): AuthoredContent {
  const own = (element: Element) => element.parentElement?.closest('dialogue-event') === host;
  const panelists = [...host.querySelectorAll(PANELIST_TAG)].filter(own).map(readPanelist);
  const partners = [...host.querySelectorAll(PARTNER_TAG)].filter(own).map(readPartner);
  const jsonLd = [...host.querySelectorAll(JSON_LD_SELECTOR)]
    .filter(own)
    .map((script) => readJsonLdText(script.textContent ?? '', 'json-ld'));
  const nameElement = [...host.children].find((child) => child.getAttribute('slot') === 'name') ?? null;
  const composed = LAYOUT_TAGS.some((tag) => [...host.querySelectorAll(tag)].some(own));

  const fields: Record<string, unknown> = {};
  if (nameElement) fields.name = textOf(nameElement);
  if (panelists.length) fields.panelists = panelists;
  if (partners.length) fields.partners = partners;

  const description = authoredFlow([...host.childNodes].filter((node) => composed || node !== nameElement));
  // The card shows the nodes themselves; the words go into the event for calendar entries
  // (a laid-out card's headings are the author's layout, not the event's description).
  const words = plainTextOf(description, { headings: !composed });
  if (words) fields.description = words;
  return { fields: fields as RawEvent, jsonLd, description, nameElement, composed };
}

import type { Problem } from '../model/event-data.js';
import { readJsonLdText } from '../model/from-json-ld.js';
import type { RawEvent, RawPartner, RawPerson } from '../model/raw-event.js';
import { authoredFlow } from './authored-flow.js';
import { EVENT_TAG, LAYOUT_TAGS, PANELIST_TAG, PARTNER_TAG } from '../internal/tags.js';
import { JSON_LD_SELECTOR } from './children.js';
import { writtenText } from '../internal/written.js';
import { plainTextOf } from './plain-text.js';

/**
 * Reads what an author put inside `<dialogue-event>`. Children count wherever they
 * sit (an editor may have wrapped them in `<p>`), and what the editor added
 * around them (`<br>`, empty `<p>`) is not content.
 */

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

/**
 * What a data child says in `property`, else in the first of `attributes` it has. A
 * defined element keeps its properties in step with its attributes, and a script may
 * set them; one not defined yet has only its attributes.
 */
function read(element: Element, property: string, ...attributes: string[]): string | undefined {
  const set = writtenText((element as unknown as Record<string, unknown>)[property]);
  if (set !== undefined) return set;
  for (const name of attributes) {
    const value = element.getAttribute(name);
    if (value !== null) return value;
  }
  return undefined;
}

/** A panelist as written: properties or attributes, and the text content as a short bio. */
export function readPanelist(element: Element): RawPerson {
  return {
    name: read(element, 'name', 'name'),
    // `job-title` first: `role` (the contract's name) is also ARIA's, and a visible element keeps it.
    role: read(element, 'jobTitle', 'job-title', 'role'),
    organisation: read(element, 'organisation', 'organisation', 'organization'),
    href: read(element, 'href', 'href'),
    photo: read(element, 'photo', 'photo'),
    bio: textOf(element),
  };
}

/** A partner as written: properties or attributes. */
export function readPartner(element: Element): RawPartner {
  return {
    name: read(element, 'name', 'name') ?? textOf(element),
    logo: read(element, 'logo', 'logo'),
    href: read(element, 'href', 'href'),
  };
}

/** Whether a `<dialogue-partner>` is marked as the event's host (`host` attribute or property). */
function isHost(element: Element): boolean {
  const set = (element as unknown as { host?: unknown }).host;
  return typeof set === 'boolean' ? set : element.hasAttribute('host');
}

/** Reads everything inside `host` (not inside nested `<dialogue-event>`s). */
export function readContent(host: Element): AuthoredContent {
  const own = (element: Element) => element.parentElement?.closest(EVENT_TAG) === host;
  const panelists = [...host.querySelectorAll(PANELIST_TAG)].filter(own).map(readPanelist);
  const organisations = [...host.querySelectorAll(PARTNER_TAG)].filter(own);
  const hosts = organisations.filter(isHost).map(readPartner);
  const partners = organisations.filter((element) => !isHost(element)).map(readPartner);
  const jsonLd = [...host.querySelectorAll(JSON_LD_SELECTOR)]
    .filter(own)
    .map((script) => readJsonLdText(script.textContent ?? '', 'json-ld'));
  const nameElement = [...host.children].find((child) => child.getAttribute('slot') === 'name') ?? null;
  const composed = LAYOUT_TAGS.some((tag) => [...host.querySelectorAll(tag)].some(own));

  const fields: Record<string, unknown> = {};
  if (nameElement) fields.name = textOf(nameElement);
  if (panelists.length) fields.panelists = panelists;
  if (hosts.length) fields.hosts = hosts;
  if (partners.length) fields.partners = partners;

  const description = authoredFlow([...host.childNodes].filter((node) => composed || node !== nameElement));
  // The card shows the nodes themselves; the words go into the event for calendar entries
  // (a laid-out card's headings are the author's layout, not the event's description).
  const words = plainTextOf(
    description.filter((node) => node !== nameElement),
    { headings: !composed },
  );
  if (words) fields.description = words;
  return { fields, jsonLd, description, nameElement, composed };
}

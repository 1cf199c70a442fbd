import { findEvent, readJsonLdValue, types, type JsonLdReading } from '../model/from-json-ld.js';
import { isRecord } from '../model/is-record.js';

/**
 * A series feed (JSON-LD, already parsed) → its entries, each read exactly as
 * `<dialogue-event>` reads one event. Pure: no DOM, no clock. The forms read: a
 * schema.org `EventSeries` (`subEvent`), an `ItemList` (`itemListElement`: Events,
 * or `ListItem`s whose `item` is an Event), a bare array of Events, any of them
 * alone in an array or in `@graph`; and a single Event, a series of one.
 */

/** One entry of a feed. */
export interface FeedEntry {
  /** How problems name it: `subEvent[3]`, `itemListElement[0].item`, `[2]`. */
  readonly field: string;
  /** Its fields, as `<dialogue-event>` reads an Event; `null` when the entry holds no Event. */
  readonly reading: JsonLdReading | null;
  /** Its `@id` as written, when it has one: with `url`, what makes two entries one event. */
  readonly id: string | null;
}

export type FeedReading =
  { readonly ok: true; readonly entries: readonly FeedEntry[] } | { readonly ok: false; readonly message: string };

interface Listed {
  readonly node: unknown;
  readonly field: string;
}

/** Deeper nesting than any real feed: a hostile one would overflow the stack. */
const MAX_DEPTH = 8;

/** Reads the entries of a feed, or says why it is not an event list. */
export function readFeed(value: unknown): FeedReading {
  const entries = listIn(value, 0)?.map(({ node, field }): FeedEntry => {
    const event = findEvent(node);
    const id = event?.['@id'];
    return { field, reading: event ? readJsonLdValue(event, field) : null, id: typeof id === 'string' ? id : null };
  });
  // A list of things none of which is an event (an ItemList of products) is not an event list.
  if (!entries || (entries.length > 0 && entries.every((entry) => !entry.reading))) {
    return { ok: false, message: 'is not a list of events; the fallback is shown' };
  }
  return { ok: true, entries };
}

function listIn(value: unknown, depth: number): Listed[] | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    // A document wrapped in an array (as JSON-LD writers do), or a @graph: the one list inside it.
    const items: readonly unknown[] = value;
    const lists = items.filter(isList);
    return lists.length === 1
      ? listIn(lists[0], depth + 1)
      : items.map((node, index) => ({ node, field: `[${index}]` }));
  }
  if (!isRecord(value)) return null;
  const kinds = types(value);
  if (kinds.includes('EventSeries')) return each(value.subEvent, 'subEvent');
  if (kinds.includes('ItemList')) {
    return each(value.itemListElement, 'itemListElement').map(({ node, field }) =>
      isRecord(node) && node.item !== undefined ? { node: node.item, field: `${field}.item` } : { node, field },
    );
  }
  if (value['@graph'] !== undefined) return listIn([value['@graph']].flat(), depth + 1);
  return findEvent(value) ? [{ node: value, field: 'event' }] : null;
}

/** The entries of a property that holds one node or a list of them. */
function each(value: unknown, name: string): Listed[] {
  return [value ?? []].flat().map((node, index) => ({ node, field: `${name}[${index}]` }));
}

function isList(node: unknown): boolean {
  return types(node).some((type) => type === 'EventSeries' || type === 'ItemList');
}

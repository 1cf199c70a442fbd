import { buildEvent } from '../model/build-event.js';
import type { DialogueEventData, Problem } from '../model/event-data.js';
import type { RawSource } from '../model/raw-event.js';
import { safeHttpUrl } from '../model/safe-url.js';
import type { FeedEntry } from './read-feed.js';

/** One event of a series, usable and shown once. */
export interface SeriesEntry {
  /** Unique within the series: its `@id`, `url` or `src`, else its place. */
  readonly key: string;
  /** How problems name it: `subEvent[3]`, `dialogue-event[1]`. */
  readonly field: string;
  readonly event: DialogueEventData;
  /** From a feed: its source, which the featured card is given. */
  readonly source?: RawSource;
  /** From the children: the author's `<dialogue-event>`, shown as the featured card. */
  readonly element?: Element;
}

/** An entry before it is judged. */
export interface Candidate {
  readonly field: string;
  /** `null` when the entry holds no event at all. */
  readonly event: DialogueEventData | null;
  /** What identifies it (`@id`, `url`, `src`), absolute, in that order. */
  readonly ids: readonly string[];
  readonly source?: RawSource;
  /** From the children: the author's `<dialogue-event>`, which reports its own problems. */
  readonly element?: Element;
  /** What reading it from the feed found, each already named by its place (`subEvent[3].performer[2]`). */
  readonly problems?: readonly Problem[];
}

/** The feed's entries, each built by `buildEvent` exactly as `<dialogue-event>` builds one. */
export function feedCandidates(entries: readonly FeedEntry[], baseUrl: string): Candidate[] {
  return entries.map(({ field, reading, id }) => {
    if (!reading) return { field, event: null, ids: [] };
    const source: RawSource = { fields: reading.fields, baseUrl };
    const event = buildEvent([source]);
    return {
      field,
      event,
      source,
      ids: identities([id && safeHttpUrl(id, baseUrl), event.url]),
      problems: reading.problems,
    };
  });
}

/** Absolute addresses, without repeats or blanks. */
export function identities(addresses: readonly (string | null | undefined)[]): string[] {
  return [...new Set(addresses.filter((address): address is string => Boolean(address)))];
}

/**
 * Leaves out what cannot be shown in a series (no event, no name, no start in time, an
 * unknown zone) and the repeats of an event already listed (same `@id`, `url` or `src`),
 * saying why for each; the rest keep the feed's order.
 */
export function judgeCandidates(candidates: readonly Candidate[]): { entries: SeriesEntry[]; problems: Problem[] } {
  const entries: SeriesEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const candidate of candidates) {
    const { field, event } = candidate;
    const why = event ? unusable(event) : 'is not an Event';
    if (why) {
      problems.push({ field, value: event?.name ?? '', message: `${why}; left out` });
      continue;
    }
    const repeat = candidate.ids.find((id) => seen.has(id));
    if (repeat) {
      problems.push({ field, value: repeat, message: `repeats ${seen.get(repeat)}; shown once` });
      continue;
    }
    for (const id of candidate.ids) seen.set(id, field);
    if (!candidate.element) {
      problems.push(...(candidate.problems ?? []));
      for (const problem of event!.problems) problems.push({ ...problem, field: `${field}.${problem.field}` });
    }
    entries.push({
      key: candidate.ids[0] ?? field,
      field,
      event: event!,
      source: candidate.source,
      element: candidate.element,
    });
  }
  return { entries, problems };
}

/** Why an event cannot take its place in a series, or null when it can. */
function unusable(event: DialogueEventData): string | null {
  if (event.problems.some((problem) => problem.field === 'time-zone')) return 'has an unknown time-zone';
  if (!event.start) return 'has no start';
  if (event.start.epochMs === null) return 'has a start without offset or zone';
  if (!event.name) return 'has no name';
  return null;
}

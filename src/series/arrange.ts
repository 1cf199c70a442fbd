import type { DialogueEventData } from '../model/event-data.js';
import { liveUntil, phaseAt, type PhaseState } from '../time/phase.js';

/**
 * Where each event of a series goes at one moment: the featured card, the rows still
 * ahead, the rows past. Pure: `now` is an argument, so a fixed clock in tests and the
 * shared ticker give the same answers.
 */

/** An entry and where it stands now. */
export interface Placed<T> {
  readonly entry: T;
  readonly state: PhaseState;
}

export interface SeriesView<T> {
  /** The live event, else the soonest upcoming one (never a cancelled or postponed one); `null` when none. */
  readonly featured: Placed<T> | null;
  /** The other events not yet over, soonest first (cancelled and postponed ones in their place). */
  readonly upcoming: readonly Placed<T>[];
  /** Events that are over, newest first. */
  readonly past: readonly Placed<T>[];
  /** The first moment (epoch ms) after `now` at which any of this can change; `null` for never. */
  readonly nextChangeAt: number | null;
}

export interface SeriesLimits {
  /** Rows of upcoming events besides the featured one; `null` for all. */
  readonly upcoming: number | null;
  /** Rows of past events; 0 hides them. */
  readonly past: number;
}

/**
 * Arranges `entries` (each with an event whose start is a known instant) at `now`.
 * An event is over once it is no longer live (its end, or the default length);
 * equal starts keep the feed's order.
 */
export function arrangeSeries<T extends { readonly event: DialogueEventData }>(
  entries: readonly T[],
  now: number,
  limits: SeriesLimits,
): SeriesView<T> {
  const ahead: Placed<T>[] = [];
  const past: Placed<T>[] = [];
  let nextChangeAt: number | null = null;
  const consider = (at: number | null | undefined) => {
    if (at != null && at > now && (nextChangeAt === null || at < nextChangeAt)) nextChangeAt = at;
  };
  for (const entry of entries) {
    const { event } = entry;
    const until = liveUntil(event) ?? -Infinity;
    // Rows change at the start (live), the end (over) and when registration closes.
    consider(event.start?.epochMs);
    consider(until);
    consider(event.registrationCloses?.epochMs);
    (until > now ? ahead : past).push({ entry, state: phaseAt(event, now).state });
  }
  ahead.sort((a, b) => startOf(a) - startOf(b));
  past.sort((a, b) => startOf(b) - startOf(a));
  const featuredIndex = ahead.findIndex((placed) => placed.state === 'live');
  const index = featuredIndex >= 0 ? featuredIndex : ahead.findIndex((placed) => placed.state === 'upcoming');
  const featured = index >= 0 ? ahead[index]! : null;
  const rest = ahead.filter((_, i) => i !== index);
  return {
    featured,
    upcoming: limits.upcoming === null ? rest : rest.slice(0, Math.max(0, limits.upcoming)),
    past: past.slice(0, Math.max(0, limits.past)),
    nextChangeAt,
  };
}

function startOf(placed: Placed<{ readonly event: DialogueEventData }>): number {
  return placed.entry.event.start?.epochMs ?? 0;
}

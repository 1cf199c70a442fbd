import { DEFAULT_LENGTH_MINUTES } from './default-length.js';
import type { EventTiming } from './moment.js';
import { MINUTE_MS } from './units.js';

/**
 * Where an event stands at a given moment. Pure: the caller passes `now`, so a
 * fixed clock in tests and the shared ticker in production give the same answers.
 */

/** Minutes before the start during which an upcoming event is "starting soon". */
export const STARTING_SOON_MINUTES = 15;

/** The states of `<dialogue-countdown>`, as its `state` attribute spells them. */
export type PhaseState = 'upcoming' | 'live' | 'ended' | 'cancelled' | 'postponed' | 'invalid';

/** Where an event stands at one moment, and when that next changes. */
export interface Phase {
  readonly state: PhaseState;
  /** Upcoming and within the last `STARTING_SOON_MINUTES` before the start. */
  readonly startingSoon: boolean;
  /**
   * The first instant (epoch ms) at which `state` or `startingSoon` differs from now,
   * or `null` when nothing will change any more.
   */
  readonly nextChangeAt: number | null;
}

/**
 * When the event stops being live (epoch ms): its end, or the start plus
 * `DEFAULT_LENGTH_MINUTES` when the end is missing, floating or not after the start.
 * `null` when the start is not a known instant.
 */
export function liveUntil(event: Pick<EventTiming, 'start' | 'end'>): number | null {
  const startMs = event.start?.epochMs ?? null;
  if (startMs === null) return null;
  const endMs = event.end?.epochMs ?? null;
  // buildEvent already drops an end that is not after the start; this guards hand-made data.
  return endMs !== null && endMs > startMs ? endMs : startMs + DEFAULT_LENGTH_MINUTES * MINUTE_MS;
}

/** The phase of `event` at `now` (epoch ms). Boundaries belong to the later phase: at the start it is live. */
export function phaseAt(event: EventTiming, now: number): Phase {
  // A cancelled or postponed event says so whatever its times are: the times are no longer a promise.
  if (event.status === 'cancelled' || event.status === 'postponed') {
    return { state: event.status, startingSoon: false, nextChangeAt: null };
  }
  const startMs = event.start?.epochMs ?? null;
  const endMs = liveUntil(event);
  // A floating start has no instant, so no countdown can honestly be shown for it.
  if (startMs === null || endMs === null) {
    return { state: 'invalid', startingSoon: false, nextChangeAt: null };
  }
  const soonFrom = startMs - STARTING_SOON_MINUTES * MINUTE_MS;
  if (now < soonFrom) return { state: 'upcoming', startingSoon: false, nextChangeAt: soonFrom };
  if (now < startMs) return { state: 'upcoming', startingSoon: true, nextChangeAt: startMs };
  if (now < endMs) return { state: 'live', startingSoon: false, nextChangeAt: endMs };
  return { state: 'ended', startingSoon: false, nextChangeAt: null };
}

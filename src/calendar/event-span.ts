import type { DialogueEventData } from '../model/event-data.js';
import { liveUntil } from '../time/phase.js';

/** The instants an event occupies in a calendar, in epoch milliseconds. */
export interface EventSpan {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * When the event starts and ends, or `null` when its start is not a known instant
 * (missing, or floating: a calendar entry at a guessed time would be worse than none).
 * It ends when the countdown stops calling it live: the two never disagree.
 */
export function eventSpan(event: Pick<DialogueEventData, 'start' | 'end'>): EventSpan | null {
  const startMs = event.start?.epochMs ?? null;
  if (startMs === null || !Number.isFinite(startMs)) return null;
  const endMs = liveUntil(event);
  return endMs === null ? null : { startMs, endMs };
}

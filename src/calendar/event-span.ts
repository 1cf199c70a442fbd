import type { DialogueEventData } from '../model/event-data.js';
import { DEFAULT_LENGTH_MINUTES } from '../time/default-length.js';

/** The instants an event occupies in a calendar, in epoch milliseconds. */
export interface EventSpan {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * When the event starts and ends, or `null` when its start is not a known instant
 * (missing, or floating: a calendar entry at a guessed time would be worse than none).
 * Without a usable end, the event lasts `DEFAULT_LENGTH_MINUTES`.
 */
export function eventSpan(event: DialogueEventData): EventSpan | null {
  const startMs = event.start?.epochMs ?? null;
  if (startMs === null || !Number.isFinite(startMs)) return null;
  const endMs = event.end?.epochMs ?? null;
  return {
    startMs,
    endMs: endMs !== null && endMs > startMs ? endMs : startMs + DEFAULT_LENGTH_MINUTES * 60_000,
  };
}

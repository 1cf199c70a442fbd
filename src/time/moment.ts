/**
 * The moments an event is made of, as plain data: what parsing a written time gives,
 * and what the phase, the countdown and the calendar read.
 */

/**
 * A moment the author wrote. When the instant is known, `epochMs` holds it; a time
 * written without offset and without a usable zone is "floating": only `wallTime`
 * is known and nothing is converted.
 */
export interface EventMoment {
  /** The text as the author wrote it. */
  readonly written: string;
  /** The instant in epoch milliseconds, or `null` when it is floating. */
  readonly epochMs: number | null;
  /** The wall-clock date and time in the event's zone, `YYYY-MM-DDTHH:mm` (seconds when not zero). */
  readonly wallTime: string;
  /** Whether the author gave a time of day (a date alone is taken as 00:00). */
  readonly hasTime: boolean;
}

/** schema.org EventStatus, as attribute words. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';

/** When an event happens and whether it still will: what its phase depends on. */
export interface EventTiming {
  readonly start: EventMoment | null;
  readonly end: EventMoment | null;
  readonly status: EventStatus;
}

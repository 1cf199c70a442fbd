import { listFormat, numberFormat } from './intl-cache.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './units.js';

/**
 * The time left until a moment, coarse far away and fine near, and its wording in
 * any language through Intl (never "3d"). Pure: `now` is an argument.
 *
 * Counting down uses floor semantics: with r = target − now, each unit shows
 * whole units of r (59.9 s left shows 59 seconds). The text therefore holds while r
 * is exactly k units and changes one millisecond later, so `nextChangeAt` is
 * `target − k·unit + 1`: the first instant whose text differs.
 */

/** The larger of the two units shown: days (and hours), hours (and minutes), or minutes (and seconds). */
export type TimeLeftGranularity = 'day' | 'hour' | 'minute';

/** Whole units left; only the two units of the granularity are present. */
export interface TimeLeftParts {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
}

/** The time left at one moment, and when its text next changes. */
export interface TimeLeft {
  readonly granularity: TimeLeftGranularity;
  readonly parts: TimeLeftParts;
  /** The first instant (epoch ms) at which the parts differ, or `null` once they are all zero for good. */
  readonly nextChangeAt: number | null;
}

/** The time left from `now` until `targetMs` (both epoch ms); a target already reached gives zeros. */
export function timeLeft(targetMs: number, now: number): TimeLeft {
  const left = Math.max(0, targetMs - now);
  let granularity: TimeLeftGranularity;
  let parts: TimeLeftParts;
  let unitMs: number;
  if (left >= DAY_MS) {
    granularity = 'day';
    parts = { days: Math.floor(left / DAY_MS), hours: Math.floor((left % DAY_MS) / HOUR_MS) };
    unitMs = HOUR_MS;
  } else if (left >= HOUR_MS) {
    granularity = 'hour';
    parts = { hours: Math.floor(left / HOUR_MS), minutes: Math.floor((left % HOUR_MS) / MINUTE_MS) };
    unitMs = MINUTE_MS;
  } else {
    granularity = 'minute';
    parts = { minutes: Math.floor(left / MINUTE_MS), seconds: Math.floor((left % MINUTE_MS) / SECOND_MS) };
    unitMs = SECOND_MS;
  }
  // Each switch of granularity (1 day, 1 hour left) falls on a boundary of the finer
  // unit shown above it, so counting in the finer unit finds every change.
  const wholeUnits = Math.floor(left / unitMs);
  const nextChangeAt = wholeUnits === 0 ? null : targetMs - wholeUnits * unitMs + 1;
  return { granularity, parts, nextChangeAt };
}

const UNITS = [
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

type Unit = (typeof UNITS)[number][1];

/** The smaller unit of each granularity: what is written when everything is zero. */
const FINEST: Record<TimeLeftGranularity, Unit> = { day: 'hour', hour: 'minute', minute: 'second' };

/**
 * The same wording serves every countdown showing the same time left (a listing's rows,
 * a card and its partner copies): built once per tick, not once per element. Bounded
 * like the formatters: past this many entries the memo starts over.
 */
const MAX_WORDINGS = 500;
const wordings = new Map<string, string>();

function writeParts(parts: TimeLeftParts, whenZero: Unit, locale: string): string {
  const key = `${locale}\u0000${whenZero}\u0000${parts.days}\u0000${parts.hours}\u0000${parts.minutes}\u0000${parts.seconds}`;
  let wording = wordings.get(key);
  if (wording === undefined) {
    if (wordings.size >= MAX_WORDINGS) wordings.clear();
    wording = wordAfresh(parts, whenZero, locale);
    wordings.set(key, wording);
  }
  return wording;
}

function wordAfresh(parts: TimeLeftParts, whenZero: Unit, locale: string): string {
  const written = (unit: Unit, value: number) =>
    numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  // Zero units are left out ("2 days", not "2 days, 0 hours"): it reads as people speak.
  const words = UNITS.filter(([name]) => parts[name]).map(([name, unit]) => written(unit, parts[name]!));
  // 'unit' lists read as durations do in each language: "3 days, 4 hours", "3 jours et 4 heures".
  return words.length ? listFormat(locale, { style: 'long', type: 'unit' }).format(words) : written(whenZero, 0);
}

/**
 * The time left written out in `locale` ("3 days, 4 hours", "3 jours et 4 heures").
 * Zero units are omitted ("2 days"); when all are zero, "0 seconds" (or the finer unit).
 */
export function formatTimeLeft(left: TimeLeft, locale: string): string {
  return writeParts(left.parts, FINEST[left.granularity], locale);
}

/**
 * The time left as a screen reader should get it: never seconds, so nothing ticks
 * under the reader's cursor. In the last hour the minutes are rounded up, so the last
 * minute reads "1 minute", not "0 minutes", and a full hour reads "1 hour".
 */
export function accessibleTimeLeft(left: TimeLeft, locale: string): string {
  if (left.granularity !== 'minute') return formatTimeLeft(left, locale);
  const minutes = (left.parts.minutes ?? 0) + ((left.parts.seconds ?? 0) > 0 ? 1 : 0);
  const parts = minutes === 60 ? { hours: 1 } : { minutes };
  return writeParts(parts, 'minute', locale);
}

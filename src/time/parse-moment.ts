import type { Zone } from 'luxon';
import type { EventMoment } from './moment.js';
import { DAY_MS, MINUTE_MS } from './units.js';
import { formatOffset } from './zones.js';

/**
 * Parsing the times authors write. Pure: luxon in, plain data out.
 *
 * Accepted: ISO 8601 calendar dates `YYYY-MM-DD`, optionally followed by `T` (or a
 * space) and `HH:mm[:ss[.fff]]`, optionally followed by `Z` or an offset `±HH[:MM]`.
 */

/** Something worth telling the author about a time that was still usable. */
export type MomentNote =
  | { kind: 'gap'; shiftedTo: string }
  | { kind: 'overlap'; chosenOffset: string; otherOffset: string }
  | { kind: 'offset-mismatch'; writtenOffset: string; zoneOffset: string }
  | { kind: 'floating' }
  | { kind: 'date-only' };

export type ParsedMoment =
  { ok: true; moment: EventMoment; offsetMinutes: number | null; notes: MomentNote[] } | { ok: false; reason: string };

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The years an event can be in: anything else is a typing mistake. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2999;

/** Year, month, day, hour, minute and second as written (a date alone at 00:00:00). */
type WallFields = [number, number, number, number, number, number];

/** Reads `±HH[:MM]` or `Z` as minutes east of UTC. */
function parseOffset(text: string): number | null {
  if (/^z$/i.test(text)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 18 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** `YYYY-MM-DDTHH:mm`, with `:ss` when the seconds are not zero, of a local timestamp (wall fields read as UTC). */
function wallTimeText(localMs: number): string {
  const text = new Date(localMs).toISOString();
  return text.slice(0, text.slice(17, 19) === '00' ? 16 : 19);
}

/** The wall-clock time in `zone` at the instant `epochMs`. */
function wallTimeIn(zone: Zone, epochMs: number): string {
  return wallTimeText(epochMs + zone.offset(epochMs) * MINUTE_MS);
}

/**
 * The instant a wall-clock time in `zone` stands for. Rule (the one RFC 5545 and
 * Temporal's "compatible" disambiguation use): a time skipped by a daylight-saving
 * gap moves forward by the gap's length (02:30 on a spring-forward night becomes
 * 03:30); a time that happens twice in an overlap is its first occurrence (the
 * earlier instant, still on summer time).
 */
export function resolveWallTime(wallLocalMs: number, zone: Zone): { epochMs: number; note: MomentNote | null } {
  // Offsets a day either side bracket any single transition; zones never switch twice a day.
  const before = zone.offset(wallLocalMs - DAY_MS);
  const after = zone.offset(wallLocalMs + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallLocalMs - offset * MINUTE_MS)
    .filter((epochMs) => wallLocalMs - zone.offset(epochMs) * MINUTE_MS === epochMs)
    .sort((a, b) => a - b);

  if (candidates.length === 1) return { epochMs: candidates[0]!, note: null };
  if (candidates.length > 1) {
    const [first, second] = candidates as [number, number];
    return {
      epochMs: first,
      note: {
        kind: 'overlap',
        chosenOffset: formatOffset(zone.offset(first)),
        otherOffset: formatOffset(zone.offset(second)),
      },
    };
  }
  // In a gap: keep the offset in force before it, which lands after the gap.
  const epochMs = wallLocalMs - before * MINUTE_MS;
  const shifted = wallTimeIn(zone, epochMs).slice(0, 16);
  // A zone that skipped a whole day (Samoa on 30 December 2011) moves the date, not just the hour.
  const sameDay = shifted.slice(0, 10) === wallTimeText(wallLocalMs).slice(0, 10);
  return { epochMs, note: { kind: 'gap', shiftedTo: sameDay ? shifted.slice(11) : shifted.replace('T', ' ') } };
}

/**
 * Parses a date-time the author wrote. `zone` is the event's zone (already
 * validated) or `null`. With an offset, the text is an instant; without one it is
 * wall-clock time in `zone`; without both it is floating (nothing converted).
 * Plain arithmetic and the zone's offsets, no luxon DateTime: making and formatting
 * one costs tens of microseconds, and a series parses every event's times at once.
 */
export function parseMoment(written: string, zone: Zone | null): ParsedMoment {
  const text = written.trim();
  const match = ISO_PATTERN.exec(text);
  if (!match) {
    return { ok: false, reason: 'is not an ISO 8601 date-time such as 2023-07-06T16:00' };
  }
  const hasTime = match[4] !== undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n = '0') => Number(n)) as WallFields;
  // An event in 0223 or 9023 is a slip of the keyboard, and calendars cannot take the year 10000.
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return {
      ok: false,
      reason: `is in the year ${year}, outside ${EARLIEST_YEAR}–${LATEST_YEAR}: most likely a typing mistake`,
    };
  }
  // The wall-clock fields read as if they were UTC: the "local timestamp". Date.UTC carries
  // 30 February into March: a day that moved does not exist. 24:00 is the end of the day, as
  // ISO 8601 allows (the next day's 00:00).
  const localMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const dayOf = new Date(localMs - (hour === 24 ? DAY_MS : 0)).toISOString().slice(0, 10);
  if (dayOf !== text.slice(0, 10) || minute > 59 || second > 59 || (hour === 24 && minute + second > 0)) {
    return { ok: false, reason: 'is not a real date or time of day' };
  }

  const notes: MomentNote[] = hasTime ? [] : [{ kind: 'date-only' }];
  const offsetText = match[7];

  if (offsetText !== undefined) {
    const offset = parseOffset(offsetText);
    if (offset === null) return { ok: false, reason: `has an impossible offset ${offsetText}` };
    const epochMs = localMs - offset * MINUTE_MS;
    // `Z` names an instant in UTC on purpose (feeds write it); only a numeric offset can disagree.
    if (zone && !/^z$/i.test(offsetText)) {
      const zoneOffset = zone.offset(epochMs);
      if (zoneOffset !== offset) {
        notes.push({
          kind: 'offset-mismatch',
          writtenOffset: formatOffset(offset),
          zoneOffset: formatOffset(zoneOffset),
        });
      }
    }
    return {
      ok: true,
      moment: { written, epochMs, wallTime: zone ? wallTimeIn(zone, epochMs) : wallTimeText(localMs), hasTime },
      offsetMinutes: offset,
      notes,
    };
  }

  if (!zone) {
    notes.push({ kind: 'floating' });
    return {
      ok: true,
      moment: { written, epochMs: null, wallTime: wallTimeText(localMs), hasTime },
      offsetMinutes: null,
      notes,
    };
  }

  const resolved = resolveWallTime(localMs, zone);
  if (resolved.note) notes.push(resolved.note);
  return {
    ok: true,
    moment: {
      written,
      epochMs: resolved.epochMs,
      wallTime: wallTimeIn(zone, resolved.epochMs),
      hasTime,
    },
    offsetMinutes: null,
    notes,
  };
}

import { DateTime, type Zone } from 'luxon';
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

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

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

function wallTimeText(dt: DateTime): string {
  return dt.toFormat(dt.second === 0 ? "yyyy-LL-dd'T'HH:mm" : "yyyy-LL-dd'T'HH:mm:ss");
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
  const shifted = DateTime.fromMillis(epochMs, { zone });
  // A zone that skipped a whole day (Samoa on 30 December 2011) moves the date, not just the hour.
  const sameDay = shifted.toISODate() === DateTime.fromMillis(wallLocalMs, { zone: 'UTC' }).toISODate();
  return { epochMs, note: { kind: 'gap', shiftedTo: shifted.toFormat(sameDay ? 'HH:mm' : 'yyyy-LL-dd HH:mm') } };
}

/**
 * Parses a date-time the author wrote. `zone` is the event's zone (already
 * validated) or `null`. With an offset, the text is an instant; without one it is
 * wall-clock time in `zone`; without both it is floating (nothing converted).
 */
export function parseMoment(written: string, zone: Zone | null): ParsedMoment {
  const text = written.trim();
  const match = ISO_PATTERN.exec(text);
  if (!match) {
    return { ok: false, reason: 'is not an ISO 8601 date-time such as 2023-07-06T16:00' };
  }
  const hasTime = match[4] !== undefined;
  const wall: WallFields = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? '0'),
    minute: Number(match[5] ?? '0'),
    second: Number(match[6] ?? '0'),
  };
  // The wall-clock fields read as if they were UTC: the "local timestamp".
  const asUtc = DateTime.fromObject(wall, { zone: 'UTC' });
  if (!asUtc.isValid) {
    return { ok: false, reason: 'is not a real date or time of day' };
  }
  // An event in 0223 or 9023 is a slip of the keyboard, and calendars cannot take the year 10000.
  if (wall.year < EARLIEST_YEAR || wall.year > LATEST_YEAR) {
    return {
      ok: false,
      reason: `is in the year ${wall.year}, outside ${EARLIEST_YEAR}–${LATEST_YEAR}: most likely a typing mistake`,
    };
  }

  const notes: MomentNote[] = hasTime ? [] : [{ kind: 'date-only' }];
  const localMs = asUtc.toMillis();
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
    const shown = zone ? DateTime.fromMillis(epochMs, { zone }) : DateTime.fromMillis(localMs, { zone: 'UTC' });
    return {
      ok: true,
      moment: { written, epochMs, wallTime: wallTimeText(shown), hasTime },
      offsetMinutes: offset,
      notes,
    };
  }

  if (!zone) {
    notes.push({ kind: 'floating' });
    return {
      ok: true,
      moment: { written, epochMs: null, wallTime: wallTimeText(asUtc), hasTime },
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
      wallTime: wallTimeText(DateTime.fromMillis(resolved.epochMs, { zone })),
      hasTime,
    },
    offsetMinutes: null,
    notes,
  };
}

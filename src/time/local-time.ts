import { DateTime, FixedOffsetZone, type DateTimeFormatOptions, type Zone } from 'luxon';
import { dateTimeFormat, usableLocale } from './intl-cache.js';
import { MINUTE_MS } from './units.js';
import { formatOffset, zoneFor } from './zones.js';

/**
 * The event's moment in its own zone and in the viewer's, written in the viewer's
 * language. Pure: luxon in, plain strings out.
 *
 * Hour cycle: none is forced. Each locale writes its own (`4:00 PM` in en-US,
 * `16:00` in en-GB and fr, a `-u-hc-` extension in the tag wins), because a visitor
 * reads times fastest the way their own clocks show them. Minutes are asked for as
 * `numeric`, not `2-digit`: ICU then keeps the locale's own hour padding (`04:05` in
 * en-GB, `4:05 AM` in en-US), where `2-digit` minutes make it drop to `4:05` in en-GB.
 */

/** One moment as shown in one zone. */
export interface ZonedTime {
  /** The text to show, in the locale. */
  readonly text: string;
  /** ISO 8601 instant with this zone's offset, for `<time datetime>` (`2023-07-06T16:00:00+02:00`). */
  readonly iso: string;
  /** The zone's name at that moment as the locale writes it in full ("Central Africa Time"). */
  readonly zoneName: string;
}

/** The event's start in its own zone and, where it reads differently, in the viewer's. */
export interface DescribedTimes {
  /** In the event's zone: weekday, date, time and the zone's name. */
  readonly event: ZonedTime;
  /**
   * In the viewer's zone: the time, with weekday and date when the date differs from the
   * event's. `null` when both zones give the same date and wall-clock time (say it once).
   */
  readonly viewer: ZonedTime | null;
  /** The viewer's calendar date differs from the event's (the viewer's text then names the day). */
  readonly dayDiffers: boolean;
}

/** A moment with no zone, shown exactly as written. */
export interface FloatingTime {
  readonly text: string;
  /** The date and time without offset (`2023-07-06T16:00`), a valid `<time datetime>` too. */
  readonly iso: string;
}

/** The formats the times are written in (exported for the tests that compare them with luxon's writing). */
export const EVENT_FORMAT: DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
};

export const EVENT_TEXT_FORMAT: DateTimeFormatOptions = { ...EVENT_FORMAT, timeZoneName: 'long' };

export const VIEWER_TIME_FORMAT: DateTimeFormatOptions = { hour: 'numeric', minute: 'numeric' };
export const VIEWER_DAY_FORMAT: DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  ...VIEWER_TIME_FORMAT,
};

// A zone name nobody knows must not throw out of an element; UTC keeps the instant right and says so.
function zoneOrUtc(name: string): Zone {
  return zoneFor(name) ?? FixedOffsetZone.utcInstance;
}

/** An instant as one zone reads it. */
interface Reading {
  readonly ms: number;
  readonly zone: Zone;
  /** Minutes east of UTC then (historic local mean times have fractions). */
  readonly offset: number;
  /** The wall-clock date and time there, `YYYY-MM-DDTHH:mm:ss`. */
  readonly wall: string;
}

/**
 * The zone's own offset, from the zone itself (which remembers it), with no luxon
 * DateTime: making one per row, twice, is much of what a series' first render costs.
 */
function readingAt(ms: number, zone: Zone): Reading {
  const offset = zone.offset(ms);
  return { ms, zone, offset, wall: new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19) };
}

/**
 * The DateTime luxon would use, for what only luxon writes (fixed offsets, fractional offsets).
 * The language is given as it is made: `setLocale` keeps the system locale's numbering and
 * calendar (WebKit's is `en-US-u-ca-gregory-nu-latn`), and Arabic then got Latin digits there.
 */
function dateTimeOf(at: Reading, locale?: string): DateTime {
  return DateTime.fromMillis(at.ms, { zone: at.zone, locale });
}

/** The Intl name of a zone luxon hands to Intl as it is, or null. */
function intlZone(at: Reading): string | null {
  return at.zone.type === 'iana' ? at.zone.name : null;
}

/**
 * The zone's full name at that moment in the locale ("Central Africa Time"), from a
 * shared formatter: luxon's `offsetNameLong` builds a new Intl formatter per call.
 * Where Intl takes no offset for a zone (engines before offset zones), luxon's own name
 * for it (`UTC+5:30`), as its `offsetNameLong` gives for a fixed offset.
 */
function longZoneName(at: Reading, locale: string): string {
  const timeZone = intlZone(at) ?? formatOffset(at.offset);
  try {
    const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(at.ms);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return at.zone.name;
  }
}

/**
 * What luxon's `toLocaleString` writes, from a shared formatter: for an IANA zone luxon
 * hands Intl the same options and zone, but builds a locale and a formatter on each call,
 * and a series describes fifty events in its first render. Fixed offsets stay luxon's.
 */
function localeText(at: Reading, tag: string, options: DateTimeFormatOptions): string {
  const timeZone = intlZone(at);
  if (timeZone) {
    try {
      return dateTimeFormat(tag, { ...options, timeZone }).format(at.ms);
    } catch {
      // A zone this engine's Intl refuses: luxon's way below.
    }
  }
  return dateTimeOf(at, tag).toLocaleString(options);
}

/** ISO 8601 with the zone's offset, as luxon's `toISO` writes it (seconds kept, milliseconds when there are some). */
function isoOf(at: Reading): string {
  if (!Number.isInteger(at.offset) || at.ms % 1000 !== 0) {
    return dateTimeOf(at).toISO({ suppressMilliseconds: true }) ?? '';
  }
  // luxon writes a fixed zero offset (UTC itself) as `Z`, an IANA zone at zero as `+00:00`.
  return `${at.wall}${at.zone.isUniversal && at.offset === 0 ? 'Z' : formatOffset(at.offset)}`;
}

/**
 * One zone's reading of the moment. Its long zone name is worked out when first read:
 * a card's countdown shows it, a series' rows never do.
 */
function zonedTime(at: Reading, tag: string, options: DateTimeFormatOptions): ZonedTime {
  let zoneName: string | undefined;
  return {
    text: localeText(at, tag, options),
    iso: isoOf(at),
    get zoneName() {
      return (zoneName ??= longZoneName(at, tag));
    },
  };
}

/**
 * Describes the instant `startMs` in `eventZone` and in `viewerZone` (IANA names or
 * luxon fixed offsets such as `UTC+2`; unknown names are taken as UTC), in `locale`.
 */
export function describeTimes(startMs: number, eventZone: string, viewerZone: string, locale: string): DescribedTimes {
  // A listing carries the same few events many times over (each partner's card, a
  // countdown per row): one description serves them all. Frozen, so sharing is safe.
  const key = `${startMs}\u0000${eventZone}\u0000${viewerZone}\u0000${locale}`;
  let described = descriptions.get(key);
  if (!described) {
    if (descriptions.size >= MAX_DESCRIBED) descriptions.clear();
    described = deepFreeze(describeAfresh(startMs, eventZone, viewerZone, locale));
    descriptions.set(key, described);
  }
  return described;
}

const MAX_DESCRIBED = 500;
const descriptions = new Map<string, DescribedTimes>();

function deepFreeze(times: DescribedTimes): DescribedTimes {
  Object.freeze(times.event);
  if (times.viewer) Object.freeze(times.viewer);
  return Object.freeze(times);
}

function describeAfresh(startMs: number, eventZone: string, viewerZone: string, locale: string): DescribedTimes {
  const tag = usableLocale(locale);
  const atEvent = readingAt(startMs, zoneOrUtc(eventZone));
  const atViewer = readingAt(startMs, zoneOrUtc(viewerZone));

  // The zone's name as the locale writes it ("Central Africa Time", "heure normale d’Afrique
  // centrale"): the short form is mostly a bare offset ("GMT+2") outside the locale's own country.
  const event = zonedTime(atEvent, tag, EVENT_TEXT_FORMAT);

  const dayDiffers = atViewer.wall.slice(0, 10) !== atEvent.wall.slice(0, 10);
  // Same date and same wall-clock time means the same offset: two names, one reading.
  const sameReading = !dayDiffers && atViewer.offset === atEvent.offset;
  if (sameReading) return { event, viewer: null, dayDiffers };

  // Across a new year the day alone would mislead ("Sat 30 Dec" for a 1 January event).
  const viewerFormat = !dayDiffers
    ? VIEWER_TIME_FORMAT
    : atViewer.wall.slice(0, 4) !== atEvent.wall.slice(0, 4)
      ? { ...VIEWER_DAY_FORMAT, year: 'numeric' as const }
      : VIEWER_DAY_FORMAT;
  return { event, viewer: zonedTime(atViewer, tag, viewerFormat), dayDiffers };
}

/**
 * Describes a floating wall time (`YYYY-MM-DDTHH:mm[:ss]`, no zone known) in `locale`,
 * converting nothing; text that is not such a time is returned as written.
 */
export function describeFloating(wallTime: string, locale: string): FloatingTime {
  // Read and written in UTC only so that no zone (least of all the browser's) shifts it.
  const wall = DateTime.fromISO(wallTime, { zone: 'UTC', locale: usableLocale(locale) });
  if (!wall.isValid) return { text: wallTime, iso: wallTime };
  return {
    text: wall.toLocaleString(EVENT_FORMAT),
    // toISO, not toFormat: luxon's token formatter would then be in the bundle for this one line.
    iso: wall.toISO({ includeOffset: false, suppressSeconds: true, suppressMilliseconds: true }),
  };
}

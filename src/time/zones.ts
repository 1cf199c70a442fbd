import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';

// luxon answers by building an Intl.DateTimeFormat each time; a page of a thousand
// countdowns asks about the same few zones, so remember the answers.
const knownZones = new Map<string, boolean>();

/** Whether `name` is an IANA time-zone name this browser knows (`Africa/Maputo`, `UTC`). */
export function isKnownZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) && IANAZone.isValidZone(name);
    if (knownZones.size > 500) knownZones.clear();
    knownZones.set(name, known);
  }
  return known;
}

/** luxon's name for a fixed offset in minutes (`UTC+2`, `UTC+5:30`, `UTC-3:30`, `UTC`). */
export function fixedZoneName(offsetMinutes: number): string {
  return FixedOffsetZone.instance(offsetMinutes).name;
}

/**
 * An IANA zone that answers luxon's question (the offset at an instant) quickly, and each
 * instant once. luxon asks on every DateTime it makes, and answers by formatting the instant
 * into parts and building a date back from them: about 20 µs, far more in a page's first
 * render. A formatter that writes the offset alone (`GMT+02:00`) takes a tenth of that, and
 * an event's start is asked about by its parsing, its card, its countdown and its row.
 */
class RememberingZone extends IANAZone {
  private known = new Map<number, number>();
  private offsetFormat?: Intl.DateTimeFormat;

  override offset(ts: number): number {
    let offset = this.known.get(ts);
    if (offset === undefined) {
      // A clock read every second asks about a new instant each time: start over rather than grow.
      if (this.known.size > 999) this.known.clear();
      this.known.set(ts, (offset = this.read(ts)));
    }
    return offset;
  }

  /** Minutes east of UTC (historic local mean times have seconds: Maputo's 1900 offset is +02:10:18). */
  private read(ts: number): number {
    try {
      this.offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: this.name, timeZoneName: 'longOffset' });
      const written = this.offsetFormat.format(ts);
      const found = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?$/.exec(written);
      // `GMT` alone is UTC itself; anything else unforeseen is luxon's to answer.
      if (!found) return /\bGMT$/.test(written) ? 0 : super.offset(ts);
      const [, sign, hours, minutes, seconds = 0] = found;
      return ((sign === '-' ? -1 : 1) * (+hours! * 3600 + +minutes! * 60 + +seconds)) / 60;
    } catch {
      // An engine without `longOffset`, or an instant Intl cannot write (NaN): luxon's own way.
      return super.offset(ts);
    }
  }
}

const zones = new Map<string, Zone | null>();

/**
 * The zone for a name this module produced or validated: an IANA name, or a fixed
 * offset spelled `UTC±H[:MM]`. Unknown names give `null`, never an invalid zone.
 * The same name gives the same zone, which remembers the offsets it was asked for.
 */
export function zoneFor(name: string): Zone | null {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = FixedOffsetZone.parseSpecifier(name) ?? (isKnownZone(name) ? new RememberingZone(name) : null);
    if (zones.size > 500) zones.clear();
    zones.set(name, zone);
  }
  return zone;
}

/** `+02:00`, `-03:30`, `+00:00`: an offset as ISO 8601 writes it. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}

/**
 * The place a zone is named after, as its IANA name writes it: `Auckland` for
 * `Pacific/Auckland`, `Port of Spain` for `America/Port_of_Spain`, `UTC+2` as is.
 */
export function placeOf(zoneName: string): string {
  return (zoneName.split('/').pop() ?? zoneName).replace(/_/g, ' ');
}

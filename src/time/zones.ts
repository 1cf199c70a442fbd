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
 * The zone for a name this module produced or validated: an IANA name, or a fixed
 * offset spelled `UTC±H[:MM]`. Unknown names give `null`, never an invalid zone.
 */
export function zoneFor(name: string): Zone | null {
  const fixed = FixedOffsetZone.parseSpecifier(name);
  if (fixed) return fixed;
  return isKnownZone(name) ? IANAZone.create(name) : null;
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

import { DateTime } from 'luxon';

/** `20230706T140000Z`: the UTC form RFC 5545 (and Google Calendar) write. */
export function compactUtc(epochMs: number): string {
  return DateTime.fromMillis(epochMs, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
}

/** `2023-07-06T14:00:00Z`: ISO 8601 in UTC without milliseconds (Outlook rejects some longer forms). */
export function isoUtc(epochMs: number): string {
  return DateTime.fromMillis(epochMs, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
}

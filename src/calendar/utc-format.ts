// Date's own ISO form, not luxon's toFormat: the calendars' fixed UTC forms need no zone or
// locale, and without toFormat's callers the bundle can leave luxon's token formatter out.

/** `2023-07-06T14:00:00Z`: ISO 8601 in UTC without milliseconds (Outlook rejects some longer forms). */
export function isoUtc(epochMs: number): string {
  const date = new Date(epochMs);
  // Outside Date's range toISOString throws; the callers pass checked instants, but never throw.
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 19)}Z`;
}

/** `20230706T140000Z`: the UTC form RFC 5545 (and Google Calendar) write. */
export function compactUtc(epochMs: number): string {
  return isoUtc(epochMs).replace(/[-:]/g, '');
}

/**
 * The browser's own time zone, read afresh on every call: a visitor can travel,
 * and tests emulate zones; luxon's cached "local" zone would go stale.
 */
export function browserTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

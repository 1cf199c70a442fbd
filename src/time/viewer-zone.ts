/**
 * The browser's own time zone. Read afresh for each batch of work (a visitor can
 * travel, tests emulate zones, and luxon's cached "local" zone would go stale), but
 * only once per batch: a page of a thousand countdowns renders in one task, and
 * each reading builds an Intl formatter.
 */
let reading: string | null = null;

export function browserTimeZone(): string {
  if (reading === null) {
    try {
      reading = new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      reading = 'UTC';
    }
    // Forget it once this task and its microtasks are done.
    setTimeout(() => (reading = null));
  }
  return reading;
}

/**
 * Forgets this batch's reading: the ticker calls it when every element looks at the time
 * again (the page shown again, the minute check), the moment a changed zone is looked for,
 * which can come before the batch's own forgetting does.
 */
export function forgetBrowserTimeZone(): void {
  reading = null;
}

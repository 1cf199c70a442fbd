import { executeServerCommand } from '@web/test-runner-commands';
import { leaveToLaunchGroup } from './engine.js';
import { waitFor } from './mount.js';

/** The page's local readings in January and July, in `zone` (or the page's own zone): equal when the page is in it. */
function readings(zone?: string): string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  return [Date.UTC(2023, 0, 15, 12), Date.UTC(2023, 6, 15, 12)].map((ms) => format.format(ms)).join(' | ');
}

/**
 * Puts this test page in `zone` (an IANA name), as if the visitor lived there; `null` restores the zone
 * the browser started in. Resolves once the page itself reads the time in that zone. An engine that
 * cannot change the zone of an open page (WebKit) leaves the test to a run whose browser starts in it.
 */
export async function emulateTimeZone(zone: string | null): Promise<void> {
  const result = await executeServerCommand<{ applied: boolean; zone: string }, unknown>('emulate-time-zone', { zone });
  if (!result?.applied) {
    if (zone === null) return;
    return leaveToLaunchGroup({ zone }, `the zone ${zone}`);
  }
  // Firefox applies a zone override to the page a moment after the command returns.
  await waitFor(() => readings() === readings(result.zone), `the page reading the time in ${result.zone}`, 2000);
}

/**
 * Sets the visitor's "reduce motion" preference (`prefers-reduced-motion: reduce`) for this page, CSS
 * included; `null` restores what the browser started with. Chromium changes it in the open page; Firefox
 * and WebKit only when the browser starts, so the test is then left to a run whose browser starts with it.
 */
export async function emulateReducedMotion(reduce: boolean | null): Promise<void> {
  const result = await executeServerCommand<{ applied: boolean; reduce: boolean }, unknown>('emulate-reduced-motion', {
    reduce,
  });
  if (!result?.applied) {
    if (reduce === null) return;
    return leaveToLaunchGroup({ reducedMotion: reduce }, reduce ? 'reduced motion' : 'no reduced motion');
  }
  await waitFor(
    () => matchMedia('(prefers-reduced-motion: reduce)').matches === result.reduce,
    'the page seeing the motion preference',
    2000,
  );
}

/** Sets the browser's locale (navigator.language and Intl's default); `null` restores it. Chromium only. */
export async function emulateLocale(locale: string | null): Promise<void> {
  await executeServerCommand('emulate-locale', { locale });
}

/**
 * Sizes the page's viewport (CSS pixels) in every engine, as a visitor's window or phone would, and
 * fails if the engine could not (WebKit's MiniBrowser window is at least 447 px wide: its toolbar).
 */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<void> {
  await executeServerCommand('size-viewport', { width, height });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (innerWidth !== width || innerHeight !== height) {
    throw new Error(`the viewport is ${innerWidth} × ${innerHeight} px, not the ${width} × ${height} asked for`);
  }
}

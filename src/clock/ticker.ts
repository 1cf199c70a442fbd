import { clock, onClockChange } from './clock.js';
import { forgetBrowserTimeZone } from '../time/viewer-zone.js';

/**
 * One timer for every countdown on the page. Each subscriber says when it next
 * needs to look at the time; the ticker sleeps until the earliest of those moments,
 * wakes only the subscribers that are due, and stops altogether when none is left
 * or the page is hidden. Time is always read from the clock, never counted, so a
 * tab that slept or a timer that fired late still shows the right thing.
 */
export interface TickSubscriber {
  /**
   * Looks at the time `now` (library clock, epoch ms) and returns when it next
   * needs to, or `null` for never (an ended event). `everyone` is true when all
   * subscribers are woken at once (the page shows again, the clock was changed, the
   * once-a-minute check): a time to look at what changes rarely, like the system zone.
   */
  tick(now: number, everyone?: boolean): number | null;
}

/**
 * Wake at least once a minute and re-aim. Timers run on a clock that may stop while
 * the computer sleeps, and the wall clock may be set back: a timer aimed days ahead
 * could leave a visible page stale for long after. One reading a minute per page is
 * nothing next to that.
 */
const MAX_DELAY_MS = 60_000;

const due = new Map<TickSubscriber, number | null>();
let timer: ReturnType<typeof setTimeout> | null = null;
let timerAt: number | null = null;
let stopListening: (() => void) | null = null;

/** Adds a subscriber and gives it a first look at the time at once. */
export function subscribe(subscriber: TickSubscriber): void {
  if (due.size === 0) startListening();
  setDue(subscriber, subscriber.tick(clock.now()));
}

/** Removes a subscriber; the last one out stops the timer. */
export function unsubscribe(subscriber: TickSubscriber): void {
  due.delete(subscriber);
  if (due.size === 0) {
    clearTimer();
    stopListening?.();
    stopListening = null;
  } else {
    aim();
  }
}

/** Makes one subscriber look again now (it became visible, its event changed). */
export function refresh(subscriber: TickSubscriber): void {
  if (!due.has(subscriber)) return;
  setDue(subscriber, subscriber.tick(clock.now()));
}

/**
 * Records when a subscriber next looks, and re-aims only when that can move the timer:
 * a thousand countdowns connecting one after another would otherwise scan them all each time.
 */
function setDue(subscriber: TickSubscriber, at: number | null): void {
  const before = due.get(subscriber);
  due.set(subscriber, at);
  // The timer wakes before this subscriber needs it, and not for its sake: it stays as it is.
  if (timer !== null && timerAt !== null && before !== timerAt && (at === null || at >= timerAt)) return;
  aim();
}

/** What the ticker is doing, for tests and the benchmark: subscribers and pending timers. */
export function tickerStatus(): { subscribers: number; timers: number; nextAt: number | null } {
  return { subscribers: due.size, timers: timer === null ? 0 : 1, nextAt: timerAt };
}

function pageHidden(): boolean {
  // Asked only by a ticker that has subscribers: elements on a page, so there is a document.
  return document.visibilityState === 'hidden';
}

/** Wakes every subscriber: after the page shows again or the clock was changed. */
/** When every subscriber last looked at the time together. */
let everyoneAt = -Infinity;

function refreshAll(): void {
  // Nobody sees a hidden page: the reading waits for it to show (visibilitychange refreshes).
  if (pageHidden()) return;
  const now = clock.now();
  everyoneAt = now;
  // Everyone looks in case the zone changed too: a reading kept from before would hide it.
  forgetBrowserTimeZone();
  for (const subscriber of [...due.keys()]) due.set(subscriber, subscriber.tick(now, true));
  aim();
}

function run(): void {
  timer = null;
  timerAt = null;
  const now = clock.now();
  const woken = [...due].filter(([, at]) => at !== null && at <= now);
  // Nothing due, or a minute since everyone last looked (a countdown in its last hour is due
  // every wake, and must not keep the others from it): everyone looks, in case the wall
  // clock jumped back or the system's zone changed.
  if (woken.length === 0 || Math.abs(now - everyoneAt) >= MAX_DELAY_MS) return refreshAll();
  for (const [subscriber] of woken) {
    if (due.has(subscriber)) due.set(subscriber, subscriber.tick(now));
  }
  aim();
}

/** Sets the one timer for the earliest moment any subscriber needs. */
function aim(): void {
  if (pageHidden()) return clearTimer();
  let earliest: number | null = null;
  for (const at of due.values()) {
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  if (earliest === timerAt && timer !== null) return;
  clearTimer();
  if (earliest === null) return;
  const delay = Math.min(Math.max(earliest - clock.now(), 0), MAX_DELAY_MS);
  timerAt = earliest;
  timer = setTimeout(run, delay);
}

function clearTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  timerAt = null;
}

function startListening(): void {
  const onVisibility = () => (pageHidden() ? clearTimer() : refreshAll());
  document.addEventListener('visibilitychange', onVisibility);
  // A page restored from the back/forward cache, or a frozen tab resumed, reads the time afresh.
  window.addEventListener('pageshow', refreshAll);
  document.addEventListener('resume', refreshAll);
  const stopClock = onClockChange(refreshAll);
  stopListening = () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pageshow', refreshAll);
    document.removeEventListener('resume', refreshAll);
    stopClock();
  };
}

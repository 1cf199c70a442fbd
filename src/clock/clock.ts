/**
 * The one place production code reads the current time from. Tests and stories
 * fix or step it with `setClock()`; every element reads `clock.now()` and nothing
 * calls `Date.now()` itself, so no test ever patches the global `Date`.
 */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

const systemClock: Clock = { now: () => Date.now() };

let current: Clock = systemClock;
/** How far the current clock runs ahead of the servers' (ms), as last measured. */
let skewMs = 0;
const listeners = new Set<() => void>();

/**
 * The library's clock: the current one, corrected for the skew a server's `Date`
 * header revealed. A `FixedClock` is a moment chosen by a test or a preview, not a
 * wrong clock, so it is never corrected.
 */
export const clock: Clock = { now: () => current.now() - clockSkew() };

/**
 * Replaces the library's clock (`null` restores the system clock) and tells every
 * listener (the shared ticker) to read it again at once. A new clock's error is
 * not known yet: the skew starts again at 0.
 */
export function setClock(next: Clock | null): void {
  current = next ?? systemClock;
  skewMs = 0;
  notifyClockChanged();
}

/** The current clock's own reading, uncorrected: what a skew is measured against. */
export function uncorrectedNow(): number {
  return current.now();
}

/** How far the clock is taken to run ahead (ms) and is corrected by; 0 for a fixed clock. */
export function clockSkew(): number {
  return current instanceof FixedClock ? 0 : skewMs;
}

/**
 * Corrects the clock by `ms`: how far the visitor's clock runs ahead of a server's,
 * measured from its response (`estimateSkew`). Every countdown reads the corrected
 * time at once.
 */
export function setClockSkew(ms: number): void {
  const next = Number.isFinite(ms) ? ms : 0;
  if (next === skewMs) return;
  skewMs = next;
  notifyClockChanged();
}

/** Tells listeners the time jumped (a fixed clock was moved). */
export function notifyClockChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Called when the clock is replaced or moved; returns the unsubscribe function. */
export function onClockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A clock that stands still until moved: for tests and Storybook's fixed "now". */
export class FixedClock implements Clock {
  constructor(private epochMs: number) {}

  now(): number {
    return this.epochMs;
  }

  /** Moves to `epochMs` and lets every element re-read the time. */
  set(epochMs: number): void {
    this.epochMs = epochMs;
    if (current === this) notifyClockChanged();
  }

  /** Moves forward by `ms`. */
  advance(ms: number): void {
    this.set(this.epochMs + ms);
  }
}

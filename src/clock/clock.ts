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
const listeners = new Set<() => void>();

/** The library's clock. */
export const clock: Clock = { now: () => current.now() };

/**
 * Replaces the library's clock (`null` restores the system clock) and tells every
 * listener (the shared ticker) to read it again at once.
 */
export function setClock(next: Clock | null): void {
  current = next ?? systemClock;
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

/**
 * Whether the library's clock is a `FixedClock`: a moment chosen by a test or a
 * preview. Such a clock is not "wrong", so no skew correction applies to it.
 */
export function clockIsFixed(): boolean {
  return current instanceof FixedClock;
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refresh, subscribe, unsubscribe, type TickSubscriber } from './ticker.js';

/**
 * Connects an element to the shared ticker while it is on the page, and tells it
 * whether it is on screen: an off-screen countdown need not wake every second.
 */
export class TickController implements ReactiveController, TickSubscriber {
  /** Whether the host is (at least partly) in the viewport; assumed until told otherwise. */
  onScreen = true;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onTick: (now: number, onScreen: boolean, everyone: boolean) => number | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    subscribe(this);
    watchOnScreen(this.host, this);
  }

  hostDisconnected(): void {
    unsubscribe(this);
    unwatchOnScreen(this.host);
  }

  /** Look at the time again now (the event or the language changed). */
  refresh(): void {
    refresh(this);
  }

  tick(now: number, everyone = false): number | null {
    return this.onTick(now, this.onScreen, everyone);
  }

  /** Called by the shared visibility observer. */
  setOnScreen(onScreen: boolean): void {
    if (onScreen === this.onScreen) return;
    this.onScreen = onScreen;
    refresh(this);
  }
}

// One IntersectionObserver for every countdown, like the one timer.
const watched = new WeakMap<Element, TickController>();
let visibility: IntersectionObserver | null = null;
let watchedCount = 0;

function watchOnScreen(element: Element, controller: TickController): void {
  if (typeof IntersectionObserver === 'undefined') return;
  visibility ??= new IntersectionObserver((entries) => {
    for (const entry of entries) watched.get(entry.target)?.setOnScreen(entry.isIntersecting);
  });
  watched.set(element, controller);
  watchedCount += 1;
  visibility.observe(element);
}

function unwatchOnScreen(element: Element): void {
  if (!visibility || !watched.has(element)) return;
  visibility.unobserve(element);
  watched.delete(element);
  watchedCount -= 1;
  if (watchedCount === 0) {
    visibility.disconnect();
    visibility = null;
  }
}

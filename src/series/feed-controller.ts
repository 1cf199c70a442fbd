import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setClockSkew, uncorrectedNow } from '../clock/clock.js';
import type { Problem } from '../model/event-data.js';
import { fetchJsonLd } from '../model/fetch-event.js';
import { readFeed, type FeedEntry } from './read-feed.js';

/** What a series' `src` gave: its entries, or why there are none. */
export type FeedAnswer =
  | { readonly ok: true; readonly entries: readonly FeedEntry[]; readonly baseUrl: string }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Fetches and reads a series' feed when its address changes, and only then: the
 * element's updates (every move of the clock) never fetch. A fetch cut short by a
 * disconnect starts again when the element comes back.
 */
export class FeedController implements ReactiveController {
  /** The answer, once there is one (`null` while loading, or without `src`). */
  answer: FeedAnswer | null = null;

  private src: string | undefined;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether a fetch is under way. */
  get loading(): boolean {
    return this.abort !== undefined;
  }

  /** Loads `src` (an address as written), or forgets the feed when it is empty. */
  load(src: string | undefined): void {
    this.abort?.abort();
    this.abort = undefined;
    this.answer = null;
    this.src = src;
    if (!src) return;
    const abort = new AbortController();
    this.abort = abort;
    fetchJsonLd(src, document.baseURI, uncorrectedNow, abort.signal).then(
      (fetched) => {
        if (abort.signal.aborted) return;
        this.abort = undefined;
        this.answer = fetched.ok ? read(src, fetched.body, fetched.baseUrl) : { ok: false, problem: fetched.problem };
        // The visitor's clock may run ahead of the feed's server: the clock corrects for it, as for an event's src.
        if (fetched.ok && fetched.clockSkewMs !== 0) setClockSkew(fetched.clockSkewMs);
        this.host.requestUpdate();
      },
      () => {
        // Aborted: src changed or the element left the page.
      },
    );
  }

  hostConnected(): void {
    if (this.src && !this.answer && !this.abort) this.load(this.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}

function read(src: string, body: string, baseUrl: string): FeedAnswer {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: { field: 'src', value: src, message: 'is not JSON; the fallback is shown' } };
  }
  const feed = readFeed(value);
  if (!feed.ok) return { ok: false, problem: { field: 'src', value: src, message: feed.message } };
  return { ok: true, entries: feed.entries, baseUrl };
}

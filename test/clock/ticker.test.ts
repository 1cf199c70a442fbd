import { expect } from '@open-wc/testing';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import { refresh, subscribe, tickerStatus, unsubscribe, type TickSubscriber } from '../../src/clock/ticker.js';
import { browserTimeZone } from '../../src/time/viewer-zone.js';
import { waitFor } from '../support/mount.js';

const T = Date.UTC(2023, 6, 6, 12, 0);
const HOUR = 3_600_000;

/** A subscriber that writes down each look at the time and answers with what `next` says. */
function subscriber(next: (now: number) => number | null) {
  const looks: Array<[now: number, everyone: boolean]> = [];
  const it: TickSubscriber = {
    tick(now, everyone = false) {
      looks.push([now, everyone]);
      return next(now);
    },
  };
  return { it, looks };
}

describe('the shared ticker', () => {
  let clock: FixedClock;
  let visibility: DocumentVisibilityState = 'visible';
  const subscribed: TickSubscriber[] = [];
  const add = (one: TickSubscriber) => {
    subscribed.push(one);
    subscribe(one);
  };
  beforeEach(() => {
    clock = new FixedClock(T);
    setClock(clock);
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    for (const one of subscribed.splice(0)) unsubscribe(one);
    delete (document as unknown as Record<string, unknown>).visibilityState;
    setClock(null);
  });

  it('gives a new subscriber a look at once, and aims one timer at the earliest moment anyone needs', () => {
    const soon = subscriber(() => T + HOUR);
    const later = subscriber(() => T + 2 * HOUR);
    add(later.it);
    add(soon.it);
    expect([soon.looks, later.looks]).to.deep.equal([[[T, false]], [[T, false]]]);
    expect(tickerStatus()).to.deep.equal({ subscribers: 2, timers: 1, nextAt: T + HOUR });
  });

  it("has everyone read the browser's zone afresh when they all look again, even in the task that last read it", () => {
    // The zone the browser reports, changed from here: a visitor who flew to Tokyo with the page open.
    const resolvedOptions = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'resolvedOptions')!;
    let zone = 'Europe/London';
    Intl.DateTimeFormat.prototype.resolvedOptions = function (this: Intl.DateTimeFormat) {
      return { ...(resolvedOptions.value as () => Intl.ResolvedDateTimeFormatOptions).call(this), timeZone: zone };
    };
    try {
      const seen: string[] = [];
      add({ tick: () => (seen.push(browserTimeZone()), T + HOUR) });
      zone = 'Asia/Tokyo';
      // The page is shown again within the same task: everyone looks, and must see the new zone.
      document.dispatchEvent(new Event('visibilitychange'));
      expect(seen).to.deep.equal(['Europe/London', 'Asia/Tokyo']);
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'resolvedOptions', resolvedOptions);
    }
  });

  it('sets no timer when nobody needs to look again, and none once the last one leaves', () => {
    const done = subscriber(() => null);
    add(done.it);
    expect(tickerStatus()).to.deep.equal({ subscribers: 1, timers: 0, nextAt: null });
    const waiting = subscriber(() => T + HOUR);
    add(waiting.it);
    expect(tickerStatus().timers).to.equal(1);
    unsubscribe(waiting.it);
    unsubscribe(done.it);
    expect(tickerStatus()).to.deep.equal({ subscribers: 0, timers: 0, nextAt: null });
  });

  it('lets everyone look again, together, when the clock is moved', () => {
    const one = subscriber(() => T + 5 * HOUR);
    const other = subscriber(() => T + 6 * HOUR);
    add(one.it);
    add(other.it);
    clock.set(T + HOUR);
    expect([one.looks, other.looks]).to.deep.equal([
      [
        [T, false],
        [T + HOUR, true],
      ],
      [
        [T, false],
        [T + HOUR, true],
      ],
    ]);
  });

  it('makes one subscriber look again on refresh, and leaves the others be', () => {
    const one = subscriber(() => T + HOUR);
    const other = subscriber(() => T + HOUR);
    add(one.it);
    add(other.it);
    refresh(one.it);
    expect([one.looks.length, other.looks.length]).to.deep.equal([2, 1]);
  });

  it('wakes only the subscribers that are due', async () => {
    let dueNow = true;
    const due = subscriber((now) => (dueNow ? now : null));
    const notDue = subscriber(() => T + HOUR);
    add(due.it);
    add(notDue.it);
    // Everyone looked together just now (the clock was set), so the next wake is not the minute check.
    clock.set(T);
    const looked = notDue.looks.length;
    await waitFor(() => due.looks.length >= 3, 'the due subscriber woken by the timer');
    dueNow = false;
    expect(due.looks[2]).to.deep.equal([T, false]);
    expect(notDue.looks.length).to.equal(looked);
  });

  it('keeps no timer while the page is hidden, and has everyone look again when it shows', () => {
    const one = subscriber(() => T + HOUR);
    add(one.it);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(tickerStatus().timers).to.equal(0);
    clock.set(T + 2 * HOUR);
    // Nobody sees a hidden page: nothing is read while it is hidden.
    expect(one.looks).to.deep.equal([[T, false]]);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(one.looks).to.deep.equal([
      [T, false],
      [T + 2 * HOUR, true],
    ]);
    expect(tickerStatus().timers).to.equal(1);
  });
});

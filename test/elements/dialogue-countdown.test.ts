import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import { tickerStatus } from '../../src/clock/ticker.js';
import type { DialogueCountdown } from '../../src/countdown/dialogue-countdown.js';
import { emulateTimeZone } from '../support/emulation.js';
import { can, skipHere } from '../support/engine.js';
import { closeFramedPages, pageWithScriptAfter } from '../support/framed-page.js';
import { captureWarnings, inShadow, mount, settle, unmountAll, waitFor } from '../support/mount.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 2023-07-06 16:00 in Maputo (UTC+2) is 14:00 UTC.
const START = Date.UTC(2023, 6, 6, 14, 0);

const standalone = (extra = '') =>
  `<div lang="en-GB"><dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo" ${extra}></dialogue-countdown></div>`;

function headline(countdown: Element): string {
  const line = inShadow(countdown, '[part="time-left"]')!;
  const visible = [...line.childNodes].filter(
    (node) =>
      node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.classList.contains('visually-hidden')),
  );
  return visible
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function announcement(countdown: Element): string {
  return inShadow(countdown, '[role="status"]')?.textContent?.trim() ?? '';
}

describe('<dialogue-countdown>', () => {
  let clock: FixedClock;
  beforeEach(() => {
    clock = new FixedClock(START - 3 * 24 * HOUR);
    setClock(clock);
  });
  afterEach(async () => {
    unmountAll();
    closeFramedPages();
    setClock(null);
    await emulateTimeZone(null);
  });

  it("writes each phrase in one language: its own for the five it speaks, English for others (German here), dates in the page's", async () => {
    clock.set(START - 2 * 24 * HOUR - 3 * HOUR);
    const shown: Record<string, { headline: string; lang: string | null; date: string }> = {};
    for (const lang of ['sw', 'fr', 'de']) {
      const page = await mount(
        `<div lang="${lang}"><dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-countdown></div>`,
      );
      const countdown = page.querySelector('dialogue-countdown')!;
      shown[lang] = {
        headline: headline(countdown),
        lang: inShadow(countdown, '[part="time-left"]')!.getAttribute('lang'),
        date: inShadow(countdown, '[part~="event-time"]')!.textContent.trim(),
      };
    }
    expect(shown.sw!.headline).to.equal('Linaanza baada ya siku 2 na saa 3');
    expect(shown.fr!.headline).to.equal('Commence dans 2 jours et 3 heures');
    // Not "Starts in 2 Tage, 3 Stunden": the frame is English, so the words inside it are too, and marked so.
    expect(shown.de!.headline).to.equal('Starts in 2 days, 3 hours');
    expect(shown.de!.lang).to.equal('en');
    expect(shown.de!.date).to.contain('Donnerstag');
  });

  it('goes through every state with the clock, firing dialogue-state-change exactly once per change', async () => {
    const page = await mount(standalone('end="2023-07-06T17:30"'));
    const countdown = page.querySelector('dialogue-countdown')!;
    const changes: Array<{ state: string; previous: string | null }> = [];
    page.addEventListener('dialogue-state-change', (event) => changes.push({ ...event.detail }));

    const at = async (ms: number) => {
      clock.set(ms);
      await settle(page);
      return { state: countdown.state, text: headline(countdown), reflected: countdown.getAttribute('state') };
    };

    expect(await at(START - 3 * 24 * HOUR - 5 * HOUR)).to.deep.equal({
      state: 'upcoming',
      text: 'Starts in 3 days, 5 hours',
      reflected: 'upcoming',
    });
    expect((await at(START - 2 * HOUR - 30 * MINUTE)).text).to.equal('Starts in 2 hours, 30 minutes');
    expect((await at(START - 20 * MINUTE - 5_000)).text).to.equal('Starts in 20 minutes, 5 seconds');
    const soon = await at(START - 10 * MINUTE);
    expect(soon.text).to.equal('Starting soon Starts in 10 minutes');
    expect(inShadow(countdown, '.countdown')!.classList.contains('soon')).to.equal(true);
    expect(announcement(countdown)).to.equal('Starting soon');
    // Staying in the same state a little longer changes nothing.
    await at(START - 9 * MINUTE);
    expect((await at(START)).state).to.equal('live');
    expect(announcement(countdown)).to.equal('Live now');
    expect((await at(START + 90 * MINUTE - 1)).state).to.equal('live');
    expect((await at(START + 90 * MINUTE)).state).to.equal('ended');
    expect(announcement(countdown)).to.equal('This event has ended');
    await at(START + 200 * MINUTE);

    expect(changes).to.deep.equal([
      { state: 'live', previous: 'upcoming' },
      { state: 'ended', previous: 'live' },
    ]);
  });

  it('is live for the documented 90 minutes when there is no end', async () => {
    clock.set(START + 89 * MINUTE);
    const page = await mount(standalone());
    const countdown = page.querySelector('dialogue-countdown')!;
    expect(countdown.state).to.equal('live');
    clock.set(START + 90 * MINUTE);
    await settle(page);
    expect(countdown.state).to.equal('ended');
  });

  it('knows its state the moment a script puts it on the page, before it first renders, and reflects it', () => {
    clock.set(START + 10 * MINUTE);
    const countdown = document.createElement('dialogue-countdown');
    countdown.start = '2023-07-06T16:00';
    countdown.timeZone = 'Africa/Maputo';
    const container = document.createElement('div');
    container.append(countdown);
    document.body.append(container);
    try {
      expect([countdown.state, countdown.getAttribute('state')]).to.deep.equal(['live', 'live']);
    } finally {
      container.remove();
    }
  });

  it('keeps state read-only: a script cannot set it', async () => {
    const page = await mount(standalone());
    const countdown = page.querySelector('dialogue-countdown')!;
    expect(() => Object.assign(countdown, { state: 'ended' })).to.throw(TypeError);
    expect(countdown.state).to.equal('upcoming');
  });

  it('tells the first state it finds, once, with previous null, and does not announce it', async () => {
    const cases: Array<[number, string]> = [
      [START - HOUR, 'upcoming'],
      [START + 10 * MINUTE, 'live'],
      [START + 2 * HOUR, 'ended'],
    ];
    for (const [now, state] of cases) {
      clock.set(now);
      const container = document.createElement('div');
      const told: Array<{ state: string; previous: string | null }> = [];
      container.addEventListener('dialogue-state-change', (event) => told.push({ ...event.detail }));
      container.innerHTML = standalone();
      document.body.append(container);
      await settle(container);
      const countdown = container.querySelector('dialogue-countdown')!;
      expect([told, announcement(countdown)], `at ${new Date(now).toISOString()}`).to.deep.equal([
        [{ state, previous: null }],
        '',
      ]);
      container.remove();
    }
  });

  it('names a zone the page chose after its place ("Auckland time"), not "your time", in every language it speaks', async () => {
    const cases: Array<[string, string]> = [
      ['en', 'Auckland time'],
      ['fr', 'heure d’Auckland'],
      ['pt', 'hora de Auckland'],
      ['sw', 'saa za Auckland'],
      ['ar', 'بتوقيت \u2068Auckland\u2069'],
    ];
    for (const [lang, label] of cases) {
      const page = await mount(`<div lang="${lang}">
          <dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Pacific/Auckland"></dialogue-countdown>
          <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="America/Port_of_Spain"></dialogue-event></div>`);
      const alone = inShadow(page.querySelector('dialogue-countdown'), '[part="local-time"]')!.textContent;
      expect(alone.endsWith(` ${label}`), `${lang}: ${alone}`).to.equal(true);
      const inCard = inShadow(
        inShadow(page.querySelector('dialogue-event'), 'dialogue-countdown'),
        '[part="local-time"]',
      )!.textContent;
      if (lang === 'en') expect(inCard).to.match(/ Port of Spain time$/);
      unmountAll();
    }
  });

  it('does not announce the state it finds on arrival', async () => {
    clock.set(START + 10 * MINUTE);
    const page = await mount(standalone());
    expect(page.querySelector('dialogue-countdown')!.state).to.equal('live');
    expect(announcement(page.querySelector('dialogue-countdown')!)).to.equal('');
  });

  for (const [status, state, text] of [
    ['cancelled', 'cancelled', 'This event has been cancelled'],
    ['postponed', 'postponed', 'This event has been postponed; a new date will follow'],
    ['EventCancelled', 'cancelled', 'This event has been cancelled'],
  ] as const) {
    it(`shows status ${status} as ${state}, whatever the time`, async () => {
      const page = await mount(standalone(`status="${status}"`));
      const countdown = page.querySelector('dialogue-countdown')!;
      expect(countdown.state).to.equal(state);
      expect(headline(countdown)).to.equal(text);
      clock.set(START + HOUR);
      await settle(page);
      expect(countdown.state).to.equal(state);
    });
  }

  it('fires a change when the status turns to cancelled, and announces it once', async () => {
    const page = await mount(standalone());
    const countdown = page.querySelector('dialogue-countdown')!;
    const changes: string[] = [];
    countdown.addEventListener('dialogue-state-change', (event) => changes.push(event.detail.state));
    countdown.setAttribute('status', 'cancelled');
    await settle(page);
    countdown.setAttribute('status', 'canceled');
    await settle(page);
    expect(changes).to.deep.equal(['cancelled']);
    expect(announcement(countdown)).to.equal('This event has been cancelled');
  });

  for (const [attributes, field] of [
    ['start="soon"', 'start'],
    ['start="2023-07-06T16:00" time-zone="Mars/Base"', 'time-zone'],
    ['start="2023-07-06T16:00" time-zone="Africa/Maputo" status="perhaps"', 'status'],
    ['start="2023-07-06T16:00" time-zone="Africa/Maputo" end="2023-07-06T15:00"', 'end'],
    ['start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Nowhere/Else"', 'viewer-time-zone'],
  ] as const) {
    it(`reports bad ${field} by name, without throwing`, async () => {
      let countdown!: DialogueCountdown;
      const warnings = await captureWarnings(async () => {
        const page = await mount(`<dialogue-countdown ${attributes}></dialogue-countdown>`);
        countdown = page.querySelector('dialogue-countdown')!;
      });
      expect(countdown.problems.map((p) => p.field)).to.include(field);
      expect(warnings.some((w) => w.startsWith(`<dialogue-countdown> ${field}:`))).to.equal(true);
    });
  }

  it('says a missing start is missing when it stands alone', async () => {
    let countdown!: DialogueCountdown;
    await captureWarnings(async () => {
      const page = await mount(`<dialogue-countdown time-zone="Africa/Maputo"></dialogue-countdown>`);
      countdown = page.querySelector('dialogue-countdown')!;
    });
    expect(countdown.state).to.equal('invalid');
    expect(countdown.problems.find((p) => p.field === 'start')?.message).to.contain('missing');
  });

  it("shows the surrounding event when the page's script comes after its markup", async () => {
    // The library defines <dialogue-countdown> before <dialogue-event>: the countdown upgrades first.
    const page =
      await pageWithScriptAfter(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"
        viewer-time-zone="Asia/Kathmandu"><dialogue-countdown></dialogue-countdown></dialogue-event>`);
    const countdown = page.document.querySelector('dialogue-countdown')!;
    const local = () => countdown.shadowRoot?.querySelector<HTMLTimeElement>('[part~="local-time"]');
    await page.until(() => Boolean(local()));
    // 14:00 UTC is 19:45 in Kathmandu (+05:45); the page runs on the real clock, long after 2023.
    expect(local()?.dateTime).to.equal('2023-07-06T19:45:00+05:45');
    expect(countdown.getAttribute('state')).to.equal('ended');
    expect(page.warnings()).to.deep.equal([]);
  });

  it('shows a time written without a zone as written, then counts down once the zone is given', async () => {
    clock.set(START - 2 * 24 * HOUR - 3 * HOUR);
    const page = await mount(
      `<div lang="en-GB"><dialogue-countdown start="2023-07-06T16:00"></dialogue-countdown></div>`,
    );
    const countdown = page.querySelector('dialogue-countdown')!;
    const seen = () => ({
      state: countdown.state,
      headline: inShadow(countdown, '[part="time-left"]') ? headline(countdown) : null,
      times: [...countdown.shadowRoot!.querySelectorAll('[part~="event-time"], [part~="local-time"]')].map(
        (time) => `${time.getAttribute('part')}: ${time.getAttribute('datetime')}`,
      ),
      text: countdown.shadowRoot!.textContent.replace(/\s+/g, ' ').trim(),
    });
    expect(seen()).to.deep.include({ state: 'invalid', headline: null, times: ['event-time: 2023-07-06T16:00'] });
    // The date as the page's language writes it (engines differ on the comma after the weekday), then the note.
    expect(seen().text).to.match(
      /^Thursday,? 6 July 2023 at 16:00 \(time as written; not converted to your time zone\)$/,
    );

    countdown.timeZone = 'Africa/Maputo';
    countdown.viewerTimeZone = 'Asia/Kathmandu';
    await settle(page);
    expect(seen()).to.deep.include({
      state: 'upcoming',
      headline: 'Starts in 2 days, 3 hours',
      times: ['event-time: 2023-07-06T16:00:00+02:00', 'local-time: 2023-07-06T19:45:00+05:45'],
    });

    // Back to the browser's zone, here Maputo's own offset: one time, both parts.
    countdown.viewerTimeZone = 'Africa/Johannesburg';
    await settle(page);
    expect(seen().times).to.deep.equal(['event-time local-time: 2023-07-06T16:00:00+02:00']);
  });

  it('writes its words again in a new language, and its dates', async () => {
    clock.set(START - 2 * 24 * HOUR - 3 * HOUR);
    const page = await mount(standalone('viewer-time-zone="Asia/Kathmandu"'));
    const countdown = page.querySelector('dialogue-countdown')!;
    page.firstElementChild!.setAttribute('lang', 'fr');
    await settle(page);
    expect(headline(countdown)).to.equal('Commence dans 2 jours et 3 heures');
    expect(inShadow(countdown, '[part="time-left"]')!.getAttribute('lang')).to.equal('fr');
    expect(inShadow(countdown, '[part="local-time"]')!.textContent).to.equal('19:45 heure de Kathmandu');
    expect(inShadow(countdown, '[part="event-time"]')!.textContent).to.contain('jeudi 6 juillet 2023');
  });

  it('is invalid without a usable start', async () => {
    const page = await mount(
      `<dialogue-countdown start="2023-02-30T10:00" time-zone="Africa/Maputo"></dialogue-countdown>`,
    );
    const countdown = page.querySelector('dialogue-countdown')!;
    expect(countdown.state).to.equal('invalid');
    expect(headline(countdown)).to.equal('Time to be confirmed');
  });

  describe("in the browser's own time zone", () => {
    const LIVE_ZONE_CHANGE =
      "the visitor's zone changes while the page is open, and WebKit's driver sets the zone only when the browser starts";
    const cases: Array<[string, string, string | RegExp]> = [
      // zone, local datetime of 14:00 UTC, text expected in it
      ['America/Sao_Paulo', '2023-07-06T11:00:00-03:00', '11:00'],
      ['America/St_Johns', '2023-07-06T11:30:00-02:30', '11:30'],
      ['Asia/Kathmandu', '2023-07-06T19:45:00+05:45', '19:45'],
      // Chromium's own ICU writes no comma after the weekday; the system ICU WebKitGTK uses does.
      ['Pacific/Chatham', '2023-07-07T02:45:00+12:45', /Fri,? 7 Jul, 02:45/],
      ['Pacific/Pago_Pago', '2023-07-06T03:00:00-11:00', '03:00'],
    ];
    for (const [zone, datetime, text] of cases) {
      it(`shows the local time in ${zone}`, async () => {
        await emulateTimeZone(zone);
        const page = await mount(standalone());
        const local = inShadow<HTMLTimeElement>(page.querySelector('dialogue-countdown'), '[part="local-time"]')!;
        expect(local.dateTime).to.equal(datetime);
        if (typeof text === 'string') expect(local.textContent).to.contain(text);
        else expect(local.textContent).to.match(text);
      });
    }

    it("shows the new zone's time within a minute while the page stays open, even beside a countdown in its last hour", async () => {
      if (!can.zoneLive) await skipHere(LIVE_ZONE_CHANGE);
      await emulateTimeZone('Europe/London');
      // One countdown in its last hour (due at every wake), one days away.
      clock.set(START - 30 * MINUTE);
      const page = await mount(
        `${standalone()}<div lang="en-GB"><dialogue-countdown start="2023-07-09T16:00" time-zone="Africa/Maputo"></dialogue-countdown></div>`,
      );
      const [soon, later] = [...page.querySelectorAll('dialogue-countdown')];
      const localTime = (countdown: Element) => inShadow<HTMLTimeElement>(countdown, '[part="local-time"]')!.dateTime;
      expect(localTime(soon!)).to.equal('2023-07-06T15:00:00+01:00');

      // A clock that runs a thousand times fast: a library minute passes in 60 ms, while the
      // one timer still waits real seconds for the countdown showing seconds. (Setting it wakes
      // everyone once, still in London.)
      const startedAt = performance.now();
      const from = START - 30 * MINUTE;
      setClock({ now: () => from + (performance.now() - startedAt) * 1000 });
      await new Promise((resolve) => setTimeout(resolve, 10));
      await emulateTimeZone('Asia/Tokyo');
      await waitFor(() => localTime(soon!).endsWith('+09:00'), 'the new zone after the minute check', 4000);
      expect(localTime(soon!)).to.equal('2023-07-06T23:00:00+09:00');
      expect(localTime(later!)).to.equal('2023-07-09T23:00:00+09:00');
    });

    it("shows the new zone's time when the visitor comes back to the page in another zone", async () => {
      if (!can.zoneLive) await skipHere(LIVE_ZONE_CHANGE);
      await emulateTimeZone('Europe/London');
      const page = await mount(standalone());
      const countdown = page.querySelector('dialogue-countdown')!;
      const localTime = () => inShadow<HTMLTimeElement>(countdown, '[part="local-time"]')!.dateTime;
      expect(localTime()).to.equal('2023-07-06T15:00:00+01:00');

      // Away (the laptop closed on a flight), then back in Tokyo.
      await emulateTimeZone('Asia/Tokyo');
      await new Promise((resolve) => setTimeout(resolve));
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(page);
      expect(localTime()).to.equal('2023-07-06T23:00:00+09:00');
    });
  });

  describe('the shared clock', () => {
    // The test runner opens several pages at once and a background page is hidden, which
    // (rightly) stops the ticker: each test here says what the page's visibility is.
    let visibility: DocumentVisibilityState = 'visible';
    beforeEach(() => {
      visibility = 'visible';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    });
    afterEach(() => {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    });

    it('runs 1,000 countdowns on one timer, and none once they are gone', async function () {
      // A thousand elements in Lit's dev mode on a busy 2-core machine: a generous limit, not a speed test.
      this.timeout(60_000);
      const markup = Array.from(
        { length: 1000 },
        (_, i) =>
          `<dialogue-countdown start="2023-07-0${(i % 9) + 1}T16:00" time-zone="Africa/Maputo"></dialogue-countdown>`,
      ).join('');
      const page = await mount(`<div lang="en-GB">${markup}</div>`);
      expect(tickerStatus()).to.deep.include({ subscribers: 1000, timers: 1 });

      // A step of the clock is one reading for all of them: no timer per element.
      const originalSetTimeout = window.setTimeout;
      let timersSet = 0;
      window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        timersSet += 1;
        return originalSetTimeout(...args);
      }) as typeof setTimeout;
      try {
        clock.advance(HOUR);
        await settle(page);
      } finally {
        window.setTimeout = originalSetTimeout;
      }
      expect(tickerStatus().timers).to.equal(1);
      // settle() itself waits on one zero-delay timeout per round; the ticker adds at most one, and the
      // browser's zone, read afresh as everyone looks again, one to forget that reading after the task.
      expect(timersSet).to.be.at.most(5);

      page.remove();
      expect(tickerStatus()).to.deep.equal({ subscribers: 0, timers: 0, nextAt: null });
    });

    it('aims the one timer at the next second only when a countdown shows seconds', async () => {
      const page = await mount(standalone());
      // Three days away: the text changes on the hour.
      expect(tickerStatus().nextAt).to.equal(START - 3 * 24 * HOUR + HOUR + 1 - HOUR);
      clock.set(START - 30 * MINUTE - 500);
      await settle(page);
      // 30:00.5 left: the next change is when 29:59 shows, half a second on.
      expect(tickerStatus().nextAt).to.equal(START - 30 * MINUTE + 1);
    });

    it('wakes once a minute, not every second, for a countdown scrolled out of view', async () => {
      clock.set(START - 30 * MINUTE - 500);
      const page = await mount(`<div class="far-below">${standalone()}</div>`);
      const below = page.querySelector<HTMLElement>('.far-below')!;
      // Off screen (out of view in a real page): placed far below the viewport.
      below.style.marginBlockStart = '5000px';
      const countdown = page.querySelector('dialogue-countdown')!;
      await waitForFrames(3);
      expect(tickerStatus().nextAt).to.equal(START - 29 * MINUTE - 500);
      // Back in view: seconds again.
      below.style.marginBlockStart = '0';
      await waitForFrames(3);
      expect(tickerStatus().nextAt).to.equal(START - 30 * MINUTE + 1);
      expect(countdown.state).to.equal('upcoming');
    });

    describe('while the page is hidden', () => {
      it('keeps no timer, and is right again the moment the page shows', async () => {
        const page = await mount(standalone());
        const countdown = page.querySelector('dialogue-countdown')!;
        expect(tickerStatus().timers).to.equal(1);

        visibility = 'hidden';
        document.dispatchEvent(new Event('visibilitychange'));
        expect(tickerStatus().timers).to.equal(0);

        // The tab sleeps through the start: nothing counted, the clock simply reads later.
        const changes: string[] = [];
        page.addEventListener('dialogue-state-change', (event) => changes.push(event.detail.state));
        clock.set(START + 10 * MINUTE);
        await settle(page);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(tickerStatus().timers).to.equal(0);
        // No work while hidden, not even for the changed clock: still the old reading, nothing told.
        expect([countdown.state, changes]).to.deep.equal(['upcoming', []]);

        visibility = 'visible';
        document.dispatchEvent(new Event('visibilitychange'));
        await settle(page);
        expect(countdown.state).to.equal('live');
        expect(changes).to.deep.equal(['live']);
        expect(tickerStatus().timers).to.equal(1);
      });
    });
  });

  it('writes no new text when nothing it shows has changed', async () => {
    clock.set(START - 3 * 24 * HOUR - 30 * MINUTE);
    const page = await mount(standalone());
    const countdown = page.querySelector('dialogue-countdown')!;
    const line = inShadow(countdown, '[part="time-left"]')!;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(countdown.shadowRoot!, { subtree: true, characterData: true, childList: true });
    // Three days and half an hour away the text shows days and hours: a minute later it reads the same.
    clock.advance(MINUTE);
    await settle(page);
    observer.disconnect();
    expect(writes.map((record) => record.target.textContent)).to.deep.equal([]);
    expect(line.textContent).to.contain('3 days');
  });
});

/** Waits for `count` animation frames: IntersectionObserver reports after layout. */
async function waitForFrames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

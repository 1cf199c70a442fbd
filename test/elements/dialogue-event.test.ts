import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, clockSkew, notifyClockChanged, setClock } from '../../src/clock/clock.js';
import type { DialogueStateChangeEvent } from '../../src/countdown/state-change-event.js';
import type { DialogueEvent } from '../../src/event/dialogue-event.js';
import { emulateTimeZone } from '../support/emulation.js';
import { drawn, renderedLineCount } from '../support/layout.js';
import { captureWarnings, inShadow, mount, settle, shownText, unmountAll, waitFor } from '../support/mount.js';

// The reference event starts 2023-07-06 16:00 in Maputo (UTC+2), i.e. 14:00 UTC.
const DAY_BEFORE = Date.UTC(2023, 6, 5, 12, 0); // 26 hours before the start

const REFERENCE = `
  <dialogue-event start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register">
    <h3 slot="name">How to use partnerships to strengthen the Impact of Civic Tech</h3>
    <p>A Digital Dialogue on partnerships in civic tech.</p>
    <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist>
    <dialogue-panelist name="Tobi Oluwatola" organisation="Centre for Journalism Innovation and Development"></dialogue-panelist>
    <dialogue-panelist name="Hector Dominguez Aguirre" organisation="Portland Smart City PDX Project"></dialogue-panelist>
  </dialogue-event>`;

function parts(event: Element) {
  const countdown = inShadow(event, 'dialogue-countdown');
  return {
    countdown,
    eventTime: inShadow<HTMLTimeElement>(countdown, '[part~="event-time"]'),
    localTime: inShadow<HTMLTimeElement>(countdown, '[part~="local-time"]'),
    panelists: inShadow(event, 'dialogue-panelists'),
    register: inShadow(event, 'dialogue-register'),
  };
}

describe('<dialogue-event>', () => {
  let clock: FixedClock;
  beforeEach(() => {
    clock = new FixedClock(DAY_BEFORE);
    setClock(clock);
  });
  afterEach(async () => {
    unmountAll();
    setClock(null);
    await emulateTimeZone(null);
  });

  describe('the reference event, seen from New York', () => {
    let event: DialogueEvent;
    beforeEach(async () => {
      await emulateTimeZone('America/New_York');
      const page = await mount(`<div lang="en-GB">${REFERENCE}</div>`);
      event = page.querySelector('dialogue-event')!;
    });

    it('shows the name from the slotted heading and the description', () => {
      const nameSlot = inShadow<HTMLSlotElement>(event, 'slot[name="name"]')!;
      expect(nameSlot.assignedElements()[0]?.textContent).to.equal(
        'How to use partnerships to strengthen the Impact of Civic Tech',
      );
      expect(event.event?.name).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
      const description = inShadow<HTMLSlotElement>(event, 'slot:not([name])')!;
      expect(description.assignedNodes().map((node) => node.textContent?.trim())).to.deep.equal([
        'A Digital Dialogue on partnerships in civic tech.',
      ]);
    });

    it('puts the words of the description in the event, for calendar entries', () => {
      expect(event.event?.description).to.equal('A Digital Dialogue on partnerships in civic tech.');
    });

    it('gives the start in Maputo and in New York (10:00 EDT) as <time> elements', () => {
      const { eventTime, localTime } = parts(event);
      expect(eventTime?.dateTime).to.equal('2023-07-06T16:00:00+02:00');
      expect(eventTime?.textContent).to.contain('16:00');
      expect(eventTime?.textContent).to.contain('6 July 2023');
      expect(localTime?.dateTime).to.equal('2023-07-06T10:00:00-04:00');
      expect(localTime?.textContent).to.contain('10:00');
    });

    it('counts down in words, with a wording for screen readers that does not tick', () => {
      const { countdown } = parts(event);
      expect(countdown?.getAttribute('state')).to.equal('upcoming');
      const line = inShadow(countdown, '[part="time-left"]')!;
      expect(line.querySelector('[aria-hidden="true"]')?.textContent).to.equal('Starts in 1 day, 2 hours');
      expect(line.querySelector('.visually-hidden')?.textContent).to.equal('Starts in 1 day, 2 hours');
    });

    it('lists the three panelists', () => {
      const { panelists } = parts(event);
      const names = [...(panelists?.shadowRoot?.querySelectorAll('[part="panelist"] .name') ?? [])].map((n) =>
        n.textContent?.trim(),
      );
      expect(names).to.deep.equal(['Caroline Khene', 'Tobi Oluwatola', 'Hector Dominguez Aguirre']);
    });

    it('offers registration as a real link and reports no problems', () => {
      const link = inShadow<HTMLAnchorElement>(parts(event).register, 'a[part="register"]');
      expect(link?.href).to.equal('https://example.org/register');
      expect(link?.textContent?.trim()).to.equal('Register');
      expect(event.problems).to.deep.equal([]);
    });
  });

  it('converts to Kolkata (+05:30)', async () => {
    await emulateTimeZone('Asia/Kolkata');
    const page = await mount(`<div lang="en-GB">${REFERENCE}</div>`);
    const { localTime } = parts(page.querySelector('dialogue-event')!);
    // 14:00 UTC is 19:30 in Kolkata, the same day.
    expect(localTime?.dateTime).to.equal('2023-07-06T19:30:00+05:30');
    expect(localTime?.textContent).to.contain('19:30');
    expect(localTime?.textContent).not.to.contain('Fri');
  });

  it('names the next day in Kiritimati (+14)', async () => {
    await emulateTimeZone('Pacific/Kiritimati');
    const page = await mount(`<div lang="en-GB">${REFERENCE}</div>`);
    const { localTime } = parts(page.querySelector('dialogue-event')!);
    // 14:00 UTC is 04:00 on Friday 7 July at +14.
    expect(localTime?.dateTime).to.equal('2023-07-07T04:00:00+14:00');
    expect(localTime?.textContent).to.contain('Fri');
    expect(localTime?.textContent).to.contain('04:00');
  });

  it("says the time once where the viewer is in the event's own offset", async () => {
    await emulateTimeZone('Africa/Johannesburg');
    const page = await mount(`<div lang="en-GB">${REFERENCE}</div>`);
    const { eventTime, localTime } = parts(page.querySelector('dialogue-event')!);
    expect(eventTime).to.equal(localTime);
    expect(eventTime?.getAttribute('part')).to.equal('event-time local-time');
  });

  it("follows viewer-time-zone over the browser's zone", async () => {
    await emulateTimeZone('America/New_York');
    const page = await mount(
      `<div lang="en-GB"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Asia/Kathmandu"></dialogue-event></div>`,
    );
    // 14:00 UTC is 19:45 in Kathmandu (+05:45).
    expect(parts(page.querySelector('dialogue-event')!).localTime?.dateTime).to.equal('2023-07-06T19:45:00+05:45');
  });

  it('re-renders when an attribute changes', async () => {
    const page = await mount(`<div lang="en-GB">${REFERENCE}</div>`);
    const event = page.querySelector('dialogue-event')!;
    event.setAttribute('start', '2023-07-06T18:30');
    await settle(page);
    expect(parts(event).eventTime?.dateTime).to.equal('2023-07-06T18:30:00+02:00');

    event.setAttribute('status', 'cancelled');
    await settle(page);
    expect(shownText(inShadow(event, '[part="status"]'))).to.equal('Cancelled');
    expect(parts(event).countdown?.getAttribute('state')).to.equal('cancelled');
    expect(inShadow(parts(event).register, 'a[part="register"]')).to.equal(null);
  });

  it('re-reads child JSON-LD when it changes', async () => {
    const page = await mount(`
      <dialogue-event>
        <script type="application/ld+json">{"@type":"Event","name":"First name","startDate":"2023-07-06T16:00:00+02:00"}</script>
      </dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    expect(shownText(inShadow(event, '[part="name"]'))).to.equal('First name');
    page.querySelector('script')!.textContent =
      '{"@type":"Event","name":"Second name","startDate":"2023-07-06T16:00:00+02:00"}';
    await settle(page);
    expect(shownText(inShadow(event, '[part="name"]'))).to.equal('Second name');
  });

  it('re-reads a panelist whose attributes change', async () => {
    const page = await mount(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
        <dialogue-panelist name="Caroline Khene" job-title="Founder"></dialogue-panelist></dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    page.querySelector('dialogue-panelist')!.setAttribute('job-title', 'Director');
    await settle(page);
    expect(event.event?.panelists[0]?.role).to.equal('Director');
  });

  it('lets attributes override child JSON-LD field by field', async () => {
    const page = await mount(`
      <dialogue-event name="From the attribute">
        <script type="application/ld+json">{"@type":"Event","name":"From JSON-LD","startDate":"2023-07-06T16:00:00+02:00","offers":{"url":"https://example.org/from-json-ld"}}</script>
      </dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    expect(event.event?.name).to.equal('From the attribute');
    expect(event.event?.registerUrl).to.equal('https://example.org/from-json-ld');
  });

  it('speaks the nearest lang, follows a change of it, and lays Arabic out right to left', async () => {
    const page = await mount(`<div lang="fr">${REFERENCE}</div>`);
    const event = page.querySelector('dialogue-event')!;
    const line = () => inShadow(parts(event).countdown, '[part="time-left"] [aria-hidden="true"]')?.textContent;
    // 26 hours before the start.
    expect(line()).to.equal('Commence dans 1\u00a0jour et 2\u00a0heures');
    expect(shownText(inShadow(parts(event).register, 'a[part="register"]'))).to.equal('S’inscrire');

    page.firstElementChild!.setAttribute('lang', 'ar');
    await settle(page);
    expect(inShadow(event, 'article')?.getAttribute('dir')).to.equal('rtl');
    expect(shownText(inShadow(parts(event).register, 'a[part="register"]'))).to.equal('سجّل الآن');

    page.firstElementChild!.setAttribute('lang', 'sw');
    await settle(page);
    expect(inShadow(event, 'article')?.getAttribute('dir')).to.equal('ltr');
    expect(shownText(inShadow(parts(event).register, 'a[part="register"]'))).to.equal('Jisajili');
  });

  describe('text in the other direction', () => {
    /** Whether the text node's last character (a full stop) is drawn after its first, left to right. */
    function endsOnTheRight(node: Node | null | undefined): boolean {
      const text =
        node && [...walk(node)].find((each) => each.nodeType === Node.TEXT_NODE && each.textContent!.trim())!;
      const rect = (offset: number) => {
        const range = document.createRange();
        range.setStart(text!, offset);
        range.setEnd(text!, offset + 1);
        return range.getBoundingClientRect();
      };
      const data = text!.textContent!;
      const first = data.search(/\S/);
      const last = data.trimEnd().length - 1;
      return rect(last).left > rect(first).left;
    }
    function* walk(node: Node): Generator<Node> {
      yield node;
      for (const child of node.childNodes) yield* walk(child);
    }

    it('keeps an English paragraph, name or organisation in an Arabic card left to right, its full stop at its end', async () => {
      const jsonLd = JSON.stringify({
        '@type': 'Event',
        name: 'From data.',
        startDate: '2023-07-06T16:00:00+02:00',
        description: 'A description from data.',
      });
      const page = await mount(`<div lang="ar" style="inline-size: 40rem">
          <dialogue-event name="Open data in practice." start="2023-07-06T16:00" time-zone="Africa/Maputo">
            <p>An English description of the event.</p>
            <dialogue-panelist name="Caroline Khene." job-title="Researcher." organisation="Nurture ID8 Ltd.">Works on digital development.</dialogue-panelist>
            <dialogue-partner name="Code for Africa."></dialogue-partner>
          </dialogue-event>
          <dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event>
        </div>`);
      const [card, fromData] = [...page.querySelectorAll('dialogue-event')] as [DialogueEvent, DialogueEvent];
      await drawn();
      const panel = inShadow(card, 'dialogue-panelists')!;
      const shown: Record<string, boolean> = {
        name: endsOnTheRight(inShadow(card, '[part="name"]')),
        paragraph: endsOnTheRight(card.querySelector('p')),
        'panelist name': endsOnTheRight(inShadow(panel, '.name')),
        'panelist role': endsOnTheRight(inShadow(panel, '.role')),
        'panelist bio': endsOnTheRight(inShadow(panel, '.bio')),
        partner: endsOnTheRight(inShadow(card, '[part="partner"]')),
        'description from data': endsOnTheRight(inShadow(fromData, '.from-data')),
      };
      expect(shown).to.deep.equal(Object.fromEntries(Object.keys(shown).map((key) => [key, true])));
      // The card itself still reads right to left.
      expect(inShadow(card, 'article')!.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('bad input', () => {
    it('never becomes markup or a javascript: link, and says what was wrong', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      let page!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        page = await mount(`<dialogue-event
            name="&lt;img src=x onerror=alert(1)&gt;"
            start="next Thursday"
            time-zone="Mars/Olympus_Mons"
            status="maybe"
            register-url="javascript:alert(1)"
            image="data:image/png;base64,AAAA"></dialogue-event>`);
      });
      window.removeEventListener('error', onError);
      const event = page.querySelector('dialogue-event')!;

      expect(errors).to.deep.equal([]);
      expect(event.shadowRoot!.querySelector('img')).to.equal(null);
      expect(shownText(inShadow(event, '[part="name"]'))).to.equal('<img src=x onerror=alert(1)>');
      const links = [...(parts(event).register?.shadowRoot?.querySelectorAll('a') ?? [])];
      expect(links.filter((a) => !/^https?:|^blob:|#$/.test(a.href))).to.deep.equal([]);
      expect(parts(event).countdown?.getAttribute('state')).to.equal('invalid');

      const fields = event.problems.map((problem) => problem.field);
      expect(fields).to.include.members(['start', 'time-zone', 'status', 'register-url', 'image']);
      const start = event.problems.find((problem) => problem.field === 'start')!;
      expect(start.value).to.equal('next Thursday');
      expect(warnings.some((w) => w.includes('<dialogue-event> start: "next Thursday"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('<dialogue-event> register-url: "javascript:alert(1)"'))).to.equal(true);
    });

    it('reports a missing or empty start, and still shows the time as to be confirmed', async () => {
      const cases: Array<[string, string]> = [
        // markup, the element whose problems are read
        ['<dialogue-event name="Talk" start=""></dialogue-event>', 'dialogue-event'],
        ['<dialogue-event name="Talk"><p>Words.</p></dialogue-event>', 'dialogue-event'],
        [
          '<dialogue-register name="Talk" start="" register-url="https://example.org/register"></dialogue-register>',
          'dialogue-register',
        ],
      ];
      for (const [markup, tag] of cases) {
        let page!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          page = await mount(`<div lang="en">${markup}</div>`);
        });
        const element = page.querySelector(tag) as HTMLElement & {
          problems: readonly { field: string; value: string }[];
        };
        expect(
          element.problems.filter((p) => p.field === 'start').map((p) => p.value),
          markup,
        ).to.deep.equal(['']);
        expect(
          warnings.some((w) => w.includes(`<${tag}> start: ""`)),
          markup,
        ).to.equal(true);
        const countdown = tag === 'dialogue-event' ? inShadow(element, 'dialogue-countdown') : null;
        if (countdown)
          expect(shownText(inShadow(countdown, '[part="time-left"]')), markup).to.equal('Time to be confirmed');
        unmountAll();
      }
    });

    it('warns about each problem once, however often it renders', async () => {
      const warnings = await captureWarnings(async () => {
        const page = await mount(
          `<dialogue-event name="Talk" start="2023-02-30T10:00" time-zone="Africa/Lagos"></dialogue-event>`,
        );
        const event = page.querySelector('dialogue-event')!;
        event.setAttribute('register-url', 'https://example.org/a');
        await settle(page);
        event.setAttribute('register-url', 'https://example.org/b');
        await settle(page);
      });
      expect(warnings.filter((w) => w.includes('start: "2023-02-30T10:00"'))).to.have.length(1);
    });

    it('shows a floating time as written and says it is not converted', async () => {
      await emulateTimeZone('America/New_York');
      const page = await mount(
        `<div lang="en-GB"><dialogue-event name="Talk" start="2023-07-06T16:00"></dialogue-event></div>`,
      );
      const event = page.querySelector('dialogue-event')!;
      const { eventTime, localTime, countdown } = parts(event);
      expect(eventTime?.dateTime).to.equal('2023-07-06T16:00');
      expect(eventTime?.textContent).to.contain('16:00');
      expect(localTime).to.equal(null);
      expect(shownText(countdown)).to.contain('not converted');
      // The author gave a time: nothing above it says the time is still to be confirmed.
      expect(shownText(countdown)).not.to.contain('confirmed');
      expect(inShadow(countdown, '[part="time-left"]')).to.equal(null);
      expect(event.problems.map((p) => p.field)).to.include('start');
    });
  });

  describe('the src form', () => {
    it('shows the fetched event', async () => {
      const src = new URL('./fixtures/reference-event.jsonld', import.meta.url).href;
      const page = await mount(`<dialogue-event src="${src}"><p>Written here too.</p></dialogue-event>`);
      const event = page.querySelector('dialogue-event')!;
      await waitFor(() => event.event?.name !== null && event.event?.name !== undefined);
      await settle(page);
      expect(shownText(inShadow(event, '[part="name"]'))).to.equal(
        'How to use partnerships to strengthen the Impact of Civic Tech',
      );
      expect(event.event?.start?.epochMs).to.equal(Date.UTC(2023, 6, 6, 14, 0));
    });

    it("names the host's zone, which the document carries as eventSchedule.scheduleTimezone", async () => {
      const src = new URL('./fixtures/reference-event.jsonld', import.meta.url).href;
      const page = await mount(`<dialogue-event src="${src}" lang="en"></dialogue-event>`);
      const event = page.querySelector('dialogue-event')!;
      await waitFor(() => Boolean(event.event?.name));
      await settle(page);
      expect(shownText(parts(event).eventTime)).to.equal('Thursday, July 6, 2023 at 4:00 PM Central Africa Time');
    });

    it('keeps the authored content and reports a src that fails', async () => {
      const src = new URL('./no-such-event.jsonld', import.meta.url).href;
      let event!: DialogueEvent;
      await captureWarnings(async () => {
        const page = await mount(
          `<dialogue-event src="${src}" name="Authored name"><p>Authored words.</p></dialogue-event>`,
        );
        event = page.querySelector('dialogue-event')!;
        await waitFor(() => event.problems.some((p) => p.field === 'src'));
      });
      const problem = event.problems.find((p) => p.field === 'src')!;
      expect(problem.value).to.equal(src);
      expect(problem.message).to.contain('404');
      expect(shownText(inShadow(event, '[part="name"]'))).to.equal('Authored name');
      expect(event.textContent?.trim()).to.equal('Authored words.');
    });

    it('shows its <noscript> fallback, text and http(s) links only, when src fails and nothing else tells of the event', async () => {
      const src = new URL('./no-such-event.jsonld', import.meta.url).href;
      let event!: DialogueEvent;
      await captureWarnings(async () => {
        const page = await mount(
          `<dialogue-event src="${src}"><noscript><strong>Water and cities</strong> 15 January 2027, 16:00 (Africa/Johannesburg)` +
            ` · <a href="https://example.org/register">Register</a> <a href="javascript:alert(1)">Trap</a>` +
            `<img src="x" onerror="window.fallbackRan = true"><p>Second line</p></noscript></dialogue-event>`,
        );
        event = page.querySelector('dialogue-event')!;
        await waitFor(() => event.problems.some((p) => p.field === 'src'));
        await settle(page);
      });
      const fallback = inShadow(event, '[part="fallback"]')!;
      expect(fallback, 'the fallback is shown').not.to.equal(null);
      // innerText: the lines as the visitor sees them (the <noscript>'s <p> became a line break).
      expect((fallback as HTMLElement).innerText.replace(/ *\n+ */g, '\n')).to.equal(
        'Water and cities 15 January 2027, 16:00 (Africa/Johannesburg) · Register Trap\nSecond line',
      );
      const links = [...fallback.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal([['Register', 'https://example.org/register']]);
      expect(fallback.querySelector('img, strong')).to.equal(null);
      expect((window as { fallbackRan?: boolean }).fallbackRan).to.equal(undefined);
      expect(inShadow(event, '[part="name"]'), 'no "Untitled event" heading').to.equal(null);
      expect(event.problems.find((p) => p.field === 'src')!.message).to.contain('404');
    });

    it('shows the card, not the fallback, when the authored attributes tell of the event', async () => {
      const src = new URL('./no-such-event.jsonld', import.meta.url).href;
      let event!: DialogueEvent;
      await captureWarnings(async () => {
        const page = await mount(
          `<dialogue-event src="${src}" name="Authored name"><noscript>Fallback words</noscript></dialogue-event>`,
        );
        event = page.querySelector('dialogue-event')!;
        await waitFor(() => event.problems.some((p) => p.field === 'src'));
        await settle(page);
      });
      expect(inShadow(event, '[part="fallback"]')).to.equal(null);
      expect(shownText(inShadow(event, '[part="name"]'))).to.equal('Authored name');
    });
  });

  it("corrects its countdown for a visitor clock that runs 10 minutes fast, from the src response's Date header", async () => {
    const fast = 10 * 60_000;
    // A visitor's clock that runs, but ten minutes fast of the real time the test server's Date header tells.
    let shift = fast;
    setClock({ now: () => Date.now() + shift });
    const src = new URL('./fixtures/reference-event.jsonld', import.meta.url).href;
    const page = await mount(`<dialogue-event src="${src}"></dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    await waitFor(() => Boolean(event.event?.name));
    expect(clockSkew()).to.be.within(fast - 3_000, fast + 3_000);

    const start = Date.UTC(2023, 6, 6, 14, 0);
    const visitorReads = async (ms: number) => {
      shift = ms - Date.now();
      notifyClockChanged();
      await settle(page);
      return inShadow(event, 'dialogue-countdown')!.getAttribute('state');
    };
    // Five minutes past the start by the visitor's clock is five minutes before it by the server's.
    expect(await visitorReads(start + 5 * 60_000)).to.equal('upcoming');
    expect(await visitorReads(start + fast + 5_000)).to.equal('live');
  });

  it('corrects nothing under a fixed clock: a chosen moment is not a wrong clock', async () => {
    setClock(new FixedClock(Date.now() + 10 * 60_000));
    const src = new URL('./fixtures/reference-event.jsonld', import.meta.url).href;
    const page = await mount(`<dialogue-event src="${src}"></dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    await waitFor(() => Boolean(event.event?.name));
    expect(clockSkew()).to.equal(0);
  });

  it("shows a partner's name in place of a logo that fails to load, and keeps logos in a fixed box", async () => {
    const logo = new URL('./fixtures/logo.svg', import.meta.url).href;
    const missing = new URL('./fixtures/no-such-logo.png', import.meta.url).href;
    const page =
      await mount(`<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
      <dialogue-partner name="Code for Africa" logo="${missing}"></dialogue-partner>
      <dialogue-partner name="Nurture ID8" logo="${logo}"></dialogue-partner>
    </dialogue-event></div>`);
    const event = page.querySelector('dialogue-event')!;
    const partners = () => [...event.shadowRoot!.querySelectorAll('[part="partner"]')];
    await waitFor(() => partners()[0]!.querySelector('img') === null, 'the broken logo replaced');
    expect(partners().map((partner) => partner.querySelector('img')?.alt ?? partner.textContent?.trim())).to.deep.equal(
      ['Code for Africa', 'Nurture ID8'],
    );
    const shown = partners()[1]!.querySelector('img')!;
    expect([shown.getBoundingClientRect().width, shown.getBoundingClientRect().height]).to.deep.equal([128, 40]);
  });

  it('shows a JSON-LD description with its paragraphs and line breaks when the author wrote none', async () => {
    const jsonLd = JSON.stringify({
      '@type': 'Event',
      name: 'Talk',
      startDate: '2023-07-06T16:00:00+02:00',
      description: 'First paragraph.\n\nSecond,\nwith a break.',
    });
    const page = await mount(
      `<div lang="en"><dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event></div>`,
    );
    const event = page.querySelector('dialogue-event')!;
    await drawn();
    const paragraphs = [...event.shadowRoot!.querySelectorAll<HTMLElement>('[part="description"] p')];
    // The text, and the lines it is drawn on: the break shows as a new line.
    expect(paragraphs.map((p) => [p.textContent, renderedLineCount(p)])).to.deep.equal([
      ['First paragraph.', 1],
      ['Second,\nwith a break.', 2],
    ]);
  });

  it('slots its content when an editor left comments between the children', async () => {
    const page =
      await mount(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"><!-- wp:html -->
      <p>Words.</p><dialogue-countdown></dialogue-countdown><!-- /wp:html --></dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    const slotted = [...event.shadowRoot!.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements());
    expect(slotted.map((element) => element.localName)).to.deep.equal(['p', 'dialogue-countdown']);
    expect(inShadow(page.querySelector('dialogue-countdown'), '[part~="event-time"]')).not.to.equal(null);
  });

  it('shows only what the author wrote while src loads, and then no false state change', async () => {
    // Ten minutes into the reference event: live.
    setClock(new FixedClock(Date.UTC(2023, 6, 6, 14, 10)));
    const changes: Array<{ state: string; previous: string | null }> = [];
    const onChange = (event: DialogueStateChangeEvent) => changes.push({ ...event.detail });
    document.addEventListener('dialogue-state-change', onChange);
    const src = new URL('./fixtures/reference-event.jsonld', import.meta.url).href;
    const container = document.createElement('div');
    container.innerHTML = `<dialogue-event src="${src}"><p>Loading the event…</p></dialogue-event>`;
    document.body.append(container);
    const event = container.querySelector('dialogue-event')!;
    await event.updateComplete;
    // Before the answer: no "Untitled event", no countdown deciding "invalid".
    expect(inShadow(event, 'dialogue-countdown')).to.equal(null);
    expect(shownText(event)).not.to.contain('Untitled');
    await waitFor(() => Boolean(event.event?.name));
    await settle(container);
    const countdown = inShadow(event, 'dialogue-countdown')!;
    expect(countdown.getAttribute('state')).to.equal('live');
    expect(inShadow(countdown, '[role="status"]')?.textContent?.trim()).to.equal('');
    document.removeEventListener('dialogue-state-change', onChange);
    container.remove();
    // Only the first state, told once: nothing "changed" from a state decided before the answer.
    expect(changes).to.deep.equal([{ state: 'live', previous: null }]);
  });

  it('lets an element taken out of the event forget it', async () => {
    const page = await mount(`<div lang="en-GB">
      <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/event">
        <dialogue-countdown></dialogue-countdown>
        <dialogue-register register-url="https://example.org/own"></dialogue-register>
      </dialogue-event><div class="outside"></div></div>`);
    const countdown = page.querySelector('dialogue-countdown')!;
    const register = page.querySelector('dialogue-register')!;
    expect(countdown.state).to.equal('upcoming');
    expect(inShadow<HTMLAnchorElement>(register, 'a[part="register"]')?.href).to.equal('https://example.org/event');

    const warnings = await captureWarnings(async () => {
      page.querySelector('.outside')!.append(countdown, register);
      await settle(page);
    });
    expect(countdown.state).to.equal('invalid');
    expect(countdown.problems.map((p) => p.field)).to.include('start');
    expect(inShadow<HTMLAnchorElement>(register, 'a[part="register"]')?.href).to.equal('https://example.org/own');
    expect(warnings.some((w) => w.startsWith('<dialogue-countdown> start:'))).to.equal(true);
  });

  it("reports a viewer-time-zone it cannot use, and shows the browser's zone instead", async () => {
    await emulateTimeZone('America/New_York');
    let event!: DialogueEvent;
    await captureWarnings(async () => {
      const page = await mount(
        `<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Moon/Base"></dialogue-event>`,
      );
      event = page.querySelector('dialogue-event')!;
    });
    expect(event.problems.find((p) => p.field === 'viewer-time-zone')?.value).to.equal('Moon/Base');
    expect(parts(event).localTime?.dateTime).to.equal('2023-07-06T10:00:00-04:00');
  });

  describe('canonical', () => {
    it('publishes JSON-LD in <head> only when asked, and removes it with the element', async () => {
      const page = await mount(`
        <dialogue-event name="Partner copy" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event>
        <dialogue-event canonical name="Host copy" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event>`);
      const published = [...document.head.querySelectorAll('script[type="application/ld+json"]')];
      expect(published).to.have.length(1);
      const data = JSON.parse(published[0]!.textContent) as { name?: string; startDate?: string };
      expect(data.name).to.equal('Host copy');
      expect(data.startDate).to.equal('2023-07-06T16:00:00+02:00');
      page.remove();
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });
  });
});

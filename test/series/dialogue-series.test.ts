import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import type { DialogueEvent } from '../../src/event/dialogue-event.js';
import type { DialogueSeries } from '../../src/series/dialogue-series.js';
import { captureWarnings, inShadow, mount, settle, unmountAll, waitFor } from '../support/mount.js';
import { axeViolations, fallbackShown, seen } from './support.js';

// 2023-07-05 12:00 UTC: the day before the reference event (16:00 in Maputo on 6 July).
const DAY_BEFORE = Date.UTC(2023, 6, 5, 12, 0);
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Mounts a series and waits until its feed has answered (it is no longer busy). */
async function mountSeries(markup: string): Promise<DialogueSeries> {
  const page = await mount(markup);
  const series = page.querySelector('dialogue-series')!;
  await waitFor(() => series.hasUpdated && !series.shadowRoot?.querySelector('[aria-busy="true"]'), 'the feed answers');
  await settle(page);
  return series;
}

const FALLBACK = '<p>See <a href="https://host.example/dialogues">all our dialogues</a>.</p>';

describe('<dialogue-series>', function () {
  // Some cases fetch a feed and run axe over a card and its rows: slow on a busy machine.
  this.timeout(15_000);
  beforeEach(() => setClock(new FixedClock(DAY_BEFORE)));
  afterEach(() => {
    unmountAll();
    setClock(null);
  });

  describe('an EventSeries feed (the form the WordPress plugin publishes)', () => {
    let series: DialogueSeries;
    let warnings: string[];
    beforeEach(async () => {
      warnings = await captureWarnings(async () => {
        series = await mountSeries(
          `<dialogue-series lang="en-GB" src="${fixture('series.jsonld')}" viewer-time-zone="America/New_York">${FALLBACK}</dialogue-series>`,
        );
      });
    });

    it('features the next event as a full card, lists the one after, and the past newest first', () => {
      expect(seen(series)).to.deep.equal({
        featured: 'How to use partnerships to strengthen the Impact of Civic Tech',
        upcoming: ['Open data for local budgets'],
        past: ['Community radio and civic tech', 'Mapping with communities'],
      });
      expect(fallbackShown(series)).to.deep.equal([]);
    });

    it("makes the featured card a real <dialogue-event>: countdown, panel, register, in the viewer's zone", () => {
      const card = inShadow<DialogueEvent>(series, '[part~="featured"] dialogue-event')!;
      expect(card.event?.panelists.map((person) => person.name)).to.deep.equal(['Caroline Khene']);
      const countdown = inShadow(card, 'dialogue-countdown')!;
      expect(countdown.getAttribute('state')).to.equal('upcoming');
      expect(inShadow(countdown, '[part~="local-time"]')?.getAttribute('datetime')).to.equal(
        '2023-07-06T10:00:00-04:00',
      );
      // The zone travels by name (eventSchedule.scheduleTimezone), read as <dialogue-event> reads it.
      expect(inShadow(countdown, '[part~="event-time"]')?.textContent).to.contain('Central Africa Time');
      const register = inShadow(inShadow(card, 'dialogue-register'), '[part="register"]') as HTMLAnchorElement;
      expect(register.href).to.equal('https://example.org/register/12');
    });

    it("links each row's name to the event's page and offers what can be done: register, or watch the recording", () => {
      const rows = [...series.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => ({
        page: row.querySelector<HTMLAnchorElement>('[part~="row-name"] a')?.href ?? null,
        action: row.querySelector('[part~="row-action"]')?.textContent?.trim() ?? null,
        to: row.querySelector<HTMLAnchorElement>('[part~="row-action"]')?.href ?? null,
      }));
      expect(rows).to.deep.equal([
        { page: 'https://host.example/dialogues/open-data', action: 'Register', to: 'https://example.org/register/14' },
        {
          page: 'https://host.example/dialogues/radio',
          action: 'Watch the recording',
          to: 'https://example.org/watch/9',
        },
        { page: null, action: null, to: null },
      ]);
    });

    it("resolves a relative url against the feed's address", () => {
      expect(series.events[0]?.url).to.equal(new URL('/dialogues/partnerships', fixture('series.jsonld')).href);
    });

    it('shows a repeated @id or url once, and leaves out what cannot be shown, saying why for each', () => {
      expect(series.events.map((event) => event.name)).to.deep.equal([
        'How to use partnerships to strengthen the Impact of Civic Tech',
        'Open data for local budgets',
        'Community radio and civic tech',
        'Mapping with communities',
      ]);
      expect(series.problems.map(({ field, message }) => `${field} ${message}`)).to.deep.equal([
        'subEvent[4] repeats subEvent[1]; shown once',
        'subEvent[5] repeats subEvent[2]; shown once',
        'subEvent[6] has no name; left out',
        'subEvent[7] has a start without offset or zone; left out',
        'subEvent[8] has no start; left out',
        'subEvent[9] is not an Event; left out',
        'subEvent[10] has an unknown time-zone; left out',
      ]);
      expect(warnings.filter((line) => line.startsWith('<dialogue-series> subEvent[8]'))).to.have.length(1);
    });

    it('is a list to a screen reader: a list named by its heading, one item per event', () => {
      const lists = [...series.shadowRoot!.querySelectorAll('ul')];
      expect(
        lists.map((list) => [
          list.getAttribute('role'),
          series.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)?.textContent,
          list.children.length,
        ]),
      ).to.deep.equal([
        ['list', 'Coming up', 1],
        ['list', 'Past events', 2],
      ]);
      expect([...lists[0]!.children].map((item) => item.localName)).to.deep.equal(['li']);
    });

    it("fires dialogue-register when a visitor follows a row's register link", () => {
      const heard: { url: string; name: string | null }[] = [];
      document.addEventListener('dialogue-register', (event) => heard.push(event.detail), { once: true });
      const link = series.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="upcoming-list"] [part~="row-action"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(heard).to.deep.equal([{ url: 'https://example.org/register/14', name: 'Open data for local budgets' }]);
    });

    it('has no axe violation', async () => {
      expect(await axeViolations(series.parentElement!)).to.deep.equal([]);
    });

    it("keeps the visitor on the same row's links when the rows are written again (the page's language changed)", async () => {
      const action = () => inShadow<HTMLAnchorElement>(series, '[part~="upcoming-list"] [part~="row-action"]')!;
      const name = () => inShadow<HTMLAnchorElement>(series, '[part~="upcoming-list"] [part~="row-name"] a')!;
      // What has focus, as a screen reader would name it (its part, or its heading's, and its words).
      const focused = () => {
        const at = series.shadowRoot!.activeElement;
        return at ? `${at.closest('[part]')?.getAttribute('part')}: ${at.textContent?.trim()}` : 'nothing';
      };
      for (const [link, expected] of [
        [action, 'row-action: S’inscrire'],
        [name, 'row-name: Open data for local budgets'],
      ] as const) {
        series.setAttribute('lang', 'en-GB');
        await waitFor(() => action().textContent?.trim() === 'Register', 'the rows in English');
        const before = link();
        before.focus();
        series.setAttribute('lang', 'fr');
        await waitFor(() => action().textContent?.trim() === 'S’inscrire', 'the rows in French');
        await settle(series.parentElement!);
        // A new row: focus is on it only if the series put it back.
        expect(link() === before, 'the row is written again').to.equal(false);
        expect(focused()).to.equal(expected);
      }
    });
  });

  it("warns of each problem of the featured entry once, naming the series, the entry's field and the value", async () => {
    let series!: DialogueSeries;
    const warnings = await captureWarnings(async () => {
      series = await mountSeries(`<dialogue-series src="${fixture('featured-problems.jsonld')}"></dialogue-series>`);
    });
    expect(seen(series)).to.deep.equal({
      featured: 'How to use partnerships to strengthen the Impact of Civic Tech',
      upcoming: ['Open data for local budgets'],
      past: [],
    });
    expect(warnings.map((line) => line.split(' ').slice(0, 3).join(' '))).to.deep.equal([
      '<dialogue-series> subEvent[0].performer[2]: "42"',
      '<dialogue-series> subEvent[0].start: "2023-07-06T16:00:00+03:00"',
      '<dialogue-series> subEvent[0].image: "javascript:alert(1)"',
      '<dialogue-series> subEvent[0].panelists[0].name: ""',
      '<dialogue-series> subEvent[1].recording-url: "ftp://example.org/watch/14"',
    ]);
    // The card shows the event as the series read it: at the written offset, in the event's zone.
    const card = inShadow<DialogueEvent>(series, '[part~="featured"] dialogue-event')!;
    expect(card.event?.start?.epochMs).to.equal(Date.UTC(2023, 6, 6, 13, 0));
    expect(card.event?.start?.wallTime).to.equal('2023-07-06T15:00');
    expect(card.event?.registrationCloses?.epochMs).to.equal(Date.UTC(2023, 6, 6, 22, 0));
    expect(card.event?.panelists.map((person) => person.name)).to.deep.equal(['Caroline Khene']);
    expect(card.event?.image).to.equal(null);
  });

  describe('every feed form', () => {
    const forms = ['item-list.jsonld', 'item-list-of-events.jsonld', 'array.jsonld'];
    for (const form of forms) {
      it(`reads ${form}`, async () => {
        const series = await mountSeries(`<dialogue-series src="${fixture(form)}"></dialogue-series>`);
        expect(seen(series)).to.deep.equal({ featured: 'First', upcoming: ['Second'], past: ['Before'] });
        expect(series.problems).to.deep.equal([]);
      });
    }

    it('reads <dialogue-event> children, each from its own sources', async () => {
      const series = await mountSeries(`<dialogue-series>
        <dialogue-event name="Second" start="2023-07-20T08:00Z" time-zone="UTC"></dialogue-event>
        <dialogue-event>
          <script type="application/ld+json">{"@type":"Event","name":"First","startDate":"2023-07-06T14:00:00Z"}</script>
        </dialogue-event>
        <dialogue-event name="Before" start="2023-06-06T16:00" time-zone="Africa/Maputo" recording-url="https://example.org/w"></dialogue-event>
      </dialogue-series>`);
      expect(seen(series)).to.deep.equal({ featured: 'First', upcoming: ['Second'], past: ['Before'] });
    });

    it('reads a child with src once it answers, and lists a child with a bad zone as left out', async () => {
      const series = await mountSeries(`<dialogue-series>
        <dialogue-event src="${fixture('../../elements/fixtures/reference-event.jsonld')}"></dialogue-event>
        <dialogue-event name="On Mars" start="2023-07-10T10:00" time-zone="Mars/Olympus_Mons"></dialogue-event>
        <dialogue-event name="Copy" src="${fixture('../../elements/fixtures/reference-event.jsonld')}"></dialogue-event>
      </dialogue-series>`);
      await waitFor(() => series.events.length === 1 && series.problems.length === 2, "both children's src answer");
      await settle();
      expect(seen(series).featured).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
      expect(series.problems.map(({ field, message }) => `${field} ${message}`)).to.deep.equal([
        'dialogue-event[1] has an unknown time-zone; left out',
        'dialogue-event[2] repeats dialogue-event[0]; shown once',
      ]);
    });
  });

  describe('a feed that fails keeps the authored fallback and says why', () => {
    const cases: [string, string, string][] = [
      [
        'a network error',
        'http://127.0.0.1:9/feed.jsonld',
        'could not be loaded (network error or blocked by CORS); the authored content is shown',
      ],
      ['a 404', fixture('missing.jsonld'), 'could not be loaded (HTTP 404); the authored content is shown'],
      ['not JSON', fixture('not-json.jsonld'), 'is not JSON; the fallback is shown'],
      ['not an event list', fixture('not-a-list.jsonld'), 'is not a list of events; the fallback is shown'],
      ['a list of no events', fixture('list-of-products.jsonld'), 'is not a list of events; the fallback is shown'],
    ];
    for (const [what, src, message] of cases) {
      it(`${what}`, async () => {
        const series = await mountSeries(`<dialogue-series src="${src}" lang="en">${FALLBACK}</dialogue-series>`);
        expect(series.problems).to.deep.equal([{ field: 'src', value: src, message }]);
        expect(fallbackShown(series)).to.deep.equal(['See all our dialogues.']);
        expect(seen(series)).to.deep.equal({ featured: null, upcoming: [], past: [] });
        expect(await axeViolations(series.parentElement!)).to.deep.equal([]);
      });
    }

    it('shows the fallback while the feed loads, marked busy', async () => {
      // The feed answers only once the loading state is checked: a fast (cached) answer would race the check.
      const realFetch = window.fetch;
      let answer!: () => void;
      const held = new Promise<void>((resolve) => (answer = resolve));
      window.fetch = async (...request: Parameters<typeof fetch>) => {
        await held;
        return realFetch(...request);
      };
      try {
        const page = await mount(`<dialogue-series src="${fixture('series.jsonld')}">${FALLBACK}</dialogue-series>`);
        const series = page.querySelector('dialogue-series')!;
        expect(fallbackShown(series)).to.deep.equal(['See all our dialogues.']);
        expect(inShadow(series, '[part="series"]')?.getAttribute('aria-busy')).to.equal('true');
        answer();
        await waitFor(() => seen(series).featured !== null, 'the feed answers');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('refuses a non-http(s) src without fetching', async () => {
      const series = await mountSeries(`<dialogue-series src="javascript:alert(1)">${FALLBACK}</dialogue-series>`);
      expect(series.problems.map((problem) => problem.message)).to.deep.equal([
        'is not an http(s) address; nothing is fetched',
      ]);
    });
  });

  describe('set from script', () => {
    it('loads src, and follows upcomingLimit, pastLimit and viewerTimeZone set as properties', async () => {
      const page = await mount('<dialogue-series lang="en-GB"></dialogue-series>');
      const series = page.querySelector('dialogue-series')!;
      series.src = fixture('series.jsonld');
      series.upcomingLimit = 0;
      series.pastLimit = 1;
      series.viewerTimeZone = 'Asia/Tokyo';
      await waitFor(() => seen(series).featured !== null, 'the feed answers');
      await settle();
      expect(seen(series)).to.deep.equal({
        featured: 'How to use partnerships to strengthen the Impact of Civic Tech',
        upcoming: [],
        past: ['Community radio and civic tech'],
      });
      expect(inShadow(series, '[part~="row-local-time"]')?.getAttribute('datetime')).to.equal(
        '2023-06-20T21:00:00+09:00',
      );
      // The page chose the zone: the row names it, as the card's countdown does, rather than "your time".
      expect(inShadow(series, '[part~="row-local-time"]')?.textContent).to.equal('21:00 Tokyo time');
    });

    it('reports a limit that is not a whole number, and an unknown viewer zone, and uses the defaults', async () => {
      const series = await mountSeries(
        `<dialogue-series src="${fixture('array.jsonld')}" past-limit="two" upcoming-limit="-1" viewer-time-zone="Moon/Base"></dialogue-series>`,
      );
      expect(series.problems.map(({ field, value, message }) => `${field} ${value} ${message}`)).to.deep.equal([
        'upcoming-limit -1 is not a whole number; all is used',
        'past-limit two is not a whole number; 3 is used',
        "viewer-time-zone Moon/Base is not an IANA time zone; the browser's zone is used",
      ]);
      expect(seen(series)).to.deep.equal({ featured: 'First', upcoming: ['Second'], past: ['Before'] });
    });
  });

  describe('languages', () => {
    const WORDS: [string, string, string, string][] = [
      ['en', 'Coming up', 'Past events', 'Watch the recording'],
      ['fr', 'À venir', 'Événements passés', 'Voir l’enregistrement'],
      ['pt', 'Próximos eventos', 'Eventos anteriores', 'Ver a gravação'],
      ['sw', 'Matukio yajayo', 'Matukio yaliyopita', 'Tazama rekodi'],
      ['ar', 'الفعاليات القادمة', 'فعاليات سابقة', 'شاهد التسجيل'],
    ];
    for (const [lang, coming, past, watch] of WORDS) {
      it(`writes its headings and "watch the recording" in ${lang}`, async () => {
        const series = await mountSeries(
          `<div lang="${lang}"><dialogue-series src="${fixture('series.jsonld')}"></dialogue-series></div>`,
        );
        const headings = [...series.shadowRoot!.querySelectorAll('[part~="heading"]')].map((heading) =>
          heading.textContent?.trim(),
        );
        expect([
          ...headings,
          inShadow(series, '[part~="row-action"][href*="watch"]')?.textContent?.trim(),
        ]).to.deep.equal([coming, past, watch]);
      });
    }

    it('lays out right to left in Arabic, with no axe violation', async () => {
      const series = await mountSeries(
        `<main lang="ar"><dialogue-series src="${fixture('series.jsonld')}"></dialogue-series></main>`,
      );
      const row = inShadow(series, '[part~="row"]')!;
      expect(getComputedStyle(row).direction).to.equal('rtl');
      const main = row.querySelector('.main')!.getBoundingClientRect();
      const action = row.querySelector('[part~="row-action"]')!.getBoundingClientRect();
      expect(action.right <= main.left + 1, 'the button is on the left of the name').to.equal(true);
      expect(await axeViolations(series.parentElement!)).to.deep.equal([]);
    });
  });

  it('with nothing still to come, shows no card and still offers the recordings (no axe violation)', async () => {
    setClock(new FixedClock(Date.UTC(2024, 0, 1)));
    const series = await mountSeries(
      `<main lang="en"><dialogue-series src="${fixture('series.jsonld')}"></dialogue-series></main>`,
    );
    expect(inShadow(series, '[part~="featured"], [part~="upcoming-list"]')).to.equal(null);
    expect(seen(series).past).to.deep.equal([
      'Open data for local budgets',
      'How to use partnerships to strengthen the Impact of Civic Tech',
      'Community radio and civic tech',
    ]);
    expect(await axeViolations(series.parentElement!)).to.deep.equal([]);
  });
});

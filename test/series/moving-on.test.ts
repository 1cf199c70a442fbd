import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import { tickerStatus } from '../../src/clock/ticker.js';
import type { DialogueSeries } from '../../src/series/dialogue-series.js';
import { mount, settle, unmountAll, waitFor } from '../support/mount.js';
import { axeViolations, seen } from './support.js';

/**
 * Twelve events in seven zones, across the end of summer time in Europe (27 October 2024,
 * 01:00 UTC) and in the United States (3 November 2024, 06:00 UTC). Written as an author
 * writes them: wall-clock times in each event's zone. The UTC instant is in each comment.
 */
const TWELVE = `
  <dialogue-event name="Open budgets" start="2024-10-24T16:00" end="2024-10-24T17:30" time-zone="Africa/Maputo" register-url="https://example.org/r/1"></dialogue-event><!-- 14:00Z 24 Oct -->
  <dialogue-event name="Water data" start="2024-10-25T10:00" end="2024-10-25T11:30" time-zone="Asia/Kolkata" recording-url="https://example.org/w/2"></dialogue-event><!-- 04:30Z 25 Oct -->
  <dialogue-event name="Civic tech in cities" start="2024-10-26T18:00" end="2024-10-26T19:30" time-zone="Europe/London"></dialogue-event><!-- 17:00Z 26 Oct, summer time -->
  <dialogue-event name="After the clocks change" start="2024-10-27T18:00" end="2024-10-27T19:00" time-zone="Europe/London"></dialogue-event><!-- 18:00Z 27 Oct, winter time -->
  <dialogue-event name="Participatory budgets" start="2024-10-28T09:00" time-zone="America/Sao_Paulo" status="cancelled"></dialogue-event><!-- 12:00Z 28 Oct, no end: 90 min -->
  <dialogue-event name="Election tools" start="2024-10-29T20:00" end="2024-10-29T21:00" time-zone="Pacific/Auckland"></dialogue-event><!-- 07:00Z 29 Oct -->
  <dialogue-event name="Open contracting" start="2024-10-31T12:00" end="2024-10-31T13:30" time-zone="America/New_York"></dialogue-event><!-- 16:00Z 31 Oct, EDT -->
  <dialogue-event name="Radio and civic tech" start="2024-11-04T12:00" end="2024-11-04T13:30" time-zone="America/New_York"></dialogue-event><!-- 17:00Z 4 Nov, EST -->
  <dialogue-event name="Maps with communities" start="2024-11-05T09:00" end="2024-11-05T10:30" time-zone="Asia/Tokyo" status="postponed"></dialogue-event><!-- 00:00Z 5 Nov -->
  <dialogue-event name="Feedback to councils" start="2024-11-06T15:00" end="2024-11-06T16:30" time-zone="Africa/Lagos"></dialogue-event><!-- 14:00Z 6 Nov -->
  <dialogue-event name="Petitions" start="2024-11-07T17:00" end="2024-11-07T18:00" time-zone="Africa/Nairobi"></dialogue-event><!-- 14:00Z 7 Nov -->
  <dialogue-event name="Year in review" start="2024-11-08T16:00" end="2024-11-08T17:30" time-zone="Africa/Maputo"></dialogue-event><!-- 14:00Z 8 Nov -->`;

interface Moment {
  at: string;
  why: string;
  featured: string | null;
  upcoming: string[];
  past: string[];
}

/** Every row, in order, at each moment (past-limit="12", so no past row is cut). */
const ORDERED: Moment[] = [
  {
    at: '2024-10-20T00:00Z',
    why: 'before them all',
    featured: 'Open budgets',
    upcoming: [
      'Water data',
      'Civic tech in cities',
      'After the clocks change',
      'Participatory budgets · Cancelled',
      'Election tools',
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: [],
  },
  {
    at: '2024-10-24T14:30Z',
    why: 'the first is live',
    featured: 'Open budgets',
    upcoming: [
      'Water data',
      'Civic tech in cities',
      'After the clocks change',
      'Participatory budgets · Cancelled',
      'Election tools',
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: [],
  },
  {
    at: '2024-10-24T15:30Z',
    why: 'the first ends: it drops to the past, the next is featured',
    featured: 'Water data',
    upcoming: [
      'Civic tech in cities',
      'After the clocks change',
      'Participatory budgets · Cancelled',
      'Election tools',
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: ['Open budgets'],
  },
  {
    at: '2024-10-27T17:30Z',
    why: 'London is back on GMT: 18:00 there is 18:00Z, not yet begun (in summer time it would be live)',
    featured: 'After the clocks change',
    upcoming: [
      'Participatory budgets · Cancelled',
      'Election tools',
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: ['Civic tech in cities', 'Water data', 'Open budgets'],
  },
  {
    at: '2024-10-28T12:30Z',
    why: 'a cancelled event keeps its place and is never featured',
    featured: 'Election tools',
    upcoming: [
      'Participatory budgets · Cancelled',
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: ['After the clocks change', 'Civic tech in cities', 'Water data', 'Open budgets'],
  },
  {
    at: '2024-10-28T13:30Z',
    why: 'its time over (no end: 90 minutes), the cancelled event goes to the past, still saying so',
    featured: 'Election tools',
    upcoming: [
      'Open contracting',
      'Radio and civic tech',
      'Maps with communities · Postponed',
      'Feedback to councils',
      'Petitions',
      'Year in review',
    ],
    past: [
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
  {
    at: '2024-11-04T16:30Z',
    why: 'New York is back on EST: 12:00 there is 17:00Z, not yet begun',
    featured: 'Radio and civic tech',
    upcoming: ['Maps with communities · Postponed', 'Feedback to councils', 'Petitions', 'Year in review'],
    past: [
      'Open contracting',
      'Election tools',
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
  {
    at: '2024-11-04T17:00Z',
    why: 'at its start it is live',
    featured: 'Radio and civic tech',
    upcoming: ['Maps with communities · Postponed', 'Feedback to councils', 'Petitions', 'Year in review'],
    past: [
      'Open contracting',
      'Election tools',
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
  {
    at: '2024-11-05T00:30Z',
    why: 'a postponed event is not featured either',
    featured: 'Feedback to councils',
    upcoming: ['Maps with communities · Postponed', 'Petitions', 'Year in review'],
    past: [
      'Radio and civic tech',
      'Open contracting',
      'Election tools',
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
  {
    at: '2024-11-08T14:45Z',
    why: 'the last one, live, with nothing after it',
    featured: 'Year in review',
    upcoming: [],
    past: [
      'Petitions',
      'Feedback to councils',
      'Maps with communities · Postponed',
      'Radio and civic tech',
      'Open contracting',
      'Election tools',
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
  {
    at: '2024-11-08T16:00Z',
    why: 'all over: nothing featured, every event in the past, newest first',
    featured: null,
    upcoming: [],
    past: [
      'Year in review',
      'Petitions',
      'Feedback to councils',
      'Maps with communities · Postponed',
      'Radio and civic tech',
      'Open contracting',
      'Election tools',
      'Participatory budgets · Cancelled',
      'After the clocks change',
      'Civic tech in cities',
      'Water data',
      'Open budgets',
    ],
  },
];

describe('<dialogue-series>: moving on as time passes', () => {
  let clock: FixedClock;
  let series: DialogueSeries;

  beforeEach(async () => {
    clock = new FixedClock(Date.parse(ORDERED[0]!.at));
    setClock(clock);
    const page = await mount(
      `<dialogue-series lang="en-GB" past-limit="12" viewer-time-zone="America/New_York">${TWELVE}</dialogue-series>`,
    );
    series = page.querySelector('dialogue-series')!;
  });
  afterEach(() => {
    unmountAll();
    setClock(null);
  });

  it('features the right event and orders every row at each moment, the clock moved forward', async () => {
    const shown: Moment[] = [];
    for (const moment of ORDERED) {
      clock.set(Date.parse(moment.at));
      await settle();
      shown.push({ ...moment, ...seen(series) });
    }
    expect(shown).to.deep.equal(ORDERED);
  });

  it('shows the same at each moment when the clock is moved backwards', async () => {
    for (const moment of [...ORDERED].reverse()) {
      clock.set(Date.parse(moment.at));
      await settle();
      expect({ ...moment, ...seen(series) }, moment.why).to.deep.equal(moment);
    }
  });

  it("writes each row in the event's zone and the viewer's, across both changes of summer time", async () => {
    const times = () =>
      [...series.shadowRoot!.querySelectorAll('[part~="row"]')]
        .slice(0, 4)
        .map((row) => [
          row.querySelector('[part~="row-name"]')?.textContent?.trim(),
          row.querySelector('time[part~="row-time"]')?.getAttribute('datetime'),
          row.querySelector('time[part~="row-local-time"]')?.getAttribute('datetime'),
        ]);
    expect(times()).to.deep.equal([
      ['Water data', '2024-10-25T10:00:00+05:30', '2024-10-25T00:30:00-04:00'],
      ['Civic tech in cities', '2024-10-26T18:00:00+01:00', '2024-10-26T13:00:00-04:00'],
      ['After the clocks change', '2024-10-27T18:00:00+00:00', '2024-10-27T14:00:00-04:00'],
      ['Participatory budgets', '2024-10-28T09:00:00-03:00', '2024-10-28T08:00:00-04:00'],
    ]);
    clock.set(Date.parse('2024-10-30T00:00Z'));
    await settle();
    const radio = [...series.shadowRoot!.querySelectorAll('[part~="row"]')].find((row) =>
      row.textContent?.includes('Radio and civic tech'),
    )!;
    // Same wall time as the viewer now (both New York, EST): one <time> says it.
    expect(radio.querySelector('time[part~="row-time"]')?.getAttribute('datetime')).to.equal(
      '2024-11-04T12:00:00-05:00',
    );
    expect(radio.querySelector('time[part~="row-local-time"]')).to.equal(null);
  });

  it('shows three past events by default, and none with past-limit="0"; upcoming-limit cuts the rows after the card', async () => {
    clock.set(Date.parse('2024-11-05T00:30Z'));
    series.removeAttribute('past-limit');
    await settle();
    expect(seen(series).past).to.deep.equal(['Radio and civic tech', 'Open contracting', 'Election tools']);
    series.pastLimit = 0;
    series.upcomingLimit = 1;
    await settle();
    expect(seen(series)).to.deep.equal({
      featured: 'Feedback to councils',
      upcoming: ['Maps with communities · Postponed'],
      past: [],
    });
    expect(series.shadowRoot!.querySelector('[part~="past-list"]')).to.equal(null);
  });

  it('keeps to the one shared timer, aimed at the next end or start', async () => {
    clock.set(Date.parse('2024-10-24T14:30Z'));
    await settle();
    // The series, and the countdown and register element of each of the twelve cards: one timer for all.
    expect(tickerStatus().timers).to.equal(1);
    expect(series.events.map((event) => event.name)).to.have.length(12);
  });

  it('has no axe violation at any moment', async function () {
    // Axe walks twelve cards' shadow trees at five moments: slow on a busy machine.
    this.timeout(30_000);
    for (const moment of ORDERED.filter((_, index) => index % 3 === 0 || index === ORDERED.length - 1)) {
      clock.set(Date.parse(moment.at));
      await settle();
      expect(await axeViolations(series.parentElement!), moment.at).to.deep.equal([]);
    }
  });
});

describe('<dialogue-series>: on the real clock', () => {
  afterEach(() => unmountAll());

  it('moves on when an event really ends, a few seconds away', async function () {
    this.timeout(10_000);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const page = await mount(`<dialogue-series>
      <dialogue-event name="Ending now" start="${iso(now - 30 * 60_000)}" end="${iso(now + 2_500)}" time-zone="UTC"></dialogue-event>
      <dialogue-event name="Next week" start="${iso(now + 7 * 86_400_000)}" time-zone="UTC"></dialogue-event>
    </dialogue-series>`);
    const series = page.querySelector('dialogue-series')!;
    expect(seen(series)).to.deep.equal({ featured: 'Ending now', upcoming: ['Next week'], past: [] });
    await waitFor(() => seen(series).featured === 'Next week', 'the series moves on', 8_000);
    await settle();
    expect(seen(series)).to.deep.equal({ featured: 'Next week', upcoming: [], past: ['Ending now'] });
    expect(series.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Coming up: Next week');
  });
});

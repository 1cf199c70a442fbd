import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildEvent } from '../../src/model/build-event.js';
import {
  describeFloating,
  describeTimes,
  EVENT_TEXT_FORMAT,
  VIEWER_DAY_FORMAT,
  VIEWER_TIME_FORMAT,
} from '../../src/time/local-time.js';
import { emulateTimeZone } from '../support/emulation.js';
import { can, skipHere } from '../support/engine.js';

const ZONES = [
  'Africa/Maputo',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Europe/London',
  'America/New_York',
  'America/Sao_Paulo',
  'America/St_Johns', // −03:30 / −02:30
  'Asia/Kolkata', // +05:30; Chromium calls it Asia/Calcutta, so only offsets and instants are compared
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // +10:30 / +11:00, a half-hour daylight saving
  'Pacific/Chatham', // +12:45 / +13:45
  'Pacific/Kiritimati', // +14:00
  'Pacific/Pago_Pago', // −11:00, 25 hours behind Kiritimati
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The reference reading of an instant in a zone, straight from the browser's Intl
 * (no luxon): wall date and time in 24-hour form, the offset as ISO writes it, and
 * the en-GB short weekday.
 */
interface Reading {
  date: string;
  time: string;
  seconds: string;
  offset: string;
  weekday: string;
  day: string;
}

const readers = new Map<string, Intl.DateTimeFormat>();
function reading(ms: number, zone: string): Reading {
  let reader = readers.get(zone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    readers.set(zone, reader);
  }
  const parts = Object.fromEntries(reader.formatToParts(ms).map((p) => [p.type, p.value]));
  // longOffset writes "GMT+05:45", or plain "GMT" at zero.
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '').replace('−', '-');
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: parts.second!,
    offset,
    weekday: parts.weekday!,
    day: String(Number(parts.day)),
  };
}

const isoFrom = (r: Reading) => `${r.date}T${r.time}:${r.seconds}${r.offset}`;

/**
 * The first instant of each offset change in `zone` between `from` and `to`, found
 * with Intl alone: a scan in 6-hour steps (no zone changes twice that fast), then a
 * binary search to the millisecond.
 */
function transitions(zone: string, from: number, to: number): number[] {
  const offsetAt = (ms: number) => reading(ms, zone).offset;
  const found: number[] = [];
  for (let t = from; t < to; t += 6 * HOUR) {
    if (offsetAt(t) === offsetAt(t + 6 * HOUR)) continue;
    let [lo, hi] = [t, t + 6 * HOUR];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === offsetAt(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

// Every daylight-saving switch in 2023 of every zone, and São Paulo's last ones (2018–19).
const SWITCHES = ZONES.flatMap((zone) => [
  ...transitions(zone, Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)).map((at) => ({ zone, at })),
  ...(zone === 'America/Sao_Paulo'
    ? transitions(zone, Date.UTC(2018, 9, 1), Date.UTC(2019, 3, 1)).map((at) => ({ zone, at }))
    : []),
]);

// Instants beside each switch (the minute before, the switch, the minute after, and half a
// day either side, which lands on other dates), plus dates with nothing special about them.
const INSTANTS = [
  ...SWITCHES.flatMap(({ at }) => [at - 12 * HOUR, at - MINUTE, at, at + MINUTE, at + 12 * HOUR]),
  Date.UTC(2023, 6, 6, 14, 0),
  Date.UTC(2023, 0, 1, 0, 0),
  Date.UTC(2023, 11, 31, 10, 30),
  Date.UTC(2024, 1, 29, 23, 50),
];

describe('the reference readings', () => {
  it('find every switch the calendar promises', () => {
    // Hand-derived from the zones' rules: London, New York, St John's, Lord Howe and Chatham
    // switch twice in 2023; São Paulo twice over 2018–19; the other seven never.
    const count = (zone: string) => SWITCHES.filter((s) => s.zone === zone).length;
    for (const zone of [
      'Europe/London',
      'America/New_York',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/Sao_Paulo',
    ]) {
      expect(count(zone), zone).to.equal(2);
    }
    expect(SWITCHES.length).to.equal(12);
    // London springs forward at 01:00Z on 26 March 2023; Lord Howe at 02:00 +10:30 (15:30Z, 30 Sept).
    expect(SWITCHES.map((s) => s.at)).to.include(Date.UTC(2023, 2, 26, 1, 0));
    expect(SWITCHES.map((s) => s.at)).to.include(Date.UTC(2023, 8, 30, 15, 30));
  });
});

describe('describeTimes over zones × zones × dates', function () {
  // Each case below checks 13 viewer zones × 64 instants; a busy CI browser needs the room.
  this.timeout(30_000);
  for (const eventZone of ZONES) {
    it(`agrees with Intl for an event in ${eventZone}, seen from every zone`, () => {
      for (const viewerZone of ZONES) {
        for (const ms of INSTANTS) {
          const what = `${eventZone} → ${viewerZone} at ${new Date(ms).toISOString()}`;
          const result = describeTimes(ms, eventZone, viewerZone, 'en-GB');
          const atEvent = reading(ms, eventZone);
          const atViewer = reading(ms, viewerZone);

          expect(result.event.iso, what).to.equal(isoFrom(atEvent));
          expect(Date.parse(result.event.iso), what).to.equal(ms);
          expect(result.event.text, what).to.include(atEvent.time);
          expect(result.dayDiffers, what).to.equal(atViewer.date !== atEvent.date);

          const sameReading = atViewer.date === atEvent.date && atViewer.time === atEvent.time;
          if (sameReading) {
            expect(result.viewer, what).to.equal(null);
            continue;
          }
          expect(result.viewer, what).not.to.equal(null);
          const viewer = result.viewer!;
          expect(viewer.iso, what).to.equal(isoFrom(atViewer));
          expect(Date.parse(viewer.iso), what).to.equal(ms);
          if (result.dayDiffers) {
            // "Fri 7 Jul, 04:00": en-GB names the day when it is not the event's.
            expect(viewer.text, what).to.include(atViewer.weekday);
            expect(viewer.text, what).to.match(new RegExp(`\\b${atViewer.day}\\b`));
            expect(viewer.text, what).to.include(atViewer.time);
          } else {
            // en-GB writes a time of day as HH:mm.
            expect(viewer.text, what).to.equal(atViewer.time);
          }
        }
      }
    });
  }
});

describe('describeTimes, hand-derived cases', () => {
  interface Case {
    name: string;
    start: string;
    zone: string;
    viewer: string;
    eventIso: string;
    viewerIso: string | null;
    dayDiffers: boolean;
    viewerHas?: string[];
  }
  const cases: Case[] = [
    {
      name: 'Maputo (+02:00) seen from Kathmandu (+05:45): same day, 3 h 45 later',
      start: '2023-07-06T16:00',
      zone: 'Africa/Maputo',
      viewer: 'Asia/Kathmandu',
      eventIso: '2023-07-06T16:00:00+02:00',
      viewerIso: '2023-07-06T19:45:00+05:45',
      dayDiffers: false,
    },
    {
      name: 'Maputo seen from Pago Pago (−11:00): 13 hours earlier, same day',
      start: '2023-07-06T16:00',
      zone: 'Africa/Maputo',
      viewer: 'Pacific/Pago_Pago',
      eventIso: '2023-07-06T16:00:00+02:00',
      viewerIso: '2023-07-06T03:00:00-11:00',
      dayDiffers: false,
    },
    {
      name: 'Maputo seen from Kiritimati (+14:00): 04:00 the next day, a Friday',
      start: '2023-07-06T16:00',
      zone: 'Africa/Maputo',
      viewer: 'Pacific/Kiritimati',
      eventIso: '2023-07-06T16:00:00+02:00',
      viewerIso: '2023-07-07T04:00:00+14:00',
      dayDiffers: true,
      viewerHas: ['Fri', '7 Jul', '04:00'],
    },
    {
      name: "Kiritimati on New Year's Day is 30 December in Pago Pago, 25 hours behind, in the year before",
      start: '2024-01-01T00:30',
      zone: 'Pacific/Kiritimati',
      viewer: 'Pacific/Pago_Pago',
      eventIso: '2024-01-01T00:30:00+14:00',
      viewerIso: '2023-12-30T23:30:00-11:00',
      dayDiffers: true,
      viewerHas: ['Sat', '30 Dec', '2023', '23:30'],
    },
    {
      name: 'Pago Pago at 23:00 on a Tuesday is Thursday 00:00 on Kiritimati',
      start: '2023-07-04T23:00',
      zone: 'Pacific/Pago_Pago',
      viewer: 'Pacific/Kiritimati',
      eventIso: '2023-07-04T23:00:00-11:00',
      viewerIso: '2023-07-06T00:00:00+14:00',
      dayDiffers: true,
      viewerHas: ['Thu', '6 Jul', '00:00'],
    },
    {
      name: 'Kiritimati (+14:00) and Honolulu (−10:00) read the same clock a day apart: both are said',
      start: '2023-07-06T16:00',
      zone: 'Pacific/Kiritimati',
      viewer: 'Pacific/Honolulu',
      eventIso: '2023-07-06T16:00:00+14:00',
      viewerIso: '2023-07-05T16:00:00-10:00',
      dayDiffers: true,
      viewerHas: ['Wed', '5 Jul', '16:00'],
    },
    {
      name: "Chatham's ambiguous 03:00 on 2 April (first, +13:45) is still 1 April in London (BST)",
      start: '2023-04-02T03:00',
      zone: 'Pacific/Chatham',
      viewer: 'Europe/London',
      eventIso: '2023-04-02T03:00:00+13:45',
      viewerIso: '2023-04-01T14:15:00+01:00',
      dayDiffers: true,
      viewerHas: ['Sat', '1 Apr', '14:15'],
    },
    {
      name: "New York's nonexistent 02:30 (12 March) is 03:30 EDT, 07:30 in London (still GMT)",
      start: '2023-03-12T02:30',
      zone: 'America/New_York',
      viewer: 'Europe/London',
      eventIso: '2023-03-12T03:30:00-04:00',
      viewerIso: '2023-03-12T07:30:00+00:00',
      dayDiffers: false,
    },
    {
      name: "New York's ambiguous 01:30 (5 November) is the first, EDT: 05:30 in London (GMT again)",
      start: '2023-11-05T01:30',
      zone: 'America/New_York',
      viewer: 'Europe/London',
      eventIso: '2023-11-05T01:30:00-04:00',
      viewerIso: '2023-11-05T05:30:00+00:00',
      dayDiffers: false,
    },
    {
      name: "Lord Howe's nonexistent 02:15 (1 October) is 02:45 +11:00, the day before in São Paulo",
      start: '2023-10-01T02:15',
      zone: 'Australia/Lord_Howe',
      viewer: 'America/Sao_Paulo',
      eventIso: '2023-10-01T02:45:00+11:00',
      viewerIso: '2023-09-30T12:45:00-03:00',
      dayDiffers: true,
      viewerHas: ['Sat', '30 Sep', '12:45'],
    },
    {
      name: "St John's nonexistent 02:30 (12 March) is 03:30 −02:30, 11:30 in Kolkata",
      start: '2023-03-12T02:30',
      zone: 'America/St_Johns',
      viewer: 'Asia/Kolkata',
      eventIso: '2023-03-12T03:30:00-02:30',
      viewerIso: '2023-03-12T11:30:00+05:30',
      dayDiffers: false,
    },
    {
      name: 'São Paulo skipped midnight on 4 November 2018: 00:30 is 01:30 −02:00, 04:30 in Lagos',
      start: '2018-11-04T00:30',
      zone: 'America/Sao_Paulo',
      viewer: 'Africa/Lagos',
      eventIso: '2018-11-04T01:30:00-02:00',
      viewerIso: '2018-11-04T04:30:00+01:00',
      dayDiffers: false,
    },
    {
      name: "London's ambiguous 01:30 (29 October) is the first, BST: 03:30 in Nairobi",
      start: '2023-10-29T01:30',
      zone: 'Europe/London',
      viewer: 'Africa/Nairobi',
      eventIso: '2023-10-29T01:30:00+01:00',
      viewerIso: '2023-10-29T03:30:00+03:00',
      dayDiffers: false,
    },
    {
      name: 'London in summer and Lagos share +01:00: said once',
      start: '2023-07-06T16:00',
      zone: 'Europe/London',
      viewer: 'Africa/Lagos',
      eventIso: '2023-07-06T16:00:00+01:00',
      viewerIso: null,
      dayDiffers: false,
    },
    {
      name: 'London in winter is an hour behind Lagos',
      start: '2023-01-06T16:00',
      zone: 'Europe/London',
      viewer: 'Africa/Lagos',
      eventIso: '2023-01-06T16:00:00+00:00',
      viewerIso: '2023-01-06T17:00:00+01:00',
      dayDiffers: false,
    },
    {
      name: 'Maputo and Johannesburg are two names for one reading: said once',
      start: '2023-07-06T16:00',
      zone: 'Africa/Maputo',
      viewer: 'Africa/Johannesburg',
      eventIso: '2023-07-06T16:00:00+02:00',
      viewerIso: null,
      dayDiffers: false,
    },
    {
      name: 'Kolkata seen from Calcutta (the old name Chromium uses): said once',
      start: '2023-07-06T16:00',
      zone: 'Asia/Kolkata',
      viewer: 'Asia/Calcutta',
      eventIso: '2023-07-06T16:00:00+05:30',
      viewerIso: null,
      dayDiffers: false,
    },
    {
      name: 'a start written with an offset and no zone is shown at that offset (UTC+5:30)',
      start: '2023-07-06T16:00+05:30',
      zone: '',
      viewer: 'Asia/Kathmandu',
      eventIso: '2023-07-06T16:00:00+05:30',
      viewerIso: '2023-07-06T16:15:00+05:45',
      dayDiffers: false,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const event = buildEvent([
        { fields: { name: 'Dialogue', start: c.start, 'time-zone': c.zone }, baseUrl: 'https://example.org/' },
      ]);
      const result = describeTimes(event.start!.epochMs!, event.timeZone!, c.viewer, 'en-GB');
      expect(result.event.iso).to.equal(c.eventIso);
      expect(result.viewer?.iso ?? null).to.equal(c.viewerIso);
      expect(result.dayDiffers).to.equal(c.dayDiffers);
      for (const piece of c.viewerHas ?? []) expect(result.viewer!.text).to.include(piece);
    });
  }
});

describe('describeTimes wording', () => {
  const maputo = Date.UTC(2023, 6, 6, 14, 0); // 16:00 in Maputo

  it("writes the event's weekday, date, time and zone in the locale", () => {
    const { event } = describeTimes(maputo, 'Africa/Maputo', 'Asia/Kathmandu', 'en-GB');
    for (const piece of ['Thursday', '6 July 2023', '16:00']) expect(event.text).to.include(piece);
    // The zone's name, not an offset the visitor must work out ("GMT+2").
    expect(event.text).to.include('Central Africa Time');
    expect(event.zoneName).to.equal('Central Africa Time');
  });

  it("names the event's zone in each language the library speaks", () => {
    const names: Record<string, string> = {
      fr: 'heure normale d’Afrique centrale',
      pt: 'Horário da África Central',
      sw: 'Saa za Afrika ya Kati',
      ar: 'توقيت وسط أفريقيا',
    };
    for (const [locale, name] of Object.entries(names)) {
      expect(describeTimes(maputo, 'Africa/Maputo', 'Asia/Kathmandu', locale).event.text, locale).to.include(name);
    }
  });

  it("follows the locale's hour cycle", () => {
    // Hand-derived: the US writes 12-hour times, Britain and France 24-hour ones.
    expect(describeTimes(maputo, 'Africa/Maputo', 'Africa/Maputo', 'en-US').event.text).to.match(/4:00\sPM/);
    expect(describeTimes(maputo, 'Africa/Maputo', 'Africa/Maputo', 'en-GB').event.text).to.include('16:00');
    expect(describeTimes(maputo, 'Africa/Maputo', 'Africa/Maputo', 'fr').event.text).to.include('16:00');
    // An explicit hour-cycle extension in the language tag wins.
    expect(describeTimes(maputo, 'Africa/Maputo', 'Africa/Maputo', 'en-GB-u-hc-h12').event.text).to.match(/4:00\s?pm/i);
  });

  it('names a zone by its season: Eastern Daylight Time in July, Eastern Standard Time in January', () => {
    // 14:00Z is 10:00 EDT in July; 15:00Z is 10:00 EST in January.
    const july = describeTimes(maputo, 'America/New_York', 'America/New_York', 'en-US').event.text;
    const january = describeTimes(Date.UTC(2024, 0, 11, 15), 'America/New_York', 'America/New_York', 'en-US').event
      .text;
    expect(july).to.include('10:00 AM Eastern Daylight Time');
    expect(january).to.include('10:00 AM Eastern Standard Time');
  });

  it('writes French', () => {
    const { event, viewer } = describeTimes(maputo, 'Africa/Maputo', 'Pacific/Kiritimati', 'fr');
    for (const piece of ['jeudi', '6 juillet 2023', '16:00']) expect(event.text).to.include(piece);
    for (const piece of ['ven.', '7', 'juil.', '04:00']) expect(viewer!.text).to.include(piece);
  });

  it('writes Arabic', () => {
    const { event, viewer } = describeTimes(maputo, 'Africa/Maputo', 'Pacific/Kiritimati', 'ar');
    expect(event.text).to.include('الخميس'); // Thursday
    expect(event.text).to.include('يوليو'); // July
    expect(viewer!.text).to.include('الجمعة'); // Friday
  });

  it('takes an unknown zone as UTC and a malformed locale as English, without throwing', () => {
    const result = describeTimes(maputo, 'Africa/Maputo', 'Mars/Olympus_Mons', 'en_GB');
    expect(result.viewer?.iso).to.equal('2023-07-06T14:00:00Z');
    expect(result.event.text).to.include('Thursday');
  });

  it('gives the same answers whatever zone the browser is in', async () => {
    if (!can.zoneLive)
      await skipHere("compares two zones in one page, and WebKit's driver sets the zone only when the browser starts");
    const samples = [maputo, Date.UTC(2023, 11, 31, 10, 30), Date.UTC(2023, 2, 26, 1, 0)];
    const describeAll = () =>
      samples.map((ms) => [
        describeTimes(ms, 'Pacific/Chatham', 'America/St_Johns', 'en-GB'),
        describeFloating('2023-07-06T16:00', 'en-GB'),
      ]);
    await emulateTimeZone('Pacific/Kiritimati');
    let fromKiritimati: unknown;
    let fromPagoPago: unknown;
    try {
      expect(new Date(Date.UTC(2023, 6, 6)).getTimezoneOffset()).to.equal(-14 * 60);
      fromKiritimati = describeAll();
      await emulateTimeZone('Pacific/Pago_Pago');
      fromPagoPago = describeAll();
    } finally {
      await emulateTimeZone(null);
    }
    expect(fromPagoPago).to.deep.equal(fromKiritimati);
  });
});

describe('describeTimes properties', () => {
  it('gives ISO instants that are the same instant, and says it once exactly when the readings match', function () {
    // A thousand cases, each formatting with Intl: a generous limit on a busy machine, not a speed test.
    this.timeout(60_000);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
        // Honolulu is exactly a day behind Kiritimati: same clock reading, another date.
        fc.constantFrom(
          ...ZONES,
          'Pacific/Honolulu',
          'Asia/Calcutta',
          'Africa/Johannesburg',
          'UTC',
          'UTC+2',
          'UTC-3:30',
        ),
        fc.constantFrom(...ZONES, 'Pacific/Honolulu', 'Asia/Calcutta', 'Africa/Johannesburg', 'UTC'),
        (ms, eventZone, viewerZone) => {
          const result = describeTimes(ms, eventZone, viewerZone, 'en-GB');
          expect(Date.parse(result.event.iso)).to.equal(ms);
          const atViewer = reading(ms, viewerZone);
          if (result.viewer) {
            expect(Date.parse(result.viewer.iso)).to.equal(ms);
            expect(result.viewer.iso.slice(0, 16)).to.equal(`${atViewer.date}T${atViewer.time}`);
          } else {
            expect(result.event.iso.slice(0, 16)).to.equal(`${atViewer.date}T${atViewer.time}`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("writes what luxon writes for the same instant, zones and language (it formats with Intl as luxon does, without luxon's per-call set-up)", function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(
        // Whole minutes, as events are written, in any year an event may be in, and often in the first years, when
        // many zones kept local mean time (Maputo's +02:10:18 has seconds in its offset); now and then any millisecond.
        fc.oneof(
          wholeMinutes(Date.UTC(1900, 0, 1), Date.UTC(2999, 11, 31)),
          wholeMinutes(Date.UTC(1900, 0, 1), Date.UTC(1910, 0, 1)),
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) }),
        ),
        fc.constantFrom(...ZONES, 'Africa/Maputo', 'UTC', 'Etc/UTC', 'UTC+2', 'UTC-3:30', 'UTC+5:45'),
        fc.constantFrom(...ZONES, 'UTC', 'UTC+13'),
        fc.constantFrom('en', 'en-US', 'en-GB', 'fr', 'pt-BR', 'sw', 'ar', 'ar-EG', 'en-GB-u-hc-h12'),
        (ms, eventZone, viewerZone, locale) => {
          const what = `${eventZone} → ${viewerZone} at ${ms} in ${locale}`;
          const result = describeTimes(ms, eventZone, viewerZone, locale);
          // The language given as the DateTime is made: setLocale would keep the system locale's numbering.
          const atEvent = DateTime.fromMillis(ms, { zone: eventZone, locale });
          const atViewer = DateTime.fromMillis(ms, { zone: viewerZone, locale });
          expect(result.event.text, what).to.equal(atEvent.toLocaleString(EVENT_TEXT_FORMAT));
          expect(result.event.iso, what).to.equal(atEvent.toISO({ suppressMilliseconds: true }));
          if (!result.viewer) return;
          expect(result.viewer.iso, what).to.equal(atViewer.toISO({ suppressMilliseconds: true }));
          const viewerFormat = result.dayDiffers ? VIEWER_DAY_FORMAT : VIEWER_TIME_FORMAT;
          const withYear = atViewer.year !== atEvent.year ? { year: 'numeric' as const } : {};
          expect(result.viewer.text, what).to.equal(atViewer.toLocaleString({ ...viewerFormat, ...withYear }));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Instants on a whole minute between `from` and `to`. */
function wholeMinutes(from: number, to: number): fc.Arbitrary<number> {
  return fc.integer({ min: from / MINUTE, max: to / MINUTE }).map((minutes) => minutes * MINUTE);
}

describe('describeFloating', () => {
  it('writes a floating time as written, converting nothing', () => {
    const { text, iso } = describeFloating('2023-07-06T16:00', 'en-GB');
    for (const piece of ['Thursday', '6 July 2023', '16:00']) expect(text).to.include(piece);
    expect(text).not.to.match(/GMT|UTC/);
    expect(iso).to.equal('2023-07-06T16:00');
  });

  it('keeps seconds in the datetime when written', () => {
    expect(describeFloating('2023-07-06T16:00:30', 'en-GB').iso).to.equal('2023-07-06T16:00:30');
  });

  it("follows the locale's hour cycle", () => {
    expect(describeFloating('2023-07-06T16:00', 'en-US').text).to.match(/4:00\sPM/);
  });

  it('returns unreadable text as written', () => {
    expect(describeFloating('sometime', 'en-GB')).to.deep.equal({ text: 'sometime', iso: 'sometime' });
  });
});

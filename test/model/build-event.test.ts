import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { buildEvent } from '../../src/model/build-event.js';
import type { DialogueEventData, EventMoment, Problem } from '../../src/model/event-data.js';
import { readJsonLdValue } from '../../src/model/from-json-ld.js';
import type { RawEvent, RawSource } from '../../src/model/raw-event.js';

/** The partner page the element sits on (base of attributes and child JSON-LD). */
const PAGE = 'https://partner.example/events/dialogue.html';
/** Where `src` was fetched from (base of the fetched JSON-LD). */
const HOST = 'https://host.example/feeds/event.jsonld';

const build = (fields: RawEvent) => buildEvent([{ fields, baseUrl: PAGE }]);

/** The instant of a moment as an ISO string in UTC, so expectations read as hand-computed literals. */
const utc = (moment: EventMoment | null) =>
  moment === null || moment.epochMs === null ? null : new Date(moment.epochMs).toISOString();

function problemsOn(event: DialogueEventData, field: string): Problem[] {
  return event.problems.filter((problem) => problem.field === field);
}

/** The one problem reported on `field` (fails when there is none or more than one). */
function problemOn(event: DialogueEventData, field: string): Problem {
  const found = problemsOn(event, field);
  expect(found, `problems on ${field}: ${JSON.stringify(event.problems)}`).to.have.length(1);
  return found[0]!;
}

const NAME = 'How to use partnerships to strengthen the Impact of Civic Tech';

/** The reference event of ../shared/seed, written as attributes. */
const REFERENCE: RawEvent = {
  name: NAME,
  start: '2023-07-06T16:00',
  end: '2023-07-06T17:30',
  'time-zone': 'Africa/Maputo',
  status: 'scheduled',
  'register-url': 'https://example.org/register',
  'registration-closes': '2023-07-06T12:00',
  'recording-url': 'https://example.org/recording',
  'join-url': 'https://meet.example.org/dialogue',
  image: 'https://example.org/dialogue.png',
  'image-alt': 'Three panelists on a video call',
};

describe('buildEvent: attributes', () => {
  it('reads every attribute of the reference event', () => {
    const event = build(REFERENCE);
    expect(event).to.deep.equal({
      name: NAME,
      description: null,
      // 16:00 CAT is UTC+2 all year: 14:00 UTC.
      start: {
        written: '2023-07-06T16:00',
        epochMs: Date.UTC(2023, 6, 6, 14, 0),
        wallTime: '2023-07-06T16:00',
        hasTime: true,
      },
      end: {
        written: '2023-07-06T17:30',
        epochMs: Date.UTC(2023, 6, 6, 15, 30),
        wallTime: '2023-07-06T17:30',
        hasTime: true,
      },
      timeZone: 'Africa/Maputo',
      status: 'scheduled',
      registerUrl: 'https://example.org/register',
      registrationCloses: {
        written: '2023-07-06T12:00',
        epochMs: Date.UTC(2023, 6, 6, 10, 0),
        wallTime: '2023-07-06T12:00',
        hasTime: true,
      },
      recordingUrl: 'https://example.org/recording',
      joinUrl: 'https://meet.example.org/dialogue',
      image: 'https://example.org/dialogue.png',
      imageAlt: 'Three panelists on a video call',
      url: null,
      panelists: [],
      hosts: [],
      partners: [],
      problems: [],
    });
  });

  it('gives null for every field nobody set, and scheduled as the status', () => {
    const event = build({ name: 'Only a name' });
    expect(event).to.deep.include({
      description: null,
      start: null,
      end: null,
      timeZone: null,
      status: 'scheduled',
      registerUrl: null,
      registrationCloses: null,
      recordingUrl: null,
      joinUrl: null,
      image: null,
      imageAlt: null,
      url: null,
      problems: [],
    });
  });

  it('folds white space in text fields', () => {
    const event = build({ name: '  How to use\n   partnerships  ', 'image-alt': ' A\tpicture ' });
    expect(event.name).to.equal('How to use partnerships');
    expect(event.imageAlt).to.equal('A picture');
  });

  it("keeps a description's paragraphs and line breaks, folding the white space within its lines", () => {
    const event = build({ description: '  Line   one\r\n\n\n\n  line\ttwo  \nline three\n\n' });
    expect(event.description).to.equal('Line one\n\nline two\nline three');
    expect(build({ description: ' \n\n \t' }).description).to.equal(null);
  });

  it('resolves relative addresses against the page', () => {
    const event = build({
      name: 'x',
      'register-url': '/register?id=7',
      'recording-url': 'recording.html',
      'join-url': '//meet.example.org/live',
      image: '../img/poster.png',
      url: '?canonical',
    });
    expect(event.registerUrl).to.equal('https://partner.example/register?id=7');
    expect(event.recordingUrl).to.equal('https://partner.example/events/recording.html');
    // Protocol-relative takes the page's https: an ordinary link.
    expect(event.joinUrl).to.equal('https://meet.example.org/live');
    expect(event.image).to.equal('https://partner.example/img/poster.png');
    expect(event.url).to.equal('https://partner.example/events/dialogue.html?canonical');
    expect(event.problems).to.deep.equal([]);
  });

  describe('status', () => {
    const words: Array<[string, string]> = [
      ['scheduled', 'scheduled'],
      ['cancelled', 'cancelled'],
      ['canceled', 'cancelled'],
      ['CANCELLED', 'cancelled'],
      [' postponed ', 'postponed'],
      ['rescheduled', 'rescheduled'],
      ['moved-online', 'moved-online'],
      ['moved online', 'moved-online'],
      ['moved_online', 'moved-online'],
      ['EventCancelled', 'cancelled'],
      ['EventMovedOnline', 'moved-online'],
      ['https://schema.org/EventPostponed', 'postponed'],
      ['http://schema.org/EventRescheduled', 'rescheduled'],
      ['HTTPS://SCHEMA.ORG/EventScheduled', 'scheduled'],
      ['schema:EventCancelled', 'cancelled'],
    ];
    for (const [written, status] of words) {
      it(`reads ${JSON.stringify(written)} as ${status}`, () => {
        const event = build({ name: 'x', status: written });
        expect(event.status).to.equal(status);
        expect(event.problems).to.deep.equal([]);
      });
    }
  });

  describe('panelists and partners', () => {
    it('reads panelists, resolving their links and photos against the page', () => {
      const event = build({
        name: 'x',
        panelists: [
          {
            name: ' Caroline  Khene ',
            organisation: 'Nurture ID8',
            role: 'Researcher',
            href: '/nurture',
            url: '/people/khene',
            photo: 'khene.jpg',
            bio: 'Works on\n digital development.',
          },
          { name: 'Tobi Oluwatola' },
        ],
      });
      expect(event.panelists).to.deep.equal([
        {
          name: 'Caroline Khene',
          role: 'Researcher',
          organisation: 'Nurture ID8',
          organisationUrl: 'https://partner.example/nurture',
          url: 'https://partner.example/people/khene',
          photo: 'https://partner.example/events/khene.jpg',
          bio: 'Works on digital development.',
        },
        {
          name: 'Tobi Oluwatola',
          role: null,
          organisation: null,
          organisationUrl: null,
          url: null,
          photo: null,
          bio: null,
        },
      ]);
    });

    it('reads partners', () => {
      const event = build({
        name: 'x',
        partners: [
          { name: 'Civic Tech Network', logo: 'logo.svg', href: 'https://ctn.example' },
          { name: 'A Foundation' },
        ],
      });
      expect(event.partners).to.deep.equal([
        { name: 'Civic Tech Network', logo: 'https://partner.example/events/logo.svg', href: 'https://ctn.example/' },
        { name: 'A Foundation', logo: null, href: null },
      ]);
    });
  });
});

describe('buildEvent: times', () => {
  describe('one instant, 16:00 UTC on 6 July 2023, written in zones with odd offsets', () => {
    const cases: Array<[string, string, string]> = [
      // zone, wall time written, UTC offset then (by hand)
      ['Asia/Kathmandu', '2023-07-06T21:45', '+05:45'],
      ['Asia/Kolkata', '2023-07-06T21:30', '+05:30'],
      ['America/St_Johns', '2023-07-06T13:30', '-02:30 (Newfoundland daylight time)'],
      ['Pacific/Chatham', '2023-07-07T04:45', '+12:45 (southern winter)'],
      ['Australia/Lord_Howe', '2023-07-07T02:30', '+10:30 (southern winter)'],
      ['Pacific/Kiritimati', '2023-07-07T06:00', '+14:00'],
      ['America/New_York', '2023-07-06T12:00', '-04:00 (EDT)'],
      ['Europe/London', '2023-07-06T17:00', '+01:00 (BST)'],
    ];
    for (const [zone, wall, offset] of cases) {
      it(`${wall} in ${zone} (${offset})`, () => {
        const event = build({ name: 'x', start: wall, 'time-zone': zone });
        expect(utc(event.start)).to.equal('2023-07-06T16:00:00.000Z');
        expect(event.start!.wallTime).to.equal(wall);
        expect(event.timeZone).to.equal(zone);
        expect(event.problems).to.deep.equal([]);
      });
    }
  });

  it('takes a start with an offset as that instant, shown in the event zone', () => {
    const event = build({ name: 'x', start: '2023-07-06T14:00Z', 'time-zone': 'Africa/Maputo' });
    expect(utc(event.start)).to.equal('2023-07-06T14:00:00.000Z');
    expect(event.start!.wallTime).to.equal('2023-07-06T16:00');
    expect(event.problems).to.deep.equal([]);
  });

  it('shows times at the written offset when there is no time-zone', () => {
    const event = build({
      name: 'x',
      start: '2023-07-06T16:00+05:45',
      end: '2023-07-06T17:00',
      'registration-closes': '2023-07-05T12:00Z',
    });
    // 16:00 at +05:45 is 10:15 UTC; the end without offset is read at the same offset: 11:15 UTC.
    expect(utc(event.start)).to.equal('2023-07-06T10:15:00.000Z');
    expect(utc(event.end)).to.equal('2023-07-06T11:15:00.000Z');
    expect(utc(event.registrationCloses)).to.equal('2023-07-05T12:00:00.000Z');
    expect(event.registrationCloses!.wallTime).to.equal('2023-07-05T17:45');
    expect(event.timeZone).to.equal('UTC+5:45');
    expect(event.problems).to.deep.equal([]);
  });

  it('keeps seconds in the wall time when they are not zero', () => {
    const event = build({ name: 'x', start: '2023-07-06T16:00:30', 'time-zone': 'Africa/Maputo' });
    expect(event.start!.wallTime).to.equal('2023-07-06T16:00:30');
    expect(utc(event.start)).to.equal('2023-07-06T14:00:30.000Z');
  });

  it('takes a date without time as midnight in the event zone, and says so', () => {
    const event = build({ name: 'x', start: '2023-07-06', 'time-zone': 'Africa/Maputo' });
    // Midnight at UTC+2 is 22:00 UTC the day before.
    expect(utc(event.start)).to.equal('2023-07-05T22:00:00.000Z');
    expect(event.start!.hasTime).to.equal(false);
    const problem = problemOn(event, 'start');
    expect(problem.value).to.equal('2023-07-06');
    expect(problem.message).to.match(/no time of day; 00:00 is assumed/);
  });

  it('takes an end after midnight of the next day as after the start', () => {
    const event = build({
      name: 'x',
      start: '2023-07-06T23:30',
      end: '2023-07-07T00:30',
      'time-zone': 'Pacific/Chatham',
    });
    // 23:30 at +12:45 (Chatham winter) is 10:45 UTC; 00:30 next day is 11:45 UTC.
    expect(utc(event.start)).to.equal('2023-07-06T10:45:00.000Z');
    expect(utc(event.end)).to.equal('2023-07-06T11:45:00.000Z');
    expect(event.problems).to.deep.equal([]);
  });

  it('compares start and end as instants, not as the digits written', () => {
    // 16:00 at +02:00 is 14:00 UTC; 15:30 at +01:00 is 14:30 UTC: half an hour later.
    const event = build({ name: 'x', start: '2023-07-06T16:00+02:00', end: '2023-07-06T15:30+01:00' });
    expect(utc(event.end)).to.equal('2023-07-06T14:30:00.000Z');
    expect(event.problems).to.deep.equal([]);
  });

  describe('offsets on either side of a daylight-saving change', () => {
    it('raises no problem when there is no time-zone (as in every JSON-LD document)', () => {
      // Registration closes in London winter (+00:00), the event is in summer (+01:00).
      const event = build({
        name: 'x',
        'registration-closes': '2023-03-20T12:00:00+00:00',
        start: '2023-04-05T16:00:00+01:00',
        end: '2023-04-05T17:00:00+01:00',
      });
      expect(utc(event.registrationCloses)).to.equal('2023-03-20T12:00:00.000Z');
      expect(utc(event.start)).to.equal('2023-04-05T15:00:00.000Z');
      expect(event.problems).to.deep.equal([]);
    });

    it("raises none when each offset is the zone's offset at that instant", () => {
      const event = build({
        name: 'x',
        'time-zone': 'Europe/London',
        'registration-closes': '2023-03-20T12:00:00+00:00',
        start: '2023-04-05T16:00:00+01:00',
      });
      expect(event.problems).to.deep.equal([]);
    });

    it("raises one when an offset is not the zone's at that instant", () => {
      const event = build({
        name: 'x',
        'time-zone': 'Europe/London',
        'registration-closes': '2023-03-20T12:00:00+01:00',
        start: '2023-04-05T16:00:00+01:00',
      });
      const problem = problemOn(event, 'registration-closes');
      expect(problem.value).to.equal('2023-03-20T12:00:00+01:00');
      expect(problem.message).to.match(
        /has offset \+01:00 but the event's time zone is at \+00:00 then; the written offset is used/,
      );
      expect(utc(event.registrationCloses)).to.equal('2023-03-20T11:00:00.000Z');
    });
  });
});

describe('buildEvent: problems', () => {
  describe('unparseable dates', () => {
    const texts = [
      'next Thursday',
      '06/07/2023 16:00',
      '2023-7-6T16:00',
      '2023-07-06T4pm',
      '20230706T160000Z',
      'July 6, 2023',
    ];
    for (const written of texts) {
      it(`ignores ${JSON.stringify(written)} and says why`, () => {
        const event = build({ name: 'x', start: written, 'time-zone': 'Africa/Maputo' });
        expect(event.start).to.equal(null);
        const problem = problemOn(event, 'start');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.match(/is not an ISO 8601 date-time such as 2023-07-06T16:00; it is ignored/);
      });
    }
  });

  describe('impossible dates and times', () => {
    const texts = [
      '2023-02-29T10:00',
      '2023-04-31T10:00',
      '2023-13-01T10:00',
      '2023-07-00T10:00',
      '2023-07-06T24:30',
      '2023-07-06T16:60',
      '2023-07-06T16:00:61',
    ];
    for (const written of texts) {
      it(`ignores ${written}`, () => {
        const event = build({ name: 'x', start: '2023-07-06T16:00', end: written, 'time-zone': 'Africa/Maputo' });
        expect(event.end).to.equal(null);
        const problem = problemOn(event, 'end');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.match(/is not a real date or time of day; it is ignored/);
      });
    }

    it('ignores an impossible offset', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00+25:00' });
      expect(event.start).to.equal(null);
      const problem = problemOn(event, 'start');
      expect(problem.value).to.equal('2023-07-06T16:00+25:00');
      expect(problem.message).to.match(/has an impossible offset \+25:00; it is ignored/);
    });

    it('ignores an unreadable registration-closes on its own field', () => {
      const event = build({ ...REFERENCE, 'registration-closes': 'the day before' });
      expect(event.registrationCloses).to.equal(null);
      const problem = problemOn(event, 'registration-closes');
      expect(problem.value).to.equal('the day before');
      expect(problem.message).to.match(/not an ISO 8601 date-time/);
      expect(event.problems).to.have.length(1);
    });
  });

  describe('a registration-closes date without a time', () => {
    it("keeps registration open through that day, to the next midnight in the event's zone", () => {
      const event = build({ ...REFERENCE, 'registration-closes': '2023-07-05' });
      // Midnight starting 6 July in Maputo (UTC+2) is 22:00 UTC on 5 July.
      expect(event.registrationCloses?.epochMs).to.equal(Date.UTC(2023, 6, 5, 22, 0));
      expect(event.registrationCloses?.written).to.equal('2023-07-05');
      expect(event.problems).to.deep.equal([]);
    });

    it('closes at the right midnight on the night the clocks change (London, 25 to 26 March 2023)', () => {
      const event = build({
        name: 'x',
        start: '2023-04-01T10:00',
        'time-zone': 'Europe/London',
        'registration-closes': '2023-03-25',
      });
      // Midnight starting 26 March is still GMT (the clocks change at 01:00): 00:00 UTC.
      expect(event.registrationCloses?.epochMs).to.equal(Date.UTC(2023, 2, 26, 0, 0));
    });
  });

  describe('time zones', () => {
    it('reports an unknown zone and shows a start with an offset at that offset', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00+02:00', 'time-zone': 'Africa/Atlantis' });
      const problem = problemOn(event, 'time-zone');
      expect(problem.value).to.equal('Africa/Atlantis');
      expect(problem.message).to.match(/is not an IANA time zone/);
      expect(problem.message).to.match(/times with an offset are shown at that offset, others are not converted/);
      expect(event.timeZone).to.equal('UTC+2');
      expect(utc(event.start)).to.equal('2023-07-06T14:00:00.000Z');
      expect(event.start!.wallTime).to.equal('2023-07-06T16:00');
      expect(event.problems).to.have.length(1);
    });

    it('reports an unknown zone and leaves a start without offset floating', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00', 'time-zone': 'Central Africa Time' });
      expect(problemOn(event, 'time-zone').value).to.equal('Central Africa Time');
      const problem = problemOn(event, 'start');
      expect(problem.value).to.equal('2023-07-06T16:00');
      expect(problem.message).to.match(/has no offset and the event has no usable time-zone/);
      expect(problem.message).to.match(/shown as written and not converted/);
      expect(event.start).to.deep.equal({
        written: '2023-07-06T16:00',
        epochMs: null,
        wallTime: '2023-07-06T16:00',
        hasTime: true,
      });
      expect(event.timeZone).to.equal(null);
    });

    const unknown = ['Mars/Olympus_Mons', 'Europe/Londn', 'UTC+02:00', '+02:00', 'Africa/Maputo; drop table', ' '];
    for (const zone of unknown.filter((z) => z.trim() !== '')) {
      it(`refuses the zone ${JSON.stringify(zone)}`, () => {
        const event = build({ name: 'x', start: '2023-07-06T16:00+02:00', 'time-zone': zone });
        const problem = problemOn(event, 'time-zone');
        expect(problem.value).to.equal(zone);
        expect(problem.message).to.match(/^is not an IANA time zone such as Africa\/Maputo;/);
        expect(event.timeZone).to.equal('UTC+2');
      });
    }

    it('treats a blank zone as no zone, without a problem on it', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00+02:00', 'time-zone': '   ' });
      expect(problemsOn(event, 'time-zone')).to.deep.equal([]);
      expect(event.timeZone).to.equal('UTC+2');
    });

    it('leaves every time floating when there is neither offset nor zone, and says so for each', () => {
      const event = build({
        name: 'x',
        start: '2023-07-06T16:00',
        end: '2023-07-06T17:30',
        'registration-closes': '2023-07-05T12:00',
      });
      expect(event.timeZone).to.equal(null);
      for (const [field, moment, wall] of [
        ['start', event.start, '2023-07-06T16:00'],
        ['end', event.end, '2023-07-06T17:30'],
        ['registration-closes', event.registrationCloses, '2023-07-05T12:00'],
      ] as const) {
        expect(moment, field).to.deep.include({ epochMs: null, wallTime: wall });
        const problem = problemOn(event, field);
        expect(problem.value).to.equal(wall);
        expect(problem.message).to.match(/no offset.*not converted/);
      }
    });

    it('reports an offset that disagrees with the zone, and keeps the written instant', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00+03:00', 'time-zone': 'Africa/Maputo' });
      const problem = problemOn(event, 'start');
      expect(problem.value).to.equal('2023-07-06T16:00+03:00');
      expect(problem.message).to.equal(
        "has offset +03:00 but the event's time zone is at +02:00 then; the written offset is used",
      );
      // 16:00 at +03:00 is 13:00 UTC, which is 15:00 in Maputo.
      expect(utc(event.start)).to.equal('2023-07-06T13:00:00.000Z');
      expect(event.start!.wallTime).to.equal('2023-07-06T15:00');
    });

    it('does not take Z as disagreeing with the zone', () => {
      const event = build({ name: 'x', start: '2023-07-06T14:00:00Z', 'time-zone': 'America/New_York' });
      expect(event.problems).to.deep.equal([]);
      expect(event.start!.wallTime).to.equal('2023-07-06T10:00');
    });
  });

  describe('daylight saving: times that do not exist, and times that happen twice', () => {
    const gaps: Array<[string, string, string, string]> = [
      // zone, written, instant (by hand), wall time it becomes
      // New York springs from 02:00 EST (-05:00) to 03:00 EDT on 12 March 2023: 02:30 - (-5 h) = 07:30 UTC.
      ['America/New_York', '2023-03-12T02:30', '2023-03-12T07:30:00.000Z', '2023-03-12T03:30'],
      // London springs from 01:00 GMT to 02:00 BST on 26 March 2023: 01:30 at +00:00 = 01:30 UTC.
      ['Europe/London', '2023-03-26T01:30', '2023-03-26T01:30:00.000Z', '2023-03-26T02:30'],
      // Lord Howe springs half an hour, 02:00 +10:30 to 02:30 +11:00, on 1 October 2023: 02:15 - 10:30 = 15:45 UTC the day before.
      ['Australia/Lord_Howe', '2023-10-01T02:15', '2023-09-30T15:45:00.000Z', '2023-10-01T02:45'],
      // Chatham springs from 02:45 +12:45 to 03:45 +13:45 on 24 September 2023: 03:00 - 12:45 = 14:15 UTC the day before.
      ['Pacific/Chatham', '2023-09-24T03:00', '2023-09-23T14:15:00.000Z', '2023-09-24T04:00'],
    ];
    for (const [zone, written, instant, wall] of gaps) {
      it(`moves ${written} in ${zone} (skipped) forward by the gap, to ${wall}`, () => {
        const event = build({ name: 'x', start: written, 'time-zone': zone });
        expect(utc(event.start)).to.equal(instant);
        expect(event.start!.wallTime).to.equal(wall);
        const problem = problemOn(event, 'start');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.match(
          /does not exist in the event's time zone \(the clocks skip it, for daylight saving or a change of offset\)/,
        );
        expect(problem.message).to.contain(`taken as ${wall.slice(11)}`);
      });
    }

    const overlaps: Array<[string, string, string, string, string]> = [
      // zone, written, first instant (by hand), its offset, the other offset
      // New York falls back from 02:00 EDT to 01:00 EST on 5 November 2023: 01:30 at -04:00 = 05:30 UTC.
      ['America/New_York', '2023-11-05T01:30', '2023-11-05T05:30:00.000Z', '-04:00', '-05:00'],
      // London falls back from 02:00 BST to 01:00 GMT on 29 October 2023: 01:30 at +01:00 = 00:30 UTC.
      ['Europe/London', '2023-10-29T01:30', '2023-10-29T00:30:00.000Z', '+01:00', '+00:00'],
      // Lord Howe falls back from 02:00 +11:00 to 01:30 +10:30 on 2 April 2023: 01:45 at +11:00 = 14:45 UTC the day before.
      ['Australia/Lord_Howe', '2023-04-02T01:45', '2023-04-01T14:45:00.000Z', '+11:00', '+10:30'],
      // Chatham falls back from 03:45 +13:45 to 02:45 +12:45 on 2 April 2023: 03:00 at +13:45 = 13:15 UTC the day before.
      ['Pacific/Chatham', '2023-04-02T03:00', '2023-04-01T13:15:00.000Z', '+13:45', '+12:45'],
    ];
    for (const [zone, written, instant, chosen, other] of overlaps) {
      it(`takes the first of the two ${written} in ${zone} (at ${chosen})`, () => {
        const event = build({ name: 'x', start: written, 'time-zone': zone });
        expect(utc(event.start)).to.equal(instant);
        expect(event.start!.wallTime).to.equal(written);
        const problem = problemOn(event, 'start');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.equal(
          `happens twice in the event's time zone (the clocks go back); taken as the first, at ${chosen} (not ${other})`,
        );
      });
    }

    it('reports a gap on the end and on registration-closes too', () => {
      const event = build({
        name: 'x',
        'time-zone': 'America/New_York',
        start: '2023-03-12T01:00',
        end: '2023-03-12T02:15',
        'registration-closes': '2023-03-12T02:59',
      });
      // 01:00 EST = 06:00 UTC; 02:15 and 02:59 do not exist and are read at -05:00: 07:15 and 07:59 UTC.
      expect(utc(event.start)).to.equal('2023-03-12T06:00:00.000Z');
      expect(utc(event.end)).to.equal('2023-03-12T07:15:00.000Z');
      expect(utc(event.registrationCloses)).to.equal('2023-03-12T07:59:00.000Z');
      expect(problemOn(event, 'end').message).to.match(/does not exist.*taken as 03:15/);
      expect(problemOn(event, 'registration-closes').message).to.match(/does not exist.*taken as 03:59/);
    });

    it('reports nothing for an offset written inside an overlap: the instant is known', () => {
      const event = build({ name: 'x', start: '2023-11-05T01:30-05:00', 'time-zone': 'America/New_York' });
      expect(utc(event.start)).to.equal('2023-11-05T06:30:00.000Z');
      expect(event.problems).to.deep.equal([]);
    });
  });

  describe('end not after start', () => {
    const ends: Array<[string, string]> = [
      ['before', '2023-07-06T15:00'],
      ['equal to', '2023-07-06T16:00'],
      ['a day before', '2023-07-05T17:00'],
    ];
    for (const [how, written] of ends) {
      it(`drops an end ${how} the start and says so`, () => {
        const event = build({ ...REFERENCE, end: written });
        expect(event.end).to.equal(null);
        const problem = problemOn(event, 'end');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.equal('is not after start 2023-07-06T16:00; the default length is used instead');
      });
    }

    it('drops an end that is before the start as an instant, whatever digits it shows', () => {
      // 17:00 at +05:00 is 12:00 UTC, before 16:00 at +02:00 (14:00 UTC).
      const event = build({ name: 'x', start: '2023-07-06T16:00+02:00', end: '2023-07-06T17:00+05:00' });
      expect(event.end).to.equal(null);
      expect(problemOn(event, 'end').message).to.match(/is not after start/);
    });

    it('compares floating times by their wall time', () => {
      const event = build({ name: 'x', start: '2023-07-06T16:00', end: '2023-07-06T09:00' });
      expect(event.end).to.equal(null);
      expect(
        problemsOn(event, 'end')
          .map((p) => p.message)
          .join(' '),
      ).to.match(/is not after start 2023-07-06T16:00/);
    });

    it('keeps an end one minute after the start', () => {
      const event = build({ ...REFERENCE, end: '2023-07-06T16:01' });
      expect(utc(event.end)).to.equal('2023-07-06T14:01:00.000Z');
      expect(event.problems).to.deep.equal([]);
    });

    it('keeps an end when the start is unusable (nothing to compare with)', () => {
      const event = build({ ...REFERENCE, start: 'soon' });
      expect(utc(event.end)).to.equal('2023-07-06T15:30:00.000Z');
      expect(problemsOn(event, 'end')).to.deep.equal([]);
    });
  });

  describe('status', () => {
    const unknown = [
      'maybe',
      'EventSoldOut',
      'https://schema.org/EventSoldOut',
      'https://example.org/EventCancelled',
      'Event',
      'cancel',
    ];
    for (const written of unknown) {
      it(`reports ${JSON.stringify(written)} and assumes scheduled`, () => {
        const event = build({ name: 'x', status: written });
        expect(event.status).to.equal('scheduled');
        const problem = problemOn(event, 'status');
        expect(problem.value).to.equal(written);
        expect(problem.message).to.equal(
          'is not one of scheduled, cancelled, postponed, rescheduled, moved-online; scheduled is assumed',
        );
      });
    }
  });

  describe('addresses that are not http(s)', () => {
    const fields = ['register-url', 'recording-url', 'join-url', 'image', 'url'] as const;
    const property = {
      'register-url': 'registerUrl',
      'recording-url': 'recordingUrl',
      'join-url': 'joinUrl',
      image: 'image',
      url: 'url',
    } as const;
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      'java\tscript:alert(1)',
      'JaVa\nScRi\tPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const field of fields) {
      for (const written of bad) {
        it(`refuses ${field}=${JSON.stringify(written)}`, () => {
          const event = build({ name: 'x', [field]: written });
          expect(event[property[field]]).to.equal(null);
          const problem = problemOn(event, field);
          expect(problem.value).to.equal(written);
          expect(problem.message).to.equal('is not an http(s) address; it is not linked');
        });
      }
    }

    it('refuses a data: image', () => {
      const event = build({ name: 'x', image: 'data:image/png;base64,iVBORw0KGgo=' });
      expect(event.image).to.equal(null);
      expect(problemOn(event, 'image')).to.deep.equal({
        field: 'image',
        value: 'data:image/png;base64,iVBORw0KGgo=',
        message: 'is not an http(s) address; it is not linked',
      });
    });

    it("keeps href for the organisation's link and url for the person's; without an organisation, href is the person's", () => {
      const event = build({
        name: 'x',
        panelists: [
          {
            name: 'Caroline Khene',
            organisation: 'Nurture ID8',
            href: 'https://nurture.example/',
            url: 'https://example.org/khene',
          },
          { name: 'Tobi Oluwatola', organisation: 'CJID' },
          { name: 'Amina Yusuf', href: 'https://amina.example/' },
          { name: 'Hector Dominguez Aguirre', href: 'https://ignored.example/', url: 'https://hector.example/' },
        ],
      });
      expect(event.panelists.map((person) => [person.name, person.organisationUrl, person.url])).to.deep.equal([
        ['Caroline Khene', 'https://nurture.example/', 'https://example.org/khene'],
        ['Tobi Oluwatola', null, null],
        ['Amina Yusuf', null, 'https://amina.example/'],
        ['Hector Dominguez Aguirre', null, 'https://hector.example/'],
      ]);
    });

    it('refuses unsafe panelist and partner links but keeps the person and the partner', () => {
      const event = build({
        name: 'x',
        panelists: [
          {
            name: 'Caroline Khene',
            href: 'javascript:alert(1)',
            url: 'javascript:alert(2)',
            photo: 'data:image/svg+xml,<svg onload=alert(1)>',
          },
        ],
        partners: [{ name: 'Network', logo: 'JaVaScRiPt:x', href: 'vbscript:x' }],
      });
      expect(event.panelists).to.deep.equal([
        {
          name: 'Caroline Khene',
          role: null,
          organisation: null,
          organisationUrl: null,
          url: null,
          photo: null,
          bio: null,
        },
      ]);
      expect(event.partners).to.deep.equal([{ name: 'Network', logo: null, href: null }]);
      expect(event.problems).to.deep.equal([
        {
          field: 'panelists[0].href',
          value: 'javascript:alert(1)',
          message: 'is not an http(s) address; it is not used',
        },
        {
          field: 'panelists[0].url',
          value: 'javascript:alert(2)',
          message: 'is not an http(s) address; it is not used',
        },
        {
          field: 'panelists[0].photo',
          value: 'data:image/svg+xml,<svg onload=alert(1)>',
          message: 'is not an http(s) address; it is not used',
        },
        { field: 'partners[0].logo', value: 'JaVaScRiPt:x', message: 'is not an http(s) address; it is not used' },
        { field: 'partners[0].href', value: 'vbscript:x', message: 'is not an http(s) address; it is not used' },
      ]);
    });

    it('takes an empty or blank address as none, without a problem', () => {
      const event = build({ name: 'x', 'register-url': '', 'join-url': '   ' });
      expect(event.registerUrl).to.equal(null);
      expect(event.joinUrl).to.equal(null);
      expect(event.problems).to.deep.equal([]);
    });
  });

  describe('names', () => {
    for (const [how, name] of [
      ['missing', undefined],
      ['empty', ''],
      ['blank', ' \n\t '],
    ] as const) {
      it(`reports a ${how} name`, () => {
        const event = build({ ...REFERENCE, name });
        expect(event.name).to.equal(null);
        const problem = problemOn(event, 'name');
        expect(problem.value).to.equal('');
        expect(problem.message).to.match(
          /^is missing; give the event a name attribute, a slot="name" heading or JSON-LD "name"$/,
        );
      });
    }

    it('leaves out panelists and partners without a name, naming which', () => {
      const event = build({
        name: 'x',
        panelists: [{ name: 'Caroline Khene' }, { role: 'Moderator' }, { name: '  ' }],
        partners: [{ logo: 'https://example.org/logo.png' }, { name: 'Network' }],
      });
      expect(event.panelists.map((person) => person.name)).to.deep.equal(['Caroline Khene']);
      expect(event.partners.map((partner) => partner.name)).to.deep.equal(['Network']);
      expect(event.problems).to.deep.equal([
        { field: 'panelists[1].name', value: '', message: 'is missing; this panelist is left out of the panel' },
        { field: 'panelists[2].name', value: '', message: 'is missing; this panelist is left out of the panel' },
        { field: 'partners[0].name', value: '', message: 'is missing; this partner is left out' },
      ]);
    });
  });
});

describe('buildEvent: from JSON-LD', () => {
  const fromJsonLd = (document: unknown, baseUrl = HOST) => {
    const reading = readJsonLdValue(document, 'src');
    return buildEvent([{ ...reading, baseUrl }]);
  };

  it('builds the whole event from a schema.org Event, resolving addresses against where it came from', () => {
    const event = fromJsonLd({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      name: NAME,
      description: 'A panel on civic-tech partnerships in the global South.',
      startDate: '2023-07-06T16:00:00+02:00',
      endDate: '2023-07-06T17:30:00+02:00',
      eventStatus: { '@id': 'https://schema.org/EventRescheduled' },
      image: [{ '@type': 'ImageObject', url: 'img/dialogue.png', caption: 'The panel' }],
      url: '/events/partnerships',
      offers: [{ '@type': 'Offer', url: 'register', validThrough: '2023-07-06T12:00:00+02:00' }],
      location: [
        { '@type': 'Place', name: 'Studio', url: 'https://studio.example' },
        { '@type': 'VirtualLocation', url: 'https://meet.example.org/dialogue' },
      ],
      recordedIn: { '@type': 'VideoObject', url: 'https://video.example.org/dialogue' },
      performer: [
        {
          '@type': 'Person',
          name: 'Caroline Khene',
          jobTitle: 'Researcher',
          affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: '/nurture' },
          image: 'people/khene.jpg',
          url: 'https://nurture.example/khene',
        },
      ],
      organizer: { '@type': 'Organization', name: 'Civic Tech Network', logo: '/logo.svg' },
      sponsor: 'A Foundation',
    });
    expect(event.problems).to.deep.equal([]);
    expect(event).to.deep.include({
      name: NAME,
      description: 'A panel on civic-tech partnerships in the global South.',
      // No zone in JSON-LD: shown at the written offset.
      timeZone: 'UTC+2',
      status: 'rescheduled',
      image: 'https://host.example/feeds/img/dialogue.png',
      imageAlt: 'The panel',
      url: 'https://host.example/events/partnerships',
      registerUrl: 'https://host.example/feeds/register',
      joinUrl: 'https://meet.example.org/dialogue',
      recordingUrl: 'https://video.example.org/dialogue',
      panelists: [
        {
          name: 'Caroline Khene',
          role: 'Researcher',
          organisation: 'Nurture ID8',
          // The organisation's link is the affiliation's url; her own page goes with her name.
          organisationUrl: 'https://host.example/nurture',
          url: 'https://nurture.example/khene',
          photo: 'https://host.example/feeds/people/khene.jpg',
          bio: null,
        },
      ],
      // The organizer hosts; the sponsor is a partner.
      hosts: [{ name: 'Civic Tech Network', logo: 'https://host.example/logo.svg', href: null }],
      partners: [{ name: 'A Foundation', logo: null, href: null }],
    });
    expect(utc(event.start)).to.equal('2023-07-06T14:00:00.000Z');
    expect(utc(event.end)).to.equal('2023-07-06T15:30:00.000Z');
    expect(utc(event.registrationCloses)).to.equal('2023-07-06T10:00:00.000Z');
  });

  for (const [how, eventStatus] of [
    ['a word', 'EventCancelled'],
    ['a full schema.org URL', 'https://schema.org/EventCancelled'],
    ['an @id node', { '@id': 'https://schema.org/EventCancelled' }],
  ] as const) {
    it(`reads a cancellation written as ${how}`, () => {
      expect(fromJsonLd({ '@type': 'Event', name: 'x', eventStatus }).status).to.equal('cancelled');
    });
  }

  it('reports a performer without a name under panelists', () => {
    const event = fromJsonLd({
      '@type': 'Event',
      name: 'x',
      performer: [
        { '@type': 'Person', name: 'A' },
        { '@type': 'Person', jobTitle: 'Host' },
      ],
    });
    expect(event.panelists.map((p) => p.name)).to.deep.equal(['A']);
    const problem = problemOn(event, 'panelists[1].name');
    expect(problem.value).to.equal('');
    expect(problem.message).to.match(/is missing; this panelist is left out/);
  });

  it('reports unsafe addresses from JSON-LD like those from attributes', () => {
    const event = fromJsonLd({
      '@type': 'Event',
      name: 'x',
      offers: { url: 'javascript:alert(1)' },
      location: { '@type': 'VirtualLocation', url: 'data:text/html,x' },
    });
    expect(event.registerUrl).to.equal(null);
    expect(event.joinUrl).to.equal(null);
    expect(problemOn(event, 'register-url')).to.deep.equal({
      field: 'register-url',
      value: 'javascript:alert(1)',
      message: 'is not an http(s) address; it is not linked',
    });
    expect(problemOn(event, 'join-url')).to.deep.equal({
      field: 'join-url',
      value: 'data:text/html,x',
      message: 'is not an http(s) address; it is not linked',
    });
  });

  it("carries the reading's own problems into the event, and still reports the missing name", () => {
    const event = fromJsonLd({ '@type': 'Organization', name: 'Not an event' });
    expect(event.problems.map((p) => p.field)).to.deep.equal(['src', 'name']);
    expect(event.problems[0]!.value).to.equal('{"@type":"Organization","name":"Not an event"}');
    expect(event.problems[0]!.message).to.match(/holds no schema\.org Event/);
  });
});

describe('buildEvent: merging sources', () => {
  const src: RawSource = {
    baseUrl: HOST,
    fields: {
      name: 'Name from src',
      description: 'Description from src',
      start: '2023-07-06T16:00:00+02:00',
      end: '2023-07-06T17:30:00+02:00',
      status: 'https://schema.org/EventScheduled',
      'register-url': 'register',
      image: 'img/src.png',
      'recording-url': 'recording',
      panelists: [{ name: 'Caroline Khene', photo: 'people/khene.jpg' }],
      partners: [{ name: 'Civic Tech Network' }],
    },
    problems: [{ field: 'src', value: 'x', message: 'a problem of the src source' }],
  };
  const childJsonLd: RawSource = {
    baseUrl: PAGE,
    fields: {
      name: 'Name from JSON-LD',
      description: 'Description from JSON-LD',
      status: 'EventPostponed',
      image: 'img/child.png',
      panelists: [],
    },
    problems: [{ field: 'json-ld', value: 'y', message: 'a problem of the child JSON-LD' }],
  };
  const attributes: RawSource = {
    baseUrl: PAGE,
    fields: {
      name: 'Name from attributes',
      status: '',
      image: '   ',
      'time-zone': 'Africa/Maputo',
      'join-url': 'live',
    },
  };

  it('lets later sources win field by field: src, then child JSON-LD, then attributes', () => {
    const event = buildEvent([src, childJsonLd, attributes]);
    expect(event.name).to.equal('Name from attributes');
    expect(event.description).to.equal('Description from JSON-LD');
    expect(event.status).to.equal('postponed');
    expect(utc(event.start)).to.equal('2023-07-06T14:00:00.000Z');
    expect(event.timeZone).to.equal('Africa/Maputo');
    expect(event.partners.map((p) => p.name)).to.deep.equal(['Civic Tech Network']);
  });

  it('does not let an empty value override (empty string, blank string, empty list)', () => {
    const event = buildEvent([src, childJsonLd, attributes]);
    // attributes say status="" and image="   ", JSON-LD says panelists: []
    expect(event.status).to.equal('postponed');
    expect(event.image).to.equal('https://partner.example/events/img/child.png');
    expect(event.panelists.map((p) => p.name)).to.deep.equal(['Caroline Khene']);
  });

  it('resolves each address against the base of the source that gave it', () => {
    const event = buildEvent([src, childJsonLd, attributes]);
    expect(event.registerUrl).to.equal('https://host.example/feeds/register');
    expect(event.recordingUrl).to.equal('https://host.example/feeds/recording');
    expect(event.image).to.equal('https://partner.example/events/img/child.png');
    expect(event.joinUrl).to.equal('https://partner.example/events/live');
    expect(event.panelists[0]!.photo).to.equal('https://host.example/feeds/people/khene.jpg');
  });

  it('replaces a list as a whole when a later source gives one', () => {
    const event = buildEvent([src, { baseUrl: PAGE, fields: { panelists: [{ name: 'Tobi Oluwatola' }] } }]);
    expect(event.panelists.map((p) => p.name)).to.deep.equal(['Tobi Oluwatola']);
  });

  it("lets the attributes' zone judge the offset src wrote", () => {
    const event = buildEvent([src, { baseUrl: PAGE, fields: { 'time-zone': 'Europe/London' } }]);
    // 16:00 at +02:00 is 14:00 UTC, 15:00 in London (BST, +01:00).
    expect(event.start!.wallTime).to.equal('2023-07-06T15:00');
    const problem = problemOn(event, 'start');
    expect(problem.value).to.equal('2023-07-06T16:00:00+02:00');
    expect(problem.message).to.match(/has offset \+02:00 but the event's time zone is at \+01:00/);
  });

  it("lets an attribute start without offset win over src's instant", () => {
    const event = buildEvent([
      src,
      { baseUrl: PAGE, fields: { start: '2023-07-06T18:00', 'time-zone': 'Africa/Lagos' } },
    ]);
    // 18:00 in Lagos (+01:00) is 17:00 UTC; src's end (15:30 UTC) is now before it.
    expect(utc(event.start)).to.equal('2023-07-06T17:00:00.000Z');
    expect(event.end).to.equal(null);
    // Lagos is at +01:00, so src's +02:00 on the end is reported too.
    expect(problemsOn(event, 'end').map((p) => p.message)).to.deep.equal([
      "has offset +02:00 but the event's time zone is at +01:00 then; the written offset is used",
      'is not after start 2023-07-06T18:00; the default length is used instead',
    ]);
  });

  it("lists the sources' problems first, in source order", () => {
    const event = buildEvent([src, childJsonLd, { baseUrl: PAGE, fields: { status: 'maybe' } }]);
    expect(event.problems.map((p) => p.field)).to.deep.equal(['src', 'json-ld', 'status']);
  });

  it('builds an event from no sources at all, reporting only the missing name', () => {
    const event = buildEvent([]);
    expect(event.name).to.equal(null);
    expect(event.problems.map((p) => p.field)).to.deep.equal(['name']);
  });
});

/** Every object reachable from `value`, itself included. */
function objectsIn(value: unknown, found: object[] = []): object[] {
  if (value && typeof value === 'object') {
    found.push(value);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

describe('buildEvent: the result', () => {
  const full = () =>
    buildEvent([
      {
        baseUrl: HOST,
        fields: { panelists: [{ name: 'Caroline Khene', photo: 'k.jpg' }], partners: [{ name: 'Network' }] },
        problems: [{ field: 'src', value: 'v', message: 'm' }],
      },
      { baseUrl: PAGE, fields: { ...REFERENCE, status: 'maybe' } },
    ]);

  it('is frozen all the way down', () => {
    const event = full();
    const objects = objectsIn(event);
    // event, start, end, registrationCloses, panelists, one person, hosts, partners, one partner, problems, two problems
    expect(objects).to.have.length(12);
    for (const object of objects) expect(Object.isFrozen(object), JSON.stringify(object)).to.equal(true);
  });

  it('throws on any attempt to change it (modules run in strict mode)', () => {
    const event = full() as unknown as Record<string, unknown> & {
      start: Record<string, unknown>;
      panelists: unknown[];
    };
    expect(() => {
      event.name = 'changed';
    }).to.throw(TypeError);
    expect(() => {
      event.start.epochMs = 0;
    }).to.throw(TypeError);
    expect(() => event.panelists.push({ name: 'intruder' })).to.throw(TypeError);
    expect(() => {
      (event.problems as Array<Record<string, string>>)[0]!.message = 'changed';
    }).to.throw(TypeError);
  });

  it('is plain data: JSON gives the same object back', () => {
    const event = full();
    expect(JSON.parse(JSON.stringify(event))).to.deep.equal(event);
  });

  it('does not change the sources it was given', () => {
    const fields: RawEvent = { ...REFERENCE, panelists: [{ name: ' Padded ' }] };
    const copy = JSON.parse(JSON.stringify(fields)) as RawEvent;
    buildEvent([{ fields, baseUrl: PAGE }]);
    expect(fields).to.deep.equal(copy);
    expect(Object.isFrozen(fields)).to.equal(false);
  });
});

describe('buildEvent: no input throws', () => {
  const URL_FIELDS = ['registerUrl', 'recordingUrl', 'joinUrl', 'image', 'url'] as const;

  /** What must hold for any input: http(s) addresses only, string problems, a frozen result. */
  function checkInvariants(event: DialogueEventData) {
    const addresses: Array<string | null> = [
      ...URL_FIELDS.map((field) => event[field]),
      ...event.panelists.flatMap((person) => [person.organisationUrl, person.url, person.photo]),
      ...event.partners.flatMap((partner) => [partner.logo, partner.href]),
    ];
    for (const address of addresses) {
      if (address !== null) expect(new URL(address).protocol, address).to.match(/^https?:$/);
    }
    for (const problem of event.problems) {
      expect(typeof problem.field).to.equal('string');
      expect(typeof problem.value).to.equal('string');
      expect(typeof problem.message).to.equal('string');
      expect(problem.field).not.to.equal('');
      expect(problem.message).not.to.equal('');
    }
    for (const moment of [event.start, event.end, event.registrationCloses]) {
      if (moment && moment.epochMs !== null) expect(Number.isFinite(moment.epochMs)).to.equal(true);
    }
    expect(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online']).to.include(event.status);
    expect(Object.isFrozen(event)).to.equal(true);
  }

  const interesting = fc.constantFrom(
    '2023-07-06T16:00',
    '2023-03-12T02:30',
    '2023-11-05T01:30-05:00',
    '2023-02-29',
    '2023-07-06T16:00+25:00',
    'Africa/Maputo',
    'Pacific/Chatham',
    'Mars/Olympus',
    'javascript:alert(1)',
    'JaVa\tScRiPt:alert(1)',
    'data:text/html,x',
    '//evil.example/x',
    'https://example.org/a',
    '/relative',
    'EventCancelled',
    'https://schema.org/EventMovedOnline',
    '',
    ' ',
    '__proto__',
  );
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), interesting);
  const dateText = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('', 'Z', '+02:00', '-05:00', '+05:45', '+13:45', '+19:00', '-0330'),
    )
    .map(([y, mo, d, h, mi, off]) => {
      const two = (n: number) => String(n).padStart(2, '0');
      return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${off}`;
    });
  const zoneText = fc.constantFrom(
    'Africa/Maputo',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kathmandu',
    'UTC',
    'Nowhere/Atall',
    '',
  );
  const person = fc.record(
    { name: text, role: text, organisation: text, href: text, url: text, photo: text, bio: text },
    { requiredKeys: [] },
  );
  const partner = fc.record({ name: text, logo: text, href: text }, { requiredKeys: [] });
  const rawEvent = fc.record(
    {
      name: text,
      description: text,
      start: fc.oneof(dateText, text),
      end: fc.oneof(dateText, text),
      'time-zone': fc.oneof(zoneText, text),
      status: text,
      'register-url': text,
      'registration-closes': fc.oneof(dateText, text),
      'recording-url': text,
      'join-url': text,
      image: text,
      'image-alt': text,
      url: text,
      panelists: fc.array(person, { maxLength: 3 }),
      partners: fc.array(partner, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  const base = fc.oneof(fc.constant(PAGE), fc.constant(HOST), fc.constant('about:blank'), fc.string());

  it('holds for arbitrary strings in every field of every source', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ fields: rawEvent, baseUrl: base }), { maxLength: 3 }), (sources) => {
        checkInvariants(buildEvent(sources));
      }),
      { numRuns: 400 },
    );
  });

  it('holds for arbitrary JSON read as JSON-LD', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkInvariants(buildEvent([{ ...readJsonLdValue(value), baseUrl: HOST }]));
      }),
      { numRuns: 300 },
    );
  });

  it('holds for Event-shaped JSON with arbitrary values in every schema.org field', () => {
    const value = fc.oneof(
      text,
      dateText,
      fc.jsonValue(),
      fc.array(fc.oneof(text, fc.dictionary(fc.constantFrom('@id', '@type', 'url', 'name', 'contentUrl'), text)), {
        maxLength: 3,
      }),
    );
    const node = fc.record(
      {
        '@type': fc.constantFrom('Event', 'EducationEvent', ['Thing', 'BusinessEvent']),
        name: value,
        description: value,
        startDate: value,
        endDate: value,
        eventStatus: value,
        image: value,
        url: value,
        offers: value,
        location: fc.oneof(value, fc.record({ '@type': fc.constant('VirtualLocation'), url: value })),
        recordedIn: value,
        performer: value,
        organizer: value,
        sponsor: value,
      },
      { requiredKeys: ['@type'] },
    );
    fc.assert(
      fc.property(fc.oneof(node, fc.record({ '@graph': fc.array(node, { maxLength: 3 }) })), (document) => {
        checkInvariants(buildEvent([{ ...readJsonLdValue(document), baseUrl: HOST }]));
      }),
      { numRuns: 400 },
    );
  });

  it('holds for fields of the wrong type, as plain JavaScript may pass them', () => {
    const key = fc.constantFrom(
      'name',
      'start',
      'end',
      'time-zone',
      'status',
      'register-url',
      'image',
      'url',
      'panelists',
      'partners',
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), (fields) => {
        checkInvariants(buildEvent([{ fields: fields, baseUrl: PAGE }]));
      }),
      { numRuns: 400 },
    );
    // The shapes that used to throw: a string where a list belongs, null in a list.
    checkInvariants(
      buildEvent([{ fields: { name: 'x', panelists: 'Caroline' } as unknown as RawEvent, baseUrl: PAGE }]),
    );
    checkInvariants(
      buildEvent([
        { fields: { name: 'x', panelists: [null, 7], partners: [null] } as unknown as RawEvent, baseUrl: PAGE },
      ]),
    );
    checkInvariants(buildEvent([{ fields: null, baseUrl: PAGE } as unknown as RawSource]));
  });
});

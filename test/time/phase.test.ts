import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildEvent } from '../../src/model/build-event.js';
import type { EventMoment, EventStatus } from '../../src/model/event-data.js';
import { DEFAULT_LENGTH_MINUTES } from '../../src/time/default-length.js';
import { liveUntil, phaseAt, STARTING_SOON_MINUTES, type Phase } from '../../src/time/phase.js';

const M = 60_000;
const H = 60 * M;

function eventOf(fields: Record<string, string>) {
  return buildEvent([{ fields: { name: 'Dialogue', ...fields }, baseUrl: 'https://example.org/' }]);
}

const utc = (text: string) => Date.parse(text);

describe('phaseAt', () => {
  it('keeps the documented constants', () => {
    // Written here by hand: the element docs and the calendar entries promise these numbers.
    expect(STARTING_SOON_MINUTES).to.equal(15);
    expect(DEFAULT_LENGTH_MINUTES).to.equal(90);
  });

  describe('an event with an end (Maputo, 16:00–17:30 on 6 July 2023, i.e. 14:00Z–15:30Z)', () => {
    const event = eventOf({ start: '2023-07-06T16:00', end: '2023-07-06T17:30', 'time-zone': 'Africa/Maputo' });
    const cases: Array<[string, string, Phase]> = [
      [
        'a week before',
        '2023-06-29T14:00:00Z',
        { state: 'upcoming', startingSoon: false, nextChangeAt: utc('2023-07-06T13:45:00Z') },
      ],
      [
        '1 ms before starting soon',
        '2023-07-06T13:44:59.999Z',
        { state: 'upcoming', startingSoon: false, nextChangeAt: utc('2023-07-06T13:45:00Z') },
      ],
      [
        '15 minutes before: starting soon',
        '2023-07-06T13:45:00Z',
        { state: 'upcoming', startingSoon: true, nextChangeAt: utc('2023-07-06T14:00:00Z') },
      ],
      [
        '1 ms before the start',
        '2023-07-06T13:59:59.999Z',
        { state: 'upcoming', startingSoon: true, nextChangeAt: utc('2023-07-06T14:00:00Z') },
      ],
      [
        'at the start: live',
        '2023-07-06T14:00:00Z',
        { state: 'live', startingSoon: false, nextChangeAt: utc('2023-07-06T15:30:00Z') },
      ],
      [
        '1 ms before the end',
        '2023-07-06T15:29:59.999Z',
        { state: 'live', startingSoon: false, nextChangeAt: utc('2023-07-06T15:30:00Z') },
      ],
      ['at the end: ended', '2023-07-06T15:30:00Z', { state: 'ended', startingSoon: false, nextChangeAt: null }],
      ['a year later', '2024-07-06T15:30:00Z', { state: 'ended', startingSoon: false, nextChangeAt: null }],
    ];
    for (const [name, now, expected] of cases) {
      it(name, () => expect(phaseAt(event, utc(now))).to.deep.equal(expected));
    }
  });

  it('is live for the default 90 minutes when there is no end', () => {
    // 09:00 in St John's (−02:30 in July) is 11:30Z; 90 minutes later is 13:00Z.
    const event = eventOf({ start: '2023-07-06T09:00', 'time-zone': 'America/St_Johns' });
    expect(phaseAt(event, utc('2023-07-06T11:30:00Z'))).to.deep.equal({
      state: 'live',
      startingSoon: false,
      nextChangeAt: utc('2023-07-06T13:00:00Z'),
    });
    expect(phaseAt(event, utc('2023-07-06T13:00:00Z')).state).to.equal('ended');
    expect(liveUntil(event)).to.equal(utc('2023-07-06T13:00:00Z'));
  });

  it('falls back to the default length when the end is not after the start', () => {
    const event = eventOf({ start: '2023-07-06T16:00', end: '2023-07-06T15:00', 'time-zone': 'Africa/Lagos' });
    // Lagos is +01:00: start 15:00Z, default end 16:30Z.
    expect(phaseAt(event, utc('2023-07-06T16:29:00Z')).state).to.equal('live');
    expect(phaseAt(event, utc('2023-07-06T16:30:00Z')).state).to.equal('ended');
  });

  it('measures an event across a spring-forward night in real time, not wall time', () => {
    // London 00:30 GMT (00:30Z) to 02:30 BST (01:30Z) on 26 March 2023: one hour, not two.
    const event = eventOf({ start: '2023-03-26T00:30', end: '2023-03-26T02:30', 'time-zone': 'Europe/London' });
    expect(phaseAt(event, utc('2023-03-26T01:29:00Z')).state).to.equal('live');
    expect(phaseAt(event, utc('2023-03-26T01:30:00Z')).state).to.equal('ended');
  });

  it('measures an event across a fall-back night in real time', () => {
    // Chatham 02:00 (+13:45, 1 April 12:15Z) to 04:00 (+12:45, 1 April 15:15Z) on 2 April 2023: three hours.
    const event = eventOf({ start: '2023-04-02T02:00', end: '2023-04-02T04:00', 'time-zone': 'Pacific/Chatham' });
    expect(phaseAt(event, utc('2023-04-01T12:15:00Z')).nextChangeAt).to.equal(utc('2023-04-01T15:15:00Z'));
  });

  it('starts a nonexistent wall time at the shifted instant (New York, 02:30 taken as 03:30 EDT)', () => {
    const event = eventOf({ start: '2023-03-12T02:30', 'time-zone': 'America/New_York' });
    // 03:30 EDT is 07:30Z; starting soon from 07:15Z.
    expect(phaseAt(event, utc('2023-03-12T07:00:00Z'))).to.deep.equal({
      state: 'upcoming',
      startingSoon: false,
      nextChangeAt: utc('2023-03-12T07:15:00Z'),
    });
    expect(phaseAt(event, utc('2023-03-12T07:30:00Z')).state).to.equal('live');
  });

  it('starts an ambiguous wall time at its first occurrence (New York, 01:30 EDT)', () => {
    const event = eventOf({ start: '2023-11-05T01:30', 'time-zone': 'America/New_York' });
    // 01:30 EDT is 05:30Z (the second 01:30, EST, would be 06:30Z).
    expect(phaseAt(event, utc('2023-11-05T05:30:00Z')).state).to.equal('live');
    expect(phaseAt(event, utc('2023-11-05T05:29:59Z')).startingSoon).to.equal(true);
  });

  const statuses: Array<[EventStatus, Phase['state']]> = [
    ['cancelled', 'cancelled'],
    ['postponed', 'postponed'],
  ];
  for (const [status, state] of statuses) {
    it(`says ${status} before, during and after the times`, () => {
      const event = eventOf({ start: '2023-07-06T16:00', 'time-zone': 'Africa/Nairobi', status });
      for (const now of [
        '2023-07-01T00:00:00Z',
        '2023-07-06T13:00:00Z',
        '2023-07-06T13:50:00Z',
        '2024-01-01T00:00:00Z',
      ]) {
        expect(phaseAt(event, utc(now))).to.deep.equal({ state, startingSoon: false, nextChangeAt: null });
      }
    });
  }

  for (const status of ['rescheduled', 'moved-online', 'scheduled'] as const) {
    it(`counts down a ${status} event like a scheduled one`, () => {
      // Nairobi is +03:00: 16:00 is 13:00Z.
      const event = eventOf({ start: '2023-07-06T16:00', 'time-zone': 'Africa/Nairobi', status });
      expect(phaseAt(event, utc('2023-07-06T12:50:00Z'))).to.deep.equal({
        state: 'upcoming',
        startingSoon: true,
        nextChangeAt: utc('2023-07-06T13:00:00Z'),
      });
      expect(phaseAt(event, utc('2023-07-06T13:00:00Z')).state).to.equal('live');
    });
  }

  it('is invalid without a start', () => {
    const event = eventOf({ 'time-zone': 'Africa/Maputo' });
    expect(phaseAt(event, utc('2023-07-06T12:00:00Z'))).to.deep.equal({
      state: 'invalid',
      startingSoon: false,
      nextChangeAt: null,
    });
    expect(liveUntil(event)).to.equal(null);
  });

  it('is invalid with an unreadable start', () => {
    const event = eventOf({ start: 'next Thursday', 'time-zone': 'Africa/Maputo' });
    expect(phaseAt(event, utc('2023-07-06T12:00:00Z')).state).to.equal('invalid');
  });

  it('is invalid with a floating start (no offset, no zone)', () => {
    const event = eventOf({ start: '2023-07-06T16:00' });
    expect(event.start?.epochMs).to.equal(null);
    expect(phaseAt(event, utc('2023-07-06T12:00:00Z')).state).to.equal('invalid');
  });

  it('still says cancelled when a cancelled event has no usable start', () => {
    expect(phaseAt(eventOf({ status: 'cancelled' }), 0).state).to.equal('cancelled');
  });

  it('takes the default length when a hand-made end is floating', () => {
    const start: EventMoment = {
      written: '',
      epochMs: utc('2023-07-06T14:00:00Z'),
      wallTime: '2023-07-06T16:00',
      hasTime: true,
    };
    const end: EventMoment = { written: '', epochMs: null, wallTime: '2023-07-06T17:00', hasTime: true };
    expect(liveUntil({ start, end })).to.equal(utc('2023-07-06T15:30:00Z'));
  });
});

describe('phaseAt properties', () => {
  const moment = (epochMs: number): EventMoment => ({ written: '', epochMs, wallTime: '', hasTime: true });
  const base = Date.UTC(2023, 0, 1);
  const scenario = fc.record({
    start: fc.integer({ min: base, max: base + 400 * 24 * H }),
    length: fc.option(fc.integer({ min: 1, max: 3 * 24 * H }), { nil: null }),
    // Weighted toward the interesting hours around the start.
    offset: fc.oneof(fc.integer({ min: -2 * H, max: 4 * H }), fc.integer({ min: -30 * 24 * H, max: 30 * 24 * H })),
    status: fc.constantFrom<EventStatus>('scheduled', 'rescheduled', 'moved-online', 'cancelled', 'postponed'),
  });
  const eventFrom = (s: { start: number; length: number | null; status: EventStatus }) => ({
    start: moment(s.start),
    end: s.length === null ? null : moment(s.start + s.length),
    status: s.status,
  });
  const reading = (phase: Phase) => `${phase.state}/${phase.startingSoon}`;

  it('holds until nextChangeAt and changes exactly there', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const event = eventFrom(s);
        const now = s.start + s.offset;
        const phase = phaseAt(event, now);
        if (phase.nextChangeAt === null) {
          expect(reading(phaseAt(event, now + 365 * 24 * H))).to.equal(reading(phase));
          return;
        }
        expect(phase.nextChangeAt).to.be.greaterThan(now);
        expect(reading(phaseAt(event, phase.nextChangeAt - 1))).to.equal(reading(phase));
        expect(reading(phaseAt(event, phase.nextChangeAt))).not.to.equal(reading(phase));
      }),
      { numRuns: 3000 },
    );
  });

  it('is starting soon only while upcoming, in the last 15 minutes', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const phase = phaseAt(eventFrom(s), s.start + s.offset);
        const inLastQuarterHour = s.offset >= -15 * M && s.offset < 0;
        expect(phase.startingSoon).to.equal(phase.state === 'upcoming' && inLastQuarterHour);
      }),
      { numRuns: 2000 },
    );
  });
});

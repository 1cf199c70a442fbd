import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { accessibleTimeLeft, formatTimeLeft, timeLeft, type TimeLeft } from '../../src/time/time-left.js';

const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

// 2023-07-06T14:00Z: 16:00 in Maputo, the event the scaffold's examples use.
const TARGET = Date.UTC(2023, 6, 6, 14, 0);

describe('timeLeft', () => {
  const cases: Array<[string, number, Pick<TimeLeft, 'granularity' | 'parts'>, number | null]> = [
    // name, ms left (target − now), expected reading, ms left at the first instant that reads differently
    [
      'days away: days and hours',
      3 * D + 4 * H + 5 * M + 6 * S,
      { granularity: 'day', parts: { days: 3, hours: 4 } },
      3 * D + 4 * H - 1,
    ],
    ['exactly one day: still days', D, { granularity: 'day', parts: { days: 1, hours: 0 } }, D - 1],
    ['a year away', 365 * D + 30 * M, { granularity: 'day', parts: { days: 365, hours: 0 } }, 365 * D - 1],
    [
      'just under a day: hours and minutes',
      D - 1,
      { granularity: 'hour', parts: { hours: 23, minutes: 59 } },
      23 * H + 59 * M - 1,
    ],
    [
      'hours away',
      5 * H + 7 * M + 59 * S + 999,
      { granularity: 'hour', parts: { hours: 5, minutes: 7 } },
      5 * H + 7 * M - 1,
    ],
    ['exactly one hour: still hours', H, { granularity: 'hour', parts: { hours: 1, minutes: 0 } }, H - 1],
    [
      'just under an hour: minutes and seconds',
      H - 1,
      { granularity: 'minute', parts: { minutes: 59, seconds: 59 } },
      59 * M + 59 * S - 1,
    ],
    ['the last minute', 59 * S + 500, { granularity: 'minute', parts: { minutes: 0, seconds: 59 } }, 59 * S - 1],
    ['the last second reads 0 and stays so', 999, { granularity: 'minute', parts: { minutes: 0, seconds: 0 } }, null],
    ['the target itself', 0, { granularity: 'minute', parts: { minutes: 0, seconds: 0 } }, null],
    ['a target already past', -5 * H, { granularity: 'minute', parts: { minutes: 0, seconds: 0 } }, null],
  ];
  for (const [name, left, expected, leftAtChange] of cases) {
    it(name, () => {
      const result = timeLeft(TARGET, TARGET - left);
      expect(result.granularity).to.equal(expected.granularity);
      expect(result.parts).to.deep.equal(expected.parts);
      expect(result.nextChangeAt).to.equal(leftAtChange === null ? null : TARGET - leftAtChange);
    });
  }
});

describe('formatTimeLeft', () => {
  const at = (left: number) => timeLeft(TARGET, TARGET - left);
  const cases: Array<[string, number, string]> = [
    // Hand-written: how each language writes these durations in full.
    ['en', 3 * D + 4 * H, '3 days, 4 hours'],
    ['en', 1 * D + 1 * H, '1 day, 1 hour'],
    ['en', 2 * D + 30 * M, '2 days'],
    ['en', 2 * H + 1 * M, '2 hours, 1 minute'],
    ['en', 3 * H, '3 hours'],
    ['en', 12 * M + 5 * S, '12 minutes, 5 seconds'],
    ['en', 12 * M, '12 minutes'],
    ['en', 45 * S, '45 seconds'],
    ['en', 0, '0 seconds'],
    ['fr', 3 * D + 4 * H, '3 jours et 4 heures'],
    ['fr', 2 * H + 5 * M, '2 heures et 5 minutes'],
    ['de', 3 * D + 4 * H, '3 Tage, 4 Stunden'],
    // A malformed lang attribute falls back to English rather than throwing.
    ['en_US', 3 * D + 4 * H, '3 days, 4 hours'],
  ];
  for (const [locale, left, text] of cases) {
    it(`writes ${left} ms in ${locale} as "${text}"`, () => {
      // ICU picks the kind of space per unit (no-break in "3 jours", plain in "5 minutes"); words and order are what count.
      expect(formatTimeLeft(at(left), locale).replace(/\s/g, ' ')).to.equal(text);
    });
  }

  it('writes Arabic words for days and hours, joined by "and"', () => {
    const text = formatTimeLeft(at(3 * D + 4 * H), 'ar');
    expect(text).to.match(/أيام/); // days (plural, for 3)
    expect(text).to.match(/ساعات/); // hours (plural, for 4)
    expect(text).to.match(/\sو/); // the conjunction "wa", attached to the second item
    expect(text).not.to.match(/[a-z]/i);
  });
});

describe('accessibleTimeLeft', () => {
  const at = (left: number) => timeLeft(TARGET, TARGET - left);
  const cases: Array<[number, string]> = [
    [3 * D + 4 * H, '3 days, 4 hours'],
    [2 * H + 1 * M + 30 * S, '2 hours, 1 minute'],
    // Minutes rounded up in the last hour: never seconds, never "0 minutes" while time is left.
    [12 * M + 5 * S, '13 minutes'],
    [12 * M, '12 minutes'],
    [59 * M + 30 * S, '1 hour'],
    [59 * S, '1 minute'],
    [0, '0 minutes'],
  ];
  for (const [left, text] of cases) {
    it(`says ${left} ms left as "${text}"`, () => {
      expect(accessibleTimeLeft(at(left), 'en')).to.equal(text);
    });
  }

  it('never mentions seconds, whatever is left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * H }), (left) => {
        expect(accessibleTimeLeft(at(left), 'en')).not.to.match(/second/);
      }),
    );
  });
});

describe('timeLeft properties', () => {
  const target = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
  // Up to 400 days ahead, and a little past, with weight on the last hour and day.
  const left = fc.oneof(
    fc.integer({ min: -H, max: 2 * H }),
    fc.integer({ min: 0, max: 2 * D }),
    fc.integer({ min: 0, max: 400 * D }),
  );
  const text = (targetMs: number, now: number) => formatTimeLeft(timeLeft(targetMs, now), 'en');

  it('reads the same until nextChangeAt, and differently from it on', () => {
    fc.assert(
      fc.property(target, left, (targetMs, leftMs) => {
        const now = targetMs - leftMs;
        const { nextChangeAt } = timeLeft(targetMs, now);
        if (nextChangeAt === null) {
          // Nothing more to count: it reads zero now and for ever after.
          expect(text(targetMs, now)).to.equal('0 seconds');
          expect(text(targetMs, now + 10 * D)).to.equal('0 seconds');
          return;
        }
        expect(nextChangeAt).to.be.greaterThan(now);
        expect(text(targetMs, nextChangeAt - 1)).to.equal(text(targetMs, now));
        expect(text(targetMs, nextChangeAt)).not.to.equal(text(targetMs, now));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows whole units of the time left, never more than is left', () => {
    fc.assert(
      fc.property(target, fc.integer({ min: 0, max: 400 * D }), (targetMs, leftMs) => {
        const { granularity, parts } = timeLeft(targetMs, targetMs - leftMs);
        const shown =
          (parts.days ?? 0) * D + (parts.hours ?? 0) * H + (parts.minutes ?? 0) * M + (parts.seconds ?? 0) * S;
        const finest = granularity === 'day' ? H : granularity === 'hour' ? M : S;
        expect(shown).to.be.at.most(leftMs);
        expect(leftMs - shown).to.be.below(finest);
        expect(granularity).to.equal(leftMs >= D ? 'day' : leftMs >= H ? 'hour' : 'minute');
      }),
      { numRuns: 2000 },
    );
  });
});

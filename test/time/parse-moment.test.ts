import { expect } from '@open-wc/testing';
import { IANAZone } from 'luxon';
import { parseMoment } from '../../src/time/parse-moment.js';

const zone = (name: string) => IANAZone.create(name);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function parsed(text: string, zoneName: string | null) {
  const result = parseMoment(text, zoneName ? zone(zoneName) : null);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result;
}

describe('parseMoment', () => {
  const instants: Array<[string, string | null, string, string]> = [
    // written, zone, instant (UTC), wall time shown in the event's zone
    ['2023-07-06T16:00', 'Africa/Maputo', '2023-07-06T14:00:00.000Z', '2023-07-06T16:00'],
    ['2023-07-06T16:00+02:00', 'Africa/Maputo', '2023-07-06T14:00:00.000Z', '2023-07-06T16:00'],
    ['2023-07-06T14:00Z', 'Africa/Maputo', '2023-07-06T14:00:00.000Z', '2023-07-06T16:00'],
    ['2023-07-06 16:00:30', 'Africa/Lagos', '2023-07-06T15:00:30.000Z', '2023-07-06T16:00:30'],
    ['2023-07-06T09:00', 'America/St_Johns', '2023-07-06T11:30:00.000Z', '2023-07-06T09:00'],
    ['2023-07-06T09:00', 'Asia/Kathmandu', '2023-07-06T03:15:00.000Z', '2023-07-06T09:00'],
    ['2023-12-31T23:30', 'Pacific/Kiritimati', '2023-12-31T09:30:00.000Z', '2023-12-31T23:30'],
    ['2023-01-01T12:00', 'Pacific/Chatham', '2022-12-31T22:15:00.000Z', '2023-01-01T12:00'],
    ['2023-07-06T16:00+0530', null, '2023-07-06T10:30:00.000Z', '2023-07-06T16:00'],
  ];
  for (const [written, zoneName, instant, wall] of instants) {
    it(`reads ${written} in ${zoneName ?? 'no zone'} as ${instant}`, () => {
      const result = parsed(written, zoneName);
      expect(iso(result.moment.epochMs)).to.equal(instant);
      expect(result.moment.wallTime).to.equal(wall);
      expect(result.notes.filter((n) => n.kind !== 'date-only')).to.deep.equal([]);
    });
  }

  it('moves a wall time in a spring-forward gap forward by the gap (New York)', () => {
    const result = parsed('2023-03-12T02:30', 'America/New_York');
    expect(iso(result.moment.epochMs)).to.equal('2023-03-12T07:30:00.000Z');
    expect(result.moment.wallTime).to.equal('2023-03-12T03:30');
    expect(result.notes).to.deep.equal([{ kind: 'gap', shiftedTo: '03:30' }]);
  });

  it("moves a wall time in Lord Howe's half-hour gap forward by half an hour", () => {
    // Lord Howe goes from +10:30 to +11:00 at 02:00 on the first Sunday of October.
    const result = parsed('2023-10-01T02:15', 'Australia/Lord_Howe');
    expect(result.moment.wallTime).to.equal('2023-10-01T02:45');
    expect(result.notes[0]?.kind).to.equal('gap');
  });

  it('moves a time on the day Samoa skipped (30 December 2011, −10:00 to +14:00) to the next day, and says which', () => {
    const result = parseMoment('2011-12-30T10:00', zone('Pacific/Apia'));
    expect(result.ok && result.moment.epochMs).to.equal(Date.parse('2011-12-30T20:00:00Z'));
    expect(result.ok && result.notes).to.deep.equal([{ kind: 'gap', shiftedTo: '2011-12-31 10:00' }]);
  });

  it('takes the first of two occurrences in a fall-back overlap (New York)', () => {
    const result = parsed('2023-11-05T01:30', 'America/New_York');
    expect(iso(result.moment.epochMs)).to.equal('2023-11-05T05:30:00.000Z');
    expect(result.notes).to.deep.equal([{ kind: 'overlap', chosenOffset: '-04:00', otherOffset: '-05:00' }]);
  });

  it("takes the first occurrence in Chatham's overlap (+13:45 then +12:45)", () => {
    // Chatham falls back from 03:45 to 02:45 on the first Sunday of April.
    const result = parsed('2023-04-02T03:00', 'Pacific/Chatham');
    expect(iso(result.moment.epochMs)).to.equal('2023-04-01T13:15:00.000Z');
    expect(result.notes[0]).to.deep.include({ kind: 'overlap', chosenOffset: '+13:45' });
  });

  it('notes an offset that disagrees with the zone, and keeps the written instant', () => {
    const result = parsed('2023-07-06T16:00+03:00', 'Africa/Maputo');
    expect(iso(result.moment.epochMs)).to.equal('2023-07-06T13:00:00.000Z');
    expect(result.moment.wallTime).to.equal('2023-07-06T15:00');
    expect(result.notes).to.deep.equal([{ kind: 'offset-mismatch', writtenOffset: '+03:00', zoneOffset: '+02:00' }]);
  });

  it('keeps a time without offset and without zone floating', () => {
    const result = parsed('2023-07-06T16:00', null);
    expect(result.moment.epochMs).to.equal(null);
    expect(result.moment.wallTime).to.equal('2023-07-06T16:00');
    expect(result.notes).to.deep.equal([{ kind: 'floating' }]);
  });

  it('takes a date without time as midnight, and says so', () => {
    const result = parsed('2023-07-06', 'Africa/Nairobi');
    expect(iso(result.moment.epochMs)).to.equal('2023-07-05T21:00:00.000Z');
    expect(result.moment.hasTime).to.equal(false);
    expect(result.notes).to.deep.equal([{ kind: 'date-only' }]);
  });

  it('takes 24:00 as the end of the day (the next day at 00:00), as ISO 8601 allows', () => {
    const result = parsed('2023-07-06T24:00', 'Africa/Maputo');
    expect(iso(result.moment.epochMs)).to.equal('2023-07-06T22:00:00.000Z');
    expect(result.moment.wallTime).to.equal('2023-07-07T00:00');
  });

  it('takes 29 February in a leap year (2024, and 2000, a century divisible by 400)', () => {
    expect(parsed('2024-02-29T10:00', 'Africa/Maputo').moment.wallTime).to.equal('2024-02-29T10:00');
    expect(parsed('2000-02-29T10:00Z', null).moment.wallTime).to.equal('2000-02-29T10:00');
  });

  for (const bad of [
    '',
    '2023-02-29T10:00',
    '2100-02-29T10:00',
    '2023-04-31T10:00',
    '2023-07-06T24:30',
    '2023-07-06T16:00:60',
    '2023-00-10T10:00',
    '2023-07-00T10:00',
    'tomorrow',
    '6 July 2023',
    '2023-02-30T10:00',
    '2023-07-06T25:00',
    '2023-13-01',
    '2023-07-06T16:00+25:00',
    '2023-07-06T16:61',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      const result = parseMoment(bad, zone('Africa/Maputo'));
      expect(result.ok).to.equal(false);
    });
  }

  for (const typo of [
    '0001-01-01T00:00Z',
    '0223-07-06T16:00',
    '1899-12-31T23:59Z',
    '3000-01-01T00:00',
    '9999-12-31T23:00Z',
  ]) {
    it(`refuses ${typo}, a year no event is in, saying which year`, () => {
      const result = parseMoment(typo, zone('Africa/Maputo'));
      expect(result).to.deep.equal({
        ok: false,
        reason: `is in the year ${Number(typo.slice(0, 4))}, outside 1900–2999: most likely a typing mistake`,
      });
    });
  }

  it('takes the first and the last day of the years it accepts, at the right instant', () => {
    const first = parseMoment('1900-01-01T00:00Z', null);
    const last = parseMoment('2999-12-31T23:59+14:00', null);
    expect(first.ok && first.moment.epochMs).to.equal(Date.parse('1900-01-01T00:00:00Z'));
    expect(last.ok && last.moment.epochMs).to.equal(Date.parse('2999-12-31T09:59:00Z'));
  });
});

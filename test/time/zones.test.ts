import { expect } from '@open-wc/testing';
import { zoneFor } from '../../src/time/zones.js';

describe('zoneFor', () => {
  const offsets: [string, string, number][] = [
    // zone, instant, minutes east of UTC then
    ['Africa/Maputo', '2023-07-06T14:00:00Z', 120],
    ['America/New_York', '2023-07-06T14:00:00Z', -240],
    ['America/New_York', '2023-01-06T14:00:00Z', -300],
    // The spring-forward instant belongs to summer time; a millisecond before, to winter.
    ['America/New_York', '2023-03-12T07:00:00Z', -240],
    ['America/New_York', '2023-03-12T06:59:59.999Z', -300],
    ['Asia/Kolkata', '2023-07-06T14:00:00Z', 330],
    ['Asia/Kathmandu', '2023-07-06T14:00:00Z', 345],
    ['America/St_Johns', '2023-07-06T14:00:00Z', -150],
    ['Pacific/Chatham', '2023-01-01T00:00:00Z', 825],
    ['Australia/Lord_Howe', '2023-07-06T14:00:00Z', 630],
    ['Australia/Lord_Howe', '2023-12-06T14:00:00Z', 660],
    ['Pacific/Kiritimati', '2023-07-06T14:00:00Z', 840],
    ['UTC', '2023-07-06T14:00:00Z', 0],
    // Maputo's local mean time, before 1903: +02:10:18 in Chromium's and Firefox's data, +02:10:20 in WebKitGTK's.
    ['Africa/Maputo', '1900-01-01T00:00:00Z', 130.3],
    ['UTC+5:30', '2023-07-06T14:00:00Z', 330],
  ];
  for (const [name, instant, minutes] of offsets) {
    it(`gives ${name} at ${instant} an offset of ${minutes} minutes, asked once or twice`, () => {
      const zone = zoneFor(name)!;
      // Within 3 seconds: the engines' time-zone data disagree on seconds of local mean time.
      const first = zone.offset(Date.parse(instant));
      expect(first).to.be.closeTo(minutes, 0.05);
      expect(zone.offset(Date.parse(instant))).to.equal(first);
    });
  }

  it('gives the same zone for the same name, and none for a name nobody knows', () => {
    expect(zoneFor('Africa/Maputo')).to.equal(zoneFor('Africa/Maputo'));
    expect(zoneFor('Africa/Maputo')?.name).to.equal('Africa/Maputo');
    expect(zoneFor('Mars/Olympus_Mons')).to.equal(null);
  });

  it('answers NaN, as luxon does, for an instant that is not one', () => {
    expect(Number.isNaN(zoneFor('Africa/Maputo')!.offset(Number.NaN))).to.equal(true);
  });
});

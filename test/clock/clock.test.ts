import { expect } from '@open-wc/testing';
import { FixedClock, clock, clockSkew, setClock, setClockSkew, uncorrectedNow } from '../../src/clock/clock.js';

describe('clock: the skew correction', () => {
  afterEach(() => setClock(null));

  it('reads the current clock less the skew a server revealed, and takes 0 for nonsense', () => {
    let reading = 1_000_000;
    setClock({ now: () => reading });
    const cases: Array<[number, number, number]> = [
      // skew set, clock.now(), clockSkew()
      [300_000, 700_000, 300_000],
      [-4_000, 1_004_000, -4_000],
      [Number.NaN, 1_000_000, 0],
      [Number.POSITIVE_INFINITY, 1_000_000, 0],
    ];
    for (const [skew, now, kept] of cases) {
      setClockSkew(skew);
      expect([clock.now(), clockSkew(), uncorrectedNow()], `skew ${skew}`).to.deep.equal([now, kept, 1_000_000]);
    }
    reading = 2_000_000;
    setClockSkew(60_000);
    expect(clock.now()).to.equal(1_940_000);
  });

  it('never corrects a fixed clock: a chosen moment is not a wrong clock', () => {
    setClockSkew(60_000);
    setClock(new FixedClock(5_000_000));
    setClockSkew(60_000);
    expect([clock.now(), clockSkew()]).to.deep.equal([5_000_000, 0]);
  });

  it('starts a replaced clock with no correction', () => {
    setClock({ now: () => 1_000 });
    setClockSkew(500);
    setClock({ now: () => 2_000 });
    expect(clock.now()).to.equal(2_000);
  });
});

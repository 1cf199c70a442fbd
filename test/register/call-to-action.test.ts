import { expect } from '@open-wc/testing';
import {
  callToAction,
  offersCalendar,
  registrationOpen,
  type CallToAction,
} from '../../src/register/call-to-action.js';
import type { EventMoment } from '../../src/model/event-data.js';
import type { PhaseState } from '../../src/time/phase.js';

// 6 July 2023 12:00 UTC: an arbitrary "now"; the phase is given, so only the closing time is compared with it.
const NOW = Date.UTC(2023, 6, 6, 12, 0);
const REGISTER = 'https://example.org/register';
const JOIN = 'https://meet.example.org/j/123';
const RECORDING = 'https://video.example.org/watch?v=abc';

function moment(epochMs: number | null, written: string): EventMoment {
  return { written, epochMs, wallTime: written.slice(0, 16), hasTime: true };
}

/** registration-closes as written, and whether registration is still open at NOW. */
const CLOSINGS: Array<{ what: string; closes: EventMoment | null; open: boolean }> = [
  { what: 'no closing time', closes: null, open: true },
  // 13:00Z, an hour after NOW.
  { what: 'closes in an hour', closes: moment(Date.UTC(2023, 6, 6, 13, 0), '2023-07-06T13:00Z'), open: true },
  // The closing instant itself is closed.
  { what: 'closes now', closes: moment(NOW, '2023-07-06T12:00Z'), open: false },
  { what: 'closed a millisecond ago', closes: moment(NOW - 1, '2023-07-06T11:59:59.999Z'), open: false },
  // Floating (no zone, no offset): no instant to compare, so it cannot close anything.
  { what: 'floating closing time', closes: moment(null, '2023-07-06T11:00'), open: true },
];

const STATES: PhaseState[] = ['upcoming', 'live', 'ended', 'cancelled', 'postponed', 'invalid'];

/** The words, as a table: what each state offers, given the links there are. */
function expected(
  state: PhaseState,
  links: { register: boolean; join: boolean; recording: boolean },
  open: boolean,
): CallToAction {
  const registration: CallToAction = !links.register
    ? { kind: 'none' }
    : open
      ? { kind: 'register', url: REGISTER }
      : { kind: 'registration-closed' };
  switch (state) {
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'postponed':
      return { kind: 'postponed' };
    case 'ended':
      return links.recording ? { kind: 'recording', url: RECORDING } : { kind: 'none' };
    case 'live':
      return links.join ? { kind: 'join', url: JOIN } : registration;
    default:
      return registration;
  }
}

describe('callToAction', () => {
  describe('every state × every combination of links × every kind of closing time', () => {
    for (const state of STATES) {
      for (let bits = 0; bits < 8; bits += 1) {
        const links = { register: !!(bits & 1), join: !!(bits & 2), recording: !!(bits & 4) };
        for (const { what, closes, open } of CLOSINGS) {
          const present =
            Object.entries(links)
              .filter(([, on]) => on)
              .map(([name]) => name)
              .join(' + ') || 'no links';
          it(`${state}, ${present}, ${what}`, () => {
            const event = {
              registerUrl: links.register ? REGISTER : null,
              joinUrl: links.join ? JOIN : null,
              recordingUrl: links.recording ? RECORDING : null,
              registrationCloses: closes,
            };
            expect(callToAction(event, state, NOW)).to.deep.equal(expected(state, links, open));
          });
        }
      }
    }
  });

  it('spelled out: the reference cases', () => {
    const all = { registerUrl: REGISTER, joinUrl: JOIN, recordingUrl: RECORDING, registrationCloses: null };
    const registerOnly = { registerUrl: REGISTER, joinUrl: null, recordingUrl: null, registrationCloses: null };
    const closedAt13 = {
      ...registerOnly,
      registrationCloses: moment(Date.UTC(2023, 6, 6, 13, 0), '2023-07-06T15:00+02:00'),
    };
    expect(callToAction(all, 'upcoming', NOW)).to.deep.equal({ kind: 'register', url: REGISTER });
    expect(callToAction(all, 'live', NOW)).to.deep.equal({ kind: 'join', url: JOIN });
    expect(callToAction(all, 'ended', NOW)).to.deep.equal({ kind: 'recording', url: RECORDING });
    expect(callToAction(all, 'cancelled', NOW)).to.deep.equal({ kind: 'cancelled' });
    expect(callToAction(registerOnly, 'ended', NOW)).to.deep.equal({ kind: 'none' });
    expect(callToAction(closedAt13, 'upcoming', Date.UTC(2023, 6, 6, 12, 59, 59, 999))).to.deep.equal({
      kind: 'register',
      url: REGISTER,
    });
    expect(callToAction(closedAt13, 'upcoming', Date.UTC(2023, 6, 6, 13, 0))).to.deep.equal({
      kind: 'registration-closed',
    });
  });
});

describe('registrationOpen', () => {
  for (const { what, closes, open } of CLOSINGS) {
    it(`${what}: ${open ? 'open' : 'closed'}`, () => {
      expect(
        registrationOpen({ registerUrl: REGISTER, joinUrl: null, recordingUrl: null, registrationCloses: closes }, NOW),
      ).to.equal(open);
    });
  }
});

describe('offersCalendar', () => {
  // Something to attend: before and during the event. Not once it is over, called off, without a date, or without an instant.
  const table: Array<[PhaseState, boolean]> = [
    ['upcoming', true],
    ['live', true],
    ['ended', false],
    ['cancelled', false],
    ['postponed', false],
    ['invalid', false],
  ];
  for (const [state, offered] of table) {
    it(`${state}: ${offered ? 'offered' : 'hidden'}`, () => {
      expect(offersCalendar(state)).to.equal(offered);
    });
  }
});

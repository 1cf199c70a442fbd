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

/**
 * The words, as a table: what each state offers given the links there are, while
 * registration is open and once it has closed. Cancelled and postponed say so whatever the
 * links; an ended event offers its recording; a live one its join link, else registration.
 */
const TABLE: Array<[PhaseState, string, Offer, Offer]> = [
  // state, links, offered while open, offered once closed
  ['upcoming', 'no links', 'none', 'none'],
  ['upcoming', 'register', 'register', 'closed'],
  ['upcoming', 'join', 'none', 'none'],
  ['upcoming', 'register + join', 'register', 'closed'],
  ['upcoming', 'recording', 'none', 'none'],
  ['upcoming', 'register + recording', 'register', 'closed'],
  ['upcoming', 'join + recording', 'none', 'none'],
  ['upcoming', 'register + join + recording', 'register', 'closed'],
  ['live', 'no links', 'none', 'none'],
  ['live', 'register', 'register', 'closed'],
  ['live', 'join', 'join', 'join'],
  ['live', 'register + join', 'join', 'join'],
  ['live', 'recording', 'none', 'none'],
  ['live', 'register + recording', 'register', 'closed'],
  ['live', 'join + recording', 'join', 'join'],
  ['live', 'register + join + recording', 'join', 'join'],
  ['ended', 'no links', 'none', 'none'],
  ['ended', 'register', 'none', 'none'],
  ['ended', 'join', 'none', 'none'],
  ['ended', 'register + join', 'none', 'none'],
  ['ended', 'recording', 'recording', 'recording'],
  ['ended', 'register + recording', 'recording', 'recording'],
  ['ended', 'join + recording', 'recording', 'recording'],
  ['ended', 'register + join + recording', 'recording', 'recording'],
  ['cancelled', 'no links', 'cancelled', 'cancelled'],
  ['cancelled', 'register', 'cancelled', 'cancelled'],
  ['cancelled', 'join', 'cancelled', 'cancelled'],
  ['cancelled', 'register + join', 'cancelled', 'cancelled'],
  ['cancelled', 'recording', 'cancelled', 'cancelled'],
  ['cancelled', 'register + recording', 'cancelled', 'cancelled'],
  ['cancelled', 'join + recording', 'cancelled', 'cancelled'],
  ['cancelled', 'register + join + recording', 'cancelled', 'cancelled'],
  ['postponed', 'no links', 'postponed', 'postponed'],
  ['postponed', 'register', 'postponed', 'postponed'],
  ['postponed', 'join', 'postponed', 'postponed'],
  ['postponed', 'register + join', 'postponed', 'postponed'],
  ['postponed', 'recording', 'postponed', 'postponed'],
  ['postponed', 'register + recording', 'postponed', 'postponed'],
  ['postponed', 'join + recording', 'postponed', 'postponed'],
  ['postponed', 'register + join + recording', 'postponed', 'postponed'],
  ['invalid', 'no links', 'none', 'none'],
  ['invalid', 'register', 'register', 'closed'],
  ['invalid', 'join', 'none', 'none'],
  ['invalid', 'register + join', 'register', 'closed'],
  ['invalid', 'recording', 'none', 'none'],
  ['invalid', 'register + recording', 'register', 'closed'],
  ['invalid', 'join + recording', 'none', 'none'],
  ['invalid', 'register + join + recording', 'register', 'closed'],
];

type Offer = 'register' | 'join' | 'recording' | 'closed' | 'cancelled' | 'postponed' | 'none';

const OFFERS: Record<Offer, CallToAction> = {
  register: { kind: 'register', url: REGISTER },
  join: { kind: 'join', url: JOIN },
  recording: { kind: 'recording', url: RECORDING },
  closed: { kind: 'registration-closed' },
  cancelled: { kind: 'cancelled' },
  postponed: { kind: 'postponed' },
  none: { kind: 'none' },
};

describe('callToAction', () => {
  describe('every state × every combination of links × every kind of closing time', () => {
    for (const [state, links, whileOpen, onceClosed] of TABLE) {
      for (const { what, closes, open } of CLOSINGS) {
        it(`${state}, ${links}, ${what}`, () => {
          const event = {
            registerUrl: links.includes('register') ? REGISTER : null,
            joinUrl: links.includes('join') ? JOIN : null,
            recordingUrl: links.includes('recording') ? RECORDING : null,
            registrationCloses: closes,
          };
          expect(callToAction(event, state, NOW)).to.deep.equal(OFFERS[open ? whileOpen : onceClosed]);
        });
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

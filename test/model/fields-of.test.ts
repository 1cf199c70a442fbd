import { expect } from '@open-wc/testing';
import { buildEvent } from '../../src/model/build-event.js';
import type { DialogueEventData } from '../../src/model/event-data.js';
import { fieldsOf } from '../../src/model/fields-of.js';
import type { RawEvent } from '../../src/model/raw-event.js';

const PAGE = 'https://host.example/feed.jsonld';
const build = (fields: RawEvent) => buildEvent([{ fields, baseUrl: PAGE }]);

/** The event without what only its writing holds: the texts as written, and the problems. */
function shown(event: DialogueEventData) {
  const moment = (m: DialogueEventData['start']) => m && { epochMs: m.epochMs, wallTime: m.wallTime };
  return {
    ...event,
    start: moment(event.start),
    end: moment(event.end),
    registrationCloses: moment(event.registrationCloses),
    problems: [],
  };
}

describe('fieldsOf', () => {
  const cases: [string, RawEvent][] = [
    [
      'an event in a named zone, its start at an offset the zone disagrees with, and set-aside pieces',
      {
        name: 'Partnerships',
        description: 'One line.\n\nAnother.',
        start: '2023-07-06T16:00:00+03:00',
        end: '2023-07-06T17:30',
        'time-zone': 'Africa/Maputo',
        status: 'EventMovedOnline',
        'register-url': '/register',
        'registration-closes': '2023-07-05',
        'recording-url': 'ftp://example.org/recording',
        image: 'https://example.org/a.png',
        'image-alt': 'Three panelists',
        url: 'https://host.example/dialogues/1',
        panelists: [
          { name: 'Caroline Khene', organisation: 'Nurture ID8', href: 'https://nurture.example', url: '/ck' },
          { name: 'Tobi Oluwatola', href: 'https://tobi.example' },
          { role: 'No name' },
        ],
        hosts: [{ name: 'Civic Tech Network', logo: 'javascript:x' }],
        partners: [{ name: 'Partner', href: 'https://partner.example' }],
      },
    ],
    [
      'a time in a spring-forward gap (New York)',
      { name: 'Gap', start: '2023-03-12T02:30', 'time-zone': 'America/New_York' },
    ],
    ['a fixed offset and no zone', { name: 'Offset', start: '2023-07-06T16:00+05:30', end: '2023-07-06T18:00+05:30' }],
    ['an instant in UTC and no zone', { name: 'UTC', start: '2023-07-06T14:00Z' }],
  ];
  for (const [what, fields] of cases) {
    it(`builds ${what} again as it stands, finding none of its problems`, () => {
      const event = build(fields);
      const again = build(fieldsOf(event));
      expect(again.problems).to.deep.equal([]);
      expect(shown(again)).to.deep.equal(shown(event));
    });
  }
});

import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/series/read-feed.js';

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  name,
  startDate: '2023-07-06T14:00:00Z',
  ...extra,
});

/** What a feed reads as: each entry's field, its name (as `<dialogue-event>` reads it) and `@id`; or why it is no list. */
function summary(value: unknown) {
  const feed = readFeed(value);
  if (!feed.ok) return feed.message;
  return feed.entries.map((entry) => [entry.field, entry.reading?.fields.name ?? null, entry.id]);
}

const NOT_A_LIST = 'is not a list of events; the fallback is shown';

const CASES: [string, unknown, unknown][] = [
  [
    'an EventSeries',
    { '@type': 'EventSeries', subEvent: [event('A', { '@id': 'https://h/1' }), event('B')] },
    [
      ['subEvent[0]', 'A', 'https://h/1'],
      ['subEvent[1]', 'B', null],
    ],
  ],
  [
    'an EventSeries with one subEvent, not in a list',
    { '@type': 'EventSeries', subEvent: event('A') },
    [['subEvent[0]', 'A', null]],
  ],
  ['an EventSeries with none', { '@type': 'EventSeries', name: 'Soon' }, []],
  [
    'an ItemList of Events and of an Event subtype',
    { '@type': 'ItemList', itemListElement: [event('A'), event('B', { '@type': 'EducationEvent' })] },
    [
      ['itemListElement[0]', 'A', null],
      ['itemListElement[1]', 'B', null],
    ],
  ],
  [
    'an ItemList of ListItems',
    { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: event('A') }] },
    [['itemListElement[0].item', 'A', null]],
  ],
  [
    'a bare array',
    [event('A'), event('B')],
    [
      ['[0]', 'A', null],
      ['[1]', 'B', null],
    ],
  ],
  ['a series wrapped in an array', [{ '@type': 'EventSeries', subEvent: [event('A')] }], [['subEvent[0]', 'A', null]]],
  [
    'a series in @graph, beside a WebPage',
    { '@graph': [{ '@type': 'WebPage' }, { '@type': 'EventSeries', subEvent: [event('A')] }] },
    [['subEvent[0]', 'A', null]],
  ],
  ['one Event: a series of one', event('A'), [['event', 'A', null]]],
  [
    'an entry that is no Event, among Events',
    [event('A'), { '@type': 'Person', name: 'P' }, 'https://h/2'],
    [
      ['[0]', 'A', null],
      ['[1]', null, null],
      ['[2]', null, null],
    ],
  ],
  ['an Organization', { '@type': 'Organization', name: 'O' }, NOT_A_LIST],
  [
    'an ItemList of Products',
    { '@type': 'ItemList', itemListElement: [{ '@type': 'Product', name: 'Mug' }] },
    NOT_A_LIST,
  ],
  ['a number', 42, NOT_A_LIST],
  ['null', null, NOT_A_LIST],
];

describe('readFeed', () => {
  for (const [what, value, expected] of CASES) {
    it(`reads ${what}`, () => {
      expect(summary(value)).to.deep.equal(expected);
    });
  }

  it('reads each entry as <dialogue-event> reads one event: the zone by name, the registration, the people', () => {
    const feed = readFeed({
      '@type': 'EventSeries',
      subEvent: [
        event('A', {
          eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'Africa/Maputo' },
          offers: { url: 'https://r' },
          performer: 'Amina',
        }),
      ],
    });
    expect(feed.ok && feed.entries[0]?.reading?.fields).to.deep.equal({
      name: 'A',
      start: '2023-07-06T14:00:00Z',
      'time-zone': 'Africa/Maputo',
      'register-url': 'https://r',
      panelists: [{ name: 'Amina' }],
      partners: [],
      hosts: [],
    });
  });

  it('does not overflow the stack on a deeply nested document', () => {
    let value: unknown = [event('A')];
    for (let i = 0; i < 10_000; i += 1) value = { '@graph': value };
    expect(summary(value)).to.equal(NOT_A_LIST);
  });
});

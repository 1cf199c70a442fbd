import { expect } from '@open-wc/testing';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/calendar/calendar-links.js';
import type { DialogueEventData } from '../../src/model/event-data.js';
import type { RawEvent } from '../../src/model/raw-event.js';
import { NASTY_NAME, REFERENCE_FIELDS, eventFrom } from './fixtures.js';

function decoded(link: string | null) {
  if (link === null) throw new Error('expected a link for this event');
  const url = new URL(link);
  return { url, param: (name: string) => url.searchParams.get(name) };
}

const google = (event: DialogueEventData) => decoded(googleCalendarUrl(event));
const outlook = (event: DialogueEventData) => decoded(outlookCalendarUrl(event));
const outlookWork = (event: DialogueEventData) => decoded(outlookCalendarUrl(event, undefined, 'work'));

// Expected instants worked out by hand from each zone's offset on that date;
// an event without an end lasts the default 90 minutes.
const zones: Array<{ what: string; fields: RawEvent; start: string; end: string }> = [
  {
    what: 'Maputo (UTC+02:00 all year)',
    fields: REFERENCE_FIELDS,
    start: '2023-07-06T14:00:00Z',
    end: '2023-07-06T15:30:00Z',
  },
  {
    what: "St John's in summer (NDT, UTC-02:30)",
    fields: { start: '2023-07-06T09:00', end: '2023-07-06T10:15', 'time-zone': 'America/St_Johns' },
    start: '2023-07-06T11:30:00Z',
    end: '2023-07-06T12:45:00Z',
  },
  {
    what: 'Kathmandu (UTC+05:45)',
    fields: { start: '2023-07-06T09:00', 'time-zone': 'Asia/Kathmandu' },
    start: '2023-07-06T03:15:00Z',
    end: '2023-07-06T04:45:00Z',
  },
  {
    what: 'Chatham in summer (UTC+13:45, the UTC date is the day before)',
    fields: { start: '2023-01-01T12:00', 'time-zone': 'Pacific/Chatham' },
    start: '2022-12-31T22:15:00Z',
    end: '2022-12-31T23:45:00Z',
  },
  {
    what: 'London in summer (BST, UTC+01:00)',
    fields: { start: '2023-07-06T16:00', 'time-zone': 'Europe/London' },
    start: '2023-07-06T15:00:00Z',
    end: '2023-07-06T16:30:00Z',
  },
  {
    what: 'London across the spring-forward night (00:30 GMT to 03:00 BST is 90 minutes)',
    fields: { start: '2023-03-26T00:30', end: '2023-03-26T03:00', 'time-zone': 'Europe/London' },
    start: '2023-03-26T00:30:00Z',
    end: '2023-03-26T02:00:00Z',
  },
  {
    what: 'London at 01:30 on the fall-back night (the first, BST occurrence)',
    fields: { start: '2023-10-29T01:30', 'time-zone': 'Europe/London' },
    start: '2023-10-29T00:30:00Z',
    end: '2023-10-29T02:00:00Z',
  },
  {
    what: 'a written offset and no zone (UTC+05:30)',
    fields: { start: '2023-07-06T16:00+05:30' },
    start: '2023-07-06T10:30:00Z',
    end: '2023-07-06T12:00:00Z',
  },
];

/** `2023-07-06T14:00:00Z` → `20230706T140000Z`, Google's form of the same instant. */
const compact = (iso: string) => iso.replace(/[-:]/g, '');

describe('googleCalendarUrl', () => {
  it('opens a new entry for the reference event', () => {
    const { url, param } = google(eventFrom(REFERENCE_FIELDS));
    expect(`${url.origin}${url.pathname}`).to.equal('https://calendar.google.com/calendar/render');
    expect(param('action')).to.equal('TEMPLATE');
    expect(param('text')).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
    expect(param('dates')).to.equal('20230706T140000Z/20230706T153000Z');
    expect(param('details')).to.include('https://example.org/register');
  });

  for (const { what, fields, start, end } of zones) {
    it(`gives the UTC times of an event in ${what}`, () => {
      const event = eventFrom({ name: 'Panel', ...fields });
      expect(google(event).param('dates')).to.equal(`${compact(start)}/${compact(end)}`);
      expect(Date.parse(start)).to.equal(event.start!.epochMs);
    });
  }
});

describe('outlookCalendarUrl', () => {
  it('opens a new entry for the reference event', () => {
    const { url, param } = outlook(eventFrom(REFERENCE_FIELDS));
    expect(`${url.origin}${url.pathname}`).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(param('path')).to.equal('/calendar/action/compose');
    expect(param('rru')).to.equal('addevent');
    expect(param('subject')).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
    expect(param('startdt')).to.equal('2023-07-06T14:00:00Z');
    expect(param('enddt')).to.equal('2023-07-06T15:30:00Z');
    expect(param('body')).to.include('https://example.org/register');
  });

  for (const { what, fields, start, end } of zones) {
    it(`gives the UTC times of an event in ${what}`, () => {
      const event = eventFrom({ name: 'Panel', ...fields });
      const { param } = outlook(event);
      expect(param('startdt')).to.equal(start);
      expect(param('enddt')).to.equal(end);
    });
  }
});

describe('outlookCalendarUrl for work or school accounts (Microsoft 365)', () => {
  it('opens a new entry for the reference event in Outlook on the web, with the same fields as Outlook.com', () => {
    const event = eventFrom(REFERENCE_FIELDS);
    const { url, param } = outlookWork(event);
    expect(`${url.origin}${url.pathname}`).to.equal('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(param('path')).to.equal('/calendar/action/compose');
    expect(param('rru')).to.equal('addevent');
    expect(param('subject')).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
    expect(param('startdt')).to.equal('2023-07-06T14:00:00Z');
    expect(param('enddt')).to.equal('2023-07-06T15:30:00Z');
    expect(param('body')).to.include('https://example.org/register');
    expect([...url.searchParams]).to.deep.equal([...outlook(event).url.searchParams]);
  });

  it('is the personal Outlook.com link unless asked for work', () => {
    const event = eventFrom(REFERENCE_FIELDS);
    expect(outlookCalendarUrl(event, undefined, 'personal')).to.equal(outlookCalendarUrl(event));
  });

  for (const { what, fields, start, end } of zones) {
    it(`gives the UTC times of an event in ${what}`, () => {
      const { param } = outlookWork(eventFrom({ name: 'Panel', ...fields }));
      expect(param('startdt')).to.equal(start);
      expect(param('enddt')).to.equal(end);
    });
  }
});

describe('calendar links', () => {
  const outlookWorkCalendarUrl: typeof googleCalendarUrl = (event, labels) => outlookCalendarUrl(event, labels, 'work');
  const links = [
    ['Google', googleCalendarUrl, 'text', 'details'],
    ['Outlook', outlookCalendarUrl, 'subject', 'body'],
    ['Outlook for work or school', outlookWorkCalendarUrl, 'subject', 'body'],
  ] as const;

  for (const [service, link, titleParam, notesParam] of links) {
    it(`${service}: carries nasty text through the query string unchanged`, () => {
      const name = `${NASTY_NAME} & a+b=c #1 100% ?x`;
      const description = 'Line one & more\nline two + three';
      const event = { ...eventFrom({ ...REFERENCE_FIELDS, name }), description };
      const raw = link(event)!;
      const { param } = decoded(raw);
      expect(param(titleParam)).to.equal(event.name);
      expect(param(notesParam)!.startsWith(description)).to.equal(true);
      // Spaces travel as %20: Outlook shows a `+` as a plus sign.
      expect(raw).not.to.include('+');
      expect(raw).to.include('%20');
    });

    it(`${service}: puts the join link and the event page in the notes`, () => {
      const event = eventFrom({
        ...REFERENCE_FIELDS,
        'join-url': 'https://example.org/live',
        url: 'https://example.org/events/civic-tech',
      });
      const notes = decoded(link(event)).param(notesParam)!;
      expect(notes).to.include('https://example.org/register');
      expect(notes).to.include('https://example.org/live');
      expect(notes).to.include('https://example.org/events/civic-tech');
    });

    it(`${service}: writes the notes in the caller's words`, () => {
      const labels = { register: 'Inscription :', join: 'Rejoindre :', page: 'Page :' };
      const event = eventFrom({ ...REFERENCE_FIELDS, 'join-url': 'https://example.org/live' });
      const notes = decoded(link(event, labels)).param(notesParam)!;
      expect(notes).to.include('Inscription : https://example.org/register');
      expect(notes).to.include('Rejoindre : https://example.org/live');
    });

    it(`${service}: is null for a floating start and for a missing one`, () => {
      const floating = eventFrom({ ...REFERENCE_FIELDS, 'time-zone': undefined });
      expect(floating.start?.epochMs).to.equal(null);
      expect(link(floating)).to.equal(null);
      expect(link(eventFrom({ ...REFERENCE_FIELDS, start: undefined }))).to.equal(null);
    });
  }
});

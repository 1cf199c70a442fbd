import { expect } from '@open-wc/testing';
import { buildEvent } from '../../src/model/build-event.js';
import type { DialogueEventData, EventStatus } from '../../src/model/event-data.js';
import { readJsonLdValue } from '../../src/model/from-json-ld.js';
import type { RawEvent } from '../../src/model/raw-event.js';
import { jsonLdScriptText, toJsonLd } from '../../src/model/to-json-ld.js';

const PAGE = 'https://host.example/events/partnerships';
const build = (fields: RawEvent) => buildEvent([{ fields, baseUrl: PAGE }]);

const REFERENCE: RawEvent = {
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  description: 'An online panel on civic-tech partnerships in the global South.',
  start: '2023-07-06T16:00',
  end: '2023-07-06T17:30',
  'time-zone': 'Africa/Maputo',
  'register-url': 'https://example.org/register',
  'registration-closes': '2023-07-06T12:00',
  'recording-url': 'https://video.example.org/dialogue',
  'join-url': 'https://meet.example.org/dialogue',
  image: 'https://example.org/dialogue.png',
  url: 'https://host.example/events/partnerships',
  panelists: [
    {
      name: 'Caroline Khene',
      role: 'Researcher',
      organisation: 'Nurture ID8',
      href: 'https://nurture.example/',
      url: 'https://example.org/people/khene',
      photo: 'https://example.org/khene.jpg',
      bio: 'Works on digital development.',
    },
    { name: 'Tobi Oluwatola' },
    { name: 'Amina Yusuf', organisation: 'CJID', href: 'https://cjid.example/' },
    { name: 'Hector Dominguez Aguirre', href: 'https://hector.example/' },
  ],
  hosts: [{ name: 'Civic Tech Network', logo: 'https://ctn.example/logo.svg', href: 'https://ctn.example/' }],
  partners: [{ name: 'A Foundation', href: 'https://foundation.example/' }],
};

describe('toJsonLd', () => {
  it('publishes the reference event as schema.org expects it', () => {
    expect(toJsonLd(build(REFERENCE))).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      description: 'An online panel on civic-tech partnerships in the global South.',
      // In the event's own zone, with its offset: Maputo is UTC+2.
      startDate: '2023-07-06T16:00:00+02:00',
      endDate: '2023-07-06T17:30:00+02:00',
      // The zone's name, which the dates' offsets alone lose.
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'Africa/Maputo' },
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/dialogue' },
      image: 'https://example.org/dialogue.png',
      url: 'https://host.example/events/partnerships',
      recordedIn: { '@type': 'CreativeWork', url: 'https://video.example.org/dialogue' },
      offers: {
        '@type': 'Offer',
        url: 'https://example.org/register',
        price: 0,
        availability: 'https://schema.org/InStock',
        validThrough: '2023-07-06T12:00:00+02:00',
      },
      performer: [
        {
          '@type': 'Person',
          name: 'Caroline Khene',
          jobTitle: 'Researcher',
          // href is the organisation's link, url the person's own page: each published as what it is.
          affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: 'https://nurture.example/' },
          image: 'https://example.org/khene.jpg',
          url: 'https://example.org/people/khene',
          description: 'Works on digital development.',
        },
        { '@type': 'Person', name: 'Tobi Oluwatola' },
        {
          '@type': 'Person',
          name: 'Amina Yusuf',
          affiliation: { '@type': 'Organization', name: 'CJID', url: 'https://cjid.example/' },
        },
        // Without an organisation, <dialogue-panelist href> is the person's own link.
        { '@type': 'Person', name: 'Hector Dominguez Aguirre', url: 'https://hector.example/' },
      ],
      // The host is the organizer; a partner, a sponsor.
      organizer: [
        {
          '@type': 'Organization',
          name: 'Civic Tech Network',
          logo: 'https://ctn.example/logo.svg',
          url: 'https://ctn.example/',
        },
      ],
      sponsor: [{ '@type': 'Organization', name: 'A Foundation', url: 'https://foundation.example/' }],
    });
  });

  it('leaves out what the event does not know', () => {
    const document = toJsonLd(build({ name: 'Only a name' }));
    expect(Object.keys(document).sort()).to.deep.equal([
      '@context',
      '@type',
      'eventAttendanceMode',
      'eventStatus',
      'location',
      'name',
    ]);
    expect(document.location).to.deep.equal({ '@type': 'VirtualLocation' });
  });

  describe('eventSchedule, the zone by name', () => {
    const cases: [RawEvent, unknown][] = [
      [
        { name: 'x', start: '2023-07-06T16:00', 'time-zone': 'Asia/Kolkata' },
        { '@type': 'Schedule', scheduleTimezone: 'Asia/Kolkata' },
      ],
      // Only an offset was written: there is no zone name to publish.
      [{ name: 'x', start: '2023-07-06T16:00+02:00' }, undefined],
      // A floating time has no zone at all.
      [{ name: 'x', start: '2023-07-06T16:00' }, undefined],
    ];
    for (const [fields, schedule] of cases) {
      it(`${fields.start} in ${fields['time-zone'] ?? 'no zone'} → ${JSON.stringify(schedule)}`, () => {
        expect(toJsonLd(build(fields)).eventSchedule).to.deep.equal(schedule);
      });
    }
  });

  const statuses: Array<[EventStatus, string]> = [
    ['scheduled', 'https://schema.org/EventScheduled'],
    ['cancelled', 'https://schema.org/EventCancelled'],
    ['postponed', 'https://schema.org/EventPostponed'],
    ['rescheduled', 'https://schema.org/EventRescheduled'],
    ['moved-online', 'https://schema.org/EventMovedOnline'],
  ];
  for (const [status, iri] of statuses) {
    it(`writes ${status} as ${iri}`, () => {
      expect(toJsonLd(build({ name: 'x', status })).eventStatus).to.equal(iri);
    });
  }

  describe('dates, with the offset of the event zone at that instant', () => {
    const cases: Array<[RawEvent, string]> = [
      [{ start: '2023-07-06T12:00', 'time-zone': 'America/New_York' }, '2023-07-06T12:00:00-04:00'],
      [{ start: '2023-01-06T12:00', 'time-zone': 'America/New_York' }, '2023-01-06T12:00:00-05:00'],
      [{ start: '2023-01-01T12:00', 'time-zone': 'Pacific/Chatham' }, '2023-01-01T12:00:00+13:45'],
      [{ start: '2023-07-06T21:45', 'time-zone': 'Asia/Kathmandu' }, '2023-07-06T21:45:00+05:45'],
      [{ start: '2023-07-06T16:00:30', 'time-zone': 'Africa/Maputo' }, '2023-07-06T16:00:30+02:00'],
      // An instant written in another offset is published in the event zone: 14:00 UTC is 16:00 in Maputo.
      [{ start: '2023-07-06T14:00Z', 'time-zone': 'Africa/Maputo' }, '2023-07-06T16:00:00+02:00'],
      // No zone: the written offset is the event's.
      [{ start: '2023-07-06T16:00+05:45' }, '2023-07-06T16:00:00+05:45'],
      [{ start: '2023-07-06T14:00Z' }, '2023-07-06T14:00:00Z'],
      // Floating: published as written, without an offset (schema.org allows a local date-time).
      [{ start: '2023-07-06T16:00' }, '2023-07-06T16:00'],
    ];
    for (const [fields, startDate] of cases) {
      it(`${fields.start} in ${fields['time-zone'] ?? 'no zone'} → ${startDate}`, () => {
        expect(toJsonLd(build({ name: 'x', ...fields })).startDate).to.equal(startDate);
      });
    }
  });

  it('gives the live link as the location, else the event page, else the registration page', () => {
    const location = (fields: RawEvent) => toJsonLd(build({ name: 'x', ...fields })).location;
    const all = {
      'join-url': 'https://meet.example/',
      url: 'https://host.example/e',
      'register-url': 'https://reg.example/',
    };
    expect(location(all)).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://meet.example/' });
    expect(location({ ...all, 'join-url': undefined })).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://host.example/e',
    });
    expect(location({ 'register-url': 'https://reg.example/' })).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://reg.example/',
    });
  });

  it('gives a partner no "Join now" link where it published the event page or the registration page as the location', () => {
    const roundTrip = (fields: RawEvent) =>
      buildEvent([
        { ...readJsonLdValue(toJsonLd(build({ name: 'x', ...fields }))), baseUrl: 'https://partner.example/' },
      ]);
    expect(roundTrip({ url: 'https://host.example/e' }).joinUrl).to.equal(null);
    expect(roundTrip({ 'register-url': 'https://reg.example/' }).joinUrl).to.equal(null);
    expect(roundTrip({ 'join-url': 'https://meet.example/', url: 'https://host.example/e' }).joinUrl).to.equal(
      'https://meet.example/',
    );
  });

  it('publishes no address that was refused', () => {
    const document = toJsonLd(
      build({
        name: 'x',
        'register-url': 'javascript:alert(1)',
        image: 'data:image/png;base64,AA',
        'join-url': 'JaVaScRiPt:x',
      }),
    );
    expect(JSON.stringify(document)).not.to.match(/javascript|data:/i);
    expect(document).not.to.have.property('offers');
    expect(document).not.to.have.property('image');
  });

  describe('read back', () => {
    /** The event as another page would build it from our published JSON-LD. */
    const roundTrip = (event: DialogueEventData) =>
      buildEvent([{ ...readJsonLdValue(toJsonLd(event)), baseUrl: 'https://partner.example/' }]);

    it('gives the same event to a partner that fetches it as src', () => {
      const event = build(REFERENCE);
      const back = roundTrip(event);
      expect(back.problems).to.deep.equal([]);
      expect(back.name).to.equal(event.name);
      expect(back.description).to.equal(event.description);
      expect(back.start!.epochMs).to.equal(event.start!.epochMs);
      expect(back.end!.epochMs).to.equal(event.end!.epochMs);
      expect(back.start!.wallTime).to.equal('2023-07-06T16:00');
      expect(back.timeZone).to.equal('Africa/Maputo');
      expect(back.registrationCloses!.epochMs).to.equal(event.registrationCloses!.epochMs);
      expect(back.status).to.equal(event.status);
      expect(back.registerUrl).to.equal(event.registerUrl);
      expect(back.recordingUrl).to.equal(event.recordingUrl);
      expect(back.joinUrl).to.equal(event.joinUrl);
      expect(back.image).to.equal(event.image);
      expect(back.url).to.equal(event.url);
      expect(back.panelists).to.deep.equal(event.panelists);
      expect(back.partners).to.deep.equal(event.partners);
    });

    for (const [status] of statuses) {
      it(`keeps the status ${status}`, () => {
        expect(roundTrip(build({ name: 'x', status })).status).to.equal(status);
      });
    }
  });
});

describe('jsonLdScriptText', () => {
  const hostile = '</script><script>alert(1)</script><!-- <p>';

  it('escapes every < so no name or description can close the script', () => {
    const text = jsonLdScriptText(build({ name: hostile, description: `Bring ${hostile}` }));
    expect(text).not.to.contain('<');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.name).to.equal(hostile);
    expect(parsed.description).to.equal(`Bring ${hostile}`);
  });

  it('stays one script, with the same JSON inside, when an HTML parser reads it', () => {
    const text = jsonLdScriptText(build({ name: hostile }));
    const html = `<script type="application/ld+json">${text}</script><p id="after">after</p>`;
    const document = new DOMParser().parseFromString(html, 'text/html');
    const scripts = document.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.textContent).to.equal(text);
    expect(document.getElementById('after')?.textContent).to.equal('after');
    expect((JSON.parse(scripts[0]!.textContent) as { name: string }).name).to.equal(hostile);
  });

  it('is the JSON of toJsonLd', () => {
    const event = build(REFERENCE);
    expect(JSON.parse(jsonLdScriptText(event))).to.deep.equal(toJsonLd(event));
  });
});

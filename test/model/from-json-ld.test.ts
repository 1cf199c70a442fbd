import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { buildEvent } from '../../src/model/build-event.js';
import { readJsonLdText, readJsonLdValue } from '../../src/model/from-json-ld.js';

const fieldsOf = (value: unknown) => {
  const reading = readJsonLdValue(value);
  expect(reading.problems, 'no problems').to.deep.equal([]);
  return reading.fields as Record<string, unknown>;
};

const event = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'A dialogue',
  ...extra,
});

describe('readJsonLdValue: schema.org fields', () => {
  it('maps every field of a complete Event to the attribute it stands for', () => {
    const fields = fieldsOf({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      description: 'An online panel on civic-tech partnerships.',
      startDate: '2023-07-06T16:00:00+02:00',
      endDate: '2023-07-06T17:30:00+02:00',
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'Africa/Maputo' },
      eventStatus: 'https://schema.org/EventScheduled',
      image: 'https://example.org/dialogue.png',
      url: 'https://example.org/events/partnerships',
      offers: { '@type': 'Offer', url: 'https://example.org/register', validThrough: '2023-07-06T12:00:00+02:00' },
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/dialogue' },
      recordedIn: { '@type': 'CreativeWork', url: 'https://video.example.org/dialogue' },
      performer: {
        '@type': 'Person',
        name: 'Caroline Khene',
        jobTitle: 'Researcher',
        affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: 'https://nurture.example.org/' },
        image: 'https://example.org/khene.jpg',
        url: 'https://example.org/people/khene',
        description: 'Works on digital development.',
      },
      organizer: {
        '@type': 'Organization',
        name: 'Civic Tech Network',
        url: 'https://civictech.example',
        logo: 'https://civictech.example/logo.svg',
      },
      sponsor: { '@type': 'Organization', name: 'A Foundation' },
    });
    expect(fields).to.deep.equal({
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      description: 'An online panel on civic-tech partnerships.',
      start: '2023-07-06T16:00:00+02:00',
      end: '2023-07-06T17:30:00+02:00',
      'time-zone': 'Africa/Maputo',
      status: 'https://schema.org/EventScheduled',
      'register-url': 'https://example.org/register',
      'registration-closes': '2023-07-06T12:00:00+02:00',
      'join-url': 'https://meet.example.org/dialogue',
      'recording-url': 'https://video.example.org/dialogue',
      image: 'https://example.org/dialogue.png',
      url: 'https://example.org/events/partnerships',
      panelists: [
        {
          name: 'Caroline Khene',
          role: 'Researcher',
          organisation: 'Nurture ID8',
          // The organisation's link is the affiliation's; Caroline's own page is hers.
          href: 'https://nurture.example.org/',
          url: 'https://example.org/people/khene',
          photo: 'https://example.org/khene.jpg',
          bio: 'Works on digital development.',
        },
      ],
      hosts: [
        { name: 'Civic Tech Network', logo: 'https://civictech.example/logo.svg', href: 'https://civictech.example' },
      ],
      partners: [{ name: 'A Foundation', logo: undefined, href: undefined }],
    });
  });

  it('leaves out the fields the document does not give, so they cannot override another source', () => {
    const fields = fieldsOf(event({}));
    expect(Object.keys(fields).sort()).to.deep.equal(['hosts', 'name', 'panelists', 'partners']);
    expect(fields.panelists).to.deep.equal([]);
    expect(fields.hosts).to.deep.equal([]);
    expect(fields.partners).to.deep.equal([]);
  });

  describe('eventStatus', () => {
    const forms: Array<[string, unknown]> = [
      ['a word', 'EventCancelled'],
      ['the full schema.org URL', 'https://schema.org/EventCancelled'],
      ['the http schema.org URL', 'http://schema.org/EventCancelled'],
      ['a node with @id', { '@id': 'https://schema.org/EventCancelled' }],
      ['an array of one node with @id', [{ '@id': 'https://schema.org/EventCancelled' }]],
      ['an array of one word', ['EventCancelled']],
    ];
    for (const [how, value] of forms) {
      it(`is read from ${how}`, () => {
        const status = fieldsOf(event({ eventStatus: value })).status as string;
        expect(status).to.match(/EventCancelled$/);
      });
    }
  });

  describe('image', () => {
    const forms: Array<[string, unknown, string, string | undefined]> = [
      // how, image, image field, image-alt field
      ['a string', 'https://example.org/a.png', 'https://example.org/a.png', undefined],
      [
        'an ImageObject with url and caption',
        { '@type': 'ImageObject', url: 'https://example.org/b.png', caption: 'The panel' },
        'https://example.org/b.png',
        'The panel',
      ],
      [
        'an ImageObject with contentUrl and name',
        { '@type': 'ImageObject', contentUrl: 'https://example.org/c.png', name: 'Poster' },
        'https://example.org/c.png',
        'Poster',
      ],
      [
        'an ImageObject known only by @id',
        { '@id': 'https://example.org/d.png' },
        'https://example.org/d.png',
        undefined,
      ],
      [
        'an array of strings (the first)',
        ['https://example.org/1x1.png', 'https://example.org/16x9.png'],
        'https://example.org/1x1.png',
        undefined,
      ],
      [
        'an array of ImageObjects (the first)',
        [
          { '@type': 'ImageObject', url: 'https://example.org/e.png', caption: 'First' },
          { url: 'https://example.org/f.png' },
        ],
        'https://example.org/e.png',
        'First',
      ],
    ];
    for (const [how, image, url, alt] of forms) {
      it(`is read from ${how}`, () => {
        const fields = fieldsOf(event({ image }));
        expect(fields.image).to.equal(url);
        expect(fields['image-alt']).to.equal(alt);
      });
    }
  });

  describe('eventSchedule.scheduleTimezone → time-zone', () => {
    const cases: [string, unknown, string | undefined][] = [
      ['one Schedule', { '@type': 'Schedule', scheduleTimezone: 'Africa/Lagos' }, 'Africa/Lagos'],
      [
        'the first Schedule that names a zone',
        [{ '@type': 'Schedule' }, { scheduleTimezone: 'Asia/Kolkata' }],
        'Asia/Kolkata',
      ],
      ['a language-tagged literal', { scheduleTimezone: { '@value': 'America/St_Johns' } }, 'America/St_Johns'],
      ['a Schedule without a zone', { '@type': 'Schedule', repeatFrequency: 'P1W' }, undefined],
      ['an empty zone', { scheduleTimezone: '  ' }, undefined],
      ['a schedule that is only text', 'weekly', undefined],
    ];
    for (const [how, eventSchedule, zone] of cases) {
      it(`is read from ${how}`, () => {
        expect(fieldsOf(event({ eventSchedule }))['time-zone']).to.equal(zone);
      });
    }

    it('names the zone of a fetched event, so its time is shown as "Central Africa Time", not an offset', () => {
      const built = buildEvent([
        {
          ...readJsonLdValue(
            event({ startDate: '2023-07-06T16:00:00+02:00', eventSchedule: { scheduleTimezone: 'Africa/Maputo' } }),
          ),
          baseUrl: 'https://partner.example/',
        },
      ]);
      expect(built.problems).to.deep.equal([]);
      expect(built.timeZone).to.equal('Africa/Maputo');
      expect(built.start!.wallTime).to.equal('2023-07-06T16:00');
    });
  });

  describe('offers', () => {
    it('gives register-url and registration-closes from one Offer', () => {
      const fields = fieldsOf(
        event({
          offers: { '@type': 'Offer', url: 'https://example.org/r', validThrough: '2023-07-05T23:59:00+02:00' },
        }),
      );
      expect(fields['register-url']).to.equal('https://example.org/r');
      expect(fields['registration-closes']).to.equal('2023-07-05T23:59:00+02:00');
    });

    it('gives them from the first Offer of an array', () => {
      const fields = fieldsOf(
        event({
          offers: [
            { '@type': 'Offer', url: 'https://example.org/first', validThrough: '2023-07-04' },
            { '@type': 'Offer', url: 'https://example.org/second', validThrough: '2023-07-05' },
          ],
        }),
      );
      expect(fields['register-url']).to.equal('https://example.org/first');
      expect(fields['registration-closes']).to.equal('2023-07-04');
    });

    it('gives nothing from an Offer without url or validThrough', () => {
      const fields = fieldsOf(event({ offers: { '@type': 'Offer', price: 0 } }));
      expect(fields).not.to.have.property('register-url');
      expect(fields).not.to.have.property('registration-closes');
    });
  });

  describe('location', () => {
    it('gives join-url from a VirtualLocation', () => {
      const fields = fieldsOf(event({ location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' } }));
      expect(fields['join-url']).to.equal('https://meet.example.org/x');
    });

    it('finds the VirtualLocation among Places in an array', () => {
      const fields = fieldsOf(
        event({
          location: [
            { '@type': 'Place', name: 'Town hall', url: 'https://town.example/hall' },
            { '@type': 'VirtualLocation', url: 'https://meet.example.org/hybrid' },
          ],
        }),
      );
      expect(fields['join-url']).to.equal('https://meet.example.org/hybrid');
    });

    const notJoinLinks: [string, Record<string, unknown>][] = [
      [
        "the event's own page",
        { url: 'https://host.example/e', location: { '@type': 'VirtualLocation', url: 'https://host.example/e' } },
      ],
      [
        'the registration page',
        {
          offers: { '@type': 'Offer', url: 'https://reg.example/' },
          location: { '@type': 'VirtualLocation', url: 'https://reg.example/' },
        },
      ],
    ];
    for (const [what, fields] of notJoinLinks) {
      it(`does not take a location that is ${what} as the live link`, () => {
        expect(fieldsOf(event(fields))).not.to.have.property('join-url');
      });
    }

    it("does not take a Place's url as the live link", () => {
      const fields = fieldsOf(
        event({ location: { '@type': 'Place', name: 'Town hall', url: 'https://town.example/hall' } }),
      );
      expect(fields).not.to.have.property('join-url');
    });
  });

  it('gives recording-url from recordedIn.url, and from a plain recordedIn address', () => {
    expect(
      fieldsOf(event({ recordedIn: { '@type': 'VideoObject', url: 'https://v.example/1' } }))['recording-url'],
    ).to.equal('https://v.example/1');
    expect(
      fieldsOf(event({ recordedIn: { '@type': 'VideoObject', contentUrl: 'https://v.example/2.mp4' } }))[
        'recording-url'
      ],
    ).to.equal('https://v.example/2.mp4');
    expect(fieldsOf(event({ recordedIn: 'https://v.example/3' }))['recording-url']).to.equal('https://v.example/3');
  });

  describe('performer → panelists', () => {
    it('reads each Person of an array, with name, jobTitle, affiliation.name, image and url', () => {
      const fields = fieldsOf(
        event({
          performer: [
            {
              '@type': 'Person',
              name: 'Caroline Khene',
              affiliation: { '@type': 'Organization', name: 'Nurture ID8' },
            },
            {
              '@type': 'Person',
              name: 'Tobi Oluwatola',
              jobTitle: 'Director',
              affiliation: [{ '@type': 'Organization', name: 'Centre for Journalism Innovation and Development' }],
              image: { '@type': 'ImageObject', url: 'https://example.org/tobi.jpg' },
              url: 'https://example.org/tobi',
            },
            { '@type': 'Person', name: 'Hector Dominguez Aguirre', worksFor: 'Portland Smart City PDX Project' },
          ],
        }),
      );
      expect(fields.panelists).to.deep.equal([
        {
          name: 'Caroline Khene',
          role: undefined,
          organisation: 'Nurture ID8',
          href: undefined,
          url: undefined,
          photo: undefined,
          bio: undefined,
        },
        {
          name: 'Tobi Oluwatola',
          role: 'Director',
          organisation: 'Centre for Journalism Innovation and Development',
          href: undefined,
          url: 'https://example.org/tobi',
          photo: 'https://example.org/tobi.jpg',
          bio: undefined,
        },
        {
          name: 'Hector Dominguez Aguirre',
          role: undefined,
          organisation: 'Portland Smart City PDX Project',
          href: undefined,
          url: undefined,
          photo: undefined,
          bio: undefined,
        },
      ]);
    });

    it("takes the organisation's link from the affiliation's url, and the person's own page from theirs", () => {
      const fields = fieldsOf(
        event({
          performer: [
            {
              '@type': 'Person',
              name: 'Caroline Khene',
              url: 'https://example.org/people/khene',
              affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: 'https://nurture.example.org/' },
            },
            {
              '@type': 'Person',
              name: 'Tobi Oluwatola',
              url: 'https://example.org/people/tobi',
              affiliation: { '@type': 'Organization', name: 'CJID' },
            },
            {
              '@type': 'Person',
              name: 'Hector Dominguez Aguirre',
              worksFor: {
                '@type': 'Organization',
                name: 'Portland Smart City PDX Project',
                url: 'https://pdx.example/',
              },
            },
            // An affiliation with a url but no name has no name to carry the link: nothing is linked.
            {
              '@type': 'Person',
              name: 'Amina Yusuf',
              affiliation: { '@type': 'Organization', name: ' ', url: 'https://org.example/' },
            },
          ],
        }),
      );
      expect(
        (fields.panelists as Array<Record<string, unknown>>).map((person) => [person.name, person.href, person.url]),
      ).to.deep.equal([
        ['Caroline Khene', 'https://nurture.example.org/', 'https://example.org/people/khene'],
        ['Tobi Oluwatola', undefined, 'https://example.org/people/tobi'],
        ['Hector Dominguez Aguirre', 'https://pdx.example/', undefined],
        ['Amina Yusuf', undefined, undefined],
      ]);
    });

    it("keeps a Person without a name (building the event reports and drops it), and reads a bare string as a person's name", () => {
      const fields = fieldsOf(
        event({
          performer: [
            { '@type': 'Person', jobTitle: 'Moderator' },
            'Just a name',
            { '@value': 'Nomvula Dlamini', '@language': 'en' },
          ],
        }),
      );
      expect(fields.panelists).to.deep.equal([
        {
          name: undefined,
          role: 'Moderator',
          organisation: undefined,
          href: undefined,
          url: undefined,
          photo: undefined,
          bio: undefined,
        },
        { name: 'Just a name' },
        { name: 'Nomvula Dlamini' },
      ]);
    });

    it('leaves out what is neither a Person nor a name, and names each one in problems', () => {
      const reading = readJsonLdValue(event({ performer: ['Plain string person', null, 5, '  ', ['Nested']] }));
      expect(reading.fields.panelists).to.deep.equal([{ name: 'Plain string person' }]);
      expect(reading.problems.map((problem) => [problem.field, problem.value])).to.deep.equal([
        ['json-ld.performer[1]', 'null'],
        ['json-ld.performer[2]', '5'],
        ['json-ld.performer[3]', '"  "'],
        ['json-ld.performer[4]', '["Nested"]'],
      ]);
      for (const problem of reading.problems) expect(problem.message).to.match(/left out of the panel/);
      // A single value is named without an index, and the source is the one the caller gave.
      expect(readJsonLdValue(event({ performer: 42 }), 'src').problems.map((problem) => problem.field)).to.deep.equal([
        'src.performer',
      ]);
    });
  });

  describe('organizer → hosts, sponsor → partners', () => {
    it('reads organizers as hosts and sponsors as partners, as objects or names', () => {
      const fields = fieldsOf(
        event({
          organizer: [
            { '@type': 'Organization', name: 'Civic Tech Network', url: 'https://ctn.example' },
            'Nurture ID8',
          ],
          sponsor: {
            '@type': 'Organization',
            name: 'A Foundation',
            image: { '@type': 'ImageObject', url: 'https://f.example/logo.png' },
          },
        }),
      );
      expect([fields.hosts, fields.partners]).to.deep.equal([
        [{ name: 'Civic Tech Network', logo: undefined, href: 'https://ctn.example' }, { name: 'Nurture ID8' }],
        [{ name: 'A Foundation', logo: 'https://f.example/logo.png', href: undefined }],
      ]);
    });

    it('leaves out what is neither an Organization nor a name (no partner called "1"), and names each one in problems', () => {
      const reading = readJsonLdValue(event({ organizer: [[1, 2]], sponsor: [7, 'A Foundation', ''] }));
      expect([reading.fields.hosts, reading.fields.partners]).to.deep.equal([[], [{ name: 'A Foundation' }]]);
      expect(reading.problems.map((problem) => [problem.field, problem.value])).to.deep.equal([
        ['json-ld.organizer[0]', '[1,2]'],
        ['json-ld.sponsor[0]', '7'],
        ['json-ld.sponsor[2]', '""'],
      ]);
      expect(reading.problems.map((problem) => problem.message.replace(/.*left out of the /, ''))).to.deep.equal([
        'hosts',
        'partners',
        'partners',
      ]);
    });

    it('prefers logo over image, and reads an ImageObject logo', () => {
      const fields = fieldsOf(
        event({
          organizer: {
            name: 'Org',
            logo: { '@type': 'ImageObject', contentUrl: 'https://o.example/logo.svg' },
            image: 'https://o.example/photo.jpg',
          },
        }),
      );
      expect(fields.hosts).to.deep.equal([{ name: 'Org', logo: 'https://o.example/logo.svg', href: undefined }]);
    });
  });

  it('reads language-tagged literals and numbers as text', () => {
    const fields = fieldsOf(event({ name: { '@value': 'Dialogue numérique', '@language': 'fr' }, description: 2023 }));
    expect(fields.name).to.equal('Dialogue numérique');
    expect(fields.description).to.equal('2023');
  });

  it('keeps relative addresses as written (the base is applied when the event is built)', () => {
    const fields = fieldsOf(event({ image: 'img/poster.png', url: '/events/x', offers: { url: '../register' } }));
    expect(fields.image).to.equal('img/poster.png');
    expect(fields.url).to.equal('/events/x');
    expect(fields['register-url']).to.equal('../register');
  });
});

describe('readJsonLdValue: finding the Event', () => {
  it('finds the Event in an @graph next to a WebPage and an Organization', () => {
    const fields = fieldsOf({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'The page' },
        { '@type': 'Organization', name: 'The network' },
        { '@type': 'Event', name: 'The event in the graph' },
      ],
    });
    expect(fields.name).to.equal('The event in the graph');
  });

  it('finds the Event in an @graph inside an array of documents', () => {
    const fields = fieldsOf([
      { '@type': 'WebSite', name: 'Site' },
      { '@graph': [{ '@type': 'Event', name: 'Nested' }] },
    ]);
    expect(fields.name).to.equal('Nested');
  });

  it('finds the Event in an array of nodes, and takes the first Event', () => {
    const fields = fieldsOf([
      { '@type': 'BreadcrumbList', name: 'Crumbs' },
      { '@type': 'Event', name: 'First' },
      { '@type': 'Event', name: 'Second' },
    ]);
    expect(fields.name).to.equal('First');
  });

  const subtypes = ['EducationEvent', 'BusinessEvent', 'SocialEvent', 'ExhibitionEvent'];
  for (const type of subtypes) {
    it(`accepts the Event subtype ${type}`, () => {
      expect(fieldsOf({ '@type': type, name: type }).name).to.equal(type);
    });
  }

  it('accepts an Event among several types, and a full schema.org type IRI', () => {
    expect(fieldsOf({ '@type': ['Thing', 'EducationEvent'], name: 'Two types' }).name).to.equal('Two types');
    expect(fieldsOf({ '@type': 'https://schema.org/Event', name: 'IRI type' }).name).to.equal('IRI type');
  });

  const noEvent: Array<[string, unknown]> = [
    ['an Organization', { '@type': 'Organization', name: 'Not an event' }],
    ['a node without @type', { name: 'Untyped' }],
    ['an @graph without an Event', { '@graph': [{ '@type': 'WebPage' }] }],
    ['an empty array', []],
    ['null', null],
    ['a string', 'Event'],
    ['a number', 42],
    ['an Event nested as a property, not a node', { '@type': 'WebPage', mainEntity: { '@type': 'Event', name: 'x' } }],
  ];
  for (const [what, value] of noEvent) {
    it(`reports ${what} as holding no Event`, () => {
      const reading = readJsonLdValue(value, 'src');
      expect(reading.fields).to.deep.equal({});
      expect(reading.problems).to.have.length(1);
      const [problem] = reading.problems;
      expect(problem!.field).to.equal('src');
      expect(problem!.value).to.equal(JSON.stringify(value));
      expect(problem!.message).to.match(/holds no schema\.org Event/);
    });
  }

  it('names the field json-ld unless told otherwise, and shortens a long value to 80 characters', () => {
    const long = { '@type': 'Organization', name: 'x'.repeat(200) };
    const [problem] = readJsonLdValue(long).problems;
    expect(problem!.field).to.equal('json-ld');
    expect(problem!.value).to.have.length(78);
    expect(problem!.value.startsWith('{"@type":"Organization","name":"xxx')).to.equal(true);
    expect(problem!.value.endsWith('…')).to.equal(true);
  });

  it('does not throw on an @graph nested thousands deep', () => {
    let deep: unknown = { '@type': 'Event', name: 'Too deep' };
    for (let i = 0; i < 20_000; i += 1) deep = { '@graph': deep };
    const reading = readJsonLdValue(deep);
    expect(reading.fields).to.deep.equal({});
    expect(reading.problems[0]!.message).to.match(/holds no schema\.org Event/);
  });

  it('still finds an Event a few @graph levels down', () => {
    let nested: unknown = { '@type': 'Event', name: 'Three down' };
    for (let i = 0; i < 3; i += 1) nested = { '@graph': [nested] };
    expect(fieldsOf(nested).name).to.equal('Three down');
  });
});

describe('readJsonLdText', () => {
  it('reads a well-formed block without problems', () => {
    const reading = readJsonLdText(JSON.stringify(event({ startDate: '2023-07-06T16:00:00+02:00' })));
    expect(reading.problems).to.deep.equal([]);
    expect(reading.fields).to.include({ name: 'A dialogue', start: '2023-07-06T16:00:00+02:00' });
  });

  const broken: Array<[string, string]> = [
    ['unquoted keys', '{ "@type": "Event", name: "x" }'],
    ['a trailing comma', '{ "@type": "Event", "name": "x", }'],
    ['an empty block', ''],
    ['HTML', '<div>Our event</div>'],
    ['a cut-off block', '{ "@type": "Event", "name": "x"'],
  ];
  for (const [what, text] of broken) {
    it(`reports ${what} as not valid JSON and reads nothing`, () => {
      const reading = readJsonLdText(text, 'json-ld');
      expect(reading.fields).to.deep.equal({});
      expect(reading.problems).to.deep.equal([
        { field: 'json-ld', value: text, message: 'is not valid JSON; it is ignored' },
      ]);
    });
  }

  it('repairs JSON into which WordPress put <p> and <br />, and says so', () => {
    const mangled = [
      '<p>{<br />',
      '"@context": "https://schema.org",<br />',
      '"@type": "Event",</p>',
      '<p>"name": "Pasted into WordPress",<br />',
      '"startDate": "2023-07-06T16:00:00+02:00"<br />',
      '}</p>',
    ].join('\n');
    const reading = readJsonLdText(mangled);
    expect(reading.fields).to.include({ name: 'Pasted into WordPress', start: '2023-07-06T16:00:00+02:00' });
    expect(reading.problems).to.have.length(1);
    const [problem] = reading.problems;
    expect(problem!.field).to.equal('json-ld');
    expect(problem!.value.startsWith('<p>{<br />')).to.equal(true);
    expect(problem!.message).to.match(/<p> or <br> tags inserted/);
    expect(problem!.message).to.match(/removed/);
  });

  it('repairs <br> and <p class> variants, in any case', () => {
    const text = '<P class="x">{"@type": "Event",<BR>"name": "Upper"}</P>';
    const reading = readJsonLdText(text);
    expect(reading.fields).to.include({ name: 'Upper' });
    expect(reading.problems).to.have.length(1);
    expect(reading.problems[0]!.field).to.equal('json-ld');
    expect(reading.problems[0]!.value).to.equal(text);
    expect(reading.problems[0]!.message).to.match(/<p> or <br>/);
  });

  it('leaves <p> inside the strings of valid JSON alone', () => {
    const reading = readJsonLdText(JSON.stringify(event({ description: '<p>Bring questions.</p>' })));
    expect(reading.problems).to.deep.equal([]);
    expect(reading.fields.description).to.equal('<p>Bring questions.</p>');
  });

  it('reports a repaired block that holds no Event twice: repaired, then no Event', () => {
    const text = '<p>{"@type": "Organization",<br />"name": "Org"}</p>';
    const reading = readJsonLdText(text, 'src');
    expect(reading.problems.map((p) => p.field)).to.deep.equal(['src', 'src']);
    // The first quotes what was written, the second the JSON it became.
    expect(reading.problems.map((p) => p.value)).to.deep.equal([text, '{"@type":"Organization","name":"Org"}']);
    expect(reading.problems[0]!.message).to.match(/<p> or <br>/);
    expect(reading.problems[1]!.message).to.match(/holds no schema\.org Event/);
  });

  it('accounts for every performer, organizer and sponsor: read, or named in problems', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.array(fc.jsonValue()), (performer, organizer) => {
        const reading = readJsonLdValue(event({ performer, organizer }));
        const read = reading.fields.panelists!.length + reading.fields.hosts!.length;
        expect(read + reading.problems.length).to.equal(performer.length + organizer.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, on any text or any JSON, and every problem is made of strings', () => {
    const check = (reading: ReturnType<typeof readJsonLdText>) => {
      for (const problem of reading.problems) {
        expect(typeof problem.field).to.equal('string');
        expect(typeof problem.value).to.equal('string');
        expect(problem.message).to.be.a('string').and.not.equal('');
      }
    };
    fc.assert(
      fc.property(fc.string(), (text) => check(readJsonLdText(text))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(readJsonLdValue(value))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => check(readJsonLdText(text))),
      { numRuns: 300 },
    );
  });
});

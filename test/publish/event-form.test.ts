import { expect } from '@open-wc/testing';
import {
  checkForm,
  currentZoneName,
  emptyValues,
  formKey,
  jsonLdDocument,
  partnerSnippets,
  previewInstant,
  startText,
  toRawEvent,
  valuesFromEvent,
  zoneLabel,
  scriptBesideFile,
  type FormValues,
} from '../../demo/publish/event-form.js';
import { buildEvent, toJsonLd } from '../../src/classes.js';

const library = { buildEvent, toJsonLd };

/** A form as a host fills it in: the reference event, one full panelist, one partner. */
const FILLED: FormValues = {
  ...emptyValues('Africa/Maputo'),
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  description: 'A Digital Dialogue.\n\nFour questions for the panel.',
  start: '2023-07-06T16:00',
  end: '2023-07-06T17:30',
  registerUrl: 'https://example.org/register',
  registrationCloses: '2023-07-06T12:00',
  joinUrl: 'https://example.org/join',
  recordingUrl: 'https://example.org/recording',
  image: 'https://example.org/poster.png',
  eventPage: 'https://host.example/events/partnerships',
  organizer: { name: 'Digital Dialogues', url: 'https://host.example/', logo: 'https://host.example/logo.svg' },
  panelists: [
    {
      name: 'Caroline Khene',
      jobTitle: 'Researcher',
      organisation: 'Nurture ID8',
      organisationUrl: 'https://nurture.example/',
      url: 'https://example.org/people/khene',
      photo: 'https://example.org/khene.jpg',
    },
  ],
  partners: [{ name: 'Civic Tech Network', url: 'https://ctn.example/', logo: 'https://ctn.example/logo.svg' }],
  fileAddress: 'https://host.example/events/partnerships.jsonld',
  scriptAddress: 'https://cdn.jsdelivr.net/npm/dialogue-widgets@0.1/dist/dialogue-widgets.js',
};

/** FILLED with some fields changed. */
const filled = (changes: Partial<FormValues>): FormValues => ({ ...FILLED, ...changes });
const panelist = (changes: Partial<FormValues['panelists'][number]>) => ({
  name: '',
  jobTitle: '',
  organisation: '',
  organisationUrl: '',
  url: '',
  photo: '',
  ...changes,
});

const ADDRESS = 'Write the whole address, starting with https://. This one is left out.';

describe('publishing form: form values → raw event fields', () => {
  it('maps each field to the attribute the library reads, the host first among the partners', () => {
    expect(toRawEvent(FILLED)).to.deep.equal({
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      description: 'A Digital Dialogue.\n\nFour questions for the panel.',
      start: '2023-07-06T16:00',
      end: '2023-07-06T17:30',
      'time-zone': 'Africa/Maputo',
      status: 'scheduled',
      'register-url': 'https://example.org/register',
      'registration-closes': '2023-07-06T12:00',
      'join-url': 'https://example.org/join',
      'recording-url': 'https://example.org/recording',
      image: 'https://example.org/poster.png',
      url: 'https://host.example/events/partnerships',
      panelists: [
        {
          name: 'Caroline Khene',
          role: 'Researcher',
          organisation: 'Nurture ID8',
          href: 'https://nurture.example/',
          url: 'https://example.org/people/khene',
          photo: 'https://example.org/khene.jpg',
        },
      ],
      partners: [
        { name: 'Digital Dialogues', href: 'https://host.example/', logo: 'https://host.example/logo.svg' },
        { name: 'Civic Tech Network', href: 'https://ctn.example/', logo: 'https://ctn.example/logo.svg' },
      ],
    });
  });

  it("drops an organisation's link given without the organisation (it would become the person's own)", () => {
    const raw = toRawEvent(
      filled({ panelists: [panelist({ name: 'Tobi', organisationUrl: 'https://cjid.example/' })] }),
    );
    expect(raw.panelists?.[0]?.href).to.equal('');
  });

  it('fills the form back from the event the library built: the same values, but the script', () => {
    const { event, fileAddress } = checkForm(FILLED, library);
    expect({ ...valuesFromEvent(event, fileAddress!), scriptAddress: FILLED.scriptAddress }).to.deep.equal(FILLED);
  });

  it('leaves the zone to pick when the event knows only its offset, and the host blank without organisations', () => {
    const event = buildEvent([{ fields: { name: 'Talk', start: '2025-07-06T16:00+02:00' }, baseUrl: 'about:blank' }]);
    const values = valuesFromEvent(event);
    expect([values.timeZone, values.start, values.organizer, values.partners]).to.deep.equal([
      '',
      '2025-07-06T16:00',
      { name: '', url: '', logo: '' },
      [],
    ]);
  });

  it('fills no host from a file that names only sponsors', () => {
    const { event } = checkForm(filled({ organizer: { name: '', url: '', logo: '' } }), library);
    const values = valuesFromEvent(event, '', false);
    expect([values.organizer.name, values.partners.map((partner) => partner.name)]).to.deep.equal([
      '',
      ['Civic Tech Network'],
    ]);
  });

  const keys: Array<[string, string | null]> = [
    ['name', 'name'],
    ['time-zone', 'timeZone'],
    ['register-url', 'registerUrl'],
    ['registration-closes', 'registrationCloses'],
    ['url', 'eventPage'],
    ['panelists[0].name', 'panelists.0.name'],
    ['panelists[2].href', 'panelists.2.organisationUrl'],
    ['panelists[1].url', 'panelists.1.url'],
    ['panelists[1].photo', 'panelists.1.photo'],
    ['partners[0].logo', 'organizer.logo'],
    ['partners[0].href', 'organizer.url'],
    ['partners[3].href', 'partners.2.url'],
    ['partners[1].name', 'partners.0.name'],
    ['json-ld', null],
    ['panelists[1].bio', null],
    ['viewer-time-zone', null],
  ];
  for (const [field, key] of keys) {
    it(`finds the form field of the library's problem on ${field}: ${key}`, () => {
      expect(formKey(field)).to.equal(key);
    });
  }
});

describe('publishing form: what is flagged next to a field', () => {
  const cases: Array<[string, FormValues, Record<string, { kind: string; text: string }>]> = [
    ['nothing, for a good form', FILLED, {}],
    [
      'a javascript: registration address',
      filled({ registerUrl: 'javascript:alert(1)' }),
      { registerUrl: { kind: 'error', text: ADDRESS } },
    ],
    [
      'an address without https://',
      filled({ joinUrl: 'www.example.org/join' }),
      { joinUrl: { kind: 'error', text: ADDRESS } },
    ],
    ['a data: picture', filled({ image: 'data:image/svg+xml,<svg/>' }), { image: { kind: 'error', text: ADDRESS } }],
    [
      'an end before the start',
      filled({ end: '2023-07-06T15:00' }),
      {
        end: {
          kind: 'error',
          text: 'The end is not after the start. Pick a later end, or leave it empty (90 minutes).',
        },
      },
    ],
    [
      'an end at the start',
      filled({ end: '2023-07-06T16:00' }),
      {
        end: {
          kind: 'error',
          text: 'The end is not after the start. Pick a later end, or leave it empty (90 minutes).',
        },
      },
    ],
    [
      'a misspelt zone (and no note on each time for it)',
      filled({ timeZone: 'Africa/Maputp' }),
      {
        timeZone: {
          kind: 'error',
          text: 'Pick a time zone from the list, such as Africa/Maputo. Until then times are not converted.',
        },
      },
    ],
    [
      'a year that is surely a typing mistake',
      filled({ start: '3023-07-06T16:00', end: '' }),
      {
        start: {
          kind: 'error',
          text: 'This date cannot be used: it is in the year 3023, outside 1900–2999: most likely a typing mistake; it is ignored.',
        },
      },
    ],
    [
      'a start the clocks skip (Lisbon, 30 March 2025): used, with a note',
      filled({ timeZone: 'Europe/Lisbon', start: '2025-03-30T01:30', end: '', registrationCloses: '' }),
      {
        start: {
          kind: 'note',
          text: "Note: this time does not exist in the event's time zone (the clocks skip it, for daylight saving or a change of offset); taken as 02:30.",
        },
      },
    ],
    [
      "a panelist's photo and own page that are not web addresses",
      filled({ panelists: [panelist({ name: 'Amina', photo: 'javascript:x', url: 'mailto:amina@example.org' })] }),
      { 'panelists.0.photo': { kind: 'error', text: ADDRESS }, 'panelists.0.url': { kind: 'error', text: ADDRESS } },
    ],
    [
      'a panelist with a job title but no name',
      filled({ panelists: [panelist({ jobTitle: 'Mayor' })] }),
      {
        'panelists.0.name': {
          kind: 'error',
          text: "Give this panelist's name, or remove them: without a name they are left out.",
        },
      },
    ],
    ['a panelist just added, still blank', filled({ panelists: [panelist({})] }), {}],
    [
      "an organisation's link without the organisation",
      filled({ panelists: [panelist({ name: 'Tobi', organisationUrl: 'https://cjid.example/' })] }),
      {
        'panelists.0.organisationUrl': {
          kind: 'error',
          text: "Give the organisation's name as well: the link goes on it. Until then it is left out.",
        },
      },
    ],
    [
      "the second partner's bad logo, and a partner without a name",
      filled({
        partners: [
          { name: 'Civic Tech Network', url: 'https://ctn.example/', logo: '' },
          { name: 'Open Cities', url: '', logo: 'file:///C:/logo.png' },
          { name: '', url: 'https://nameless.example/', logo: '' },
        ],
      }),
      {
        'partners.1.logo': { kind: 'error', text: ADDRESS },
        'partners.2.name': { kind: 'error', text: "Give the organisation's name as well. Without it, it is left out." },
      },
    ],
    [
      'a bad host logo',
      filled({ organizer: { name: 'Digital Dialogues', url: '', logo: 'logo.png' } }),
      { 'organizer.logo': { kind: 'error', text: ADDRESS } },
    ],
    [
      "a file's address that is not one",
      filled({ fileAddress: 'partnerships.jsonld' }),
      { fileAddress: { kind: 'error', text: ADDRESS } },
    ],
    [
      "a file's address on http://",
      filled({ fileAddress: 'http://host.example/e.jsonld' }),
      {
        fileAddress: {
          kind: 'note',
          text: 'Partner pages served over https cannot load a file from an http:// address: use https:// if your server has it.',
        },
      },
    ],
    [
      "a script's address that is not one",
      filled({ scriptAddress: 'javascript:alert(1)' }),
      { scriptAddress: { kind: 'error', text: ADDRESS } },
    ],
  ];
  for (const [what, values, messages] of cases) {
    it(what, () => {
      expect(checkForm(values, library).messages).to.deep.equal(messages);
    });
  }

  it('leaves a refused value out of the event: the rest stays', () => {
    const { event, errors } = checkForm(
      filled({
        registerUrl: 'javascript:alert(1)',
        end: '2023-07-06T15:00',
        panelists: [panelist({ name: 'Amina', photo: 'javascript:x' })],
      }),
      library,
    );
    expect([event.registerUrl, event.end, event.panelists[0]?.photo, event.panelists[0]?.name, errors]).to.deep.equal([
      null,
      null,
      null,
      'Amina',
      3,
    ]);
  });

  it('lists what a blank form still needs, without flagging any field', () => {
    const check = checkForm({ ...emptyValues(''), scriptAddress: FILLED.scriptAddress }, library);
    expect([check.missing.map((item) => item.key), check.messages]).to.deep.equal([
      ['name', 'start', 'timeZone', 'fileAddress'],
      {},
    ]);
  });

  it('needs nothing more once name, start, zone and the file address are there', () => {
    const check = checkForm(
      {
        ...emptyValues('Africa/Lagos'),
        name: 'Talk',
        start: '2025-07-06T16:00',
        fileAddress: 'https://host.example/e.jsonld',
      },
      library,
    );
    expect([check.missing, check.errors, check.fileAddress]).to.deep.equal([[], 0, 'https://host.example/e.jsonld']);
  });
});

describe('publishing form: the file and the snippets', () => {
  it("is the library's JSON-LD of the event, with the file's address as @id", () => {
    const { event, fileAddress, hasHost } = checkForm(FILLED, library);
    expect(jsonLdDocument(event, fileAddress, library, hasHost)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://host.example/events/partnerships.jsonld',
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      description: 'A Digital Dialogue.\n\nFour questions for the panel.',
      startDate: '2023-07-06T16:00:00+02:00',
      endDate: '2023-07-06T17:30:00+02:00',
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'Africa/Maputo' },
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/join' },
      image: 'https://example.org/poster.png',
      url: 'https://host.example/events/partnerships',
      recordedIn: { '@type': 'CreativeWork', url: 'https://example.org/recording' },
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
          affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: 'https://nurture.example/' },
          image: 'https://example.org/khene.jpg',
          url: 'https://example.org/people/khene',
        },
      ],
      organizer: {
        '@type': 'Organization',
        name: 'Digital Dialogues',
        logo: 'https://host.example/logo.svg',
        url: 'https://host.example/',
      },
      sponsor: [
        {
          '@type': 'Organization',
          name: 'Civic Tech Network',
          logo: 'https://ctn.example/logo.svg',
          url: 'https://ctn.example/',
        },
      ],
    });
  });

  it('names every organisation a sponsor when the host is left blank, and neither without organisations', () => {
    const partnersOnly = checkForm(filled({ organizer: { name: '', url: '', logo: '' } }), library);
    const nobody = checkForm(filled({ organizer: { name: '', url: '', logo: '' }, partners: [] }), library);
    const parties = (check: typeof nobody) => {
      const document = jsonLdDocument(check.event, check.fileAddress, library, check.hasHost);
      return [document.organizer, document.sponsor];
    };
    expect([partnersOnly.hasHost, parties(partnersOnly), parties(nobody)]).to.deep.equal([
      false,
      [
        undefined,
        [
          {
            '@type': 'Organization',
            name: 'Civic Tech Network',
            logo: 'https://ctn.example/logo.svg',
            url: 'https://ctn.example/',
          },
        ],
      ],
      [undefined, undefined],
    ]);
  });

  it('has no @id until the file has an address', () => {
    const { event } = checkForm(FILLED, library);
    expect(Object.keys(jsonLdDocument(event, null, library)).slice(0, 3)).to.deep.equal(['@context', '@type', 'name']);
  });

  it('gives partners the script, the element and a <noscript> with name, start and registration link', () => {
    const { event, fileAddress } = checkForm(FILLED, library);
    expect(partnerSnippets(event, fileAddress, FILLED.scriptAddress)).to.deep.equal({
      html: [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/dialogue-widgets@0.1/dist/dialogue-widgets.js"></script>',
        '<dialogue-event src="https://host.example/events/partnerships.jsonld">',
        '  <noscript>',
        '    <p><strong>How to use partnerships to strengthen the Impact of Civic Tech</strong>: Thursday 6 July 2023, 16:00 Central Africa Time.',
        '      <a href="https://example.org/register">Register</a></p>',
        '  </noscript>',
        '</dialogue-event>',
      ].join('\n'),
      shortcode: '[dialogue_event src="https://host.example/events/partnerships.jsonld"]',
    });
  });

  it('escapes what the author typed in the snippet, and keeps the shortcode one shortcode', () => {
    const { event, fileAddress } = checkForm(
      filled({
        name: 'Water & <b>cities</b> "2025"',
        registerUrl: '',
        fileAddress: 'https://host.example/e[1].jsonld',
      }),
      library,
    );
    const snippets = partnerSnippets(event, fileAddress, 'https://host.example/dialogue-widgets.js');
    expect([snippets?.html.split('\n')[1], snippets?.html.split('\n')[3], snippets?.shortcode]).to.deep.equal([
      '<dialogue-event src="https://host.example/e[1].jsonld">',
      '    <p><strong>Water &amp; &lt;b&gt;cities&lt;/b&gt; &quot;2025&quot;</strong>: Thursday 6 July 2023, 16:00 Central Africa Time.</p>',
      '[dialogue_event src="https://host.example/e%5B1%5D.jsonld"]',
    ]);
  });

  it('has no snippets until the file has an address', () => {
    const { event } = checkForm(FILLED, library);
    expect(partnerSnippets(event, null, FILLED.scriptAddress)).to.equal(null);
  });

  const starts: Array<[string, string, string]> = [
    ['Africa/Maputo', '2023-07-06T16:00', 'Thursday 6 July 2023, 16:00 Central Africa Time'],
    ['Asia/Kolkata', '2025-01-15T09:30', 'Wednesday 15 January 2025, 09:30 India Standard Time'],
    ['America/New_York', '2025-07-04T19:00', 'Friday 4 July 2025, 19:00 Eastern Daylight Time'],
  ];
  for (const [zone, start, text] of starts) {
    it(`writes the start for readers without JavaScript: ${text}`, () => {
      expect(startText(buildEvent([{ fields: { start, 'time-zone': zone }, baseUrl: 'about:blank' }]))).to.equal(text);
    });
  }

  it('puts the script beside the event file unless told otherwise', () => {
    expect(scriptBesideFile('https://host.example/events/water.jsonld')).to.equal(
      'https://host.example/events/dialogue-widgets.js',
    );
  });
});

describe('publishing form: the preview moments and the zone list', () => {
  const event = checkForm(FILLED, library).event; // 16:00–17:30 in Maputo (UTC+2) on 6 July 2023
  const noEnd = checkForm(filled({ end: '' }), library).event;
  const moments: Array<[string, typeof event, string | null]> = [
    ['now', event, null],
    ['day-before', event, '2023-07-05T14:00:00.000Z'],
    ['starting-soon', event, '2023-07-06T13:50:00.000Z'],
    ['live', event, '2023-07-06T14:10:00.000Z'],
    ['after', event, '2023-07-07T15:30:00.000Z'],
    ['after', noEnd, '2023-07-07T14:00:00.000Z'],
  ];
  for (const [choice, which, instant] of moments) {
    it(`previews "${choice}"${which === noEnd ? ' (no end)' : ''} at ${instant ?? 'the page clock'}`, () => {
      const at = previewInstant(choice, which);
      expect(at === null ? null : new Date(at).toISOString()).to.equal(instant);
    });
  }

  it('has no preview moment without a start', () => {
    expect(previewInstant('live', checkForm(filled({ start: '' }), library).event)).to.equal(null);
  });

  const JULY = Date.parse('2025-07-01T12:00Z');
  const JANUARY = Date.parse('2025-01-15T12:00Z');
  const labels: Array<[string, number, string | null]> = [
    ['Africa/Maputo', JULY, 'Maputo: Central Africa Time (GMT+2)'],
    ['Asia/Kolkata', JULY, 'Kolkata: India Standard Time (GMT+5:30)'],
    ['America/New_York', JULY, 'New York: Eastern Time (GMT-4)'],
    ['America/New_York', JANUARY, 'New York: Eastern Time (GMT-5)'],
    ['Pacific/Chatham', JANUARY, 'Chatham: Chatham Time (GMT+13:45)'],
    ['UTC', JULY, 'UTC: Coordinated Universal Time (GMT+0)'],
    ['Mars/Olympus_Mons', JULY, null],
  ];
  for (const [zone, now, label] of labels) {
    it(`labels ${zone} in the list: ${label}`, () => {
      expect(zoneLabel(zone, now)).to.equal(label);
    });
  }

  const names: Array<[string, string]> = [
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Etc/UTC', 'UTC'],
    ['Africa/Maputo', 'Africa/Maputo'],
  ];
  for (const [old, current] of names) {
    it(`offers ${old} by the name people know: ${current}`, () => {
      expect(currentZoneName(old)).to.equal(current);
    });
  }
});

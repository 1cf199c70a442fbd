import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import ICAL from 'ical.js';
import { icsFileName, icsUid, toIcs } from '../../src/calendar/ics.js';
import { stableHash } from '../../src/calendar/stable-hash.js';
import type { DialogueEventData } from '../../src/model/event-data.js';
import { DEFAULT_LENGTH_MINUTES } from '../../src/time/default-length.js';
import { NASTY_NAME, REFERENCE_FIELDS, SWAHILI_AND_ARABIC, eventFrom } from './fixtures.js';

// 1 June 2023 08:30:15 UTC: an arbitrary "now" for DTSTAMP.
const NOW = Date.UTC(2023, 5, 1, 8, 30, 15);

function ics(event: DialogueEventData, options: { now?: number; uid?: string } = {}): string {
  const text = toIcs(event, { now: NOW, ...options });
  if (text === null) throw new Error('expected an .ics for this event');
  return text;
}

/** The file parsed by ical.js, a real RFC 5545 parser. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const text_ = (name: string) => vevent.getFirstPropertyValue(name) as string | null;
  const time = (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return { calendar, vevent, text: text_, time };
}

/** The file as bytes, split at CRLF: the physical lines a calendar reads. */
function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  expect(from, 'the file ends with CRLF').to.equal(bytes.length);
  return lines;
}

/** Every rule of RFC 5545 §3.1 about physical lines. */
function expectWellFormedLines(text: string) {
  expect(text.replace(/\r\n/g, ''), 'no CR or LF outside CRLF').not.to.match(/[\r\n]/);
  expect(text, 'no lone surrogate, i.e. no character cut in two').not.to.match(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of physicalLines(text)) {
    expect(line.length, `octets in ${decoder.decode(line)}`).to.be.at.most(75);
    expect(() => decoder.decode(line), 'each line is valid UTF-8 on its own').not.to.throw();
    // Folding inserts exactly one space; a content line never starts with whitespace.
    expect(line[0] === 0x20 && line[1] === 0x20 && line.length > 1).to.equal(false);
  }
}

const continuationCount = (text: string) => text.split('\r\n').filter((line) => line.startsWith(' ')).length;

describe('toIcs', () => {
  const reference = eventFrom(REFERENCE_FIELDS);

  it('writes the reference event as a calendar ical.js reads back', () => {
    const text = ics(reference);
    const { calendar, text: value, time } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//dialogue-widgets//EN');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(value('summary')).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
    // 16:00 in Maputo (UTC+02:00, no daylight saving) is 14:00 UTC; 90 minutes later is 15:30.
    expect(time('dtstart')).to.equal('2023-07-06T14:00:00.000Z');
    expect(time('dtend')).to.equal('2023-07-06T15:30:00.000Z');
    expect(time('dtstamp')).to.equal('2023-06-01T08:30:15.000Z');
    expect(value('url')).to.equal('https://example.org/register');
    expect(value('description')).to.include('https://example.org/register');
    expect(value('status')).to.equal('CONFIRMED');
    expect(value('uid')).to.match(/^[0-9a-f]{16}@dialogue-widgets$/);
    expectWellFormedLines(text);
  });

  it('writes DTSTART, DTEND and DTSTAMP in the UTC form', () => {
    const lines = ics(reference).split('\r\n');
    expect(lines).to.include('DTSTART:20230706T140000Z');
    expect(lines).to.include('DTEND:20230706T153000Z');
    expect(lines).to.include('DTSTAMP:20230601T083015Z');
  });

  it('agrees with the event model on the instants', () => {
    const { time } = parse(ics(reference));
    const start = reference.start!.epochMs!;
    expect(time('dtstart')).to.equal(new Date(start).toISOString());
    expect(time('dtend')).to.equal(new Date(start + DEFAULT_LENGTH_MINUTES * 60_000).toISOString());
  });

  it('keeps a nasty event intact through escaping and folding', () => {
    expect(SWAHILI_AND_ARABIC.length).to.be.at.least(200);
    const description = `Line one, with commas; semicolons; a back\\slash\nline two 🌍 ${SWAHILI_AND_ARABIC}`;
    const event = {
      ...eventFrom({ ...REFERENCE_FIELDS, name: NASTY_NAME, 'join-url': 'https://example.org/join?a=1&b=2,3;4' }),
      // The authored content can carry a line break (buildEvent collapses whitespace in attributes).
      description,
    };
    const text = ics(event);
    expectWellFormedLines(text);
    expect(continuationCount(text), 'long lines were folded').to.be.above(5);
    const { text: value } = parse(text);
    expect(value('summary')).to.equal(event.name);
    expect(value('summary')).to.include('C:\\path\\to\\tech 🎉👩🏽‍💻');
    expect(value('description')!.startsWith(description)).to.equal(true);
    expect(value('description')).to.include('https://example.org/join?a=1&b=2,3;4');
    // In the file itself the specials are escaped (RFC 5545 §3.3.11).
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).to.include('SUMMARY:Partners\\, policy\\; and C:\\\\path\\\\to\\\\tech');
    expect(unfolded).to.include('back\\\\slash\\nline two');
  });

  it('turns CRLF and CR in text into one escaped line break, and drops control characters', () => {
    const event = { ...reference, name: 'a\r\nb\rc\u0007d', description: null, registerUrl: null };
    const text = ics(event);
    expectWellFormedLines(text);
    expect(parse(text).text('summary')).to.equal('a\nb\ncd');
  });

  it('writes a broken surrogate pair as U+FFFD rather than invalid UTF-8', () => {
    const text = ics({ ...reference, name: 'a\uD83Db' });
    expectWellFormedLines(text);
    expect(parse(text).text('summary')).to.equal('a\uFFFDb');
  });

  it('round-trips any text through ical.js, folded within 75 octets', () => {
    const tricky = fc.constantFrom(',', ';', '\\', ':', '"', ' ', '\n', 'é', 'ش', 'ि', '中', '😀', '👩🏽‍💻', 'a');
    const text = fc.oneof(
      fc.string({ unit: tricky, maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }).map((s) => s.replace(/[\u0000-\u001F\u007F]/g, '')),
    );
    fc.assert(
      fc.property(
        text.filter((s) => s !== ''),
        text.filter((s) => s !== ''),
        (name, description) => {
          const file = ics({ ...reference, name, description });
          expectWellFormedLines(file);
          const { text: value } = parse(file);
          expect(value('summary')).to.equal(name);
          expect(value('description')!.startsWith(description)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never starts a continuation line with the text's own space (lenient readers would drop it)", () => {
    // "SUMMARY:" is 8 octets: 67 letters fill the first line to 75, so the space falls on the fold.
    const name = `${'a'.repeat(67)} and more words that run past the end of the line`;
    const file = ics({ ...reference, name });
    expectWellFormedLines(file);
    expect(file.split('\r\n').filter((line) => line.startsWith('  '))).to.deep.equal([]);
    expect(parse(file).text('summary')).to.equal(name);
  });

  it('uses the event end when there is one', () => {
    const event = eventFrom({ ...REFERENCE_FIELDS, end: '2023-07-06T18:15' });
    // 18:15 in Maputo (UTC+02:00) is 16:15 UTC.
    expect(parse(ics(event)).time('dtend')).to.equal('2023-07-06T16:15:00.000Z');
  });

  const statuses: Array<[string, string]> = [
    ['scheduled', 'CONFIRMED'],
    ['rescheduled', 'CONFIRMED'],
    ['moved-online', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
    ['postponed', 'TENTATIVE'],
  ];
  for (const [status, expected] of statuses) {
    it(`writes STATUS:${expected} for a ${status} event`, () => {
      expect(parse(ics(eventFrom({ ...REFERENCE_FIELDS, status }))).text('status')).to.equal(expected);
    });
  }

  it('links the event page in URL when there is one, else registration, else nothing', () => {
    const withPage = eventFrom({ ...REFERENCE_FIELDS, url: 'https://example.org/events/civic-tech' });
    expect(parse(ics(withPage)).text('url')).to.equal('https://example.org/events/civic-tech');
    expect(parse(ics(reference)).text('url')).to.equal('https://example.org/register');
    const neither = eventFrom({ ...REFERENCE_FIELDS, 'register-url': undefined });
    expect(parse(ics(neither)).text('url')).to.equal(null);
  });

  it('returns null for a floating start and for a missing one', () => {
    const floating = eventFrom({ ...REFERENCE_FIELDS, 'time-zone': undefined });
    expect(floating.start?.epochMs).to.equal(null);
    expect(toIcs(floating, { now: NOW })).to.equal(null);
    expect(toIcs(eventFrom({ ...REFERENCE_FIELDS, start: undefined }), { now: NOW })).to.equal(null);
  });

  it('never writes an invalid DTSTAMP when now is not a number', () => {
    expect(ics(reference, { now: Number.NaN })).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});

describe('UID', () => {
  const uidOf = (event: DialogueEventData, now = NOW) => parse(ics(event, { now })).text('uid');

  it('is the same for the same event, at another time and built again', () => {
    const first = uidOf(eventFrom(REFERENCE_FIELDS), NOW);
    expect(uidOf(eventFrom(REFERENCE_FIELDS), NOW + 86_400_000)).to.equal(first);
    expect(icsUid(eventFrom(REFERENCE_FIELDS))).to.equal(first);
  });

  it('differs between events', () => {
    const reference = uidOf(eventFrom(REFERENCE_FIELDS));
    expect(uidOf(eventFrom({ ...REFERENCE_FIELDS, name: 'Another panel' }))).not.to.equal(reference);
    expect(uidOf(eventFrom({ ...REFERENCE_FIELDS, start: '2023-07-07T16:00' }))).not.to.equal(reference);
  });

  it('follows the event page through a rescheduling', () => {
    const page = { ...REFERENCE_FIELDS, url: 'https://example.org/events/civic-tech' };
    expect(uidOf(eventFrom({ ...page, start: '2023-07-13T16:00' }))).to.equal(uidOf(eventFrom(page)));
  });

  it('can be given by the caller', () => {
    expect(parse(ics(eventFrom(REFERENCE_FIELDS), { uid: 'panel-42@example.org' })).text('uid')).to.equal(
      'panel-42@example.org',
    );
  });

  it('hashes with FNV-1a 64, the same on every page load (published test vectors)', () => {
    expect(stableHash('')).to.equal('cbf29ce484222325');
    expect(stableHash('a')).to.equal('af63dc4c8601ec8c');
    expect(stableHash('foobar')).to.equal('85944171f73967e8');
  });
});

describe('icsFileName', () => {
  const cases: Array<[string | null, string]> = [
    // 62 characters as a slug: cut back to the last whole word within 60.
    [REFERENCE_FIELDS.name!, 'how-to-use-partnerships-to-strengthen-the-impact-of-civic.ics'],
    ['Café Señor, Zürich!', 'cafe-senor-zurich.ics'],
    ['Straße & Œuvre Ærø', 'strasse-oeuvre-aero.ics'],
    ['ﬁnance ＡＢＣ', 'finance-abc.ics'],
    ['ندوة الشراكات', 'ندوة-الشراكات.ics'],
    ['नागरिक तकनीक', 'नागरिक-तकनीक.ics'],
    ['../../etc/passwd', 'etc-passwd.ics'],
    ['CON', 'con-event.ics'],
    ['🎉 !!! 🎉', 'event.ics'],
    [null, 'event.ics'],
  ];
  for (const [name, expected] of cases) {
    it(`names the file for ${JSON.stringify(name)} ${expected}`, () => {
      expect(icsFileName({ name })).to.equal(expected);
    });
  }

  it('keeps any name within 60 characters and free of separators', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const file = icsFileName({ name });
        expect(file.endsWith('.ics')).to.equal(true);
        expect(Array.from(file.slice(0, -4)).length).to.be.within(1, 60);
        expect(file).not.to.match(/[\\/:*?"<>|\s\u0000-\u001F]|^-|-\.ics$/);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a long name without a word break at 60 characters', () => {
    expect(icsFileName({ name: 'x'.repeat(100) })).to.equal(`${'x'.repeat(60)}.ics`);
  });
});

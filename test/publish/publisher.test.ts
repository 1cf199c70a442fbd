import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { mountPublisher, type Publisher } from '../../demo/publish/publisher.js';
import '../../src/index.js';
import { buildEvent, clock, FixedClock, setClock, toJsonLd, VERSION, type DialogueEvent } from '../../src/classes.js';
import { readJsonLdText } from '../../src/model/from-json-ld.js';
import { emulateTimeZone, setViewport } from '../support/emulation.js';
import { engine, skipHere } from '../support/engine.js';
import { typeText } from '../support/input.js';
import { inShadow, settle, shownText, waitFor } from '../support/mount.js';

// A host fills in the publisher as a person would: typing, picking, clicking; and reads
// what it makes: the JSON-LD text, the card beside the form, the downloaded file.

const library = { buildEvent, toJsonLd, clock, setClock, FixedClock, VERSION };
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

let page: HTMLElement;
let publisher: Publisher;

// The page's style sheet, as demo/publish.html links it.
before(async () => {
  const sheet = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: new URL('../../demo/publish/publisher.css', import.meta.url).href,
  });
  const loaded = new Promise((resolve, reject) => {
    sheet.onload = resolve;
    sheet.onerror = reject;
  });
  document.head.append(sheet);
  await loaded;
});

/** Before the events these tests make (6 July 2025, 16:00 in Maputo): registration is open. */
const FORM_FILLED_AT = Date.parse('2025-07-01T09:00:00Z');

function mountIt(options = {}) {
  setClock(new FixedClock(FORM_FILLED_AT));
  page = document.createElement('main');
  page.lang = 'en';
  document.body.append(page);
  const container = page.appendChild(document.createElement('div'));
  publisher = mountPublisher(container, library, options);
  return publisher;
}

afterEach(async () => {
  page?.remove();
  setClock(null);
  await setViewport({ width: 800, height: 600 });
});

/** The labelled control, found by its label's text as a person finds it (inside `within`, if given). */
function field(label: string, within: ParentNode = page): HTMLInputElement {
  const found = [...within.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}

/** Fills a field as a picker or a paste does: the whole value at once, then an input event. */
async function fill(label: string, value: string, within?: ParentNode) {
  const input = field(label, within);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(page);
}

/** Types into a field key by key. */
async function type(label: string, text: string, within?: ParentNode) {
  const input = field(label, within);
  input.focus();
  input.select();
  await typeText(text);
  await settle(page);
}

function button(name: string): HTMLButtonElement {
  const found = [...page.querySelectorAll('button')].find((element) => element.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const jsonText = () => page.querySelector('.json code')!.textContent;
/** The JSON-LD shown, parsed: the few fields these tests read. */
const shownJson = () =>
  JSON.parse(jsonText()) as {
    name?: string;
    startDate?: string;
    endDate?: string;
    '@id'?: string;
    offers?: { url?: string };
    performer?: unknown[];
    organizer?: unknown;
  };
const card = () => publisher.card as DialogueEvent;

/** What the card shows: its name, its start as an instant, its registration link. */
function cardShows() {
  const shadow = card().shadowRoot!;
  const countdown = shadow.querySelector('dialogue-countdown');
  const register = shadow.querySelector('dialogue-register');
  return {
    name: shownText(shadow.querySelector('[part~="name"]')),
    start: inShadow(countdown, 'time[part~="event-time"]')?.getAttribute('datetime') ?? null,
    register: inShadow<HTMLAnchorElement>(register, 'a[part~="register"]')?.getAttribute('href') ?? null,
  };
}

/** The message tied to a field for screen readers, and whether it is marked invalid. */
function flag(input: HTMLElement) {
  const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return {
    invalid: input.getAttribute('aria-invalid') === 'true',
    says: described
      .map((id) => document.getElementById(id)!.textContent.trim())
      .filter((text) => /https:|after the start|time zone from/.test(text)),
  };
}

async function fillTheEvent() {
  await fill('Name', 'Water and cities');
  await fill('Starts', '2025-07-06T16:00');
  await fill('Ends', '2025-07-06T17:30');
  await fill('Time zone of these times', 'Africa/Maputo');
  await fill('Registration address', 'https://example.org/register');
  await fill('Address of the file on your website', 'https://host.example/events/water.jsonld');
}

describe('publisher page: a host fills in the form', () => {
  it('shows what was typed in the JSON-LD and on the card, as the host types', async () => {
    mountIt();
    await fillTheEvent();
    const json = shownJson();
    expect([json.name, json.startDate, json.endDate, json.offers?.url, json['@id']]).to.deep.equal([
      'Water and cities',
      '2025-07-06T16:00:00+02:00',
      '2025-07-06T17:30:00+02:00',
      'https://example.org/register',
      'https://host.example/events/water.jsonld',
    ]);
    expect(cardShows()).to.deep.equal({
      name: 'Water and cities',
      start: '2025-07-06T16:00:00+02:00',
      register: 'https://example.org/register',
    });

    await type('Name', 'Water, cities and people');
    expect([shownJson().name, cardShows().name]).to.deep.equal([
      'Water, cities and people',
      'Water, cities and people',
    ]);
  });

  it('flags a javascript: address next to its field and keeps it out of the file and the card', async () => {
    mountIt();
    await fillTheEvent();
    await type('Registration address', 'javascript:alert(document.domain)');
    expect(flag(field('Registration address'))).to.deep.equal({
      invalid: true,
      says: ['Write the whole address, starting with https://. This one is left out.'],
    });
    expect(jsonText()).not.to.contain('javascript');
    expect(cardShows().register).to.equal(null);

    await fill('Registration address', 'https://example.org/register');
    expect(flag(field('Registration address'))).to.deep.equal({ invalid: false, says: [] });
    expect(cardShows().register).to.equal('https://example.org/register');
  });

  it('flags an end before the start, and an unknown zone, and writes neither', async () => {
    mountIt();
    await fillTheEvent();
    await fill('Ends', '2025-07-06T15:00');
    await fill('Time zone of these times', 'Africa/Maputp');
    expect([flag(field('Ends')), flag(field('Time zone of these times'))]).to.deep.equal([
      { invalid: true, says: ['The end is not after the start. Pick a later end, or leave it empty (90 minutes).'] },
      {
        invalid: true,
        says: ['Pick a time zone from the list, such as Africa/Maputo. Until then times are not converted.'],
      },
    ]);
    const json = shownJson();
    expect([json.endDate, jsonText().includes('Maputp'), shownText(card()).includes('Maputp')]).to.deep.equal([
      undefined,
      false,
      false,
    ]);
  });

  it('says what is still needed, each a link to its field', async () => {
    mountIt({ values: { timeZone: '' } });
    const links = [...page.querySelectorAll<HTMLAnchorElement>('.readiness a')];
    expect(links.map((link) => link.textContent)).to.deep.equal([
      "the event's name",
      'when it starts',
      'its time zone',
      'the address where you will put the file',
    ]);
    links[1]!.click();
    expect(document.activeElement).to.equal(field('Starts'));
    await fillTheEvent();
    expect(page.querySelector('.readiness')!.textContent.trim()).to.equal('Ready to publish.');
  });

  it("starts in the browser's own zone, by the name people know", async () => {
    await emulateTimeZone('Asia/Kolkata');
    try {
      mountIt();
      expect(field('Time zone of these times').value).to.equal('Asia/Kolkata');
      expect(page.querySelector('.zone-summary')!.textContent).to.equal('India Standard Time (GMT+5:30).');
    } finally {
      await emulateTimeZone(null);
    }
  });

  it('offers every zone in a searchable list, labelled with city, name and offset', async () => {
    mountIt();
    const list = document.getElementById(
      field('Time zone of these times').getAttribute('list')!,
    ) as HTMLDataListElement;
    await waitFor(() => list.options.length > 0, 'the zone list is filled');
    const maputo = [...list.options].find((option) => option.value === 'Africa/Maputo');
    expect([list.options.length > 300, maputo?.label]).to.deep.equal([true, 'Maputo: Central Africa Time (GMT+2)']);
  });
});

describe('publisher page: changing an event published before', () => {
  /** Picks `file` in the labelled file field, as the browser's file dialog does. */
  async function open(file: File) {
    const input = field('Change an event you published before');
    const picked = new DataTransfer();
    picked.items.add(file);
    input.files = picked.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(
      () =>
        page.querySelector('[role="status"]')!.textContent !== '' ||
        !page.querySelector(`#${input.id}-message`)!.hasAttribute('hidden'),
      'the file is read',
    );
    await settle(page);
    return input;
  }

  it('fills the form from a file the WordPress plugin published (host as organizer, partners as sponsors)', async () => {
    mountIt();
    const published = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://host.example/wp-json/dialogue-widgets/v1/events/12',
      url: 'https://host.example/water-and-cities/',
      name: 'Water and cities',
      startDate: '2025-07-06T16:00:00+02:00',
      endDate: '2025-07-06T17:30:00+02:00',
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'Africa/Maputo' },
      eventStatus: 'https://schema.org/EventPostponed',
      offers: { '@type': 'Offer', url: 'https://host.example/register', price: 0 },
      performer: [
        {
          '@type': 'Person',
          name: 'Amina Yusuf',
          jobTitle: 'Mayor',
          affiliation: { '@type': 'Organization', name: 'City of Maputo' },
        },
      ],
      organizer: { '@type': 'Organization', name: 'Host Network', url: 'https://host.example/' },
      sponsor: [{ '@type': 'Organization', name: 'Open Cities Lab', url: 'https://ocl.example/' }],
    };
    await open(new File([JSON.stringify(published)], 'event.jsonld', { type: 'application/ld+json' }));
    const values = publisher.values();
    expect([
      values.name,
      values.start,
      values.end,
      values.timeZone,
      values.status,
      values.registerUrl,
      values.eventPage,
      values.organizer.name,
      values.panelists.map((person) => [person.name, person.jobTitle, person.organisation]),
      values.partners.map((partner) => partner.name),
      values.fileAddress,
    ]).to.deep.equal([
      'Water and cities',
      '2025-07-06T16:00',
      '2025-07-06T17:30',
      'Africa/Maputo',
      'postponed',
      'https://host.example/register',
      'https://host.example/water-and-cities/',
      'Host Network',
      [['Amina Yusuf', 'Mayor', 'City of Maputo']],
      ['Open Cities Lab'],
      'https://host.example/wp-json/dialogue-widgets/v1/events/12',
    ]);
    expect(page.querySelector('[role="status"]')!.textContent).to.equal('The form is filled in from event.jsonld.');
    expect(cardShows().name).to.equal('Water and cities');
  });

  it('leaves the host blank when the file names only sponsors', async () => {
    mountIt();
    const published = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Water and cities',
      startDate: '2025-07-06T16:00:00+02:00',
      sponsor: [{ '@type': 'Organization', name: 'Open Cities Lab' }],
    };
    await open(new File([JSON.stringify(published)], 'event.jsonld', { type: 'application/ld+json' }));
    const values = publisher.values();
    expect([
      values.organizer.name,
      values.partners.map((partner) => partner.name),
      shownJson().organizer,
    ]).to.deep.equal(['', ['Open Cities Lab'], undefined]);
  });

  it('says so, and changes nothing, when the file holds no event', async () => {
    mountIt();
    await fill('Name', 'Kept as it was');
    const input = await open(new File(['<html>not an event</html>'], 'page.html', { type: 'text/html' }));
    expect([
      flag(input).invalid,
      page.querySelector(`#${input.id}-message`)!.textContent,
      publisher.values().name,
      cardShows().name,
    ]).to.deep.equal([
      true,
      'page.html holds no event this page can read: nothing was changed.',
      'Kept as it was',
      'Kept as it was',
    ]);
  });
});

describe('publisher page: panelists and partners', () => {
  it('adds a panelist from the keyboard, puts the focus in their name, and shows them on the card', async () => {
    mountIt();
    await fillTheEvent();
    button('Add a panelist').focus();
    await sendKeys({ press: 'Enter' });
    const fieldset = page.querySelector<HTMLFieldSetElement>('[data-items="panelists"] fieldset')!;
    expect([fieldset.querySelector('legend')!.textContent, document.activeElement]).to.deep.equal([
      'Panelist 1',
      field('Name', fieldset),
    ]);
    await typeText('Amina Yusuf');
    await fill('Organisation', 'Code for Africa', fieldset);
    await fill('Photo address', 'javascript:alert(1)', fieldset);
    await settle(page);
    const panel = inShadow(card(), 'dialogue-panelists');
    expect(shownText(panel)).to.contain('Amina Yusuf');
    expect(flag(field('Photo address', fieldset)).invalid).to.equal(true);
    expect(shownJson().performer).to.deep.equal([
      { '@type': 'Person', name: 'Amina Yusuf', affiliation: { '@type': 'Organization', name: 'Code for Africa' } },
    ]);
  });

  it('numbers the panelists, and after removing one puts the focus on the next', () => {
    mountIt({
      values: {
        panelists: ['Caroline Khene', 'Tobi Oluwatola', 'Hector Dominguez Aguirre'].map((name) => ({
          name,
          jobTitle: '',
          organisation: '',
          organisationUrl: '',
          url: '',
          photo: '',
        })),
      },
    });
    button('Remove panelist 2').click();
    const fieldsets = [...page.querySelectorAll('[data-items="panelists"] fieldset')];
    expect(fieldsets.map((set) => set.querySelector('legend')!.textContent)).to.deep.equal([
      'Panelist 1',
      'Panelist 2',
    ]);
    expect(document.activeElement).to.equal(field('Name', fieldsets[1]));
    expect(publisher.values().panelists.map((person) => person.name)).to.deep.equal([
      'Caroline Khene',
      'Hector Dominguez Aguirre',
    ]);

    button('Remove panelist 2').click();
    button('Remove panelist 1').click();
    expect([document.activeElement, shownJson().performer]).to.deep.equal([button('Add a panelist'), undefined]);
  });

  it('puts the host and the partners on the card', async () => {
    mountIt();
    await fillTheEvent();
    await fill(
      'Name',
      'Digital Dialogues',
      page.querySelector('fieldset:has(> legend + .field [data-key="organizer.name"])')!,
    );
    button('Add a partner').click();
    await typeText('Open Cities Lab');
    await settle(page);
    // The host is named as the host ("Hosted by"), apart from the partners.
    const hosts = shownText(card().shadowRoot!.querySelector('[part~="hosts"]'));
    const partners = shownText(card().shadowRoot!.querySelector('[part~="partners"]'));
    expect([hosts.includes('Digital Dialogues'), partners.includes('Open Cities Lab')]).to.deep.equal([true, true]);
  });
});

describe('publisher page: the outputs', () => {
  it('downloads event.jsonld, which reads back through the library as the same event', async () => {
    mountIt();
    await fillTheEvent();
    await fill('Description', 'A panel.');
    await fill('Live link', 'https://example.org/join');
    button('Add a panelist').click();
    await typeText('Amina Yusuf');
    await settle(page);

    let saved: { href: string; name: string } | null = null;
    const catchDownload = (event: Event) => {
      const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[download]');
      if (!link) return;
      saved = { href: link.href, name: link.download };
      event.preventDefault();
    };
    document.addEventListener('click', catchDownload, true);
    try {
      button('Download event.jsonld').click();
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    const file = saved as { href: string; name: string } | null;
    expect(file?.name).to.equal('event.jsonld');
    const response = await fetch(file!.href);
    const text = await response.text();
    expect([response.headers.get('content-type'), text]).to.deep.equal(['application/ld+json', jsonText()]);

    const reading = readJsonLdText(text);
    const reread = buildEvent([{ fields: reading.fields, baseUrl: 'https://host.example/events/water.jsonld' }]);
    // The times come back as the file writes them (with their offset): the same instants and wall times.
    const comparable = (event: typeof reread) => ({
      ...event,
      problems: undefined,
      start: undefined,
      end: undefined,
      registrationCloses: undefined,
      times: [event.start, event.end, event.registrationCloses].map(
        (moment) => moment && { ...moment, written: undefined },
      ),
    });
    expect(comparable(reread)).to.deep.equal(comparable(publisher.check()!.event));
    expect(card().event).to.deep.equal(reread);
  });

  it('gives partners the HTML snippet and the shortcode, with the file address', async () => {
    mountIt();
    expect(page.querySelector<HTMLElement>('.snippets')!.hidden).to.equal(true);
    await fillTheEvent();
    const html = page.querySelector('.snippet-html code')!.textContent;
    expect([
      html.split('\n')[0],
      html.split('\n')[1],
      html.includes('<noscript>') &&
        html.includes('Water and cities') &&
        html.includes('Sunday 6 July 2025, 16:00 Central Africa Time'),
      page.querySelector('.snippet-shortcode code')!.textContent,
    ]).to.deep.equal([
      '<script type="module" src="https://host.example/events/dialogue-widgets.js"></script>',
      '<dialogue-event src="https://host.example/events/water.jsonld">',
      true,
      '[dialogue_event src="https://host.example/events/water.jsonld"]',
    ]);
  });

  it('copies the shortcode, or selects it for the keyboard where the clipboard is refused', async () => {
    mountIt();
    await fillTheEvent();
    button('Copy the shortcode').click();
    const status = page.querySelector('[role="status"]')!;
    // The clipboard answers when it will (a refusal took over 100 ms in Firefox and WebKit on a busy machine).
    await waitFor(() => status.textContent !== '', 'the status saying what became of the shortcode');
    const said = status.textContent;
    const shortcode = '[dialogue_event src="https://host.example/events/water.jsonld"]';
    if (said === 'The shortcode is copied.') {
      expect(await navigator.clipboard.readText().catch(() => shortcode)).to.equal(shortcode);
    } else {
      expect([said, getSelection()!.toString()]).to.deep.equal([
        'The shortcode is selected: press Control+C (Command+C on a Mac) to copy it.',
        shortcode,
      ]);
    }
  });

  it('previews the card before, during and after the event on the library clock', async () => {
    mountIt();
    await fillTheEvent();
    const states: string[] = [];
    for (const choice of ['The day before', 'Starting soon', 'While it is on', 'After it ended']) {
      const radio = [...page.querySelectorAll('label')]
        .find((label) => label.textContent?.trim() === choice)!
        .querySelector('input')!;
      radio.click();
      await settle(page);
      states.push(inShadow(card(), 'dialogue-countdown')!.getAttribute('state')!);
    }
    expect([...states, new Date(clock.now()).toISOString()]).to.deep.equal([
      'upcoming',
      'upcoming',
      'live',
      'ended',
      '2025-07-07T15:30:00.000Z',
    ]);
  });

  it('lays out in one column on a phone and form beside card when wide', async () => {
    if (engine === 'webkit')
      await skipHere("MiniBrowser's window cannot be narrower than 447 px (its toolbar): no 380 px phone");
    mountIt();
    await fillTheEvent();
    await setViewport({ width: 380, height: 800 });
    const form = publisher.form.getBoundingClientRect();
    const phoneCard = card().getBoundingClientRect();
    const onPhone = {
      cardBelowForm: phoneCard.top >= form.bottom,
      fitsWidth: document.documentElement.scrollWidth <= 380,
    };
    await setViewport({ width: 1200, height: 800 });
    const wideForm = publisher.form.getBoundingClientRect();
    const wideCard = card().getBoundingClientRect();
    expect([
      onPhone,
      { cardBesideForm: wideCard.left >= wideForm.right, sameTop: wideCard.top < wideForm.bottom },
    ]).to.deep.equal([
      { cardBelowForm: true, fitsWidth: true },
      { cardBesideForm: true, sameTop: true },
    ]);
  });

  it('has no accessibility violations, with a field flagged and a panelist added (axe-core)', async function () {
    // axe reads every node of a long form and the card's shadow roots: more than mocha's default 5 s on a busy machine.
    this.timeout(30_000);
    mountIt();
    await fillTheEvent();
    await fill('Recording', 'ftp://example.org/recording');
    button('Add a panelist').click();
    await typeText('Amina Yusuf');
    await settle(page);
    const results = await axe.run(page, { resultTypes: ['violations'] });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).to.deep.equal([]);
  });
});

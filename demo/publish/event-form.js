/**
 * The "Hosts without WordPress" form's own logic, without any DOM: what the author filled in
 * → the library's raw event fields, the event the library builds from them, the JSON-LD file,
 * the partners' snippets, and a message for each field the library refused. The library is
 * passed in (the demo page gives the bundle, Storybook and the tests the sources), so its
 * rules (http(s) only, a known zone, an end after the start) are the only ones, stated once.
 * Types: event-form.d.ts.
 */

/** The statuses an author picks from, in the words they use. */
export const STATUS_CHOICES = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'postponed', label: 'Postponed (no new date yet)' },
  { value: 'rescheduled', label: 'Rescheduled (moved to a new date)' },
  { value: 'moved-online', label: 'Moved online' },
];

export const emptyPanelist = () => ({
  name: '',
  jobTitle: '',
  organisation: '',
  organisationUrl: '',
  url: '',
  photo: '',
});
export const emptyPartner = () => ({ name: '', url: '', logo: '' });

/** A blank form, its zone preset (the browser's, as a rule). */
export function emptyValues(timeZone = '') {
  return {
    name: '',
    description: '',
    start: '',
    end: '',
    timeZone,
    status: 'scheduled',
    registerUrl: '',
    registrationCloses: '',
    joinUrl: '',
    recordingUrl: '',
    image: '',
    eventPage: '',
    organizer: emptyPartner(),
    panelists: [],
    partners: [],
    fileAddress: '',
    scriptAddress: '',
  };
}

/**
 * Where the script is when the host gives no other address: beside the event file, which the host serves
 * anyway (the package is not on a public CDN yet, so a CDN address would fail for every partner).
 */
export function scriptBesideFile(fileAddress) {
  return new URL('dialogue-widgets.js', fileAddress).href;
}

const blank = (text) => typeof text !== 'string' || text.trim() === '';
const hasAny = (entry) => Object.values(entry).some((value) => !blank(value));

/**
 * The form as the library's raw fields (`RawEvent`). Every panelist and partner goes in, even
 * a blank one, so that the library's `panelists[2]` is the form's third panelist. The host
 * organisation is the first of the partners (schema.org `organizer`) until the model tells
 * the host apart from the partners.
 */
export function toRawEvent(values) {
  return {
    name: values.name,
    description: values.description,
    start: values.start,
    end: values.end,
    'time-zone': values.timeZone,
    status: values.status,
    'register-url': values.registerUrl,
    'registration-closes': values.registrationCloses,
    'join-url': values.joinUrl,
    'recording-url': values.recordingUrl,
    image: values.image,
    url: values.eventPage,
    panelists: values.panelists.map((person) => ({
      name: person.name,
      role: person.jobTitle,
      organisation: person.organisation,
      // Without an organisation the library would make this link the person's own.
      href: blank(person.organisation) ? '' : person.organisationUrl,
      url: person.url,
      photo: person.photo,
    })),
    partners: [values.organizer, ...values.partners].map((partner) => ({
      name: partner.name,
      href: partner.url,
      logo: partner.logo,
    })),
  };
}

/**
 * The form filled from an event the library read (a file made before, opened again to change
 * it): toRawEvent undone. Times as the event's wall clock; a zone known only by its offset
 * (`UTC+2`) is left for the author to pick. The host is the first organisation, as written,
 * when the file names one (`hasHost`: an `organizer`; the library reads it before the sponsors).
 */
export function valuesFromEvent(event, fileAddress = '', hasHost = true) {
  const wall = (moment) => moment?.wallTime ?? '';
  const text = (value) => value ?? '';
  const organisation = (partner) => ({ name: partner.name, url: text(partner.href), logo: text(partner.logo) });
  // The library tells hosts (organizer) from partners (sponsor); the form keeps one host.
  const organisations = [...event.hosts, ...event.partners];
  const [host, ...partners] = hasHost ? organisations : [undefined, ...organisations];
  const values = emptyValues(/^UTC[+-]/.test(text(event.timeZone)) ? '' : text(event.timeZone));
  // The script's address is the author's choice, not the event's.
  delete values.scriptAddress;
  return {
    ...values,
    name: text(event.name),
    description: text(event.description),
    start: wall(event.start),
    end: wall(event.end),
    status: event.status,
    registerUrl: text(event.registerUrl),
    registrationCloses: wall(event.registrationCloses),
    joinUrl: text(event.joinUrl),
    recordingUrl: text(event.recordingUrl),
    image: text(event.image),
    eventPage: text(event.url),
    organizer: host ? organisation(host) : emptyPartner(),
    panelists: event.panelists.map((person) => ({
      name: person.name,
      jobTitle: text(person.role),
      organisation: text(person.organisation),
      organisationUrl: text(person.organisationUrl),
      url: text(person.url),
      photo: text(person.photo),
    })),
    partners: partners.map(organisation),
    fileAddress,
  };
}

/** The form's key for a field the library names in a problem (`panelists[1].photo` → `panelists.1.photo`). */
export function formKey(problemField) {
  const simple = {
    name: 'name',
    start: 'start',
    end: 'end',
    'time-zone': 'timeZone',
    status: 'status',
    'register-url': 'registerUrl',
    'registration-closes': 'registrationCloses',
    'join-url': 'joinUrl',
    'recording-url': 'recordingUrl',
    image: 'image',
    url: 'eventPage',
  }[problemField];
  if (simple) return simple;
  const person = /^panelists\[(\d+)\]\.(name|href|url|photo)$/.exec(problemField);
  if (person) {
    const key = { name: 'name', href: 'organisationUrl', url: 'url', photo: 'photo' }[person[2]];
    return `panelists.${person[1]}.${key}`;
  }
  const partner = /^partners\[(\d+)\]\.(name|href|logo)$/.exec(problemField);
  if (partner) {
    const index = Number(partner[1]);
    const key = { name: 'name', href: 'url', logo: 'logo' }[partner[2]];
    return index === 0 ? `organizer.${key}` : `partners.${index - 1}.${key}`;
  }
  return null;
}

const MESSAGES = {
  address: 'Write the whole address, starting with https://. This one is left out.',
  zone: 'Pick a time zone from the list, such as Africa/Maputo. Until then times are not converted.',
  endBeforeStart: 'The end is not after the start. Pick a later end, or leave it empty (90 minutes).',
  personName: "Give this panelist's name, or remove them: without a name they are left out.",
  organisationName: "Give the organisation's name as well. Without it, it is left out.",
  personOrganisation: "Give the organisation's name as well: the link goes on it. Until then it is left out.",
  eventName: 'Give the event a name.',
};

const TIME_KEYS = new Set(['start', 'end', 'registrationCloses']);

/** The value the author wrote for a form key (`panelists.0.photo`). */
function valueAt(values, key) {
  return key.split('.').reduce((value, part) => (value == null ? undefined : value[part]), values);
}

/**
 * Builds the event and judges the form. `messages` maps a form key to what to say next to
 * that field: an `error` is a value the library refused (it is in neither the JSON-LD nor
 * the card), a `note` a value used with a remark (a time the clocks skip). Judged by what
 * the library did with the value, never by re-checking it here.
 */
export function checkForm(values, { buildEvent }) {
  const raw = toRawEvent(values);
  const event = buildEvent([{ fields: raw, baseUrl: 'about:blank' }]);
  const messages = {};
  const say = (key, kind, text) => {
    if (!messages[key] || (messages[key].kind === 'note' && kind === 'error')) messages[key] = { kind, text };
  };
  const zoneRefused = event.problems.some((problem) => problem.field === 'time-zone');
  const builtMoment = { start: event.start, end: event.end, registrationCloses: event.registrationCloses };

  for (const problem of event.problems) {
    const key = formKey(problem.field);
    if (!key) continue;
    if (key === 'timeZone') say(key, 'error', MESSAGES.zone);
    else if (key === 'name') {
      // A new, empty form has no name yet: that is for the "still needed" list, not a red field.
    } else if (TIME_KEYS.has(key)) {
      if (builtMoment[key] === null) say(key, 'error', timeRefusal(key, values, event, buildEvent, problem));
      // Under an unknown zone every time "floats"; the zone's own message says so once.
      else if (!zoneRefused) say(key, 'note', `Note: this time ${problem.message}.`);
    } else if (/\.name$/.test(key)) {
      const owner = key.slice(0, key.lastIndexOf('.'));
      const entry = valueAt(values, owner);
      if (entry && hasAny(entry))
        say(key, 'error', key.startsWith('panelists.') ? MESSAGES.personName : MESSAGES.organisationName);
    } else if (!blank(valueAt(values, key))) {
      say(key, 'error', MESSAGES.address);
    }
  }
  values.panelists.forEach((person, index) => {
    if (blank(person.organisation) && !blank(person.organisationUrl)) {
      say(`panelists.${index}.organisationUrl`, 'error', MESSAGES.personOrganisation);
    }
  });

  const file = checkAddress(values.fileAddress, buildEvent);
  if (file.message) say('fileAddress', file.kind, file.message);
  const script = checkAddress(values.scriptAddress, buildEvent);
  if (script.message && script.kind === 'error') say('scriptAddress', 'error', script.message);

  const missing = [];
  if (event.name === null) missing.push({ key: 'name', text: "the event's name" });
  if (event.start === null && blank(values.start)) missing.push({ key: 'start', text: 'when it starts' });
  if (blank(values.timeZone)) missing.push({ key: 'timeZone', text: 'its time zone' });
  if (file.href === null && blank(values.fileAddress))
    missing.push({ key: 'fileAddress', text: 'the address where you will put the file' });

  return {
    event,
    // The host's entry is in the event once it has a name: the library leaves out only nameless ones.
    hasHost: !blank(values.organizer.name),
    fileAddress: file.href,
    scriptAddress: script.href,
    messages,
    missing,
    errors: Object.values(messages).filter((message) => message.kind === 'error').length,
  };
}

/** Why a time was refused, in the author's words. */
function timeRefusal(key, values, event, buildEvent, problem) {
  if (key === 'end' && event.start !== null) {
    // The end alone reads fine: then it was refused for not coming after the start.
    const alone = buildEvent([{ fields: { start: values.end, 'time-zone': values.timeZone }, baseUrl: 'about:blank' }]);
    if (alone.start !== null) return MESSAGES.endBeforeStart;
  }
  return `This date cannot be used: it ${problem.message}.`;
}

/**
 * An address the form uses itself (the file's, the script's), checked by the library's own
 * rule: the one an event's `url` goes through.
 */
function checkAddress(address, buildEvent) {
  if (blank(address)) return { href: null };
  const href = buildEvent([{ fields: { url: address }, baseUrl: 'about:blank' }]).url;
  if (href === null) return { href, kind: 'error', message: MESSAGES.address };
  if (href.startsWith('http:')) {
    return {
      href,
      kind: 'note',
      message:
        'Partner pages served over https cannot load a file from an http:// address: use https:// if your server has it.',
    };
  }
  return { href };
}

/**
 * The file to publish: the library's JSON-LD of the event (`toJsonLd`), with the file's own
 * address as `@id`, right after `@context` and `@type`. The host is schema.org's `organizer`
 * and the partners its `sponsor`s, as the WordPress plugin publishes them. The form hands the
 * library its organisations as partners, the host first when it has one (`hasHost`).
 */
export function jsonLdDocument(event, fileAddress, { toJsonLd }, hasHost = false) {
  const { '@context': context, '@type': type, organizer, sponsor, ...rest } = toJsonLd(event);
  // The form's organisations reach the library as one list (see toRawEvent): split them again.
  const organisations = [...(organizer ?? []), ...(sponsor ?? [])];
  const [host, ...partners] = hasHost ? organisations : [undefined, ...organisations];
  const parties = { organizer: host, sponsor: partners.length ? partners : undefined };
  const document = { '@context': context, '@type': type, ...(fileAddress ? { '@id': fileAddress } : {}), ...rest };
  for (const [key, value] of Object.entries(parties)) if (value !== undefined) document[key] = value;
  return document;
}

/** The file's text, as it is downloaded and shown. */
export const jsonLdText = (document) => `${JSON.stringify(document, null, 2)}\n`;

/** Text safe inside HTML, in an element or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`,
  );
}

/**
 * When the event starts, for a reader without JavaScript: `Thursday 6 July 2023, 16:00
 * Central Africa Time`, in the event's own zone; a time without a zone as written. Put
 * together from parts, so that every browser writes the same snippet.
 */
export function startText(event, locale = 'en-GB') {
  const start = event.start;
  if (!start) return null;
  if (start.epochMs !== null && event.timeZone) {
    try {
      const format = new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: event.timeZone,
        timeZoneName: 'long',
      });
      const part = Object.fromEntries(format.formatToParts(start.epochMs).map(({ type, value }) => [type, value]));
      return `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} ${part.timeZoneName}`;
    } catch {
      // A fixed offset in luxon's spelling (UTC+2) is no Intl zone: the wall time below.
    }
  }
  return start.wallTime.replace('T', ' ');
}

/**
 * What a partner pastes: the module script, the element with `src`, and inside it a
 * `<noscript>` with the name, the start and the registration link; and the WordPress
 * shortcode. `null` until the file has an address.
 */
export function partnerSnippets(event, fileAddress, scriptAddress) {
  if (!fileAddress) return null;
  const when = startText(event);
  const name = event.name ?? 'The event';
  const fallback = [
    `<strong>${escapeHtml(name)}</strong>${when ? `: ${escapeHtml(when)}.` : ''}`,
    event.registerUrl ? `<a href="${escapeHtml(event.registerUrl)}">Register</a>` : '',
  ].filter(Boolean);
  const html = [
    `<script type="module" src="${escapeHtml(scriptAddress)}"></script>`,
    `<dialogue-event src="${escapeHtml(fileAddress)}">`,
    '  <noscript>',
    `    <p>${fallback.join('\n      ')}</p>`,
    '  </noscript>',
    '</dialogue-event>',
  ].join('\n');
  // A shortcode's attributes cannot hold "[" or "]"; percent-encoded, the address is the same.
  const shortcodeSrc = fileAddress.replace(/\[/g, '%5B').replace(/\]/g, '%5D').replace(/"/g, '%22');
  return { html, shortcode: `[dialogue_event src="${shortcodeSrc}"]` };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The moments the card can be previewed at, in the order the control offers them. */
export const PREVIEW_CHOICES = [
  { value: 'now', label: 'Now' },
  { value: 'day-before', label: 'The day before' },
  { value: 'starting-soon', label: 'Starting soon' },
  { value: 'live', label: 'While it is on' },
  { value: 'after', label: 'After it ended' },
];

/**
 * The instant to preview the card at (epoch ms), or `null` for "now" or an event without a
 * known start. After: a day past the end, or past the start (the default length is shorter).
 */
export function previewInstant(choice, event) {
  const start = event.start?.epochMs ?? null;
  if (start === null) return null;
  switch (choice) {
    case 'day-before':
      return start - DAY;
    case 'starting-soon':
      return start - 10 * MINUTE;
    case 'live':
      return start + 10 * MINUTE;
    case 'after':
      return (event.end?.epochMs ?? start) + DAY;
    default:
      return null;
  }
}

/** Chromium still names some zones by their old spelling; people know them by the new one. */
const CURRENT_NAMES = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
};

function zoneFormatter(zone, timeZoneName, locale) {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName });
  } catch {
    return null;
  }
}

/** The name people use for a zone this browser knows (`Asia/Calcutta` → `Asia/Kolkata`). */
export function currentZoneName(zone) {
  const current = CURRENT_NAMES[zone];
  return current && zoneFormatter(current, 'short', 'en') ? current : zone;
}

/**
 * How the list shows a zone: its city, the zone's name and its offset at `now`:
 * `Maputo: Central Africa Time (GMT+2)`. `null` for a zone the browser does not know.
 */
export function zoneLabel(zone, now, locale = 'en-GB') {
  const generic = zoneFormatter(zone, 'longGeneric', locale);
  if (!generic) return null;
  const part = (format) => format?.formatToParts(now).find((piece) => piece.type === 'timeZoneName')?.value ?? '';
  // Where Intl has no name for a zone it gives an offset ("GMT+00:00"): the offset says it already.
  const named = (text) => (text && !/^GMT([+-]|$)/.test(text) ? text : '');
  const name = named(part(generic)) || named(part(zoneFormatter(zone, 'long', locale)));
  // Older ICU (WebKitGTK's, Safari's) writes a zero offset as a bare "GMT": "GMT+0" in every browser, like the others.
  const offset = part(zoneFormatter(zone, 'shortOffset', locale)).replace(/^GMT$/, 'GMT+0');
  const city = zone === 'UTC' ? 'UTC' : zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return `${city}: ${name ? `${name} (${offset})` : offset}`;
}

/** Every zone the browser knows, by their current names, labelled and sorted by city. */
export function zoneChoices(now, locale = 'en-GB', known = Intl.supportedValuesOf?.('timeZone') ?? []) {
  const names = new Set([...known.map(currentZoneName), 'UTC']);
  // One collator for the whole sort: localeCompare with a locale builds one per comparison.
  const collator = new Intl.Collator(locale);
  return [...names]
    .map((value) => ({ value, label: zoneLabel(value, now, locale) }))
    .filter((choice) => choice.label !== null)
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The browser's own zone, by its current name: the form's default. */
export function browserZone() {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
}

import type { Zone } from 'luxon';
import { parseMoment, type MomentNote } from '../time/parse-moment.js';
import { fixedZoneName, isKnownZone, zoneFor } from '../time/zones.js';
import type { DialogueEventData, EventMoment, EventStatus, Partner, Person, Problem } from './event-data.js';
import type { RawEvent, RawPartner, RawPerson, RawSource } from './raw-event.js';
import { isRecord } from './is-record.js';
import { safeHttpUrl } from './safe-url.js';

/** How `buildEvent` judges what is missing. */
export interface BuildOptions {
  /**
   * Report a missing start as a problem: an element that shows the event needs one
   * (it shows "time to be confirmed" without). Off for the pieces of an event.
   */
  readonly requireStart?: boolean;
}

/**
 * Builds one frozen, validated event from its sources, merged field by field:
 * later sources win (`src`, then child JSON-LD, then attributes). Never throws:
 * every unusable value becomes a `Problem` and a documented fallback.
 */
export function buildEvent(sources: readonly RawSource[], options: BuildOptions = {}): DialogueEventData {
  const problems: Problem[] = sources.flatMap((source) => source?.problems ?? []);
  const { fields, baseOf } = mergeSources(sources);
  const report = (field: string, value: string, message: string) => problems.push({ field, value, message });
  const take = <T>(list: { values: T[]; problems: Problem[] }) => {
    problems.push(...list.problems);
    return list.values;
  };

  const zoneName = resolveZoneName(fields, report);
  const zone = zoneName ? zoneFor(zoneName) : null;
  const start = readMoment('start', fields.start, zone, report);
  if (options.requireStart && text(fields.start) === null) {
    report('start', '', 'is missing; the time is shown as to be confirmed and nothing counts down');
  }
  // A start written with an offset but no usable zone: show times at that offset.
  const offsetZoneName = !zone && start?.offsetMinutes != null ? fixedZoneName(start.offsetMinutes) : null;
  const displayZone = zone ?? (offsetZoneName ? zoneFor(offsetZoneName) : null);

  // Only a real zone can disagree with a written offset. A zone taken from the start's
  // offset cannot: JSON-LD has no zone, and its offsets rightly differ across a
  // daylight-saving change (registration closing in winter, the event in summer).
  const checkOffset = zone !== null;
  let end = readMoment('end', fields.end, displayZone, report, checkOffset)?.moment ?? null;
  const startMoment = start?.moment ?? null;
  if (end && startMoment && isBefore(end, startMoment, true)) {
    report('end', end.written, `is not after start ${startMoment.written}; the default length is used instead`);
    end = null;
  }

  const name = text(fields.name);
  if (name === null) {
    report('name', '', 'is missing; give the event a name attribute, a slot="name" heading or JSON-LD "name"');
  }

  const url = (field: keyof RawEvent) => {
    const value = fields[field];
    if (typeof value !== 'string' || value.trim() === '') return null;
    const safe = safeHttpUrl(value, baseOf(field));
    if (!safe) report(field, value, 'is not an http(s) address; it is not linked');
    return safe;
  };

  const event: DialogueEventData = {
    name,
    description: paragraphs(fields.description),
    start: startMoment,
    end,
    timeZone: zoneName ?? offsetZoneName,
    status: readStatus(fields.status, report),
    registerUrl: url('register-url'),
    registrationCloses: readClosing(fields['registration-closes'], displayZone, report, checkOffset),
    recordingUrl: url('recording-url'),
    joinUrl: url('join-url'),
    image: url('image'),
    imageAlt: text(fields['image-alt']),
    url: url('url'),
    panelists: take(validateAll(fields.panelists, 'panelists', baseOf('panelists'), validatePanelist)),
    hosts: take(validateAll(fields.hosts, 'hosts', baseOf('hosts'), validatePartner)),
    partners: take(validateAll(fields.partners, 'partners', baseOf('partners'), validatePartner)),
    problems,
  };
  return deepFreeze(event);
}

type Report = (field: string, value: string, message: string) => void;

const LIST_FIELDS: ReadonlySet<string> = new Set(['panelists', 'hosts', 'partners']);

/**
 * Later sources override earlier ones wherever they say something (non-empty).
 * `buildEvent` is public and called from plain JavaScript too: a value of the wrong
 * type (a number name, a string where a list belongs) says nothing, rather than throwing.
 */
function mergeSources(sources: readonly RawSource[]) {
  const fields: Record<string, unknown> = {};
  const bases: Record<string, string> = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(isRecord(source?.fields) ? source.fields : {})) {
      const says = LIST_FIELDS.has(key)
        ? Array.isArray(value) && value.length > 0
        : typeof value === 'string' && value.trim() !== '';
      if (!says) continue;
      fields[key] = value;
      bases[key] = source.baseUrl;
    }
  }
  const fallbackBase = sources[sources.length - 1]?.baseUrl ?? 'about:blank';
  return {
    fields: fields as RawEvent,
    baseOf: (field: string) => bases[field] ?? fallbackBase,
  };
}

function text(value: unknown): string | null {
  const trimmed = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return trimmed ? trimmed : null;
}

/**
 * Longer text (a description): white space folded within each line, but its line breaks
 * kept, and any run of blank lines made one, so paragraphs stay paragraphs.
 */
function paragraphs(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const folded = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return folded ? folded : null;
}

function resolveZoneName(fields: RawEvent, report: Report): string | null {
  const written = text(fields['time-zone']);
  if (written === null) return null;
  if (isKnownZone(written)) return written;
  report(
    'time-zone',
    written,
    'is not an IANA time zone such as Africa/Maputo; times with an offset are shown at that offset, others are not converted',
  );
  return null;
}

function readMoment(field: string, written: string | undefined, zone: Zone | null, report: Report, checkOffset = true) {
  if (written === undefined || written.trim() === '') return null;
  const parsed = parseMoment(written, zone);
  if (!parsed.ok) {
    report(field, written, `${parsed.reason}; it is ignored`);
    return null;
  }
  for (const note of parsed.notes) {
    if (checkOffset || note.kind !== 'offset-mismatch') report(field, written, describeNote(note));
  }
  return parsed;
}

/**
 * When registration closes. A date alone ("valid through 5 July", as schema.org's
 * `validThrough` is often written) keeps registration open through that whole day:
 * it closes at the next midnight in the event's zone.
 */
function readClosing(written: string | undefined, zone: Zone | null, report: Report, checkOffset: boolean) {
  const dateOnly = written !== undefined && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(written);
  if (!dateOnly) return readMoment('registration-closes', written, zone, report, checkOffset)?.moment ?? null;
  // 24:00, the end of that day.
  const parsed = parseMoment(`${written.trim()}T24:00`, zone);
  if (!parsed.ok) return readMoment('registration-closes', written, zone, report, checkOffset)?.moment ?? null;
  for (const note of parsed.notes) report('registration-closes', written, describeNote(note));
  return { ...parsed.moment, written };
}

function describeNote(note: MomentNote): string {
  switch (note.kind) {
    case 'gap':
      return `does not exist in the event's time zone (the clocks skip it, for daylight saving or a change of offset); taken as ${note.shiftedTo}`;
    case 'overlap':
      return `happens twice in the event's time zone (the clocks go back); taken as the first, at ${note.chosenOffset} (not ${note.otherOffset})`;
    case 'offset-mismatch':
      return `has offset ${note.writtenOffset} but the event's time zone is at ${note.zoneOffset} then; the written offset is used`;
    case 'floating':
      return 'has no offset and the event has no usable time-zone; the time is shown as written and not converted';
    case 'date-only':
      return 'has no time of day; 00:00 is assumed';
  }
}

/** a < b, or a <= b when `orEqual`; floating moments compare by wall time. */
function isBefore(a: EventMoment, b: EventMoment, orEqual: boolean): boolean {
  const [x, y] = a.epochMs !== null && b.epochMs !== null ? [a.epochMs, b.epochMs] : [a.wallTime, b.wallTime];
  return orEqual ? x <= y : x < y;
}

const STATUS_WORDS: Record<string, EventStatus> = {
  scheduled: 'scheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  movedonline: 'moved-online',
};

function readStatus(written: string | undefined, report: Report): EventStatus {
  if (written === undefined || written.trim() === '') return 'scheduled';
  // Accepts `cancelled`, `EventCancelled`, `schema:EventCancelled` and `https://schema.org/EventCancelled`.
  const word = written
    .trim()
    .replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '')
    .replace(/^Event(?=[A-Z])/, '')
    .replace(/[-_\s]/g, '')
    .toLowerCase();
  const status = STATUS_WORDS[word];
  if (status) return status;
  report(
    'status',
    written,
    'is not one of scheduled, cancelled, postponed, rescheduled, moved-online; scheduled is assumed',
  );
  return 'scheduled';
}

/** What validating one panelist or partner gave: the entry (`null` when unusable) and what was wrong. */
export interface Validated<T> {
  readonly value: T | null;
  readonly problems: readonly Problem[];
}

/**
 * One panelist as the panel shows it, from what was written (`<dialogue-panelist>`,
 * JSON-LD `performer`). `field` names it in problems (`panelists[2]`); relative
 * addresses resolve against `baseUrl`.
 */
export function validatePanelist(raw: RawPerson, baseUrl: string, field = 'panelists[0]'): Validated<Person> {
  const problems: Problem[] = [];
  const report: Report = (field, value, message) => problems.push({ field, value, message });
  const name = text(raw.name);
  if (name === null) {
    report(`${field}.name`, '', 'is missing; this panelist is left out of the panel');
    return { value: null, problems };
  }
  const organisation = text(raw.organisation);
  const href = readLink(`${field}.href`, raw.href, baseUrl, report);
  const url = readLink(`${field}.url`, raw.url, baseUrl, report);
  const person: Person = {
    name,
    role: text(raw.role),
    organisation,
    // <dialogue-panelist href> links the organisation; without one, it is the person's own link.
    organisationUrl: organisation ? href : null,
    url: url ?? (organisation ? null : href),
    photo: readLink(`${field}.photo`, raw.photo, baseUrl, report),
    bio: text(raw.bio),
  };
  return { value: deepFreeze(person), problems };
}

/** One partner as the card shows it, from what was written (`<dialogue-partner>`, JSON-LD). */
export function validatePartner(raw: RawPartner, baseUrl: string, field = 'partners[0]'): Validated<Partner> {
  const problems: Problem[] = [];
  const report: Report = (field, value, message) => problems.push({ field, value, message });
  const name = text(raw.name);
  if (name === null) {
    report(`${field}.name`, '', 'is missing; this partner is left out');
    return { value: null, problems };
  }
  const partner: Partner = {
    name,
    logo: readLink(`${field}.logo`, raw.logo, baseUrl, report),
    href: readLink(`${field}.href`, raw.href, baseUrl, report),
  };
  return { value: deepFreeze(partner), problems };
}

/**
 * The usable entries of a list, each validated (`validatePanelist`, `validatePartner`)
 * and named in problems by its place (`panelists[2]`). Entries that are not objects, as
 * plain JavaScript may pass, are left out.
 */
export function validateAll<Raw, T>(
  list: readonly Raw[] | undefined,
  name: string,
  baseUrl: string,
  validate: (raw: Raw, baseUrl: string, field: string) => Validated<T>,
): { readonly values: T[]; readonly problems: Problem[] } {
  const values: T[] = [];
  const problems: Problem[] = [];
  (list ?? []).forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const validated = validate(raw, baseUrl, `${name}[${index}]`);
    problems.push(...validated.problems);
    if (validated.value) values.push(validated.value);
  });
  return { values, problems };
}

function readLink(field: string, value: unknown, baseUrl: string, report: Report) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const safe = safeHttpUrl(value, baseUrl);
  if (!safe) report(field, value, 'is not an http(s) address; it is not used');
  return safe;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

import type { Problem } from './event-data.js';
import { isRecord } from './is-record.js';
import type { RawEvent, RawPartner, RawPerson } from './raw-event.js';

/**
 * schema.org `Event` JSON-LD → raw fields, as schema.org means them. Tolerant of
 * the shapes real sites publish: arrays or single values, `@graph`, objects or
 * plain strings for images, people and organisations, Event subtypes. A person or
 * organisation that is neither an object nor a name is left out, as a problem.
 */

type Json = unknown;

export interface JsonLdReading {
  readonly fields: RawEvent;
  readonly problems: readonly Problem[];
}

/** Reads the text of a JSON-LD block (a child `<script>` or a fetched body). */
export function readJsonLdText(text: string, field = 'json-ld'): JsonLdReading {
  const problems: Problem[] = [];
  let value: Json;
  try {
    value = JSON.parse(text);
  } catch {
    // WordPress's auto-paragraphs put <p> and <br /> into a script that has blank lines.
    const repaired = text.replace(/<\/?p\b[^>]*>|<br\s*\/?>/gi, '');
    try {
      value = JSON.parse(repaired);
    } catch {
      return {
        fields: {},
        problems: [{ field, value: excerpt(text), message: 'is not valid JSON; it is ignored' }],
      };
    }
    problems.push({
      field,
      value: excerpt(text),
      message:
        "had <p> or <br> tags inserted (likely an editor's auto-paragraphs); they were removed. Use a Custom HTML block or the src form to keep it intact",
    });
  }
  const reading = readJsonLdValue(value, field);
  return { fields: reading.fields, problems: [...problems, ...reading.problems] };
}

/** Reads an already parsed JSON-LD value. */
export function readJsonLdValue(value: Json, field = 'json-ld'): JsonLdReading {
  const event = findEvent(value);
  if (!event) {
    return {
      fields: {},
      problems: [{ field, value: excerpt(safeStringify(value)), message: 'holds no schema.org Event; it is ignored' }],
    };
  }
  return eventFields(event, field);
}

/** Deeper `@graph` nesting than any real document: a hostile one would overflow the stack. */
const MAX_GRAPH_DEPTH = 16;

/** The first schema.org Event in a JSON-LD value (itself, an array entry, or in `@graph`), or null. */
export function findEvent(value: Json, depth = 0): Record<string, Json> | null {
  if (depth > MAX_GRAPH_DEPTH) return null;
  for (const node of nodes(value)) {
    if (isRecord(node) && types(node).some((type) => /Event$/.test(type))) return node;
    if (isRecord(node) && node['@graph'] !== undefined) {
      const inGraph = findEvent(node['@graph'], depth + 1);
      if (inGraph) return inGraph;
    }
  }
  return null;
}

function eventFields(event: Record<string, Json>, source: string): JsonLdReading {
  const problems: Problem[] = [];
  // Each entry of a list, or the one value, and how a problem names it (`json-ld.performer[2]`).
  const entries = (key: string) => {
    const value = event[key];
    const many = Array.isArray(value);
    return nodes(value).map((node, index) => ({ node, field: `${source}.${key}${many ? `[${index}]` : ''}` }));
  };
  const skip = (field: string, node: Json, message: string) => {
    problems.push({ field, value: excerpt(safeStringify(node)), message });
    return [];
  };
  const organisations = (key: string, list: string) =>
    entries(key).flatMap(({ node, field }) => {
      if (isRecord(node) && !isLiteral(node)) return [partner(node)];
      const name = nameOf(node);
      return name
        ? [{ name }]
        : skip(field, node, `is neither an Organization nor a name; it is left out of the ${list}`);
    });
  const offer = first(event.offers);
  const virtual = nodes(event.location).find((place) => types(place).includes('VirtualLocation'));
  const statusNode = first(event.eventStatus);
  // Publishers (ours among them) give the event's page or its registration page as the location of an
  // event that has no live link yet: that address is where to read or register, not where to join.
  const locationUrl = isRecord(virtual) ? str(virtual.url) : undefined;
  const pageOrRegistration = [str(event.url), isRecord(offer) ? str(offer.url) : undefined];
  const joinUrl = pageOrRegistration.includes(locationUrl) ? undefined : locationUrl;
  const fields: Record<string, unknown> = {
    name: str(event.name),
    description: str(event.description),
    start: str(event.startDate),
    end: str(event.endDate),
    // The zone's name travels in a Schedule: startDate alone keeps only its offset.
    'time-zone': scheduleTimezone(event.eventSchedule),
    // A word, an IRI, or a node `{"@id": IRI}`, alone or as the first of an array.
    status: str(event.eventStatus) ?? (isRecord(statusNode) ? str(statusNode['@id']) : undefined),
    'register-url': isRecord(offer) ? str(offer.url) : undefined,
    'registration-closes': isRecord(offer) ? str(offer.validThrough) : undefined,
    'join-url': joinUrl,
    'recording-url': urlOf(event.recordedIn),
    image: urlOf(event.image),
    url: str(event.url),
    // schema.org allows a performer, organizer or sponsor to be plain Text: a name.
    panelists: entries('performer').flatMap(({ node, field }) => {
      if (isRecord(node) && !isLiteral(node)) return [person(node)];
      const name = nameOf(node);
      return name ? [{ name }] : skip(field, node, 'is neither a Person nor a name; it is left out of the panel');
    }),
    // The organizer hosts the event; sponsors support it.
    hosts: organisations('organizer', 'hosts'),
    partners: organisations('sponsor', 'partners'),
  };
  const imageNode = first(event.image);
  if (isRecord(imageNode)) fields['image-alt'] = str(imageNode.caption) ?? str(imageNode.name);
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return { fields, problems };
}

function person(node: Record<string, Json>): RawPerson {
  const affiliation = first(node.affiliation) ?? first(node.worksFor);
  const organisation = isRecord(affiliation) ? str(affiliation.name) : str(affiliation);
  const named = organisation !== undefined && organisation.trim() !== '';
  return {
    name: str(node.name),
    role: str(node.jobTitle),
    organisation,
    // `href` is the organisation's link (as on <dialogue-panelist>), so only a named affiliation's
    // own url; the person's page goes with their name (WCAG 2.4.4: link text says where it goes).
    href: named && isRecord(affiliation) ? str(affiliation.url) : undefined,
    url: str(node.url),
    photo: urlOf(node.image),
    bio: str(node.description),
  };
}

function partner(node: Record<string, Json>): RawPartner {
  return { name: str(node.name), logo: urlOf(node.logo) ?? urlOf(node.image), href: str(node.url) };
}

/** `scheduleTimezone` of the first `Schedule` that gives one. */
function scheduleTimezone(value: Json): string | undefined {
  for (const node of nodes(value)) {
    const zone = isRecord(node) ? str(node.scheduleTimezone) : undefined;
    if (zone !== undefined && zone.trim() !== '') return zone;
  }
  return undefined;
}

/** A name given as Text (a string or a `{ "@value": … }` literal), not empty; numbers and lists are not names. */
function nameOf(node: Json): string | undefined {
  const text = typeof node === 'string' ? node : isLiteral(node) ? node['@value'] : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

function isLiteral(node: Json): node is Record<string, Json> & { '@value': Json } {
  return isRecord(node) && node['@value'] !== undefined;
}

function nodes(value: Json): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: Json): Json {
  return nodes(value)[0];
}

/** A node's `@type`s (`[]` for anything but an object). */
export function types(node: Json): string[] {
  if (!isRecord(node)) return [];
  return nodes(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** A plain string from a string, a number, or a `{ "@value": … }` literal. */
function str(value: Json): string | undefined {
  const one = first(value);
  if (typeof one === 'string') return one;
  if (typeof one === 'number') return String(one);
  if (isRecord(one) && typeof one['@value'] === 'string') return one['@value'];
  return undefined;
}

/** An address from a string, an ImageObject/CreativeWork (`url`, `contentUrl`) or `@id`. */
function urlOf(value: Json): string | undefined {
  const one = first(value);
  if (typeof one === 'string') return one;
  if (!isRecord(one)) return undefined;
  return str(one.url) ?? str(one.contentUrl) ?? str(one.embedUrl) ?? str(one['@id']);
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function safeStringify(value: Json): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

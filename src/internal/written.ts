import type { RawEvent } from '../model/raw-event.js';

/**
 * A property's value as the text an attribute would hold. Scripts set properties with
 * whatever they have at hand (a URL object, a number, null): that is never an
 * exception, only a string or nothing.
 */
export function writtenText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || value instanceof URL) return String(value).trim() || undefined;
  return undefined;
}

/**
 * Properties as the fields of a raw event: text as written (a problem quotes it so), a
 * number or a URL as its text. A value that holds no text (unset, empty, an object) is
 * left out, so it leaves the field to the other sources.
 */
export function writtenFields<T extends object>(values: { readonly [K in keyof T]?: unknown }): T {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (writtenText(value) !== undefined) fields[key] = typeof value === 'string' ? value : String(value);
  }
  return fields as T;
}

/**
 * For a property reflected to its attribute: the text it holds, or no attribute at all
 * (never "[object Object]" or "null").
 */
export const textAttribute = {
  toAttribute: (value: unknown): string | null => writtenText(value) ?? null,
};

/** The event's properties, by the attribute each stands for. */
const EVENT_PROPERTIES = {
  name: 'name',
  start: 'start',
  end: 'end',
  'time-zone': 'timeZone',
  status: 'status',
  'register-url': 'registerUrl',
  'registration-closes': 'registrationCloses',
  'recording-url': 'recordingUrl',
  'join-url': 'joinUrl',
  image: 'image',
  'image-alt': 'imageAlt',
} as const;

type EventProperty = (typeof EVENT_PROPERTIES)[keyof typeof EVENT_PROPERTIES];

/**
 * What an element's event properties say, as the fields of a raw event (see
 * writtenFields): the card, and a countdown or register standing alone, read theirs so.
 */
export function eventFieldsOf(element: { readonly [P in EventProperty]?: unknown }): RawEvent {
  const values: Record<string, unknown> = {};
  for (const [attribute, property] of Object.entries(EVENT_PROPERTIES)) values[attribute] = element[property];
  return writtenFields<RawEvent>(values);
}

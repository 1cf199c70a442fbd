// Types of event-form.js, plain JavaScript so that the demo server can serve it as it is.
import type { DialogueEventData } from '../../src/classes.js';
import type { RawEvent, RawSource } from '../../src/model/raw-event.js';

export interface PanelistValues {
  name: string;
  jobTitle: string;
  organisation: string;
  organisationUrl: string;
  /** The person's own page. */
  url: string;
  photo: string;
}

export interface OrganisationValues {
  name: string;
  url: string;
  logo: string;
}

/** What the author filled in: text as typed, times as `<input type="datetime-local">` gives them. */
export interface FormValues {
  name: string;
  description: string;
  start: string;
  end: string;
  timeZone: string;
  status: string;
  registerUrl: string;
  registrationCloses: string;
  joinUrl: string;
  recordingUrl: string;
  image: string;
  /** The event's own page (schema.org `url`). */
  eventPage: string;
  /** The host (schema.org `organizer`). */
  organizer: OrganisationValues;
  panelists: PanelistValues[];
  partners: OrganisationValues[];
  /** Where the host will put the file: its `@id` and the snippets' `src`. */
  fileAddress: string;
  /** The library's module script the snippet loads. */
  scriptAddress: string;
}

/** The library functions the form runs on. */
export interface FormLibrary {
  buildEvent(sources: readonly RawSource[]): DialogueEventData;
  toJsonLd(event: DialogueEventData): Record<string, unknown>;
}

export interface FieldMessage {
  kind: 'error' | 'note';
  text: string;
}

export interface FormCheck {
  event: DialogueEventData;
  /** Whether the host organisation is in the event (the first of its partners). */
  hasHost: boolean;
  fileAddress: string | null;
  scriptAddress: string | null;
  /** Keyed by form key: `name`, `registerUrl`, `panelists.0.photo`, `organizer.logo`, … */
  messages: Record<string, FieldMessage>;
  missing: { key: string; text: string }[];
  errors: number;
}

export interface Choice {
  value: string;
  label: string;
}

export const STATUS_CHOICES: Choice[];
export const PREVIEW_CHOICES: Choice[];
export function emptyPanelist(): PanelistValues;
export function emptyPartner(): OrganisationValues;
export function emptyValues(timeZone?: string): FormValues;
export function scriptBesideFile(fileAddress: string): string;
export function toRawEvent(values: FormValues): RawEvent;
export function formKey(problemField: string): string | null;
export function valuesFromEvent(
  event: DialogueEventData,
  fileAddress?: string,
  hasHost?: boolean,
): Omit<FormValues, 'scriptAddress'>;
export function checkForm(values: FormValues, library: Pick<FormLibrary, 'buildEvent'>): FormCheck;
export function jsonLdDocument(
  event: DialogueEventData,
  fileAddress: string | null,
  library: Pick<FormLibrary, 'toJsonLd'>,
  hasHost?: boolean,
): Record<string, unknown>;
export function jsonLdText(document: Record<string, unknown>): string;
export function escapeHtml(text: string): string;
export function startText(event: DialogueEventData, locale?: string): string | null;
export function partnerSnippets(
  event: DialogueEventData,
  fileAddress: string | null,
  scriptAddress: string,
): { html: string; shortcode: string } | null;
export function previewInstant(choice: string, event: DialogueEventData): number | null;
export function currentZoneName(zone: string): string;
export function zoneLabel(zone: string, now: number, locale?: string): string | null;
export function zoneChoices(now: number, locale?: string, known?: readonly string[]): Choice[];
export function browserZone(): string;

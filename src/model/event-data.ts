/**
 * The normalised event: what every element lays out. Plain, frozen data built by
 * `buildEvent()` from the raw sources; no DOM, no luxon objects, so it can cross
 * context boundaries and two copies of the library unchanged.
 */
import type { EventMoment, EventStatus } from '../time/moment.js';

// The moment types belong to time/, which needs nothing from the model; they are part of the event.
export type { EventMoment, EventStatus };

/** One piece of input that was missing or unusable. */
export interface Problem {
  /** The attribute name (or JSON-LD field) the value came from, e.g. `start`, `register-url`. */
  readonly field: string;
  /** The value as the author wrote it (a string; `''` when missing). */
  readonly value: string;
  /** What is wrong and what the element does instead, in English, for the developer. */
  readonly message: string;
}

/** A person on the panel. */
export interface Person {
  readonly name: string;
  readonly role: string | null;
  readonly organisation: string | null;
  /** An http(s) address for their organisation, which the organisation's name links to; `null` without an organisation. */
  readonly organisationUrl: string | null;
  /** An http(s) address of the person's own page, which their name links to (`<dialogue-panelist href>` without an organisation, JSON-LD `url`). */
  readonly url: string | null;
  /** An http(s) address of a photo. */
  readonly photo: string | null;
  /** A short biography as plain text. */
  readonly bio: string | null;
}

/** An organisation: one that hosts the event, or a partner that supports it. */
export interface Partner {
  readonly name: string;
  readonly logo: string | null;
  readonly href: string | null;
}

/** One event, validated and normalised. Frozen, never mutated: a change is a new object. */
export interface DialogueEventData {
  readonly name: string | null;
  /** Plain-text description from JSON-LD (the authored content of the element wins over it). */
  readonly description: string | null;
  readonly start: EventMoment | null;
  readonly end: EventMoment | null;
  /**
   * The zone the event's own time is shown in: an IANA name (`Africa/Maputo`), or a
   * fixed offset in luxon's spelling (`UTC+2`) when only an offset was written, or
   * `null` when times are floating.
   */
  readonly timeZone: string | null;
  readonly status: EventStatus;
  readonly registerUrl: string | null;
  readonly registrationCloses: EventMoment | null;
  readonly recordingUrl: string | null;
  readonly joinUrl: string | null;
  readonly image: string | null;
  readonly imageAlt: string | null;
  /** The event's own page. */
  readonly url: string | null;
  readonly panelists: readonly Person[];
  /** Who hosts the event (JSON-LD `organizer`, `<dialogue-partner host>`). */
  readonly hosts: readonly Partner[];
  /** Who supports it (JSON-LD `sponsor`, `<dialogue-partner>`). */
  readonly partners: readonly Partner[];
  readonly problems: readonly Problem[];
}

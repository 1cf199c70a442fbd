/**
 * What one source (attributes, child JSON-LD, `src`) says about an event, before
 * validation: strings as written, keyed by attribute name. A source leaves out the
 * fields it does not know, so merging is a plain field-by-field override. A panelist's
 * or partner's `null`, like a missing field, says nothing.
 */
export interface RawPerson {
  readonly name?: string | null;
  readonly role?: string | null;
  readonly organisation?: string | null;
  /** Their organisation's link (the person's own, when there is no organisation). */
  readonly href?: string | null;
  /** The person's own page. */
  readonly url?: string | null;
  readonly photo?: string | null;
  readonly bio?: string | null;
}

export interface RawPartner {
  readonly name?: string | null;
  readonly logo?: string | null;
  readonly href?: string | null;
}

export interface RawEvent {
  readonly name?: string;
  readonly description?: string;
  readonly start?: string;
  readonly end?: string;
  readonly 'time-zone'?: string;
  readonly status?: string;
  readonly 'register-url'?: string;
  readonly 'registration-closes'?: string;
  readonly 'recording-url'?: string;
  readonly 'join-url'?: string;
  readonly image?: string;
  readonly 'image-alt'?: string;
  readonly url?: string;
  readonly panelists?: readonly RawPerson[];
  readonly hosts?: readonly RawPartner[];
  readonly partners?: readonly RawPartner[];
}

/** A raw source, with the address its relative URLs are resolved against. */
export interface RawSource {
  readonly fields: RawEvent;
  /** Base for relative URLs (the page for attributes and child JSON-LD, the `src` address for fetched JSON-LD). */
  readonly baseUrl: string;
  /** Problems found while reading the source (bad JSON, not an Event, …). */
  readonly problems?: readonly import('./event-data.js').Problem[];
}

import type { Problem } from './event-data.js';
import type { RawSource } from './raw-event.js';
import { readJsonLdText } from './from-json-ld.js';
import { safeHttpUrl } from './safe-url.js';

/** What fetching `src` gave: a source to merge (possibly empty) and the visitor's clock error. */
export interface FetchedSource {
  readonly source: RawSource;
  /** How far the visitor's clock runs ahead of the server's (ms), 0 when unknown or negligible. */
  readonly clockSkewMs: number;
}

/**
 * Below this the `Date` header (whole seconds) cannot tell skew from rounding and
 * network time, so no correction is made.
 */
const SKEW_NOISE_MS = 2_000;

/** What fetching a JSON-LD document gave: its text, where it came from, and the visitor's clock error. */
export type FetchedDocument =
  | { readonly ok: true; readonly body: string; readonly baseUrl: string; readonly clockSkewMs: number }
  | { readonly ok: false; readonly baseUrl: string; readonly problem: Problem };

/**
 * Fetches the JSON-LD document at `src` (an event, or a `<dialogue-series>` feed). Never
 * rejects, except with the abort error once `signal` aborts (the caller asked to stop):
 * a bad address, a network error or an HTTP error becomes a problem on the `src` field.
 *
 * `now` reads the visitor's clock (injected so tests can fix it). For a
 * cross-origin `src`, the host must expose the `Date` header
 * (`Access-Control-Expose-Headers: Date, Age`) for skew to be measured.
 */
export async function fetchJsonLd(
  src: string,
  pageUrl: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<FetchedDocument> {
  const url = safeHttpUrl(src, pageUrl);
  const fail = (message: string): FetchedDocument => ({
    ok: false,
    baseUrl: url ?? pageUrl,
    problem: { field: 'src', value: src, message },
  });
  if (!url) return fail('is not an http(s) address; nothing is fetched');

  let response: Response;
  let body: string;
  const sentAt = now();
  try {
    // no-cache: a stored response would carry an old Date header and fake a skew.
    response = await fetch(url, {
      signal,
      cache: 'no-cache',
      credentials: 'omit',
      headers: { accept: 'application/ld+json, application/json' },
    });
    if (!response.ok) return fail(`could not be loaded (HTTP ${response.status}); the authored content is shown`);
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail('could not be loaded (network error or blocked by CORS); the authored content is shown');
  }
  const receivedAt = now();
  return {
    ok: true,
    body,
    baseUrl: response.url || url,
    clockSkewMs: estimateSkew(response.headers.get('date'), sentAt, receivedAt, response.headers.get('age')),
  };
}

/**
 * Fetches a schema.org Event published as JSON-LD at `src` (see `fetchJsonLd`): a
 * document without an Event becomes a problem too, and the authored content stays.
 */
export async function fetchEventSource(
  src: string,
  pageUrl: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<FetchedSource> {
  const fetched = await fetchJsonLd(src, pageUrl, now, signal);
  if (!fetched.ok)
    return { source: { fields: {}, baseUrl: fetched.baseUrl, problems: [fetched.problem] }, clockSkewMs: 0 };
  const reading = readJsonLdText(fetched.body, 'src');
  return {
    source: { fields: reading.fields, baseUrl: fetched.baseUrl, problems: reading.problems },
    clockSkewMs: fetched.clockSkewMs,
  };
}

/**
 * The visitor's clock error from an HTTP `Date` header: the server stamped the
 * response somewhere between sending and receiving, so compare with the midpoint.
 * The header is truncated to the second, hence the half second added.
 */
export function estimateSkew(
  dateHeader: string | null,
  sentAt: number,
  receivedAt: number,
  ageHeader: string | null = null,
): number {
  if (!dateHeader) return 0;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return 0;
  // A cache (a CDN) keeps the origin's Date and says how long it held the response in Age.
  let ageMs = 0;
  if (ageHeader !== null) {
    if (!/^\s*\d+\s*$/.test(ageHeader)) return 0;
    ageMs = Number(ageHeader) * 1000;
  }
  const skew = (sentAt + receivedAt) / 2 - (serverMs + ageMs + 500);
  return Math.abs(skew) < SKEW_NOISE_MS ? 0 : Math.round(skew);
}

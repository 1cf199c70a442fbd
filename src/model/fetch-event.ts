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

/**
 * Fetches a schema.org Event published as JSON-LD at `src`. Never rejects, except
 * with the abort error once `signal` aborts (the caller asked to stop): a network
 * error, an HTTP error, bad JSON or a document without an Event becomes a problem
 * on the `src` field, and the authored content stays as it is.
 *
 * `now` reads the visitor's clock (injected so tests can fix it). For a
 * cross-origin `src`, the host must expose the `Date` header
 * (`Access-Control-Expose-Headers: Date, Age`) for skew to be measured.
 */
export async function fetchEventSource(
  src: string,
  pageUrl: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<FetchedSource> {
  const url = safeHttpUrl(src, pageUrl);
  const fail = (message: string): FetchedSource => ({
    source: { fields: {}, baseUrl: url ?? pageUrl, problems: [{ field: 'src', value: src, message }] },
    clockSkewMs: 0,
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
  const reading = readJsonLdText(body, 'src');
  return {
    source: { fields: reading.fields, baseUrl: response.url || url, problems: reading.problems },
    clockSkewMs: estimateSkew(response.headers.get('date'), sentAt, receivedAt, response.headers.get('age')),
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

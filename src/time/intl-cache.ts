/**
 * Shared, memoised Intl formatters. Building an `Intl.*Format` costs more than the
 * `format()` call itself, and a page of a thousand countdowns re-formats every
 * second, so one instance per (locale, options) serves every element. Formatters
 * are immutable, which makes sharing safe.
 */

// Locales come from `lang` attributes authors write, so the set of keys is open-ended;
// past this many entries the cache starts over rather than grow without bound.
const MAX_ENTRIES = 200;

const formatters = new Map<string, unknown>();

function memo<T>(kind: string, locale: string, options: object, make: () => T): T {
  // Options are object literals built in this folder with a stable key order.
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    if (formatters.size >= MAX_ENTRIES) formatters.clear();
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const canonical = new Map<string, string | null>();

/**
 * A BCP 47 tag Intl accepts, from what an author wrote (`en_GB` → `en-GB`), or null.
 * Every element asks as it connects, and a page writes few languages: asked Intl once each.
 */
export function canonicalLocale(written: string | null | undefined): string | null {
  const text = written?.trim().replace(/_/g, '-');
  if (!text) return null;
  let tag = canonical.get(text);
  if (tag === undefined) {
    if (canonical.size >= MAX_ENTRIES) canonical.clear();
    try {
      tag = Intl.getCanonicalLocales(text)[0] ?? null;
    } catch {
      tag = null;
    }
    canonical.set(text, tag);
  }
  return tag;
}

/** The language subtag of a locale, lower case: `fr` for `fr-CA`. */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split('-')[0] ?? '';
}

/**
 * `locale` as Intl accepts it, else `en`: a malformed `lang` (`??`) must not make a
 * formatter throw out of an element. Remembered (canonicalLocale): formatting asks on every tick.
 */
export function usableLocale(locale: string): string {
  return canonicalLocale(locale) ?? 'en';
}

/** The shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = usableLocale(locale);
  return memo('number', tag, options, () => new Intl.NumberFormat(tag, options));
}

/** The shared `Intl.ListFormat` for this locale and these options. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  const tag = usableLocale(locale);
  return memo('list', tag, options, () => new Intl.ListFormat(tag, options));
}

/** The shared `Intl.DateTimeFormat` for this locale and these options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = usableLocale(locale);
  return memo('date', tag, options, () => new Intl.DateTimeFormat(tag, options));
}

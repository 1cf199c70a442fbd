/**
 * The face shown when a panelist has no photo (or it fails to load): initials on a
 * colour that is always the same for the same name. Pure.
 */

// Grapheme clusters, where the browser has them: a letter with its marks, a flag, an emoji with its skin tone.
const graphemes: (text: string) => string[] =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? (
        (segmenter) => (text: string) =>
          Array.from(segmenter.segment(text), (part) => part.segment)
      )(new Intl.Segmenter(undefined, { granularity: 'grapheme' }))
    : (text: string) => Array.from(text);

/**
 * Printable ASCII has no marks, flags or surrogate pairs: each of its characters is a whole
 * grapheme, so names written in it (most panels) need no segmenter, which is slow to start
 * on each word.
 */
const PLAIN = /^[\x20-\x7e]*$/;
const charactersOf = (text: string): string[] => (PLAIN.test(text) ? text.split('') : graphemes(text));

const STARTS_WITH_LETTER = /^[\p{L}\p{N}]/u;

/** Initials already worked out, by name: a listing shows the same panel card after card. */
const MAX_REMEMBERED = 200;
const remembered = new Map<string, string>();

/**
 * Up to two initials: the first letter of the first and the last word
 * (`Hector Dominguez Aguirre` → `HA`). Words without a letter or digit (an emoji, a
 * flag, a dash) are not part of the name, and punctuation before a letter is not an
 * initial (`"Kiki" Mordi` → `KM`). Each initial is a whole character with its marks:
 * never half a flag or a letter without its accent.
 */
export function initialsOf(name: string): string {
  let initials = remembered.get(name);
  if (initials === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    initials = initialsOfName(name);
    remembered.set(name, initials);
  }
  return initials;
}

function initialsOfName(name: string): string {
  const firsts = name
    .normalize('NFC')
    .split(/\s+/u)
    .map((word) => charactersOf(word).find((character) => STARTS_WITH_LETTER.test(character)))
    .filter((character): character is string => character !== undefined);
  if (firsts.length === 0) return charactersOf(name.trim())[0] ?? '';
  const letters = firsts.length > 1 ? [...firsts.slice(0, 1), ...firsts.slice(-1)] : firsts;
  return letters.map(capital).join('');
}

/**
 * The capital of one initial, unless capitalising makes it more than one character
 * (`ß` → `SS`, `ᾀ` → `ἈΙ`, `ﬁ` → `FI`): then the letter as written, so a face never
 * shows three letters.
 */
function capital(letter: string): string {
  const upper = letter.toLocaleUpperCase();
  return upper.length === 1 || graphemes(upper).length === 1 ? upper : letter;
}

/**
 * A hue from the name (a small string hash), at a lightness dark enough that white
 * initials keep a 4.5:1 contrast whatever the hue.
 */
export function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `hsl(${hash % 360} 45% 30%)`;
}

/**
 * The face shown when a panelist has no photo (or it fails to load): initials on a
 * colour that is always the same for the same name. Pure.
 */

/** Up to two initials: first and last word (`Hector Dominguez Aguirre` → `HA`). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .filter((word): word is string => word !== undefined)
    .map((word) => Array.from(word.normalize('NFC'))[0] ?? '');
  return letters.join('').toLocaleUpperCase();
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

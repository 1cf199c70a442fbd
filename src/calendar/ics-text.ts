/**
 * The two text rules of RFC 5545 that are easy to get wrong: escaping TEXT values
 * (§3.3.11) and folding long lines (§3.1).
 */

/** RFC 5545 §3.1: a line SHOULD NOT be longer than 75 octets, excluding the CRLF. */
const MAX_LINE_OCTETS = 75;

// TEXT excludes control characters other than HTAB (§3.3.11); line breaks are handled before.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A surrogate without its partner would be written as U+FFFD by any UTF-8 encoder anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a TEXT value: `\` `;` `,` get a backslash, any line break becomes `\n`. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/** The number of bytes one code point takes in UTF-8. */
function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate lands here too: encoders write it as U+FFFD, three bytes.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into physical lines of at most 75 UTF-8 octets, joined by
 * CRLF and a space. Cuts only between code points (iterating the string yields them
 * whole), so no multi-byte character is split across lines.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      // A continuation line that began with the text's own space would start with two,
      // and lenient readers drop both: carry the last character over instead.
      let carried = '';
      const last = Array.from(current).pop();
      if (char === ' ' && current.length > 1 && last !== undefined && last !== ' ') {
        carried = last;
        current = current.slice(0, current.length - carried.length);
      }
      lines.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ` ${carried}`;
      octets = 1 + (carried ? utf8Octets(carried) : 0);
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

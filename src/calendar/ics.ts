import type { DialogueEventData, EventStatus } from '../model/event-data.js';
import { type CalendarLabels, eventDetails } from './event-details.js';
import { eventSpan } from './event-span.js';
import { escapeIcsText, foldIcsLine } from './ics-text.js';
import { stableHash } from './stable-hash.js';
import { compactUtc } from './utc-format.js';

/**
 * An event as an iCalendar file (RFC 5545), made in the browser for an
 * "add to calendar" download. Times are written in UTC, so no VTIMEZONE is needed
 * and every calendar shows the entry in its owner's zone.
 */

/** What `toIcs` needs besides the event. */
export interface IcsOptions {
  /** The current time in epoch ms, written as DTSTAMP (this module never reads the clock). */
  readonly now: number;
  /** A UID to use instead of the one derived from the event. */
  readonly uid?: string;
  /** Words before the addresses in DESCRIPTION; English by default. */
  readonly labels?: CalendarLabels;
}

// Calendars only know these three (§3.8.1.11); a postponed event has no date anyone can rely on.
const ICS_STATUS: Record<EventStatus, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

/**
 * A UID that stays the same for the same event on every page and every load, so a
 * second download updates the entry instead of adding a copy. The event's own page
 * identifies it best (and survives a rescheduling); without one, its name and start.
 */
export function icsUid(event: DialogueEventData): string {
  const key = event.url ? `url:${event.url}` : `event:${event.name ?? ''}@${event.start?.epochMs ?? ''}`;
  return `${stableHash(key)}@dialogue-widgets`;
}

/**
 * The event as the text of an `.ics` file (CRLF line ends, folded lines), or `null`
 * when its start is not a known instant (missing, or floating without a zone).
 */
export function toIcs(event: DialogueEventData, options: IcsOptions): string | null {
  const span = eventSpan(event);
  if (!span) return null;
  // DTSTAMP is required; a broken `now` must not write "Invalid DateTime" into the file.
  const stamp = Number.isFinite(options.now) ? options.now : span.startMs;
  const details = eventDetails(event, options.labels);
  const url = event.url ?? event.registerUrl;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dialogue-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(options.uid ?? icsUid(event))}`,
    `DTSTAMP:${compactUtc(stamp)}`,
    `DTSTART:${compactUtc(span.startMs)}`,
    `DTEND:${compactUtc(span.endMs)}`,
    event.name ? `SUMMARY:${escapeIcsText(event.name)}` : null,
    details ? `DESCRIPTION:${escapeIcsText(details)}` : null,
    // URL is a URI value, not TEXT: it is written as is (safeHttpUrl already normalised it).
    url ? `URL:${url}` : null,
    `STATUS:${ICS_STATUS[event.status]}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines
    .filter((line): line is string => line !== null)
    .map((line) => `${foldIcsLine(line)}\r\n`)
    .join('');
}

const MAX_FILE_NAME_CHARS = 60;
// Latin letters that Unicode does not decompose into a base letter and marks.
const LATIN_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
// Windows refuses these as file names, whatever the extension.
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name for the event's `.ics`: its name in lowercase, Latin letters folded
 * to ASCII (`Zürich` → `zurich`), other scripts kept as they are (Arabic and
 * Devanagari names stay readable; browsers and systems take UTF-8 file names),
 * everything else a `-`, at most 60 characters, cut at a word where it can be.
 * `event.ics` when nothing usable is left.
 */
export function icsFileName(event: Pick<DialogueEventData, 'name'>): string {
  const slug = (event.name ?? '')
    .normalize('NFKD')
    .toLowerCase()
    // Drop accents from Latin letters only: in Devanagari or Arabic the marks are spelling.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæœøđðþłıħ]/g, (char) => LATIN_FOLDS[char] ?? char)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const name = truncateAtWord(slug, MAX_FILE_NAME_CHARS);
  if (name === '') return 'event.ics';
  return RESERVED_ON_WINDOWS.test(name) ? `${name}-event.ics` : `${name}.ics`;
}

/** At most `max` code points, cut at the last `-` when that keeps over half of them. */
function truncateAtWord(slug: string, max: number): string {
  const chars = Array.from(slug);
  if (chars.length <= max) return slug;
  const cut = chars.slice(0, max + 1).join('');
  const lastBreak = cut.lastIndexOf('-');
  const kept = lastBreak > max / 2 ? cut.slice(0, lastBreak) : chars.slice(0, max).join('');
  return kept.replace(/-+$/, '');
}

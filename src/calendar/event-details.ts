import type { DialogueEventData } from '../model/event-data.js';

/** The words put before each address in a calendar entry's notes. */
export interface CalendarLabels {
  /** Before the registration address. */
  readonly register: string;
  /** Before the live (join) address. */
  readonly join: string;
  /** Before the event's own page. */
  readonly page: string;
}

/** English labels, used unless the caller passes its language's. */
export const ENGLISH_CALENDAR_LABELS: CalendarLabels = Object.freeze({
  register: 'Register:',
  join: 'Join:',
  page: 'Event page:',
});

/**
 * The notes of a calendar entry as plain text: the description, then the addresses
 * a visitor needs on the day. Addresses go in as text because Google and Outlook
 * links have no field of their own for them.
 */
export function eventDetails(event: DialogueEventData, labels: CalendarLabels = ENGLISH_CALENDAR_LABELS): string {
  const links = [
    [labels.register, event.registerUrl],
    [labels.join, event.joinUrl],
    // The page is only worth a line when it is not the registration address again.
    [labels.page, event.url !== event.registerUrl ? event.url : null],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([label, url]) => `${label} ${url}`);
  return [event.description, links.join('\n')].filter((part) => part).join('\n\n');
}

import type { DialogueEventData } from '../model/event-data.js';
import { type CalendarLabels, eventDetails } from './event-details.js';
import { eventSpan } from './event-span.js';
import { compactUtc, isoUtc } from './utc-format.js';

/**
 * "Add to calendar" links for calendars that live on the web. Both take times in
 * UTC, so the entry lands at the right moment whatever zone the visitor's
 * calendar is set to. `null` when the event's start is not a known instant.
 */

/**
 * A query string with spaces as `%20`: some services (Outlook's deep links, Teams)
 * show a `+` literally. Safe because URLSearchParams writes a real `+` as `%2B`.
 */
function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString().replace(/\+/g, '%20');
}

/** A Google Calendar link that opens a new entry for the event, or `null` without a start instant. */
export function googleCalendarUrl(event: DialogueEventData, labels?: CalendarLabels): string | null {
  const span = eventSpan(event);
  if (!span) return null;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: event.name ?? '',
    dates: `${compactUtc(span.startMs)}/${compactUtc(span.endMs)}`,
    details: eventDetails(event, labels),
  })}`;
}

/** An Outlook (outlook.live.com) link that opens a new entry for the event, or `null` without a start instant. */
export function outlookCalendarUrl(event: DialogueEventData, labels?: CalendarLabels): string | null {
  const span = eventSpan(event);
  if (!span) return null;
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.name ?? '',
    startdt: isoUtc(span.startMs),
    enddt: isoUtc(span.endMs),
    body: eventDetails(event, labels),
  })}`;
}

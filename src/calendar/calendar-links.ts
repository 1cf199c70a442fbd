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

/**
 * Which Outlook on the web: `personal` is Outlook.com (Hotmail, Live, outlook.com
 * addresses); `work` is a work or school account on Microsoft 365, which
 * outlook.live.com turns away.
 */
export type OutlookAccount = 'personal' | 'work';

const OUTLOOK_HOSTS: Record<OutlookAccount, string> = {
  personal: 'outlook.live.com',
  work: 'outlook.office.com',
};

/**
 * An Outlook on the web link that opens a new entry for the event (Outlook.com by
 * default, Microsoft 365 with `account: 'work'`), or `null` without a start instant.
 */
export function outlookCalendarUrl(
  event: DialogueEventData,
  labels?: CalendarLabels,
  account: OutlookAccount = 'personal',
): string | null {
  const span = eventSpan(event);
  if (!span) return null;
  // Both take the same deep link; only the host differs.
  return `https://${OUTLOOK_HOSTS[account]}/calendar/0/deeplink/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.name ?? '',
    startdt: isoUtc(span.startMs),
    enddt: isoUtc(span.endMs),
    body: eventDetails(event, labels),
  })}`;
}

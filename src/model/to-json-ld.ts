import { DateTime, IANAZone } from 'luxon';
import type { DialogueEventData, EventMoment, EventStatus, Partner } from './event-data.js';

const STATUS_IRI: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/** An ISO date-time with the event zone's offset, as search engines want it. */
function isoDate(moment: EventMoment | null, zone: string | null): string | undefined {
  if (!moment) return undefined;
  if (moment.epochMs === null) return moment.wallTime;
  return (
    DateTime.fromMillis(moment.epochMs, { zone: zone ?? 'UTC' }).toISO({ suppressMilliseconds: true }) ?? undefined
  );
}

/**
 * The event as schema.org JSON-LD, for the host's own page (`canonical`): what
 * Google reads for event rich results. Undefined fields are left out.
 */
export function toJsonLd(event: DialogueEventData): Record<string, unknown> {
  const document: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name ?? undefined,
    description: event.description ?? undefined,
    startDate: isoDate(event.start, event.timeZone),
    endDate: isoDate(event.end, event.timeZone),
    // Carries the zone's name to partners, who would otherwise see only an offset ("GMT+02:00").
    eventSchedule:
      event.timeZone && IANAZone.isValidZone(event.timeZone)
        ? { '@type': 'Schedule', scheduleTimezone: event.timeZone }
        : undefined,
    eventStatus: STATUS_IRI[event.status],
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: event.joinUrl ?? event.url ?? event.registerUrl ?? undefined },
    image: event.image ?? undefined,
    url: event.url ?? undefined,
    recordedIn: event.recordingUrl ? { '@type': 'CreativeWork', url: event.recordingUrl } : undefined,
    offers: event.registerUrl
      ? {
          '@type': 'Offer',
          url: event.registerUrl,
          price: 0,
          availability: 'https://schema.org/InStock',
          validThrough: isoDate(event.registrationCloses, event.timeZone),
        }
      : undefined,
    performer: event.panelists.length
      ? event.panelists.map((person) => ({
          '@type': 'Person',
          name: person.name,
          jobTitle: person.role ?? undefined,
          affiliation: person.organisation
            ? { '@type': 'Organization', name: person.organisation, url: person.organisationUrl ?? undefined }
            : undefined,
          image: person.photo ?? undefined,
          url: person.url ?? undefined,
          description: person.bio ?? undefined,
        }))
      : undefined,
    organizer: organisations(event.hosts),
    sponsor: organisations(event.partners),
  };
  // JSON.stringify drops the undefined fields.
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}

/** Hosts or partners as schema.org Organizations, or nothing for none. */
function organisations(list: readonly Partner[]): Record<string, unknown>[] | undefined {
  if (!list.length) return undefined;
  return list.map((partner) => ({
    '@type': 'Organization',
    name: partner.name,
    logo: partner.logo ?? undefined,
    url: partner.href ?? undefined,
  }));
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScriptText(event: DialogueEventData): string {
  return JSON.stringify(toJsonLd(event)).replace(/</g, '\\u003c');
}

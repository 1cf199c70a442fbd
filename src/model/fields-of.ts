import { eventFieldsOf } from '../internal/written.js';
import { isKnownZone } from '../time/zones.js';
import type { DialogueEventData, EventMoment } from './event-data.js';
import type { RawEvent } from './raw-event.js';

/**
 * Fields that build `event` again as it stands, without what was set aside while it was
 * built (a bad address, a panelist without a name, a written offset the zone disagrees
 * with): building from them finds none of its problems a second time. A series' featured
 * card reads its entry so, as the series has already reported them, naming the entry.
 */
export function fieldsOf(event: DialogueEventData): RawEvent {
  const zone = event.timeZone;
  // In a named zone each moment is an instant; at a fixed offset (`UTC+2`, no zone), as written.
  const named = zone !== null && isKnownZone(zone);
  const at = (moment: EventMoment | null) =>
    moment && (named ? new Date(moment.epochMs!).toISOString() : moment.written);
  return {
    ...eventFieldsOf({
      ...event,
      start: at(event.start),
      end: at(event.end),
      registrationCloses: at(event.registrationCloses),
      timeZone: named && zone,
    }),
    description: event.description ?? undefined,
    url: event.url ?? undefined,
    panelists: event.panelists.map((person) => ({ ...person, href: person.organisationUrl })),
    hosts: event.hosts,
    partners: event.partners,
  };
}

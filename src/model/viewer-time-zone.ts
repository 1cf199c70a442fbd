import { writtenText } from '../internal/written.js';
import { isKnownZone } from '../time/zones.js';
import type { Problem } from './event-data.js';

/** What a `viewer-time-zone` asks for: the zone to show local times in, or the browser's. */
export interface ViewerTimeZoneChoice {
  /** The chosen IANA zone, or `undefined` for the browser's own. */
  readonly zone: string | undefined;
  readonly problems: readonly Problem[];
}

/** Reads a `viewer-time-zone` value; a zone the browser does not know is reported and ignored. */
export function readViewerTimeZone(value: unknown): ViewerTimeZoneChoice {
  const written = writtenText(value);
  if (written === undefined || isKnownZone(written)) return { zone: written, problems: [] };
  return {
    zone: undefined,
    problems: [
      { field: 'viewer-time-zone', value: written, message: "is not an IANA time zone; the browser's zone is used" },
    ],
  };
}

import { createContext } from '@lit/context';
import type { DialogueEventData } from '../model/event-data.js';

/**
 * The event a `<dialogue-event>` provides to the dialogue elements inside it. The
 * key is shared by name (`Symbol.for`), not a fresh `Symbol()`, so a provider from
 * one copy of the library serves consumers from another copy on the same page.
 */
export const eventContext = createContext<DialogueEventData | undefined>(Symbol.for('dialogue-widgets/event'));

/**
 * The zone to show local times in when the page chose one (`viewer-time-zone` on
 * the event: kiosks, previews); `undefined` means the browser's own zone.
 */
export const viewerZoneContext = createContext<string | undefined>(Symbol.for('dialogue-widgets/viewer-time-zone'));

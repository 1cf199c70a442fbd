/**
 * The element classes, the clock and the pure helpers, without registering any
 * tag: for pages that register lazily, or subclass an element. The elements find
 * each other by their standard tag names, so register them under those.
 */
export { DialogueEvent } from './event/dialogue-event.js';
export { DialogueCountdown } from './countdown/dialogue-countdown.js';
export { DialoguePanelists } from './panelists/dialogue-panelists.js';
export { DialoguePanelist } from './panelists/dialogue-panelist.js';
export { DialoguePartner } from './panelists/dialogue-partner.js';
export { DialogueRegister } from './register/dialogue-register.js';
export { DialogueSeries } from './series/dialogue-series.js';
export { DialogueStateChangeEvent } from './countdown/state-change-event.js';
export { DialogueRegisterEvent } from './register/register-event.js';
export { clock, setClock, FixedClock, type Clock } from './clock/clock.js';
export { buildEvent } from './model/build-event.js';
export { toJsonLd } from './model/to-json-ld.js';
export { toIcs, icsFileName } from './calendar/ics.js';
export { googleCalendarUrl, outlookCalendarUrl, type OutlookAccount } from './calendar/calendar-links.js';
export { VERSION } from './internal/version.js';
export type { DialogueEventData, EventMoment, EventStatus, Person, Partner, Problem } from './model/event-data.js';
export type { PhaseState } from './time/phase.js';

import type { DialogueEventData } from '../model/event-data.js';
import type { PhaseState } from '../time/phase.js';

/**
 * What the visitor can do about the event now. Pure: the phase and the time come
 * in as arguments.
 */
export type CallToAction =
  | { kind: 'register'; url: string }
  | { kind: 'join'; url: string }
  | { kind: 'recording'; url: string }
  | { kind: 'registration-closed' }
  | { kind: 'cancelled' }
  | { kind: 'postponed' }
  | { kind: 'none' };

type Input = Pick<DialogueEventData, 'registerUrl' | 'registrationCloses' | 'joinUrl' | 'recordingUrl'>;

/** Whether registration is still open at `now` (no closing time means open until the event ends). */
export function registrationOpen(event: Input, now: number): boolean {
  const closes = event.registrationCloses?.epochMs ?? null;
  return closes === null || now < closes;
}

/** The call to action for `event` in `state` at `now` (epoch ms). */
export function callToAction(event: Input, state: PhaseState, now: number): CallToAction {
  switch (state) {
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'postponed':
      return { kind: 'postponed' };
    case 'ended':
      return event.recordingUrl ? { kind: 'recording', url: event.recordingUrl } : { kind: 'none' };
    case 'live':
      if (event.joinUrl) return { kind: 'join', url: event.joinUrl };
      break;
  }
  if (!event.registerUrl) return { kind: 'none' };
  // A floating or missing start still lets people register: only the closing time can stop it.
  return registrationOpen(event, now) ? { kind: 'register', url: event.registerUrl } : { kind: 'registration-closed' };
}

/** The calendar menu is offered while there is still something to attend. */
export function offersCalendar(state: PhaseState): boolean {
  return state === 'upcoming' || state === 'live';
}

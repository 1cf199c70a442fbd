import type { PhaseState } from '../time/phase.js';

/** Fired by `<dialogue-countdown>` when the event's state changes (not for the first reading). */
export class DialogueStateChangeEvent extends Event {
  /** `{ state, previous }`, as the contract names them. */
  readonly detail: { readonly state: PhaseState; readonly previous: PhaseState };

  constructor(state: PhaseState, previous: PhaseState) {
    super('dialogue-state-change', { bubbles: true, composed: true });
    this.detail = Object.freeze({ state, previous });
  }
}

declare global {
  // Every map of typed listeners (elements, document, window) extends this one: the event
  // bubbles out of shadow roots, so all of them may hear it.
  interface GlobalEventHandlersEventMap {
    'dialogue-state-change': DialogueStateChangeEvent;
  }
}

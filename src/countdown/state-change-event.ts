import type { PhaseState } from '../time/phase.js';

/**
 * Fired by `<dialogue-countdown>` when the event's state changes, and once for the
 * first state it finds (`previous` is then `null`).
 */
export class DialogueStateChangeEvent extends Event {
  /** `{ state, previous }`, as the contract names them; `previous` is `null` for the first state. */
  readonly detail: { readonly state: PhaseState; readonly previous: PhaseState | null };

  constructor(state: PhaseState, previous: PhaseState | null) {
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

/**
 * Fired by `<dialogue-register>` when the visitor follows the registration link, so
 * a partner site can count sign-ups with its own analytics. The library itself
 * sends nothing anywhere and sets no cookie.
 */
export class DialogueRegisterEvent extends Event {
  /** `{ url, name }`: where the visitor went, and the event's name. */
  readonly detail: { readonly url: string; readonly name: string | null };

  constructor(url: string, name: string | null) {
    super('dialogue-register', { bubbles: true, composed: true });
    this.detail = Object.freeze({ url, name });
  }
}

declare global {
  // Every map of typed listeners (elements, document, window) extends this one: the event
  // bubbles out of shadow roots, so all of them may hear it.
  interface GlobalEventHandlersEventMap {
    'dialogue-register': DialogueRegisterEvent;
  }
}

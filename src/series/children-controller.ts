import type { ReactiveController, ReactiveElement } from 'lit';
import { EVENT_CHANGE } from '../event/event-source.js';
import { EVENT_TAG } from '../internal/tags.js';
import type { DialogueEventData } from '../model/event-data.js';
import { safeHttpUrl } from '../model/safe-url.js';
import { identities, type Candidate } from './entries.js';

type EventElement = Element & { readonly event?: DialogueEventData; readonly src?: string };

/**
 * The `<dialogue-event>` children of a series, each building its own event from its
 * own sources. Watches for children coming and going, and for a child's event
 * changing (its `src` answered): `version` moves on, and the host updates.
 */
export class ChildrenController implements ReactiveController {
  /** Moves on whenever the children or their events may have changed. */
  version = 0;

  private observer?: MutationObserver;
  private readonly changed = () => {
    this.version += 1;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The `<dialogue-event>` children, in the author's order. */
  get elements(): EventElement[] {
    return [...this.host.children].filter((child) => child.localName === EVENT_TAG);
  }

  /** One candidate per child whose event is known (a child still waiting for its `src` is not yet one). */
  candidates(): Candidate[] {
    return this.elements.flatMap((element, index) => {
      const event = element.event;
      if (!event) return [];
      const src = typeof element.src === 'string' && element.src ? safeHttpUrl(element.src, document.baseURI) : null;
      return [
        {
          field: `${EVENT_TAG}[${index}]`,
          event,
          ids: identities([src, event.url]),
          element,
        },
      ];
    });
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(this.changed);
    this.observer.observe(this.host, { childList: true });
    this.host.addEventListener(EVENT_CHANGE, this.changed);
    // Children upgraded before the series listened, or once the tag is defined.
    if (!customElements.get(EVENT_TAG)) void customElements.whenDefined(EVENT_TAG).then(this.changed);
    this.changed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.host.removeEventListener(EVENT_CHANGE, this.changed);
  }
}

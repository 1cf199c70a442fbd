import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { buildEvent } from '../model/build-event.js';
import type { DialogueEventData } from '../model/event-data.js';
import type { RawEvent } from '../model/raw-event.js';
import { eventContext, viewerZoneContext } from './event-context.js';
import { EVENT_TAG } from './tags.js';

/** Whether a `<dialogue-event>` holds `element`, in its light DOM or (for the card's own parts) its shadow root. */
function insideAnEvent(element: Element): boolean {
  for (let node: Element | null = element; node;) {
    if (node.parentElement?.closest(EVENT_TAG)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
    if (node?.localName === EVENT_TAG) return true;
  }
  return false;
}

/**
 * Asks for the event only where a `<dialogue-event>` could answer: one around the element.
 * A lone countdown on a listing would send its requests through the whole page for
 * nothing (a provider only ever answers from around its consumer, and an element moved
 * into an event connects, and asks, again).
 */
class EventContextConsumer<C extends typeof eventContext | typeof viewerZoneContext> extends ContextConsumer<
  C,
  ReactiveElement
> {
  override hostConnected(): void {
    if (insideAnEvent(this.host)) super.hostConnected();
  }
}

/**
 * Events built from a lone element's attributes, shared by every element that writes the
 * same ones: a listing repeats the same few events row after row, and an event is never
 * changed once built. Past this many the memo starts over rather than grow without bound.
 */
const MAX_OWN_EVENTS = 200;
const ownEvents = new Map<string, DialogueEventData>();

function ownEvent(fields: RawEvent, key: string): DialogueEventData {
  const baseUrl = document.baseURI;
  const memoKey = `${key}\u0000${baseUrl}`;
  let event = ownEvents.get(memoKey);
  if (!event) {
    if (ownEvents.size >= MAX_OWN_EVENTS) ownEvents.clear();
    event = buildEvent([{ fields, baseUrl }], { requireStart: true });
    ownEvents.set(memoKey, event);
  }
  return event;
}

/**
 * How the countdown, the panel and the register element get the event of the
 * `<dialogue-event>` around them.
 *
 * On a real page the markup comes before the script, and an element inside an
 * event may be upgraded before `<dialogue-event>` is defined (the bundle defines
 * the tags one after another; npm users may import one entry before another). Its
 * request for the event then finds no provider and would never be answered, so it
 * is made again once `<dialogue-event>` is defined. Meanwhile the element is
 * `awaiting`: it should neither show nor report its own empty attributes.
 */
export class EventConsumer implements ReactiveController {
  private readonly consumer: EventContextConsumer<typeof eventContext>;
  /** Made when the viewer's zone is first asked for (by a countdown): the panel and the register never ask. */
  private zoneConsumer?: EventContextConsumer<typeof viewerZoneContext>;
  private ownKey = '';
  private own?: DialogueEventData;

  constructor(private readonly host: ReactiveElement) {
    this.consumer = new EventContextConsumer(host, { context: eventContext, subscribe: true });
    host.addController(this);
  }

  /**
   * The event to show: the surrounding one, else the one the element's own
   * properties (`values`, keyed by attribute name) describe, built again only when they change.
   */
  shown(fields: RawEvent): DialogueEventData {
    if (this.consumer.value) return this.consumer.value;
    const key = JSON.stringify(fields);
    if (key !== this.ownKey || !this.own) {
      this.ownKey = key;
      this.own = ownEvent(fields, key);
    }
    return this.own;
  }

  /**
   * The viewer's zone the surrounding event chose (`viewer-time-zone`), if any. The first call
   * asks the event for it, and the answer comes at once when the element is connected (a
   * provider answers as it hears the request), so each card sends two requests fewer.
   */
  get viewerZone(): string | undefined {
    this.zoneConsumer ??= new EventContextConsumer(this.host, { context: viewerZoneContext, subscribe: true });
    return this.zoneConsumer.value;
  }

  /** The surrounding event, once its `<dialogue-event>` has provided it. */
  get value(): DialogueEventData | undefined {
    return this.consumer.value;
  }

  /**
   * Whether the event to show is known: the surrounding one has provided it, or the
   * element stands outside any `<dialogue-event>`.
   */
  get settled(): boolean {
    return this.consumer.value !== undefined || !this.host.parentElement?.closest(EVENT_TAG);
  }

  /**
   * Inside an authored `<dialogue-event>` that is defined but has not provided its
   * event yet: it will. (Inside one that is not defined at all, the element stands
   * alone with its own attributes until it is.)
   */
  get awaiting(): boolean {
    return (
      this.consumer.value === undefined &&
      this.host.parentElement?.closest(EVENT_TAG) != null &&
      customElements.get(EVENT_TAG) !== undefined
    );
  }

  hostConnected(): void {
    if (this.consumer.value !== undefined || !this.host.parentElement?.closest(EVENT_TAG)) return;
    if (customElements.get(EVENT_TAG)) return;
    void customElements.whenDefined(EVENT_TAG).then(() => {
      if (!this.host.isConnected || this.consumer.value !== undefined) return;
      // Ask again, now that a provider can answer.
      for (const consumer of [this.consumer, this.zoneConsumer]) {
        consumer?.hostDisconnected();
        consumer?.hostConnected();
      }
    });
  }

  hostDisconnected(): void {
    // Taken out of its event, the element must not keep showing that event.
    if (this.consumer.value === undefined && this.zoneConsumer?.value === undefined) return;
    this.consumer.value = undefined;
    if (this.zoneConsumer) this.zoneConsumer.value = undefined;
    this.host.requestUpdate();
  }
}

import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { setClockSkew, uncorrectedNow } from '../clock/clock.js';
import { eventContext, viewerZoneContext } from '../internal/event-context.js';
import { writtenText } from '../internal/written.js';
import { buildEvent } from '../model/build-event.js';
import type { DialogueEventData, Problem } from '../model/event-data.js';
import { fetchEventSource, type FetchedSource } from '../model/fetch-event.js';
import type { RawEvent, RawSource } from '../model/raw-event.js';
import { readViewerTimeZone } from '../model/viewer-time-zone.js';
import { detectEarlyClose } from './early-close.js';
import { noscriptFallback, type FallbackPiece } from './noscript-fallback.js';
import { readContent, type AuthoredContent } from './read-content.js';

/** What the element tells its source controller. */
export interface EventSourceInputs {
  /** The event's fields its properties hold (set from attributes or script). */
  fields(): RawEvent;
  /** `src`, as set. */
  src(): unknown;
  /** `viewer-time-zone`, as set. */
  viewerTimeZone(): unknown;
  /** A source given from script, ranked as `src` (a `<dialogue-series>` entry), if any. */
  given?(): RawSource | undefined;
  /** Takes every problem found, to report them. */
  report(problems: readonly Problem[]): void;
}

/** What `<dialogue-event>` fires when its event changed (a `<dialogue-series>` around it lists it). */
export const EVENT_CHANGE = 'dialogue-event-change';

const NOTHING_AUTHORED: AuthoredContent = {
  fields: {},
  jsonLd: [],
  description: [],
  nameElement: null,
  composed: false,
};

// The attributes of the data children that say something about the event.
const CHILD_ATTRIBUTES = [
  'name',
  'job-title',
  'role',
  'organisation',
  'organization',
  'photo',
  'href',
  'logo',
  'host',
  'slot',
  'type',
];

/**
 * Where `<dialogue-event>`'s event comes from: fetches `src`, watches what the author
 * wrote inside, merges both with the element's properties (later sources win, field by
 * field), validates, and provides the event to the dialogue elements inside. Each piece
 * of work is done when its input changes (a new `src`, a changed child, a property), not
 * on every update of the card.
 */
export class EventSourceController implements ReactiveController {
  /** What the author wrote inside, as last read. */
  content: AuthoredContent = NOTHING_AUTHORED;
  /** The event, once there is one to show; the same object until something in it changes. */
  event?: DialogueEventData;
  /**
   * `src` is loading and nothing else gives a start: no event to provide yet (the
   * elements inside wait) and nothing to judge (src may bring it).
   */
  waitingForSrc = false;
  /** The words of the author's `<noscript>`, once `src` has failed; empty otherwise. */
  fallback: readonly FallbackPiece[] = [];

  private readonly eventProvider: ContextProvider<typeof eventContext, ReactiveElement>;
  private readonly viewerZoneProvider: ContextProvider<typeof viewerZoneContext, ReactiveElement>;
  private readonly observer = new MutationObserver(() => this.contentChanged());
  private contentStale = true;
  private fetched: FetchedSource | null = null;
  private fetchAbort?: AbortController;
  private loadedSrc?: string;
  private earlyClose: Problem | null = null;
  /** The inputs the event was last built from, besides the content and the fetch. */
  private builtFrom = '';
  private eventKey = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly inputs: EventSourceInputs,
  ) {
    this.eventProvider = new ContextProvider(host, { context: eventContext });
    this.viewerZoneProvider = new ContextProvider(host, { context: viewerZoneContext });
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: CHILD_ATTRIBUTES,
    });
    this.contentStale = true;
    this.checkEarlyClose();
    if (document.readyState === 'loading') {
      // The parser may not have reached the siblings yet.
      document.addEventListener('DOMContentLoaded', () => this.checkEarlyClose(), { once: true });
    }
    // Built at once, so the elements inside read the event as they connect.
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    // A fetch cut short starts again when the element comes back.
    if (this.fetchAbort) {
      this.fetchAbort.abort();
      this.fetchAbort = undefined;
      this.loadedSrc = undefined;
    }
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Reads again what changed since the last time, and builds the event when any input did. */
  private refresh(): void {
    const src = writtenText(this.inputs.src());
    if (src !== this.loadedSrc) this.load(src);
    if (this.contentStale) {
      this.contentStale = false;
      this.content = readContent(this.host);
      this.builtFrom = '';
    }
    const viewerZone = readViewerTimeZone(this.inputs.viewerTimeZone());
    const fields = this.inputs.fields();
    const inputs = JSON.stringify([
      fields,
      viewerZone.zone,
      viewerZone.problems.length,
      this.earlyClose?.value,
      this.inputs.given?.(),
    ]);
    if (inputs === this.builtFrom) return;
    this.builtFrom = inputs;
    const srcFailed = this.fetched?.source.problems?.some((problem) => problem.field === 'src') ?? false;
    this.fallback = srcFailed ? noscriptFallback(this.host) : [];

    const event = buildEvent(this.sources(fields), { requireStart: true });
    const loading = this.fetchAbort !== undefined && this.fetched === null;
    this.waitingForSrc = loading && event.start === null;
    if (this.waitingForSrc) return;
    this.adopt(event);
    this.viewerZoneProvider.setValue(viewerZone.zone);
    if (loading) return;
    this.inputs.report([...event.problems, ...viewerZone.problems, ...(this.earlyClose ? [this.earlyClose] : [])]);
  }

  /** The sources in rank order: `src`, child JSON-LD, then children and properties. */
  private sources(fields: RawEvent): RawSource[] {
    const pageUrl = document.baseURI;
    const answered = this.fetched?.source ?? this.inputs.given?.();
    return [
      ...(answered ? [answered] : []),
      ...this.content.jsonLd.map((reading) => ({ ...reading, baseUrl: pageUrl })),
      { fields: { ...this.content.fields, ...fields }, baseUrl: pageUrl },
    ];
  }

  /** Keeps the same object while nothing changed, so consumers re-render only on news. */
  private adopt(event: DialogueEventData): void {
    const key = JSON.stringify(event);
    if (key === this.eventKey) return;
    this.eventKey = key;
    this.event = event;
    this.eventProvider.setValue(event);
    // A <dialogue-series> around the element lists this event: it learns of the change so.
    this.host.dispatchEvent(new Event(EVENT_CHANGE, { bubbles: true }));
  }

  private load(src: string | undefined): void {
    this.fetchAbort?.abort();
    this.fetchAbort = undefined;
    this.fetched = null;
    this.loadedSrc = src;
    this.builtFrom = '';
    if (!src) return;
    const abort = new AbortController();
    this.fetchAbort = abort;
    fetchEventSource(src, document.baseURI, uncorrectedNow, abort.signal).then(
      (fetched) => {
        if (abort.signal.aborted) return;
        this.fetched = fetched;
        this.fetchAbort = undefined;
        this.builtFrom = '';
        // The visitor's clock may run ahead of the event's server: the clock corrects for it.
        // A 0 says as much "unknown" as "right", so it leaves an earlier measurement be.
        if (fetched.clockSkewMs !== 0) setClockSkew(fetched.clockSkewMs);
        this.host.requestUpdate();
      },
      () => {
        // Aborted because src changed or the element left the page: nothing to do.
      },
    );
  }

  private contentChanged(): void {
    this.contentStale = true;
    this.host.requestUpdate();
  }

  private checkEarlyClose(): void {
    const found = detectEarlyClose(this.host);
    if (found?.value === this.earlyClose?.value) return;
    this.earlyClose = found;
    this.host.requestUpdate();
  }
}

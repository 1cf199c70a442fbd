import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TickController } from '../clock/tick-controller.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EventConsumer } from '../internal/event-consumer.js';
import type { DialogueEventData, EventStatus } from '../model/event-data.js';
import { readViewerTimeZone } from '../model/viewer-time-zone.js';
import { describeFloating, describeTimes, type DescribedTimes, type FloatingTime } from '../time/local-time.js';
import { phaseAt, type PhaseState } from '../time/phase.js';
import { accessibleTimeLeft, formatTimeLeft, timeLeft } from '../time/time-left.js';
import { MINUTE_MS } from '../time/units.js';
import { browserTimeZone } from '../time/viewer-zone.js';
import { placeOf } from '../time/zones.js';
import { DialogueStateChangeEvent } from './state-change-event.js';
import { dialogueCountdownStyles } from './dialogue-countdown.styles.js';
import { phraseLocale } from '../internal/messages.js';
import { eventFieldsOf, writtenText } from '../internal/written.js';

/**
 * Time left until an event starts, the event's time in its own zone, and the same
 * moment in the visitor's zone. Inside a `<dialogue-event>` it shows that event;
 * on its own it reads its attributes. Every countdown on a page shares one timer.
 *
 * @tagname dialogue-countdown
 * @summary A countdown and the start time in every visitor's zone.
 *
 * @attribute state - Where the event stands, written by the countdown (read-only): `upcoming`, `live`, `ended`, `cancelled`, `postponed` or `invalid`.
 *
 * @csspart time-left - The line with the time left or the event's state.
 * @csspart event-time - The `<time>` with the start in the event's zone.
 * @csspart local-time - The `<time>` with the start in the viewer's zone (both names when they coincide).
 *
 * @cssproperty --dialogue-accent - The "starting soon" highlight's background. Default: #0b57d0.
 * @cssproperty --dialogue-live - The "live now" dot. Default: #d93025.
 * @cssproperty --dialogue-muted - Secondary text. Default: the text colour at 75%.
 * @cssproperty --dialogue-accent-text - Text on the "starting soon" highlight. Default: #ffffff.
 * @cssproperty --dialogue-alert - The bar beside cancelled and postponed notices. Default: #b3261e.
 *
 * @event dialogue-state-change - The state changed (`detail: { state, previous }`); bubbles and crosses shadow roots.
 */
export class DialogueCountdown extends DialogueElement {
  static override styles = dialogueCountdownStyles;

  private readonly ticker = new TickController(this, (now, onScreen, everyone) => this.onTick(now, onScreen, everyone));

  private readonly eventConsumer = new EventConsumer(this);

  /** Start, ISO 8601 (used when the countdown stands alone). */
  @property() start?: string;
  /** End, ISO 8601 (alone; default length 90 minutes). */
  @property() end?: string;
  /** The event's IANA time zone (alone). */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** `scheduled`, `cancelled`, `postponed`, `rescheduled`, `moved-online` (alone). */
  @property() status?: EventStatus;
  /** Show the local time in this IANA zone instead of the browser's. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  @state() private startingSoon = false;
  @state() private timeLeftText = '';
  @state() private timeLeftSpoken = '';
  @state() private announcement = '';

  private event?: DialogueEventData;
  private times: DescribedTimes | FloatingTime | null = null;
  private currentState: PhaseState = 'invalid';
  private decided = false;
  /** The viewer's zone was chosen (`viewer-time-zone`): the local time is named after its place. */
  private zoneChosen = false;
  /** The zone asked for (chosen, or the browser's) when the times were last described. */
  private shownZone = '';
  /** The browser's zone, as last read. */
  private browserZone = '';
  private readonly pendingChanges: DialogueStateChangeEvent[] = [];
  private shownLocale = '';

  /**
   * `upcoming`, `live`, `ended`, `cancelled`, `postponed` or `invalid`: where the event
   * stands, right from the moment the countdown is on the page (read-only; reflected as
   * the `state` attribute).
   */
  get state(): PhaseState {
    return this.currentState;
  }

  /** The surrounding `<dialogue-event>`'s event, once it has provided one. */
  private get contextEvent(): DialogueEventData | undefined {
    return this.eventConsumer.value;
  }

  /** The event shown: the surrounding `<dialogue-event>`'s, else one built from the attributes. */
  private eventShown(): DialogueEventData {
    // The name is not a countdown's business: a placeholder keeps "name is missing" out of its problems.
    return this.eventConsumer.shown({ ...eventFieldsOf(this), name: 'countdown' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Decided at once, not at the first render: a script that appends a countdown reads its state.
    // (Inside an event not yet defined, the first render is soon enough: the event may be by then.)
    if (this.eventConsumer.settled) this.readEvent();
  }

  override willUpdate(): void {
    this.readEvent();
  }

  /** Takes in the event, the zone and the language; describes the times again when any changed. */
  private readEvent(): void {
    // Waiting for the surrounding event: no state to decide, nothing of our own to report.
    if (this.eventConsumer.awaiting) return;
    const event = this.eventShown();
    // The zone chosen here, else the one the surrounding event chose, else the browser's.
    const own = readViewerTimeZone(this.viewerTimeZone);
    const chosen = writtenText(this.viewerTimeZone) !== undefined ? own.zone : this.eventConsumer.viewerZone;
    // Most updates are the ticker's new text: only new input is worth describing again.
    // The browser's zone is read once here, then again only when everyone wakes: reading it
    // on every tick would cost a timer each time.
    if (!this.browserZone) this.browserZone = browserTimeZone();
    const zone = chosen ?? this.browserZone;
    if (event === this.event && zone === this.shownZone && this.locale === this.shownLocale) return;
    // Inside an event, the event reports its own problems; alone, the countdown does.
    this.setProblems([...(this.contextEvent ? [] : event.problems), ...own.problems]);
    this.setCustomState('alone', !this.contextEvent);
    this.event = event;
    this.shownZone = zone;
    this.zoneChosen = chosen !== undefined;
    this.shownLocale = this.locale;
    this.times = describe(event, zone, this.locale);
    this.ticker.refresh();
  }

  override updated(): void {
    // Told after the change is on screen, so listeners see what the visitor sees.
    for (const change of this.pendingChanges.splice(0)) this.dispatchEvent(change);
  }

  /** Reads the time: state, "starting soon" and the time left; returns when to look again. */
  private onTick(now: number, onScreen: boolean, everyone: boolean): number | null {
    const event = this.event;
    if (!event) return null;
    // Woken with everyone (the page shows again, the minute check): a visitor who travelled, or
    // changed the system zone, sees the local time in the new one.
    if (everyone && this.browserZone && browserTimeZone() !== this.browserZone) {
      this.browserZone = browserTimeZone();
      this.requestUpdate();
    }
    const phase = phaseAt(event, now);
    const wasDecided = this.decided;
    this.changeState(phase.state);
    // "Starting soon" is announced once, when it begins while the visitor is here.
    if (wasDecided && phase.startingSoon && !this.startingSoon) this.announcement = this.messages.startingSoon;
    this.startingSoon = phase.startingSoon;

    let textChangesAt: number | null = null;
    if (phase.state === 'upcoming' && event.start?.epochMs != null) {
      const left = timeLeft(event.start.epochMs, now);
      // Inside one of our phrases: in the phrase's language.
      const phrase = phraseLocale(this.locale);
      this.timeLeftText = formatTimeLeft(left, phrase);
      this.timeLeftSpoken = accessibleTimeLeft(left, phrase);
      textChangesAt = left.nextChangeAt;
      // Off screen, nobody reads the seconds: wake once a minute at most.
      if (!onScreen && textChangesAt !== null && left.granularity === 'minute') {
        textChangesAt = Math.max(textChangesAt, now + MINUTE_MS);
      }
    } else {
      this.timeLeftText = '';
      this.timeLeftSpoken = '';
    }
    const next = [phase.nextChangeAt, textChangesAt].filter((at): at is number => at !== null);
    return next.length ? Math.min(...next) : null;
  }

  private changeState(next: PhaseState): void {
    const previous = this.decided ? this.currentState : null;
    if (next === previous) return;
    this.decided = true;
    this.currentState = next;
    this.setAttribute('state', next);
    // The first reading is told (a listener learns where the event stands) but not announced:
    // the visitor did not see anything change.
    if (previous !== null) this.announcement = this.announce(next);
    this.pendingChanges.push(new DialogueStateChangeEvent(next, previous));
    this.requestUpdate();
  }

  private announce(state: PhaseState): string {
    const words: Partial<Record<PhaseState, string>> = {
      live: this.messages.live,
      ended: this.messages.ended,
      cancelled: this.messages.cancelledNotice,
      postponed: this.messages.postponedNotice,
    };
    return words[state] ?? '';
  }

  override render(): TemplateResult {
    return html`
      <div class="countdown ${this.state} ${this.startingSoon ? 'soon' : ''}" lang=${this.locale} dir=${this.direction}>
        ${this.isFloating() ? nothing : html`<p part="time-left" class="time-left" lang=${phraseLocale(this.locale)}>${this.renderHeadline()}</p>`}
        <p class="times"><span class="time-list">${this.renderTimes()}</span></p>
        <div class="announcer" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  /**
   * A time written without a zone or offset: shown as written, with nothing to count
   * down to, and no "to be confirmed" above a time the author did give.
   */
  private isFloating(): boolean {
    return this.state === 'invalid' && this.times !== null && !('event' in this.times);
  }

  private renderHeadline() {
    const m = this.messages;
    switch (this.state) {
      case 'upcoming':
        return html`${this.startingSoon ? html`<strong class="soon-label">${m.startingSoon}</strong> ` : nothing}<span
            aria-hidden="true"
            >${m.startsIn(this.timeLeftText)}</span
          ><span class="visually-hidden">${m.startsIn(this.timeLeftSpoken)}</span>`;
      case 'live':
        return html`<span class="live-dot" aria-hidden="true"></span>${m.live}`;
      case 'ended':
        return m.ended;
      case 'cancelled':
        return m.cancelledNotice;
      case 'postponed':
        return m.postponedNotice;
      default:
        return m.timeUnknown;
    }
  }

  /** "your time", or where the page chose the zone, its place: "Auckland time". */
  private localLabel(): string {
    return this.zoneChosen ? this.messages.zoneTime(placeOf(this.shownZone)) : this.messages.yourTime;
  }

  private renderTimes() {
    const times = this.times;
    if (!times) return nothing;
    if (!('event' in times)) {
      return html`<time part="event-time" datetime=${times.iso}>${times.text}</time>
        <span class="note">(${this.messages.notConverted})</span>`;
    }
    if (!times.viewer) {
      return html`<time part="event-time local-time" datetime=${times.event.iso} title=${times.event.zoneName}
        >${times.event.text}</time
      >`;
    }
    // One binding, one text node: each binding is a marker node more in every countdown.
    const local = `${times.viewer.text} ${this.localLabel()}`;
    return html`<time part="event-time" datetime=${times.event.iso} title=${times.event.zoneName}
        >${times.event.text}</time
      >
      <time part="local-time" datetime=${times.viewer.iso} title=${times.viewer.zoneName}>${local}</time>`;
  }
}

/** The event's start, described for display; null when there is no start at all. */
function describe(event: DialogueEventData, viewerZone: string, locale: string) {
  const start = event.start;
  if (!start) return null;
  if (start.epochMs === null || !event.timeZone) return describeFloating(start.wallTime, locale);
  return describeTimes(start.epochMs, event.timeZone, viewerZone, locale);
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-countdown': DialogueCountdown;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TickController } from '../clock/tick-controller.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EventConsumer } from '../internal/event-consumer.js';
import type { DialogueEventData, Problem } from '../model/event-data.js';
import { describeFloating, describeTimes, type DescribedTimes, type FloatingTime } from '../time/local-time.js';
import { phaseAt, type PhaseState } from '../time/phase.js';
import { accessibleTimeLeft, formatTimeLeft, timeLeft } from '../time/time-left.js';
import { browserTimeZone } from '../time/viewer-zone.js';
import { isKnownZone } from '../time/zones.js';
import { DialogueStateChangeEvent } from './state-change-event.js';
import { dialogueCountdownStyles } from './dialogue-countdown.styles.js';
import { phraseLocale } from '../internal/messages.js';
import { writtenText } from '../internal/written.js';

const MINUTE_MS = 60_000;

/**
 * Time left until an event starts, the event's time in its own zone, and the same
 * moment in the visitor's zone. Inside a `<dialogue-event>` it shows that event;
 * on its own it reads its attributes. Every countdown on a page shares one timer.
 *
 * @tagname dialogue-countdown
 * @summary A countdown and the start time in every visitor's zone.
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
  /** `scheduled`, `cancelled`, `postponed`, … (alone). */
  @property() status?: string;
  /** Show the local time in this IANA zone instead of the browser's. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;
  /** `upcoming`, `live`, `ended`, `cancelled`, `postponed` or `invalid` (read-only, reflected). */
  @property({ reflect: true }) state: PhaseState = 'invalid';

  @state() private startingSoon = false;
  @state() private timeLeftText = '';
  @state() private timeLeftSpoken = '';
  @state() private announcement = '';

  private event?: DialogueEventData;
  private times: DescribedTimes | FloatingTime | null = null;
  private decided = false;
  /** The zone asked for (chosen, or the browser's) when the times were last described. */
  private shownZone = '';
  /** The browser's zone, as last read. */
  private browserZone = '';
  private readonly pendingChanges: DialogueStateChangeEvent[] = [];
  private shownLocale = '';

  /** The surrounding `<dialogue-event>`'s event, once it has provided one. */
  private get contextEvent(): DialogueEventData | undefined {
    return this.eventConsumer.value;
  }

  /** The event shown: the surrounding `<dialogue-event>`'s, else one built from the attributes. */
  private eventShown(): DialogueEventData {
    // The name is not a countdown's business: a placeholder keeps "name is missing" out of its problems.
    return this.eventConsumer.shown({ start: this.start, end: this.end, 'time-zone': this.timeZone, status: this.status, name: 'countdown' });
  }

  /** The viewer's zone: the one chosen (attribute, else the event's), else the browser's. */
  private viewerZone(chosen: string, problems: Problem[]): string {
    if (chosen && isKnownZone(chosen)) return chosen;
    if (chosen) {
      problems.push({ field: 'viewer-time-zone', value: chosen, message: 'is not an IANA time zone; the browser\'s zone is used' });
    }
    return browserTimeZone();
  }

  override willUpdate(): void {
    // Waiting for the surrounding event: no state to decide, nothing of our own to report.
    if (this.eventConsumer.awaiting) return;
    const event = this.eventShown();
    const chosenZone = writtenText(this.viewerTimeZone) ?? this.eventConsumer.viewerZone ?? '';
    // Most updates are the ticker's new text: only new input is worth describing again.
    // Without a chosen zone, the browser's (read once here, then again only when everyone wakes:
    // reading it on every tick would cost a timer each time).
    if (!this.browserZone) this.browserZone = browserTimeZone();
    const zone = chosenZone || this.browserZone;
    if (event === this.event && zone === this.shownZone && this.locale === this.shownLocale) return;
    // Inside an event, the event reports its own problems; alone, the countdown does.
    const problems: Problem[] = this.contextEvent ? [] : [...event.problems];
    if (!this.contextEvent && !event.start && !problems.some((p) => p.field === 'start')) {
      problems.push({ field: 'start', value: '', message: 'is missing; without a start there is nothing to count down to' });
    }
    this.event = event;
    this.shownZone = zone;
    this.shownLocale = this.locale;
    this.times = describe(event, this.viewerZone(chosenZone, problems), this.locale);
    this.setProblems(problems);
    this.ticker.refresh();
  }

  override updated(): void {
    // Told after the change is on screen, so listeners see what the visitor sees.
    for (const change of this.pendingChanges.splice(0)) this.dispatchEvent(change);
  }

  /** Reads the time: state, "starting soon" and the time left; returns when to look again. */
  private onTick(libraryNow: number, onScreen: boolean, everyone: boolean): number | null {
    const event = this.event;
    if (!event) return null;
    // Woken with everyone (the page shows again, the minute check): a visitor who travelled, or
    // changed the system zone, sees the local time in the new one.
    if (everyone && this.browserZone && browserTimeZone() !== this.browserZone) {
      this.browserZone = browserTimeZone();
      this.requestUpdate();
    }
    // The visitor's clock may run ahead of the event's server: look at the server's time.
    const now = libraryNow - event.clockSkewMs;
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
    return next.length ? Math.min(...next) + event.clockSkewMs : null;
  }

  private changeState(next: PhaseState): void {
    const previous = this.state;
    if (!this.decided) {
      // The first reading is where the event stands, not a change: nothing to announce.
      this.decided = true;
      this.state = next;
      return;
    }
    if (next === previous) return;
    this.state = next;
    this.announcement = this.announce(next);
    this.pendingChanges.push(new DialogueStateChangeEvent(next, previous));
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
    return html`<time part="event-time" datetime=${times.event.iso} title=${times.event.zoneName}>${times.event.text}</time>
      <time part="local-time" datetime=${times.viewer.iso} title=${times.viewer.zoneName}
        >${times.viewer.text} ${this.messages.yourTime}</time
      >`;
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
  // The event bubbles out of shadow roots, so listeners on the document and window get it typed too.
  interface HTMLElementEventMap {
    'dialogue-state-change': DialogueStateChangeEvent;
  }
  interface DocumentEventMap {
    'dialogue-state-change': DialogueStateChangeEvent;
  }
  interface WindowEventMap {
    'dialogue-state-change': DialogueStateChangeEvent;
  }
}

import { ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { TickController } from '../clock/tick-controller.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EventConsumer } from '../internal/event-consumer.js';
import type { DialogueEventData, EventStatus } from '../model/event-data.js';
import { readViewerTimeZone } from '../model/viewer-time-zone.js';
import {
  describeFloating,
  describeTimes,
  type DescribedTimes,
  type FloatingTime,
  type ZonedTime,
} from '../time/local-time.js';
import { phaseAt, type PhaseState } from '../time/phase.js';
import { accessibleTimeLeft, formatTimeLeft, timeLeft } from '../time/time-left.js';
import { MINUTE_MS } from '../time/units.js';
import { browserTimeZone } from '../time/viewer-zone.js';
import { placeOf } from '../time/zones.js';
import { DialogueStateChangeEvent } from './state-change-event.js';
import { dialogueCountdownStyles } from './dialogue-countdown.styles.js';
import { copyOf, FLOATING_TIME, ONE_TIME, SKELETON, TWO_TIMES } from './shadow-tree.js';
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

  private readonly tickControl = new TickController(this, (now, onScreen, everyone) =>
    this.onTick(now, onScreen, everyone),
  );

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

  // What the ticker changes: onTick asks for an update when any of it reads differently.
  private soonShown = false;
  private timeLeftText = '';
  private timeLeftSpoken = '';
  private spokenNotice = '';

  private shownEvent?: DialogueEventData;
  private startTimes: DescribedTimes | FloatingTime | null = null;
  private phaseNow: PhaseState = 'invalid';
  private decided = false;
  /** The viewer's zone was chosen (`viewer-time-zone`): the local time is named after its place. */
  private zoneChosen = false;
  /** The zone asked for (chosen, or the browser's) when the times were last described. */
  private shownZone = '';
  /** The browser's zone, as last read. */
  private browserZone = '';
  private readonly pendingChanges: DialogueStateChangeEvent[] = [];
  private shownLocale = '';
  /** The shadow tree's pieces that change, found once when first drawn (the headline a floating time leaves out). */
  private drawn?: { root: HTMLElement; headline: HTMLElement; timeList: HTMLElement; announcer: HTMLElement };
  /** The description and the local time's label the times were last drawn with. */
  private drawnTimes: DescribedTimes | FloatingTime | null | undefined;
  private drawnLabel = '';

  /**
   * `upcoming`, `live`, `ended`, `cancelled`, `postponed` or `invalid`: where the event
   * stands, right from the moment the countdown is on the page (read-only; reflected as
   * the `state` attribute).
   */
  get state(): PhaseState {
    return this.phaseNow;
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
    if (event === this.shownEvent && zone === this.shownZone && this.locale === this.shownLocale) return;
    // Inside an event, the event reports its own problems; alone, the countdown does.
    this.setProblems([...(this.contextEvent ? [] : event.problems), ...own.problems]);
    this.setCustomState('alone', !this.contextEvent);
    this.shownEvent = event;
    this.shownZone = zone;
    this.zoneChosen = chosen !== undefined;
    this.shownLocale = this.locale;
    this.startTimes = describe(event, zone, this.locale);
    this.tickControl.refresh();
  }

  override updated(): void {
    // Told after the change is on screen, so listeners see what the visitor sees.
    for (const change of this.pendingChanges.splice(0)) this.dispatchEvent(change);
  }

  /** Reads the time: state, "starting soon" and the time left; returns when to look again. */
  private onTick(now: number, onScreen: boolean, everyone: boolean): number | null {
    const event = this.shownEvent;
    if (!event) return null;
    // Woken with everyone (the page shows again, the minute check): a visitor who travelled, or
    // changed the system zone, sees the local time in the new one.
    if (everyone && this.browserZone && browserTimeZone() !== this.browserZone) {
      this.browserZone = browserTimeZone();
      this.requestUpdate();
    }
    const phase = phaseAt(event, now);
    // "Starting soon" is announced once, when it begins while the visitor is here.
    const soonBegins = this.decided && phase.startingSoon && !this.soonShown;
    this.changeState(phase.state);

    let text = '';
    let spoken = '';
    let textChangesAt: number | null = null;
    if (phase.state === 'upcoming' && event.start?.epochMs != null) {
      const left = timeLeft(event.start.epochMs, now);
      // Inside one of our phrases: in the phrase's language.
      const phrase = phraseLocale(this.locale);
      text = formatTimeLeft(left, phrase);
      spoken = accessibleTimeLeft(left, phrase);
      textChangesAt = left.nextChangeAt;
      // Off screen, nobody reads the seconds: wake once a minute at most.
      if (!onScreen && textChangesAt !== null && left.granularity === 'minute') {
        textChangesAt = Math.max(textChangesAt, now + MINUTE_MS);
      }
    }
    if (phase.startingSoon !== this.soonShown || text !== this.timeLeftText || spoken !== this.timeLeftSpoken) {
      if (soonBegins) this.spokenNotice = this.messages.startingSoon;
      this.soonShown = phase.startingSoon;
      this.timeLeftText = text;
      this.timeLeftSpoken = spoken;
      this.requestUpdate();
    }
    const next = [phase.nextChangeAt, textChangesAt].filter((at): at is number => at !== null);
    return next.length ? Math.min(...next) : null;
  }

  private changeState(next: PhaseState): void {
    const previous = this.decided ? this.phaseNow : null;
    if (next === previous) return;
    this.decided = true;
    this.phaseNow = next;
    this.setAttribute('state', next);
    // The first reading is told (a listener learns where the event stands) but not announced:
    // the visitor did not see anything change.
    if (previous !== null) this.spokenNotice = this.announce(next);
    this.pendingChanges.push(new DialogueStateChangeEvent(next, previous));
    this.requestUpdate();
  }

  /** What a state says, in the headline and when announced; nothing for upcoming or invalid. */
  private announce(state: PhaseState): string {
    const words: Partial<Record<PhaseState, string>> = {
      live: this.messages.live,
      ended: this.messages.ended,
      cancelled: this.messages.cancelledNotice,
      postponed: this.messages.postponedNotice,
    };
    return words[state] ?? '';
  }

  /**
   * Writes what changed into the shadow tree. Its pieces are cloned from shared originals and
   * the few changing texts written directly, where a Lit template would keep some 18 parts and
   * their marker comments per countdown: a page of a thousand pays for each. Nothing is
   * written when a text reads the same.
   */
  protected override update(changed: PropertyValues): void {
    // ReactiveElement's own update (reflects properties, marks the update done), without
    // LitElement's, which would render a template (and leave a marker comment and a part).
    reactiveUpdate.call(this, changed);
    if (!this.drawn) {
      // Taken from the copy, not the shadow root: where a browser has no adopted style sheets
      // (Safari before 16.4), Lit puts <style> elements first in the shadow root.
      const tree = copyOf(SKELETON);
      const root = tree.firstChild as HTMLElement;
      this.drawn = {
        root,
        headline: root.firstChild as HTMLElement,
        timeList: root.querySelector('.time-list')!,
        announcer: root.lastChild as HTMLElement,
      };
      this.renderRoot.append(tree);
    }
    const { root, headline, timeList, announcer } = this.drawn;
    // The same classes again change nothing: the browser compares them before restyling.
    root.className = `countdown ${this.state}${this.soonShown ? ' soon' : ''}`;
    if (root.lang !== this.locale) root.lang = this.locale;
    if (root.dir !== this.direction) root.dir = this.direction;
    // A time written without a zone or offset: shown as written, with nothing to count down
    // to, and no "to be confirmed" above a time the author did give.
    if (this.state === 'invalid' && this.startTimes && !('event' in this.startTimes)) headline.remove();
    else {
      if (headline.parentNode !== root) root.prepend(headline);
      this.drawHeadline(headline);
    }
    this.drawTimes(timeList);
    writeText(announcer, this.spokenNotice);
  }

  /**
   * The line with the time left or the state. Its pieces are always there, the styles show
   * the "starting soon" label and the live dot only in their state: a countdown never makes
   * elements again as it moves on, it writes a text or two.
   */
  private drawHeadline(line: HTMLElement): void {
    const m = this.messages;
    const lang = phraseLocale(this.locale);
    if (line.lang !== lang) line.lang = lang;
    const [soon, , shown, spoken] = line.children as unknown as HTMLElement[];
    const upcoming = this.state === 'upcoming';
    writeText(soon!, this.soonShown ? m.startingSoon : '');
    // Upcoming: the time left, and beside it for screen readers a wording that never ticks the
    // seconds. Otherwise the state, shown and read as one.
    writeText(shown!, upcoming ? m.startsIn(this.timeLeftText) : this.announce(this.state) || m.timeUnknown);
    writeText(spoken!, upcoming ? m.startsIn(this.timeLeftSpoken) : '');
    // The attribute, not ariaHidden: Firefox reflects ARIA properties only since version 119.
    if (upcoming) shown!.setAttribute('aria-hidden', 'true');
    else shown!.removeAttribute('aria-hidden');
  }

  private drawTimes(list: HTMLElement): void {
    const m = this.messages;
    const times = this.startTimes;
    const viewer = times && 'event' in times ? times.viewer : null;
    // "your time", or where the page chose the zone, its place: "Auckland time".
    const label = !viewer ? m.notConverted : this.zoneChosen ? m.zoneTime(placeOf(this.shownZone)) : m.yourTime;
    if (times === this.drawnTimes && label === this.drawnLabel) return;
    this.drawnTimes = times;
    this.drawnLabel = label;
    if (!times) return list.replaceChildren();
    const event = 'event' in times ? times.event : times;
    list.replaceChildren(copyOf(viewer ? TWO_TIMES : event === times ? FLOATING_TIME : ONE_TIME));
    const [first, second] = list.children as unknown as [HTMLTimeElement, HTMLTimeElement?];
    writeTime(first, event, event.text);
    if (viewer) writeTime(second!, viewer, `${viewer.text} ${label}`);
    else if (second) second.textContent = `(${label})`;
  }
}

/** ReactiveElement's update, which LitElement's overrides to render a template. */
const reactiveUpdate = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

function writeTime(time: HTMLTimeElement, shown: ZonedTime | FloatingTime, text: string): void {
  time.dateTime = shown.iso;
  // A floating time has no zone to name.
  if ('zoneName' in shown) time.title = shown.zoneName;
  time.textContent = text;
}

/** Sets an element's text, unless it already reads so (no mutation, no new layout). */
function writeText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
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

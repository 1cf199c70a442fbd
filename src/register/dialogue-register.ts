import { html, nothing, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { googleCalendarUrl, outlookCalendarUrl } from '../calendar/calendar-links.js';
import type { CalendarLabels } from '../calendar/event-details.js';
import { icsFileName, toIcs } from '../calendar/ics.js';
import { clock } from '../clock/clock.js';
import { TickController } from '../clock/tick-controller.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EventConsumer } from '../internal/event-consumer.js';
import { eventFieldsOf } from '../internal/written.js';
import type { DialogueEventData, EventStatus } from '../model/event-data.js';
import { phaseAt, type PhaseState } from '../time/phase.js';
import { callToAction, offersCalendar, type CallToAction } from './call-to-action.js';
import { dialogueRegisterStyles } from './dialogue-register.styles.js';
import { FileOfferController } from './file-offer.js';
import { menuIndexAfterKey } from './menu-keys.js';
import { DialogueRegisterEvent } from './register-event.js';

const ICS_TYPE = 'text/calendar;charset=utf-8';

/**
 * The call to action, following the event's life: register while registration is
 * open, "registration closed" after it, join now while live (with a join link),
 * the recording once ended (with a recording link), nothing to click when
 * cancelled. And "add to calendar": an .ics file, Google Calendar, and Outlook on
 * the web (Outlook.com for personal accounts, Microsoft 365 for work or school ones).
 *
 * @tagname dialogue-register
 * @summary Register, join, watch, and add to calendar.
 *
 * @csspart register - The main link (register, join now, watch the recording).
 * @csspart closed - The "registration closed" text.
 * @csspart calendar-button - The button that opens the calendar menu.
 * @csspart calendar-menu - The calendar menu.
 * @csspart calendar-ics - The .ics download.
 * @csspart calendar-google - The Google Calendar link.
 * @csspart calendar-outlook - The Outlook.com link (personal Microsoft accounts).
 * @csspart calendar-outlook-work - The Outlook on the web link for work or school accounts (Microsoft 365).
 *
 * @cssproperty --dialogue-accent - The main link's background. Default: #0b57d0.
 * @cssproperty --dialogue-accent-text - The main link's text. Default: #ffffff.
 * @cssproperty --dialogue-menu-surface - The calendar menu's background. Default: --dialogue-surface, else none (what is behind it).
 * @cssproperty --dialogue-menu-text - The calendar menu's text. Default: the inherited text colour.
 *
 * @event dialogue-register - The visitor followed the registration link, by a click, the keyboard or a
 *   middle click (`detail: { url, name }`); bubbles and crosses shadow roots. Nothing is sent anywhere.
 */
export class DialogueRegister extends DialogueElement {
  static override styles = dialogueRegisterStyles;

  private readonly ticker = new TickController(this, (now) => this.onTick(now));

  private readonly eventConsumer = new EventConsumer(this);

  /** The .ics file, at a blob: address while the menu offers it. */
  private readonly icsFile = new FileOfferController(this);

  /** The event's name (alone). */
  @property() name?: string;
  /** Start, ISO 8601 (alone). */
  @property() start?: string;
  /** End, ISO 8601 (alone). */
  @property() end?: string;
  /** The event's IANA time zone (alone). */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** `scheduled`, `cancelled`, `postponed`, `rescheduled`, `moved-online` (alone). */
  @property() status?: EventStatus;
  /** Where to register (alone; http/https). */
  @property({ attribute: 'register-url' }) registerUrl?: string;
  /** When registration closes, ISO 8601 (alone). */
  @property({ attribute: 'registration-closes' }) registrationCloses?: string;
  /** The recording, offered once ended (alone). */
  @property({ attribute: 'recording-url' }) recordingUrl?: string;
  /** The live link, offered while live (alone). */
  @property({ attribute: 'join-url' }) joinUrl?: string;

  @state() private action: CallToAction = { kind: 'none' };
  @state() private phase: PhaseState = 'invalid';
  @state() private menuOpen = false;

  @query('.calendar-button') private menuButton?: HTMLButtonElement | null;
  @queryAll('[role="menuitem"]') private menuItems?: NodeListOf<HTMLAnchorElement>;

  private event?: DialogueEventData;
  /** Whether the menu has been opened, so its items exist (see renderMenuItems). */
  private menuBuilt = false;
  private links?: {
    event: DialogueEventData;
    locale: string;
    google: string | null;
    outlook: string | null;
    outlookWork: string | null;
  };

  /** The surrounding `<dialogue-event>`'s event, once it has provided one. */
  private get contextEvent(): DialogueEventData | undefined {
    return this.eventConsumer.value;
  }

  /** The event shown: the surrounding `<dialogue-event>`'s, else one built from the attributes. */
  private eventShown(): DialogueEventData {
    return this.eventConsumer.shown(eventFieldsOf(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.menuOpen = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer);
  }

  override willUpdate(changed: PropertyValues): void {
    // Waiting for the surrounding event: show and report nothing of our own, absent, attributes.
    if (this.eventConsumer.awaiting) return;
    const event = this.eventShown();
    const eventChanged = event !== this.event;
    if (eventChanged) {
      this.event = event;
      // Inside an event, the event reports the problems; alone, this element does.
      this.setProblems(this.contextEvent ? [] : event.problems);
      this.ticker.refresh();
    }
    this.menuBuilt ||= this.menuOpen;
    // The file is made when the menu opens (so its DTSTAMP is then), not in the click: a middle
    // click or "Save link as…" follows the item's address without a click event to wait for.
    if (this.menuOpen && (changed.has('menuOpen') || changed.has('locale') || eventChanged)) this.offerIcs();
    else if (!this.menuOpen && changed.has('menuOpen')) this.icsFile.withdraw();
  }

  private offerIcs(): void {
    const ics = this.event ? toIcs(this.event, { now: clock.now(), labels: this.calendarLabels() }) : null;
    if (ics) this.icsFile.offer(ics, ICS_TYPE);
    else this.icsFile.withdraw();
  }

  private onTick(now: number): number | null {
    const event = this.event;
    if (!event) return null;
    const phase = phaseAt(event, now);
    this.phase = phase.state;
    this.action = callToAction(event, phase.state, now);
    if (!offersCalendar(phase.state)) this.menuOpen = false;
    const closes = event.registrationCloses?.epochMs ?? null;
    const next = [phase.nextChangeAt, closes !== null && closes > now ? closes : null].filter(
      (at): at is number => at !== null,
    );
    return next.length ? Math.min(...next) : null;
  }

  /**
   * A click, or a middle click (which opens the link in a new tab and fires `auxclick`,
   * not `click`). One that the page cancelled before it reached the link went nowhere,
   * so it is not a sign-up.
   */
  private onRegisterActivate(event: MouseEvent, url: string): void {
    if (event.defaultPrevented || (event.type === 'auxclick' && event.button !== 1)) return;
    const signUp = new DialogueRegisterEvent(url, this.event?.name ?? null);
    this.dispatchEvent(signUp);
  }

  private toggleMenu(open = !this.menuOpen, focus: 'first' | 'last' | null = 'first'): void {
    this.menuOpen = open;
    if (open && focus) {
      void this.updateComplete.then(() => {
        const items = [...(this.menuItems ?? [])];
        (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
      });
    }
  }

  private closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen) return;
    this.menuOpen = false;
    if (returnFocus) void this.updateComplete.then(() => this.menuButton?.focus());
  }

  private onButtonKeydown(event: KeyboardEvent): void {
    // Enter and Space open through the button's own click; the arrows open too, as menu buttons do.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.toggleMenu(true, event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape') {
      this.closeMenu(true);
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = [...(this.menuItems ?? [])];
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeMenu(true);
      return;
    }
    if (event.key === 'Tab') {
      // Tab leaves the menu as it would the button: on to what follows it, and Shift+Tab to the
      // button itself (the stop before the items). So focus goes to the button before the browser
      // moves it: Chromium's Tab from an item (tabindex="-1") in a shadow root starts over at the
      // root's first stop, the register link, whether or not the menu is still shown.
      this.menuButton?.focus();
      if (event.shiftKey) event.preventDefault();
      this.closeMenu(false);
      return;
    }
    if (event.key === ' ' && (event.target as Element).getAttribute('role') === 'menuitem') {
      // A link does nothing on Space but scroll the page; in a menu, Space chooses the item.
      event.preventDefault();
      (event.target as HTMLElement).click();
      return;
    }
    const current = items.indexOf(this.shadowRoot?.activeElement as HTMLAnchorElement);
    const next = menuIndexAfterKey(event.key, current, items.length);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  }

  /**
   * A Google or Outlook item was chosen: it opens in a new tab. Focus goes back to the
   * button, as after Escape; left on the item, it would fall to the top of the page
   * when the menu hides, and a keyboard user coming back would start again from there.
   */
  private onItemChosen(): void {
    this.closeMenu(true);
  }

  private readonly onOutsidePointer = (event: PointerEvent) => {
    if (this.menuOpen && !event.composedPath().includes(this)) this.closeMenu(false);
  };

  /** The .ics was chosen: the browser downloads it from the item's address, and the menu closes as for the others. */
  private onIcsClick(event: MouseEvent): void {
    if (!this.icsFile.url) event.preventDefault();
    this.closeMenu(true);
  }

  /** The services' addresses for the event, worked out again only when the event or the language changed. */
  private calendarLinks(event: DialogueEventData) {
    if (this.links?.event !== event || this.links.locale !== this.locale) {
      const labels = this.calendarLabels();
      this.links = {
        event,
        locale: this.locale,
        google: googleCalendarUrl(event, labels),
        outlook: outlookCalendarUrl(event, labels),
        outlookWork: outlookCalendarUrl(event, labels, 'work'),
      };
    }
    return this.links;
  }

  private calendarLabels(): CalendarLabels {
    return { register: `${this.messages.register}:`, join: `${this.messages.joinNow}:`, page: '↗' };
  }

  override updated(changed: PropertyValues): void {
    // Listen for clicks elsewhere only while the menu is open: a listing page has many of these.
    if (changed.has('menuOpen') && (this.menuOpen || changed.get('menuOpen') === true)) {
      if (this.menuOpen) document.addEventListener('pointerdown', this.onOutsidePointer);
      else document.removeEventListener('pointerdown', this.onOutsidePointer);
    }
    const empty =
      this.action.kind === 'none' ||
      (this.contextEvent !== undefined && (this.action.kind === 'cancelled' || this.action.kind === 'postponed'));
    this.setCustomState('empty', empty && !this.renderRoot.querySelector('.calendar'));
  }

  override render() {
    return html`<div class="register" lang=${this.locale} dir=${this.direction}>
      ${this.renderAction()} ${this.renderCalendar()}
    </div>`;
  }

  private renderAction() {
    const m = this.messages;
    const action = this.action;
    switch (action.kind) {
      case 'register':
        return html`<a
          part="register"
          class="action"
          href=${action.url}
          @click=${(event: MouseEvent) => this.onRegisterActivate(event, action.url)}
          @auxclick=${(event: MouseEvent) => this.onRegisterActivate(event, action.url)}
          >${m.register}</a
        >`;
      case 'join':
        return html`<a part="register" class="action" href=${action.url}>${m.joinNow}</a>`;
      case 'recording':
        return html`<a part="register" class="action" href=${action.url}>${m.watchRecording}</a>`;
      case 'registration-closed':
        return html`<p part="closed" class="closed">${m.registrationClosed}</p>`;
      case 'cancelled':
      case 'postponed':
        // Inside the card, the badge and the countdown already say so.
        if (this.contextEvent) return nothing;
        return html`<p class="closed">${action.kind === 'cancelled' ? m.cancelledNotice : m.postponedNotice}</p>`;
      default:
        return nothing;
    }
  }

  private renderCalendar() {
    const event = this.event;
    if (!event || !offersCalendar(this.phase) || event.start?.epochMs == null) return nothing;
    const m = this.messages;
    return html`<div class="calendar">
      <button
        part="calendar-button"
        class="calendar-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="calendar-menu"
        @click=${() => this.toggleMenu()}
        @keydown=${this.onButtonKeydown}
      >
        ${m.addToCalendar}
      </button>
      <div class="menu-row" ?hidden=${!this.menuOpen}>
        <ul
          id="calendar-menu"
          part="calendar-menu"
          class="menu"
          role="menu"
          aria-label=${m.addToCalendar}
          ?hidden=${!this.menuOpen}
          @keydown=${this.onMenuKeydown}
        >
          ${this.menuBuilt ? this.renderMenuItems(event) : nothing}
        </ul>
      </div>
    </div>`;
  }

  /**
   * The items, made when the menu first opens and kept after (a link chosen must still be in
   * the page when the browser follows it, after the click's listeners have closed the menu).
   * A listing page shows a hundred closed menus: made at once, each would work out three
   * services' addresses and a dozen nodes that nobody sees.
   */
  private renderMenuItems(event: DialogueEventData) {
    const m = this.messages;
    const { google, outlook, outlookWork } = this.calendarLinks(event);
    return html`<li role="none">
        <a
          part="calendar-ics"
          role="menuitem"
          tabindex="-1"
          href=${this.icsFile.url ?? nothing}
          download=${icsFileName(event)}
          @click=${this.onIcsClick}
          >${m.calendarFile}</a
        >
      </li>
      ${this.renderCalendarLink('calendar-google', google, m.googleCalendar)}
      ${this.renderCalendarLink('calendar-outlook', outlook, m.outlookCalendar)}
      ${this.renderCalendarLink('calendar-outlook-work', outlookWork, m.outlookWorkCalendar)}`;
  }

  /** A calendar service's link in the menu (opens in a new tab), or nothing without an address. */
  private renderCalendarLink(part: string, href: string | null, label: string) {
    if (!href) return nothing;
    return html`<li role="none">
      <a
        part=${part}
        role="menuitem"
        tabindex="-1"
        href=${href}
        target="_blank"
        rel="noopener noreferrer"
        @click=${this.onItemChosen}
        >${label}</a
      >
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-register': DialogueRegister;
  }
}

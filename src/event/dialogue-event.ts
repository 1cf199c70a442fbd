import { html, nothing, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { eventFieldsOf } from '../internal/written.js';
import type { DialogueEventData, EventStatus, Partner } from '../model/event-data.js';
import type { RawSource } from '../model/raw-event.js';
import { jsonLdScriptText } from '../model/to-json-ld.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { dialogueEventStyles } from './dialogue-event.styles.js';
import { EventSourceController } from './event-source.js';
import type { FallbackPiece } from './noscript-fallback.js';

/**
 * One event, and its default card. Holds the event built from `src`, a child
 * JSON-LD block and its attributes (later ones win, field by field) and provides
 * it to every dialogue element inside. With nothing inside but content, it renders
 * the whole card: image, name, status, times, countdown, description, panel,
 * partners, registration and add-to-calendar.
 *
 * @tagname dialogue-event
 * @summary An online event announced as a card.
 *
 * @slot - The description: paragraphs, lists, links. Dialogue children and what an editor inserts (`<br>`, empty `<p>`) are not shown here.
 * @slot name - A heading to use as the event's name (its text also names the event).
 *
 * @csspart card - The card's outer box.
 * @csspart image - The event's picture.
 * @csspart name - The heading with the event's name.
 * @csspart status - The cancelled / postponed / rescheduled badge.
 * @csspart countdown - The `<dialogue-countdown>` inside the card.
 * @csspart description - The box around the description.
 * @csspart fallback - What the author's `<noscript>` says, shown when `src` fails and nothing else tells of the event.
 * @csspart panelists - The `<dialogue-panelists>` inside the card.
 * @csspart hosts - The "hosted by" list.
 * @csspart partners - The "in partnership with" list.
 * @csspart partner - One host or partner.
 * @csspart register - The `<dialogue-register>` inside the card.
 * @csspart time-left - From the countdown: the line with the time left or the state.
 * @csspart event-time - From the countdown: the `<time>` in the event's zone.
 * @csspart local-time - From the countdown: the `<time>` in the viewer's zone.
 * @csspart list - From the panel: the `<ul>` of people.
 * @csspart panelist - From the panel: one person.
 * @csspart register-link - From the register element: its main link (its own part `register`).
 * @csspart calendar-ics - From the register element: the .ics download.
 * @csspart calendar-google - From the register element: the Google Calendar link.
 * @csspart calendar-outlook - From the register element: the Outlook.com link.
 * @csspart calendar-outlook-work - From the register element: the Outlook link for work or school (Microsoft 365) accounts.
 * @csspart closed - From the register element: the "registration closed" text.
 * @csspart calendar-button - From the register element: the button that opens the calendar menu.
 * @csspart calendar-menu - From the register element: the calendar menu.
 * @csspart panel-heading - From the panel: its "Panelists" heading (its own part `heading`).
 * @csspart photo - From the panel: a person's photo or initials.
 *
 * @cssproperty --dialogue-accent - The fill of buttons and highlights (under --dialogue-accent-text). Default: #0b57d0.
 * @cssproperty --dialogue-link - The colour of links in the panel and among the partners. Default: the text colour, underlined.
 * @cssproperty --dialogue-accent-text - Text on the accent colour. Default: #ffffff.
 * @cssproperty --dialogue-surface - The card's background. Default: transparent (the page's).
 * @cssproperty --dialogue-border - The card's border colour. Default: the text colour at 20%.
 * @cssproperty --dialogue-radius - Corner radius of the card. Default: 12px.
 * @cssproperty --dialogue-padding - Space inside the card (one value or several). Default: 1.25rem, and 1.75rem in a card at least 40rem wide.
 * @cssproperty --dialogue-alert - Cancelled and postponed badges. Default: #b3261e.
 * @cssproperty --dialogue-font - The card's font. Default: inherited from the page.
 * @cssproperty --dialogue-live - The countdown's "live now" dot. Default: #d93025.
 * @cssproperty --dialogue-muted - Secondary text (the times). Default: the text colour at 75%.
 * @cssproperty --dialogue-menu-surface - The calendar menu's background. Default: the card's surface (--dialogue-surface).
 * @cssproperty --dialogue-menu-text - The calendar menu's text. Default: the card's text colour.
 * @cssproperty --dialogue-photo-size - Diameter of each panelist's photo. Default: 3.5rem.
 *
 * @event dialogue-state-change - From the card's countdown: the event's state changed (`detail: { state, previous }`).
 * @event dialogue-register - From the card's register element: the visitor followed the registration link (`detail: { url, name }`).
 * @event dialogue-event-change - The event changed (its `src` answered, an attribute or a child changed); read it
 *   from `event`. Bubbles; does not leave a shadow root.
 */
export class DialogueEvent extends DialogueElement {
  static override styles = [sharedStyles, dialogueEventStyles];

  // Only the description nodes go to the default slot; the rest stays in the light DOM, unshown.
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = {
    ...DialogueElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  /** Fetches, reads the content, merges, validates and provides the event. */
  private readonly source = new EventSourceController(this, {
    // The properties, set from attributes or script, win over the content.
    fields: () => eventFieldsOf(this),
    src: () => this.src,
    viewerTimeZone: () => this.viewerTimeZone,
    given: () => this.entrySource,
    report: (problems) => this.setProblems(problems),
  });

  /** The event's name (or give a child `slot="name"` heading). */
  @property({ reflect: false }) name?: string;
  /** Start, ISO 8601: wall-clock time in `time-zone` without an offset, an instant with one. */
  @property() start?: string;
  /** End, ISO 8601 (optional; without it the event lasts the default 90 minutes). */
  @property() end?: string;
  /** The event's IANA time zone, e.g. `Africa/Maputo`. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** `scheduled` (default), `cancelled`, `postponed`, `rescheduled`, `moved-online`. */
  @property() status?: EventStatus;
  /** Where to register (http/https). */
  @property({ attribute: 'register-url' }) registerUrl?: string;
  /** When registration closes, ISO 8601. */
  @property({ attribute: 'registration-closes' }) registrationCloses?: string;
  /** The recording, offered once the event has ended. */
  @property({ attribute: 'recording-url' }) recordingUrl?: string;
  /** The live link, offered while the event is live. */
  @property({ attribute: 'join-url' }) joinUrl?: string;
  /** A picture for the card (http/https). */
  @property() image?: string;
  /** The picture's text alternative (empty when it is decorative). */
  @property({ attribute: 'image-alt' }) imageAlt?: string;
  /** Show local times in this IANA zone instead of the browser's (kiosks, previews). */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;
  /** This page is the event's own page: also publish the event as schema.org JSON-LD. */
  @property({ type: Boolean }) canonical = false;
  /** Address of a schema.org Event as JSON-LD, fetched; the authored content stays until it arrives. */
  @property() src?: string;
  /** @internal An entry of a `<dialogue-series>` feed, already fetched and read: taken as this card's `src` answer. */
  @property({ attribute: false }) entrySource?: RawSource;

  /** Partner logos that failed to load: their names show instead. */
  @state() private brokenLogos = new Set<string>();

  @queryAll('slot:not([name])') private flowSlots?: NodeListOf<HTMLSlotElement>;
  @query('slot[name="name"]') private nameSlot?: HTMLSlotElement | null;

  private publishedJsonLd?: HTMLScriptElement;

  /** The normalised, validated event (read-only; a new object whenever it changes). */
  get event(): DialogueEventData | undefined {
    return this.source.event;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.publishedJsonLd?.remove();
    this.publishedJsonLd = undefined;
  }

  override updated(): void {
    this.assignSlots();
    this.publishJsonLd();
  }

  private assignSlots(): void {
    const content = this.source.content;
    // What an editor added (`<br>`, empty `<p>`) is never slotted, so it takes no room.
    // Only elements and text can be slotted: an editor's comments (`<!-- wp:html -->`) would make assign() throw.
    const slottable = content.description.filter(
      (node): node is Element | Text => node instanceof Element || node instanceof Text,
    );
    assignFlow(this.flowSlots, slottable);
    this.nameSlot?.assign(...(content.nameElement ? [content.nameElement] : []));
  }

  private publishJsonLd(): void {
    const event = this.source.event;
    if (!this.canonical || !event) {
      this.publishedJsonLd?.remove();
      this.publishedJsonLd = undefined;
      return;
    }
    // In <head>, not inside the element: search engines look there, and our own
    // content observer must not read it back as an authored source.
    this.publishedJsonLd ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.publishedJsonLd.dataset.dialogueWidgets = '';
    const text = jsonLdScriptText(event);
    // A text node, not textContent: where Trusted Types are enforced, a script's textContent
    // takes only a TrustedScript, a data block's too.
    if (this.publishedJsonLd.textContent !== text) this.publishedJsonLd.replaceChildren(text);
    if (!this.publishedJsonLd.isConnected) document.head.append(this.publishedJsonLd);
  }

  override render(): TemplateResult {
    const event = this.source.event;
    if (this.source.content.composed) return FLOW_SLOTS;
    if (this.source.waitingForSrc) return this.renderWaiting();
    if (this.source.fallback.length > 0 && !event?.name && !event?.start) return this.renderFallback();
    return html`
      <article part="card" class="card ${event?.status ?? ''}" lang=${this.locale} dir=${this.direction}>
        ${this.renderImage(event)}
        <div class="body">
          ${this.renderStatus(event)} ${this.renderName(event)}
          <dialogue-countdown part="countdown" exportparts="event-time, local-time, time-left"></dialogue-countdown>
          ${this.renderDescription(event)}
          <dialogue-panelists
            part="panelists"
            exportparts="heading: panel-heading, list, panelist, photo"
          ></dialogue-panelists>
          ${this.renderOrganisations('hosts', event?.hosts)} ${this.renderOrganisations('partners', event?.partners)}
          <dialogue-register
            part="register"
            exportparts="register: register-link, closed, calendar-button, calendar-menu, calendar-ics, calendar-google, calendar-outlook, calendar-outlook-work"
          ></dialogue-register>
        </div>
      </article>
    `;
  }

  /** While src loads: what the author wrote, and nothing the event has yet to say. */
  private renderWaiting(): TemplateResult {
    return html`<article part="card" class="card" lang=${this.locale} dir=${this.direction} aria-busy="true">
      <div class="body">
        ${this.source.content.nameElement ? html`<div part="name" class="name"><slot name="name"></slot></div>` : nothing}
        <div part="description" class="description">${FLOW_SLOTS}</div>
      </div>
    </article>`;
  }

  /** `src` failed and nothing else tells of the event: what the author wrote for visitors without scripts. */
  private renderFallback(): TemplateResult {
    return html`<article part="card" class="card" lang=${this.locale} dir=${this.direction}>
      <div class="body">
        <p part="fallback" class="fallback">${this.source.fallback.map(renderFallbackPiece)}</p>
      </div>
    </article>`;
  }

  private renderDescription(event?: DialogueEventData) {
    // The slot stays even when empty: content added later is assigned to it.
    const authored = this.source.content.description.length > 0;
    return html`<div part="description" class="description" ?hidden=${!authored && !event?.description}>
      ${FLOW_SLOTS}
      ${
        authored || !event?.description
          ? nothing
          : event.description.split('\n\n').map((paragraph) => html`<p class="from-data">${paragraph}</p>`)
      }
    </div>`;
  }

  private renderImage(event?: DialogueEventData) {
    if (!event?.image) return nothing;
    return html`<img
      part="image"
      class="image"
      src=${event.image}
      alt=${event.imageAlt ?? ''}
      loading="lazy"
      decoding="async"
    />`;
  }

  private renderStatus(event?: DialogueEventData) {
    const words = {
      scheduled: null,
      cancelled: this.messages.cancelled,
      postponed: this.messages.postponed,
      rescheduled: this.messages.rescheduled,
      'moved-online': this.messages.movedOnline,
    };
    const word = event ? words[event.status] : null;
    return word ? html`<p part="status" class="status">${word}</p>` : nothing;
  }

  private renderName(event?: DialogueEventData) {
    // An authored heading is the heading; otherwise the card writes one.
    if (this.source.content.nameElement) return html`<div part="name" class="name"><slot name="name"></slot></div>`;
    return html`<h2 part="name" class="name">${event?.name ?? this.messages.untitledEvent}</h2>`;
  }

  private onLogoError(logo: string): void {
    this.brokenLogos = new Set([...this.brokenLogos, logo]);
  }

  /** The hosts, then the partners: each a heading over a row of names or logos. */
  private renderOrganisations(kind: 'hosts' | 'partners', list: readonly Partner[] | undefined) {
    if (!list?.length) return nothing;
    return html`
      <div part=${kind} class="organisations ${kind}">
        <h3 id="${kind}-heading">${this.messages[kind]}</h3>
        <ul aria-labelledby="${kind}-heading">
          ${list.map(
            (partner) => html`<li part="partner">${this.renderPartner(partner.name, partner.logo, partner.href)}</li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderPartner(name: string, logo: string | null, href: string | null) {
    // A logo that fails to load gives way to the name, not a broken-image icon.
    const face =
      logo && !this.brokenLogos.has(logo)
        ? html`<img src=${logo} alt=${name} loading="lazy" decoding="async" @error=${() => this.onLogoError(logo)} />`
        : html`<span>${name}</span>`;
    return href ? html`<a href=${href}>${face}</a>` : face;
  }
}

/** A run of the `<noscript>`'s words, its line breaks as `<br>`: a link, or text. */
function renderFallbackPiece(piece: FallbackPiece) {
  const lines = piece.text.split('\n').flatMap((line, index) => (index === 0 ? [line] : [html`<br />`, line]));
  return piece.href ? html`<a href=${piece.href}>${lines}</a>` : lines;
}

/**
 * The author's content goes into four slots in a row, so the first element's top margin
 * and the last one's bottom margin can be dropped: `::slotted(:first-child)` cannot do
 * it, since it sees the author's tree, where an editor's `<br>` may come first.
 */
const FLOW_SLOTS = html`<slot class="only"></slot><slot class="first"></slot><slot class="middle"></slot
  ><slot class="last"></slot>`;

function assignFlow(slots: NodeListOf<HTMLSlotElement> | undefined, nodes: (Element | Text)[]): void {
  const [only, first, middle, last] = slots ?? [];
  if (!only || !first || !middle || !last) return;
  const single = nodes.length === 1;
  only.assign(...(single ? nodes : []));
  first.assign(...(single ? [] : nodes.slice(0, 1)));
  middle.assign(...nodes.slice(1, -1));
  last.assign(...(nodes.length > 1 ? nodes.slice(-1) : []));
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-event': DialogueEvent;
  }
}

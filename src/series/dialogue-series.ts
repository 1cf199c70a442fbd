import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TickController } from '../clock/tick-controller.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EVENT_TAG } from '../internal/tags.js';
import type { DialogueEvent } from '../event/dialogue-event.js';
import { writtenText } from '../internal/written.js';
import { readViewerTimeZone } from '../model/viewer-time-zone.js';
import type { DialogueEventData, Problem } from '../model/event-data.js';
import { fieldsOf } from '../model/fields-of.js';
import { callToAction, type CallToAction } from '../register/call-to-action.js';
import { DialogueRegisterEvent } from '../register/register-event.js';
import { describeTimes, type DescribedTimes } from '../time/local-time.js';
import { browserTimeZone } from '../time/viewer-zone.js';
import { placeOf } from '../time/zones.js';
import { arrangeSeries, type Placed, type SeriesLimits, type SeriesView } from './arrange.js';
import { ChildrenController } from './children-controller.js';
import { buildRow, type RowAction, type RowContent } from './rows.js';
import { dialogueSeriesStyles } from './dialogue-series.styles.js';
import { feedCandidates, judgeCandidates, type SeriesEntry } from './entries.js';
import { FeedController } from './feed-controller.js';

const DEFAULT_PAST_LIMIT = 3;

/**
 * A series of events from one feed: the next one (live, else the soonest upcoming) as
 * the full card, the others still to come as compact rows, then the past ones, newest
 * first, with their recordings. It moves on by itself as events end, on the one clock
 * every countdown on the page shares.
 *
 * The events come from `src` (a schema.org `EventSeries`, an `ItemList` of Events or of
 * `ListItem`s, or an array of Events, as JSON-LD), else from its `<dialogue-event>`
 * children, each read exactly as `<dialogue-event>` reads one event. Other content inside
 * is the fallback: shown while the feed loads, when it fails, and without JavaScript.
 *
 * @tagname dialogue-series
 * @summary A series of events: the next one as a card, the rest as rows, the past with recordings.
 *
 * @slot - The fallback: shown while `src` loads, when it fails or lists nothing, and where JavaScript does not
 *   run. `<dialogue-event>` children are the series when there is no `src`.
 *
 * @csspart series - The box around everything.
 * @csspart featured - The box around the featured event's card.
 * @csspart card - The featured `<dialogue-event>` (inside it, style it through its `--dialogue-*` custom properties).
 * @csspart heading - The "Coming up" and "Past events" headings.
 * @csspart list - Each list of rows (`upcoming-list` or `past-list` as well).
 * @csspart upcoming-list - The list of events still to come.
 * @csspart past-list - The list of past events.
 * @csspart row - One event's row (with `upcoming`, `live`, `ended`, `cancelled` or `postponed`).
 * @csspart row-name - The event's name in a row, linked to its page when it has one.
 * @csspart row-status - Live now, cancelled or postponed.
 * @csspart row-time - The `<time>` in the event's zone.
 * @csspart row-local-time - The `<time>` in the viewer's zone (when it reads differently).
 * @csspart row-action - Register, join now, or watch the recording.
 * @csspart row-closed - "Registration closed".
 *
 * @cssproperty --dialogue-accent - The row buttons' background. Default: #0b57d0.
 * @cssproperty --dialogue-accent-text - The row buttons' text. Default: #ffffff.
 * @cssproperty --dialogue-border - The lines between rows. Default: the text colour at 20%.
 * @cssproperty --dialogue-muted - The rows' times. Default: the text colour at 75%.
 * @cssproperty --dialogue-alert - The live, cancelled and postponed badges. Default: #b3261e.
 * @cssproperty --dialogue-link - Event names in the rows. Default: the text colour, underlined.
 * @cssproperty --dialogue-gap - Space between the card and the lists. Default: 1.5rem.
 *
 * @event dialogue-register - The visitor followed a row's registration link (`detail: { url, name }`); the featured card's register element fires it too.
 * @event dialogue-state-change - From the featured card's countdown (`detail: { state, previous }`).
 */
export class DialogueSeries extends DialogueElement {
  static override styles = dialogueSeriesStyles;

  // Only the featured child, or the fallback, is shown: the other children stay unslotted.
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = {
    ...DialogueElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  private readonly feed = new FeedController(this);
  private readonly childEvents = new ChildrenController(this);
  private readonly ticker = new TickController(this, (now, _onScreen, everyone) => this.onTick(now, everyone));

  /** Address of the feed: a schema.org EventSeries, an ItemList of Events or an array of Events, as JSON-LD. */
  @property() src?: string;
  /** How many upcoming events to list as rows besides the featured one (default: all). */
  @property({ attribute: 'upcoming-limit' }) upcomingLimit?: number | string | null;
  /** How many past events to list, newest first (default 3; 0 hides them). */
  @property({ attribute: 'past-limit' }) pastLimit?: number | string | null;
  /** Show local times in this IANA zone instead of the browser's (kiosks, previews). */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  @state() private view: SeriesView<SeriesEntry> | null = null;
  @state() private announcement = '';

  private entries: readonly SeriesEntry[] = [];
  private entryProblems: readonly Problem[] = [];
  private readFrom: unknown = undefined;
  private limits: SeriesLimits = { upcoming: null, past: DEFAULT_PAST_LIMIT };
  private actions = new Map<string, CallToAction>();
  private times = new Map<string, DescribedTimes>();
  private viewKey = '';
  /** Each group's rows, made again only when what they show changes: a focused link stays the same node. */
  private rows: Record<RowGroup, readonly HTMLLIElement[]> = { upcoming: [], past: [] };
  private rowsKey = '';
  /** What each row shows, by its element: its register link's event, its entry when focus comes back. */
  private rowContents = new Map<Element, RowContent>();
  /** The row link that had focus when its row was made again, found again after the update. */
  private refocus?: { key: string; part: string };
  private chosenZone?: string;
  private card?: DialogueEvent;
  private cardEntry?: SeriesEntry;

  /** The events of the series that can be shown, each once, in the feed's (or the children's) order (read-only). */
  get events(): readonly DialogueEventData[] {
    return this.entries.map((entry) => entry.event);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.load(writtenText(this.src));
    const problems: Problem[] = [];
    this.readEntries();
    this.limits = {
      upcoming: readLimit(this.upcomingLimit, null, 'upcoming-limit', problems),
      past: readLimit(this.pastLimit, DEFAULT_PAST_LIMIT, 'past-limit', problems) ?? DEFAULT_PAST_LIMIT,
    };
    const viewerZone = readViewerTimeZone(this.viewerTimeZone);
    problems.push(...viewerZone.problems);
    this.chosenZone = viewerZone.zone;
    const answer = this.feed.answer;
    const feedProblem = answer && !answer.ok ? [answer.problem] : [];
    this.setProblems([...feedProblem, ...this.entryProblems, ...problems]);
    // Where everything goes now; then the times of what is shown, in the viewer's zone.
    this.ticker.refresh();
    if (this.card) this.card.viewerTimeZone = this.chosenZone;
    this.describeShownTimes();
    this.makeRows();
  }

  override updated(): void {
    if (this.refocus) {
      const { key, part } = this.refocus;
      this.refocus = undefined;
      const row = [...this.rowContents].find(([, content]) => content.key === key)?.[0];
      row?.querySelector<HTMLElement>(`[part~="${part}"] a, a[part~="${part}"]`)?.focus();
    }
    // The slot shown gets its nodes: the featured child, or the fallback (elements and text only:
    // an editor's comments would make assign() throw).
    const featured = this.view?.featured?.entry.element;
    const fallback = [...this.childNodes].filter(
      (node): node is Element | Text => node instanceof Element || node instanceof Text,
    );
    this.renderRoot.querySelector('slot')?.assign(...(featured ? [featured] : this.entries.length ? [] : fallback));
  }

  /** Builds the entries again when the feed answered or the children changed, and only then. */
  private readEntries(): void {
    const src = writtenText(this.src);
    const from = src ? this.feed.answer : this.childEvents.version;
    if (from === this.readFrom) return;
    this.readFrom = from;
    const answer = this.feed.answer;
    const candidates = !src
      ? this.childEvents.candidates()
      : answer?.ok
        ? feedCandidates(answer.entries, answer.baseUrl)
        : [];
    const judged = judgeCandidates(candidates);
    // New entries: the view is made afresh, even where the same events stand in the same places.
    this.viewKey = '';
    this.entries = judged.entries;
    this.entryProblems = judged.problems;
  }

  /** Arranges the series at `now` (the library's clock, corrected for the feed's server); returns when it next needs to look. */
  private onTick(now: number, everyone: boolean): number | null {
    // With everyone (once a minute, the page shown again): the rows read the browser's zone afresh.
    if (everyone) this.requestUpdate();
    const view = arrangeSeries(this.entries, now, this.limits);
    const rows = [...(view.featured ? [view.featured] : []), ...view.upcoming, ...view.past];
    const actions = new Map(rows.map(({ entry, state }) => [entry.key, callToAction(entry.event, state, now)]));
    const key = JSON.stringify(rows.map(({ entry, state }) => [entry.key, state, actions.get(entry.key)]));
    if (key !== this.viewKey) {
      const before = this.view?.featured?.entry.key;
      const after = view.featured?.entry;
      // Moved on by itself while the visitor is here: say which event the card now shows.
      if (this.view && after && before !== after.key)
        this.announcement = `${this.messages.comingUp}: ${after.event.name ?? ''}`;
      this.viewKey = key;
      this.view = view;
      this.actions = actions;
    }
    // A feed's event gets a card of its own, whose countdown starts from where that event stands.
    const featured = this.view?.featured?.entry;
    if (this.cardEntry !== featured) {
      this.cardEntry = featured;
      this.card = featured?.source ? featuredCard(featured.event, featured.source.baseUrl) : undefined;
    }
    return view.nextChangeAt;
  }

  private describeShownTimes(): void {
    const zone = this.chosenZone ?? browserTimeZone();
    const view = this.view;
    this.times = new Map();
    for (const { entry } of view ? [...view.upcoming, ...view.past] : []) {
      const { start, timeZone } = entry.event;
      if (start?.epochMs != null && timeZone)
        this.times.set(entry.key, describeTimes(start.epochMs, timeZone, zone, this.locale));
    }
  }

  /** What each row shows, and the rows' DOM when that changed. */
  private makeRows(): void {
    const view = this.view;
    const contents: Record<RowGroup, RowContent[]> = {
      upcoming: (view?.upcoming ?? []).map((row, index) => this.rowContent(row, `upcoming-${index}`)),
      past: (view?.past ?? []).map((row, index) => this.rowContent(row, `past-${index}`)),
    };
    const key = JSON.stringify(contents);
    if (key === this.rowsKey) return;
    this.rowsKey = key;
    this.noteFocusedRow();
    this.rowContents = new Map();
    const make = (group: RowGroup) =>
      contents[group].map((content) => {
        const li = buildRow(content, this.onRowClick);
        this.rowContents.set(li, content);
        return li;
      });
    this.rows = { upcoming: make('upcoming'), past: make('past') };
  }

  /** A row link the visitor is on is about to be made again: its like is focused once the new rows are in. */
  private noteFocusedRow(): void {
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    const row = focused?.closest('li');
    const key = row && this.rowContents.get(row)?.key;
    if (focused && key) this.refocus = { key, part: focused.closest('[part]')?.getAttribute('part') ?? '' };
  }

  private rowContent({ entry, state }: Placed<SeriesEntry>, id: string): RowContent {
    const { event, key } = entry;
    const m = this.messages;
    const times = this.times.get(key);
    return {
      key,
      id,
      state,
      status: event.status,
      name: event.name ?? '',
      url: event.url,
      // The badge says what changes the plan: live now, cancelled, postponed.
      badge: state === 'live' ? m.live : state === 'cancelled' || state === 'postponed' ? m[state] : '',
      time: times ? { text: times.event.text, iso: times.event.iso } : null,
      localTime: times?.viewer ? { text: `${times.viewer.text} ${this.localLabel()}`, iso: times.viewer.iso } : null,
      action: this.rowAction(this.actions.get(key)),
    };
  }

  private rowAction(action: CallToAction | undefined): RowAction | null {
    const m = this.messages;
    if (action?.kind === 'registration-closed') return { kind: 'closed', words: m.registrationClosed };
    const words: Partial<Record<string, string>> = {
      register: m.register,
      join: m.joinNow,
      recording: m.watchRecording,
    };
    const said = action && words[action.kind];
    if (!action || !('url' in action) || !said) return null;
    return { kind: 'link', url: action.url, words: said, counted: action.kind === 'register' };
  }

  /** "your time", or where the page chose the zone, its place ("Tokyo time"), as the card's countdown says. */
  private localLabel(): string {
    return this.chosenZone ? this.messages.zoneTime(placeOf(this.chosenZone)) : this.messages.yourTime;
  }

  /** Counts a sign-up from a row's register link as `<dialogue-register>` does: a click or a middle click not cancelled. */
  private readonly onRowClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || (event.type === 'auxclick' && event.button !== 1)) return;
    const link = event.currentTarget as Element;
    const row = link.parentElement && this.rowContents.get(link.parentElement);
    if (row?.action?.kind === 'link') this.dispatchEvent(new DialogueRegisterEvent(row.action.url, row.name || null));
  };

  override render(): TemplateResult {
    const view = this.view;
    if (!view || this.entries.length === 0) {
      return html`<div part="series" class="series" aria-busy=${this.feed.loading}><slot></slot></div>`;
    }
    const m = this.messages;
    return html`<div part="series" class="series" lang=${this.locale} dir=${this.direction}>
      ${this.renderFeatured(view)}${this.renderRows('upcoming', m.comingUp)}${this.renderRows('past', m.pastEvents)}
      <div class="announcer" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderFeatured(view: SeriesView<SeriesEntry>) {
    const featured = view.featured?.entry;
    // Nothing still to come (or only cancelled and postponed events): the lists say what there is.
    if (!featured) return nothing;
    return html`<div part="featured">${featured.element ? html`<slot></slot>` : this.card}</div>`;
  }

  private renderRows(group: RowGroup, heading: string) {
    const rows = this.rows[group];
    if (rows.length === 0) return nothing;
    return html`<div>
      <h2 part="heading" id=${group}>${heading}</h2>
      <ul part="list ${group}-list" role="list" aria-labelledby=${group}>
        ${rows}
      </ul>
    </div>`;
  }
}

type RowGroup = 'upcoming' | 'past';

/**
 * A `<dialogue-event>` showing a feed's entry, taken as its `src` answer. It reads the
 * event as the series built it: the series has warned of the entry's problems, naming
 * it, and the card would warn of each again.
 */
function featuredCard(event: DialogueEventData, baseUrl: string): DialogueEvent {
  const card = document.createElement(EVENT_TAG);
  card.entrySource = { fields: fieldsOf(event), baseUrl };
  card.part.add('card');
  return card;
}

/** A limit as written: a whole number from 0, else `fallback` (and a problem). */
function readLimit(value: unknown, fallback: number | null, field: string, problems: Problem[]): number | null {
  const written = writtenText(value);
  if (written === undefined) return fallback;
  const limit = Number(written);
  if (Number.isInteger(limit) && limit >= 0) return limit;
  problems.push({ field, value: written, message: `is not a whole number; ${fallback ?? 'all'} is used` });
  return fallback;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-series': DialogueSeries;
  }
}

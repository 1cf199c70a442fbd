import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { DialogueElement } from '../internal/dialogue-element.js';
import { EventConsumer } from '../internal/event-consumer.js';
import { PANELIST_TAG } from '../internal/tags.js';
import { readPanelist } from '../event/read-content.js';
import { validateAll, validatePanelist } from '../model/build-event.js';
import type { DialogueEventData, Person, Problem } from '../model/event-data.js';
import { colourFor, initialsOf } from './initials.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { dialoguePanelistsStyles } from './dialogue-panelists.styles.js';

/**
 * The panel: photo (initials when missing or broken), name, role and organisation
 * of each person, as a list that is a grid where there is room and a stack where
 * there is not. Reads the surrounding event's panelists, or its own
 * `<dialogue-panelist>` children when it stands alone.
 *
 * @tagname dialogue-panelists
 * @summary The people on the panel.
 *
 * @slot - `<dialogue-panelist>` elements, when used on its own.
 *
 * @csspart heading - The "Panelists" heading.
 * @csspart list - The `<ul>` of people.
 * @csspart panelist - One person (`<li>`).
 * @csspart photo - A person's photo or initials.
 *
 * @cssproperty --dialogue-photo-size - Diameter of each photo. Default: 3.5rem.
 * @cssproperty --dialogue-link - Colour of the links (organisations, names). Default: the inherited text colour; links are underlined either way.
 */
export class DialoguePanelists extends DialogueElement {
  static override styles = [sharedStyles, dialoguePanelistsStyles];

  private readonly eventConsumer = new EventConsumer(this);

  /** Photos that failed to load: shown as initials instead. */
  @state() private brokenPhotos = new Set<string>();
  @state() private childrenVersion = 0;

  private people: readonly Person[] = [];
  private observer?: MutationObserver;

  /** The surrounding `<dialogue-event>`'s event, once it has provided one. */
  private get contextEvent(): DialogueEventData | undefined {
    return this.eventConsumer.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.childrenVersion++);
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  override willUpdate(): void {
    const own = [...this.querySelectorAll(PANELIST_TAG)].map(readPanelist);
    let problems: readonly Problem[] = [];
    if (!own.length && this.eventConsumer.awaiting) {
      this.people = [];
    } else if (own.length || !this.contextEvent) {
      const panel = validateAll(own, 'panelists', document.baseURI, validatePanelist);
      this.people = panel.values;
      problems = panel.problems;
    } else {
      this.people = this.contextEvent.panelists;
    }
    this.setProblems(problems);
    this.setCustomState('empty', this.people.length === 0);
  }

  override updated(): void {
    // The initials' colour goes through the CSSOM, never a style attribute: a strict
    // Content-Security-Policy (style-src without 'unsafe-inline') blocks style attributes, and
    // styleMap writes its first value as one, which left white initials on no background. The
    // people are listed in order, one item each.
    this.renderRoot.querySelectorAll('[part="panelist"]').forEach((item, index) => {
      const initials = item.querySelector<HTMLElement>('.initials');
      const person = this.people[index];
      if (initials && person) initials.style.setProperty('background-color', colourFor(person.name));
    });
  }

  private onPhotoError(photo: string): void {
    this.brokenPhotos = new Set([...this.brokenPhotos, photo]);
  }

  override render() {
    if (this.people.length === 0) return nothing;
    return html`
      <!-- Not a <section>: a labelled section is a landmark, and a page of cards would list a
           dozen "Panelists" landmarks. The heading finds it; the list is named by it. -->
      <div class="panel" lang=${this.locale} dir=${this.direction}>
        <h3 id="heading" part="heading">${this.messages.panelists}</h3>
        <ul part="list" aria-labelledby="heading">
          ${this.people.map((person) => this.renderPerson(person))}
        </ul>
      </div>
    `;
  }

  private renderPerson(person: Person) {
    const organisation = person.organisation
      ? person.organisationUrl
        ? html`<a href=${person.organisationUrl}>${person.organisation}</a>`
        : person.organisation
      : nothing;
    const separator = person.role && person.organisation ? ', ' : '';
    return html`
      <li part="panelist">
        ${this.renderPhoto(person)}
        <div class="who">
          <p class="name">${person.url ? html`<a href=${person.url}>${person.name}</a>` : person.name}</p>
          ${
            person.role || person.organisation
              ? html`<p class="role">${person.role ?? ''}${separator}${organisation}</p>`
              : nothing
          }
          ${person.bio ? html`<p class="bio">${person.bio}</p>` : nothing}
        </div>
      </li>
    `;
  }

  private renderPhoto(person: Person) {
    const photo = person.photo;
    if (photo && !this.brokenPhotos.has(photo)) {
      // The name stands beside the photo, so the photo itself is decorative (alt="").
      return html`<img
        part="photo"
        class="photo"
        src=${photo}
        alt=""
        width="56"
        height="56"
        loading="lazy"
        decoding="async"
        @error=${() => this.onPhotoError(photo)}
      />`;
    }
    // Its colour is set in updated().
    return html`<span part="photo" class="photo initials" aria-hidden="true">${initialsOf(person.name)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-panelists': DialoguePanelists;
  }
}

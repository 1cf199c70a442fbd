import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { readPanelist } from '../event/read-content.js';
import { DialogueDataElement } from './data-element.js';
import { EVENT_TAG, PANELISTS_TAG } from '../internal/tags.js';
import { textAttribute } from '../internal/written.js';
import { validatePanelist } from '../model/build-event.js';

/**
 * One panelist, as data: inside a `<dialogue-event>` or `<dialogue-panelists>` it
 * shows nothing itself (the panel lays it out). Left outside both (an editor
 * closed the event early), it shows its name, role and bio so nothing the author
 * wrote is lost.
 *
 * Its properties are reflected to their attributes, so the event or the panel around
 * it sees a change made from script as it sees an edited attribute.
 *
 * @tagname dialogue-panelist
 * @summary A person on the panel (data for `<dialogue-panelists>`).
 * @slot - A short biography.
 * @attribute role - The job title, as the contract first named it; but `role` is also ARIA's attribute,
 *   and where the element shows itself (no JavaScript, left outside an event) a value such as
 *   "Main speaker" reads to screen readers as a landmark. Prefer `job-title`.
 */
export class DialoguePanelist extends DialogueDataElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The person's name. */
  @property({ reflect: true, converter: textAttribute }) name?: string;
  /** Their role or job title. (No `role` property: `Element.role` is ARIA's and keeps its meaning.) */
  @property({ attribute: 'job-title', reflect: true, converter: textAttribute }) jobTitle?: string;
  /** Their organisation. */
  @property({ reflect: true, converter: textAttribute }) organisation?: string;
  /** The organisation's link, or the person's own without an organisation (http/https). */
  @property({ reflect: true, converter: textAttribute }) href?: string;
  /** A photo (http/https). */
  @property({ reflect: true, converter: textAttribute }) photo?: string;

  /** Inside an event or a panel, which lay it out and report its problems. */
  protected get contained(): boolean {
    return this.closest(`${EVENT_TAG}, ${PANELISTS_TAG}`) !== null;
  }

  override willUpdate(): void {
    // Left on its own, it is the only one who can say what is wrong with it.
    this.setProblems(this.contained ? [] : validatePanelist(readPanelist(this), document.baseURI).problems);
  }

  protected ownView() {
    const person = readPanelist(this);
    const detail = [person.role, person.organisation].filter(Boolean).join(', ');
    return html`<p><strong>${person.name ?? ''}</strong>${detail ? ` – ${detail}` : ''}</p>
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-panelist': DialoguePanelist;
  }
}

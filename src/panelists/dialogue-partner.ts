import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { readPartner } from '../event/read-content.js';
import { DialogueDataElement } from './data-element.js';
import { EVENT_TAG } from '../internal/tags.js';
import { textAttribute } from '../internal/written.js';
import { validatePartner } from '../model/build-event.js';

/**
 * An organisation, as data for the card: a partner ("in partnership with"), or with
 * `host`, the one that hosts the event ("hosted by").
 * Left outside a `<dialogue-event>`, it shows its name so nothing is lost. Its
 * properties are reflected to their attributes, so the event around it sees a change
 * made from script.
 *
 * @tagname dialogue-partner
 * @summary A partner organisation (data for `<dialogue-event>`).
 */
export class DialoguePartner extends DialogueDataElement {
  static override styles = css`
    :host([hidden]) {
      display: none;
    }
  `;

  /** The organisation's name (also the logo's text alternative). */
  @property({ reflect: true, converter: textAttribute }) name?: string;
  /** The organisation's logo (http/https). */
  @property({ reflect: true, converter: textAttribute }) logo?: string;
  /** This organisation hosts the event: the card names it as the host, apart from the partners (JSON-LD `organizer`). */
  @property({ type: Boolean, reflect: true }) host = false;
  /** The organisation's site (http/https). */
  @property({ reflect: true, converter: textAttribute }) href?: string;

  /** Inside an event, which lays it out and reports its problems. */
  protected get contained(): boolean {
    return this.closest(EVENT_TAG) !== null;
  }

  override willUpdate(): void {
    // Left on its own, it is the only one who can say what is wrong with it.
    this.setProblems(this.contained ? [] : validatePartner(readPartner(this), document.baseURI).problems);
  }

  protected ownView() {
    return html`<span>${readPartner(this).name ?? ''}</span><slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-partner': DialoguePartner;
  }
}

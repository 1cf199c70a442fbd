import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A co-hosting organisation, as data for the card's "in partnership with" list.
 * Left outside a `<dialogue-event>`, it shows its name so nothing is lost.
 *
 * @tagname dialogue-partner
 * @summary A partner organisation (data for `<dialogue-event>`).
 */
export class DialoguePartner extends LitElement {
  static override styles = css`
    :host([hidden]) {
      display: none;
    }
  `;

  /** The organisation's name (also the logo's text alternative). */
  @property() name?: string;
  /** The organisation's logo (http/https). */
  @property() logo?: string;
  /** The organisation's site (http/https). */
  @property() href?: string;

  override render() {
    if (this.closest('dialogue-event')) return nothing;
    return html`<span>${this.name ?? ''}</span><slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-partner': DialoguePartner;
  }
}

import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One panelist, as data: inside a `<dialogue-event>` or `<dialogue-panelists>` it
 * shows nothing itself (the panel lays it out). Left outside both (an editor
 * closed the event early), it shows its name, role and bio so nothing the author
 * wrote is lost.
 *
 * @tagname dialogue-panelist
 * @summary A person on the panel (data for `<dialogue-panelists>`).
 * @slot - A short biography.
 * @attribute job-title - The person's role or job title (preferred: see `role`).
 * @attribute role - The same, as the contract first named it; but `role` is also ARIA's attribute, and where the element shows itself (no JavaScript, left outside an event) a value such as "Main speaker" reads to screen readers as a landmark. Prefer `job-title`.
 */
export class DialoguePanelist extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The person's name. */
  @property() name?: string;
  // The role (job title) is read from the `role` attribute, as the contract names it; no
  // property of that name, since `Element.role` is ARIA's and must keep its meaning.
  /** Their organisation. */
  @property() organisation?: string;
  /** A link for the person or their organisation (http/https). */
  @property() href?: string;
  /** A photo (http/https). */
  @property() photo?: string;

  override render() {
    if (this.closest('dialogue-event, dialogue-panelists')) return nothing;
    const detail = [this.getAttribute('job-title') ?? this.getAttribute('role'), this.organisation].filter(Boolean).join(', ');
    return html`<p><strong>${this.name ?? ''}</strong>${detail ? ` – ${detail}` : ''}</p>
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dialogue-panelist': DialoguePanelist;
  }
}

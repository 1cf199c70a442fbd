/**
 * `<story-problems>`: puts the `problems` of the dialogue elements around it on the
 * screen, the way a developer reads them in the console. It lists every
 * `dialogue-*` element inside its parent (or inside the element `for` names) and
 * re-reads them while it is on the page, since some problems only appear once a
 * `src` has answered.
 */
import { css, html, LitElement } from 'lit';

interface Problem {
  field: string;
  value: string;
  message: string;
}

interface Reported {
  element: string;
  problems: readonly Problem[];
}

const REREAD_MS = 300;

export class StoryProblems extends LitElement {
  static override properties = { for: {}, reported: { state: true } };
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 1rem;
      font:
        0.85rem/1.45 ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace;
      color: #3c2a00;
    }
    section {
      border: 1px solid #e3c77a;
      background: #fff8e1;
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }
    h3 {
      margin: 0 0 0.5rem;
      font:
        600 0.9rem system-ui,
        sans-serif;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.2rem;
    }
    li {
      margin-block: 0.25rem;
    }
    .field {
      font-weight: 700;
    }
    .value {
      color: #8a1c1c;
      word-break: break-all;
    }
    .none {
      font-family: system-ui, sans-serif;
    }
  `;

  declare for: string | undefined;
  declare reported: Reported[];
  private timer?: ReturnType<typeof setInterval>;
  private lastKey = '';

  constructor() {
    super();
    this.reported = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.reread();
    this.timer = setInterval(() => this.reread(), REREAD_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private reread(): void {
    const scope = (this.for ? document.getElementById(this.for) : null) ?? this.parentElement;
    if (!scope) return;
    const reported = [...scope.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('dialogue-') && 'problems' in element)
      .map((element) => ({
        element: describe(element),
        problems: (element as Element & { problems: readonly Problem[] }).problems,
      }))
      .filter((entry) => entry.problems.length > 0);
    const key = JSON.stringify(reported);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.reported = reported;
  }

  override render() {
    const count = this.reported.reduce((sum, entry) => sum + entry.problems.length, 0);
    return html`<section aria-label="Problems reported by the elements">
      <h3>
        ${count === 0 ? 'No problems reported' : `${count} problem${count === 1 ? '' : 's'} reported (element.problems)`}
      </h3>
      ${
        count === 0
          ? html`<p class="none">The elements found nothing wrong with their input.</p>`
          : html`<ul>
              ${this.reported.flatMap((entry) =>
                entry.problems.map(
                  (problem) =>
                    html`<li>
                      ${entry.element} <span class="field">${problem.field}</span>:
                      <span class="value">${JSON.stringify(problem.value)}</span> ${problem.message}
                    </li>`,
                ),
              )}
            </ul>`
      }
    </section>`;
  }
}

function describe(element: Element): string {
  const name = element.getAttribute('name');
  return `<${element.localName}${name ? ` name="${name.length > 24 ? `${name.slice(0, 23)}…` : name}"` : ''}>`;
}

if (!customElements.get('story-problems')) customElements.define('story-problems', StoryProblems);

declare global {
  interface HTMLElementTagNameMap {
    'story-problems': StoryProblems;
  }
}

export const problemsPanel = (forId?: string) =>
  forId ? html`<story-problems for=${forId}></story-problems>` : html`<story-problems></story-problems>`;

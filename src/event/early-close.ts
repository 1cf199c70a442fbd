import type { Problem } from '../model/event-data.js';
import { EVENT_TAG, LAYOUT_TAGS, PANELIST_TAG, PARTNER_TAG } from '../internal/tags.js';
import { JSON_LD_SELECTOR } from './children.js';
import { authoredFlow } from './authored-flow.js';

const ORPHAN_SELECTOR = `${PANELIST_TAG}, ${PARTNER_TAG}, ${JSON_LD_SELECTOR}, [slot="name"]`;
// Where dialogue children belong of their own right: a panel of its own after the card is no orphan.
const OWNER_SELECTOR = [EVENT_TAG, ...LAYOUT_TAGS].join(', ');

/**
 * WordPress's auto-paragraphs turn `<dialogue-event …>` + children into
 * `<p><dialogue-event …></p> …children… </dialogue-event></p>`: the browser closes
 * the element at the first `</p>` and its children land after it as siblings.
 * Recognise that shape: an element with no content of its own and no `src`, and
 * dialogue children or a slotted heading among the nodes right after it (after
 * its `<p>` wrapper too), before the next `<dialogue-event>`.
 */
export function detectEarlyClose(host: Element): Problem | null {
  // Data inside (JSON-LD, a panelist) means the element kept its children: not closed early.
  // The cheap checks first: every card of a listing runs this as it connects.
  if (host.hasAttribute('src') || host.querySelector(ORPHAN_SELECTOR) || authoredFlow([...host.childNodes]).length > 0)
    return null;
  for (const node of followingNodes(host)) {
    if (!(node instanceof Element)) continue;
    if (node.localName === EVENT_TAG || node.querySelector(EVENT_TAG)) break;
    const candidates = node.matches(ORPHAN_SELECTOR) ? [node] : [...node.querySelectorAll(ORPHAN_SELECTOR)];
    const orphan = candidates.find((candidate) => !candidate.parentElement?.closest(OWNER_SELECTOR));
    if (orphan) {
      return {
        field: 'content',
        value: describe(orphan),
        message:
          "stands after the element instead of inside it: an editor's auto-paragraphs (WordPress wpautop) " +
          'likely closed the element at a </p>. Use the attribute-only form, the src form, or paste the ' +
          'markup into a Custom HTML block.',
      };
    }
  }
  return null;
}

/** Siblings after `host`, then after each wrapping `<p>`/`<div>`, a dozen at most. */
function* followingNodes(host: Element): Generator<Node> {
  let from: Element | null = host;
  let seen = 0;
  while (from && seen < 12) {
    for (let next = from.nextSibling; next && seen < 12; next = next.nextSibling) {
      seen += 1;
      yield next;
    }
    const parent: HTMLElement | null = from.parentElement;
    from = parent && (parent.localName === 'p' || parent.localName === 'div') ? parent : null;
  }
}

function describe(element: Element): string {
  if (element.localName === 'script') return '<script type="application/ld+json">';
  const name = element.getAttribute('name');
  return name ? `<${element.localName} name="${name}">` : `<${element.localName}>`;
}

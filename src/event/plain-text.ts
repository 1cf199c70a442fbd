import { isDialogueElement } from '../internal/tags.js';
import { BLOCK_TAGS, UNSHOWN_TAGS } from './children.js';

/**
 * The words of the author's description as plain text, for where markup cannot go: the
 * notes of a calendar entry. Paragraphs, headings, table rows and list items keep their
 * breaks (a list item gets a bullet), `<br>` is a line break, `<pre>` keeps its lines,
 * and everything else is folded the way the browser folds white space. `headings:
 * false` leaves headings out (a card the author laid out: they are its layout).
 */

// Not words a visitor reads in the description: what is never shown, embedded documents, our own elements.
const SKIPPED = new Set([...UNSHOWN_TAGS, 'object', 'iframe']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function plainTextOf(nodes: readonly Node[], { headings = true }: { headings?: boolean } = {}): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag) || isDialogueElement(element) || (!headings && HEADINGS.has(tag))) return;
    if (tag === 'br') {
      text += '\n';
      return;
    }
    // Preformatted text keeps its line breaks.
    if (tag === 'pre') {
      text += `\n\n${element.textContent ?? ''}\n\n`;
      return;
    }
    // Cells of a row stay apart: "16:00 Opening", not "16:00Opening".
    if (tag === 'td' || tag === 'th') {
      element.childNodes.forEach(walk);
      text += ' ';
      return;
    }
    const before = tag === 'li' ? '\n• ' : tag === 'tr' ? '\n' : BLOCK_TAGS.has(tag) ? '\n\n' : '';
    const after = BLOCK_TAGS.has(tag) ? '\n\n' : '';
    text += before;
    element.childNodes.forEach(walk);
    text += after;
  };
  nodes.forEach(walk);
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^• $/gm, '')
    .trim();
}

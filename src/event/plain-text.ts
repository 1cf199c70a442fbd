/**
 * The words of the author's description as plain text, for where markup cannot go: the
 * notes of a calendar entry. Paragraphs, headings and list items keep their breaks
 * (a list item gets a bullet), `<br>` is a line break, and everything else is folded
 * the way the browser folds white space.
 */

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tr', 'ul',
]);
// Not words a visitor reads in the description: code, styles, the no-script fallback, our own elements.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'object', 'iframe']);

export function plainTextOf(nodes: readonly Node[]): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag) || tag.startsWith('dialogue-')) return;
    if (tag === 'br') {
      text += '\n';
      return;
    }
    const before = tag === 'li' ? '\n• ' : BLOCKS.has(tag) ? '\n\n' : '';
    const after = BLOCKS.has(tag) ? '\n\n' : '';
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

import { isDialogueElement } from '../internal/tags.js';
import { BLOCK_TAGS, DATA_SELECTOR, UNSHOWN_TAGS } from './children.js';

/**
 * What the card shows of the author's content: everything they wrote, without what an
 * editor inserted around it. WordPress's auto-paragraphs turn each line break into
 * `<br />` and each blank line into `<p>`, so data children (panelists, partners,
 * JSON-LD), which are read and never shown, leave empty paragraphs and stray breaks
 * behind them; the author's own text, inline elements (with the spaces between them),
 * `<hr>`, icons and other libraries' elements all stay.
 */

const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isBr = (node: Node) => node instanceof Element && node.localName === 'br';
/** White space, `&nbsp;` included (an editor's stored "empty paragraph"). */
const isBlankText = (node: Node) => isText(node) && !node.data.trim();
/** A line break, or text that holds only an empty line's worth of spaces. */
const isEmptyLine = (node: Node) => isBr(node) || isBlankText(node);
/** Collapsible white space only: the browser gives it no room at the ends of a line. */
const isCollapsible = (node: Node) => isText(node) && !/[^ \t\n\r\f]/.test(node.data);

function standsOnItsOwnLine(node: Node): boolean {
  return node instanceof Element && (BLOCK_TAGS.has(node.localName) || isDialogueElement(node));
}

/** What an editor leaves inside a wrapper it made: white space, breaks, comments, data. */
function isFiller(node: Node): boolean {
  if (isText(node)) return !node.data.trim();
  if (!(node instanceof Element)) return true;
  return isBr(node) || node.matches(DATA_SELECTOR) || UNSHOWN_TAGS.has(node.localName);
}

/**
 * Left out: comments, the data children, what is never shown, and a wrapper holding
 * nothing but filler (`<p></p>`, `<p>&nbsp;</p>`, a `<p>` or `<div>` around panelists).
 */
function isNoise(node: Node): boolean {
  if (isText(node)) return false;
  if (!(node instanceof Element)) return true;
  if (node.matches(DATA_SELECTOR) || UNSHOWN_TAGS.has(node.localName)) return true;
  const children = [...node.childNodes];
  if (!children.every(isFiller)) return false;
  // An empty <div> or <span> may be the author's (a spacer, an icon); an empty <p> is the editor's.
  return node.localName === 'p' || children.some((child) => child instanceof Element && child.matches(DATA_SELECTOR));
}

/**
 * Breaks and `&nbsp;` lines that only made room around something left out: a break
 * (or a lone `&nbsp;`) at either end or beside a block, and a second break where the
 * only thing between the two was left out.
 */
export function authoredFlow(nodes: readonly Node[]): Node[] {
  const flow: Node[] = [];
  let lastShown: Node | null = null;
  let droppedSinceLastShown = false;
  for (const node of nodes) {
    if (isNoise(node)) {
      droppedSinceLastShown = true;
      continue;
    }
    if (isCollapsible(node)) {
      flow.push(node);
      continue;
    }
    if (isBr(node) && lastShown !== null && isBr(lastShown) && droppedSinceLastShown) continue;
    flow.push(node);
    lastShown = node;
    droppedSinceLastShown = false;
  }
  // A break or a lone &nbsp; with nothing inline on one side only adds an empty line.
  const shown = flow.filter((node) => !isCollapsible(node));
  const onItsOwn = (node: Node | undefined) => node === undefined || standsOnItsOwnLine(node);
  const kept = new Set(
    shown.filter(
      (node, index) =>
        !isEmptyLine(node) || (!onItsOwn(shown[index - 1]) && !onItsOwn(shown[index + 1]) && !emptyAtEnd(shown, index)),
    ),
  );
  const result = flow.filter((node) => isCollapsible(node) || kept.has(node));
  // White space at the ends takes no room, and would stand in the first slot instead of the first element.
  while (result.length && isCollapsible(result[0]!)) result.shift();
  while (result.length && isCollapsible(result[result.length - 1]!)) result.pop();
  return result;
}

/** Whether only breaks and blank text follow `index` (or precede it) to an end. */
function emptyAtEnd(shown: Node[], index: number): boolean {
  return shown.slice(index + 1).every(isEmptyLine) || shown.slice(0, index).every(isEmptyLine);
}

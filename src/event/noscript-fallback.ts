import { safeHttpUrl } from '../model/safe-url.js';
import { BLOCK_TAGS } from './children.js';
import { plainTextOf } from './plain-text.js';

/** A run of the fallback's words: plain text, or a link to an http(s) address. */
export interface FallbackPiece {
  readonly text: string;
  readonly href?: string;
}

/**
 * The words and links of the author's `<noscript>` fallback, for a card whose `src`
 * failed with nothing else to show. Where scripts run, the browser keeps a
 * `<noscript>`'s content as unparsed text: it is parsed here in an inert document (no
 * script runs, no image loads) and only its text and its http(s) links come out, so it
 * can never add markup or a `javascript:` link to the page.
 */
export function noscriptFallback(host: Element): FallbackPiece[] {
  const noscripts = [...host.children].filter((child) => child.localName === 'noscript');
  if (noscripts.length === 0) return [];
  const markup = noscripts.map((noscript) => noscript.textContent ?? '').join('\n');
  let inert: Document;
  try {
    inert = new DOMParser().parseFromString(markup, 'text/html');
  } catch {
    // A page that requires Trusted Types forbids parsing a string: its words alone, without links.
    return wordsOf(markup);
  }
  const pieces: FallbackPiece[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      pieces.push({ text: (node.textContent ?? '').replace(/\s+/g, ' ') });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    const block = BLOCK_TAGS.has(tag) || tag === 'br' || tag === 'li';
    if (block) pieces.push({ text: '\n' });
    const href = tag === 'a' ? safeHttpUrl(element.getAttribute('href') ?? '', document.baseURI) : null;
    if (href) pieces.push({ text: plainTextOf([element]), href });
    else if (element.querySelector('a')) element.childNodes.forEach(walk);
    else pieces.push({ text: plainTextOf([element]) });
    if (block) pieces.push({ text: '\n' });
  };
  inert.body.childNodes.forEach(walk);
  return pieces.some((piece) => piece.text.trim() !== '') ? tidy(pieces) : [];
}

/** The words of `markup` without parsing it: paragraphs and breaks end a line, other tags and scripts go, `&amp;` is read. */
function wordsOf(markup: string): FallbackPiece[] {
  const text = markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<(?:br|\/?(?:p|div|li|h\d))\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&');
  return text.trim() ? tidy([{ text }]) : [];
}

/** Neighbouring runs of text joined, lines trimmed, at most one empty line between paragraphs. */
function tidy(pieces: readonly FallbackPiece[]): FallbackPiece[] {
  const joined: FallbackPiece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && !last.href && !piece.href) joined[joined.length - 1] = { text: last.text + piece.text };
    else joined.push(piece);
  }
  return joined
    .map((piece, index) => {
      let text = piece.text.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
      if (index === 0) text = text.trimStart();
      if (index === joined.length - 1) text = text.trimEnd();
      return { ...piece, text };
    })
    .filter((piece) => piece.text !== '');
}

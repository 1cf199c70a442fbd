import { canonicalLocale, languageOf } from '../time/intl-cache.js';
import { isDialogueElement } from './tags.js';

/**
 * Which language an element speaks, and which way it writes: from the nearest
 * `lang` / `dir` up the tree (crossing shadow roots), else the document's.
 */

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-arab', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The nearest ancestor-or-self attribute value, looking through shadow roots to
 * their hosts. Inside our own elements' shadow roots (the card renders a countdown
 * and a register element) only the author's tree counts: the card's wrappers carry
 * a `lang`/`dir` that may not have caught up with a change yet.
 */
function nearestAttribute(start: Element, name: string): string | null {
  let node: Element | null = start;
  while (node) {
    const root = node.getRootNode();
    const ours = root instanceof ShadowRoot && isDialogueElement(root.host);
    if (!ours) {
      const found: Element | null = node.closest(`[${name}]`);
      if (found) return found.getAttribute(name);
    }
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The language for `element`: nearest `lang`, else the browser's, else English. */
export function resolveLocale(element: Element): string {
  return canonicalLocale(nearestAttribute(element, 'lang')) ?? canonicalLocale(globalThis.navigator?.language) ?? 'en';
}

/** Writing direction for `element`: nearest `dir` when explicit, else from the language. */
export function resolveDirection(element: Element, locale: string): 'ltr' | 'rtl' {
  const dir = nearestAttribute(element, 'dir')?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

type LocaleListener = () => void;
const listeners = new Set<LocaleListener>();
let observer: MutationObserver | null = null;

/**
 * One observer for the whole document, shared by every element: a `lang` or `dir`
 * changed anywhere asks each connected element to look again (a walk up the tree,
 * cheap next to a thousand observers).
 */
export function observeLocaleChanges(listener: LocaleListener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}

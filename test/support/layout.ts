import { expect } from '@open-wc/testing';

/**
 * How far two lengths of one layout may differ and still be the same to a visitor: engines keep
 * sub-pixel lengths in different units (Firefox and WebKit in 1/60 and 1/64 px), so the same box
 * can read 348.6000061 in one and 348.5999755 in another.
 */
export const LAYOUT_TOLERANCE = 0.01;

/**
 * Resolves once the page has drawn a frame. A card's description and panel, and a countdown
 * standing alone, are content-visibility: auto: WebKit lays them out at their placeholder
 * size, with no lines, until the first frame, so a test reads them as a visitor sees them after it.
 */
export const drawn = (): Promise<void> =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** The numbers in `actual` and `expected` (numbers, arrays, plain objects) differ by at most `tolerance`. */
function closeEnough(actual: unknown, expected: unknown, tolerance: number): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.abs(actual - expected) <= tolerance;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return (
      actual.length === expected.length && actual.every((item, index) => closeEnough(item, expected[index], tolerance))
    );
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = Object.keys(expected);
    return (
      Object.keys(actual).length === keys.length &&
      keys.every((key) =>
        closeEnough((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance),
      )
    );
  }
  return Object.is(actual, expected);
}

/** Asserts two layout readings (a length, or arrays and objects of them) are the same within LAYOUT_TOLERANCE. */
export function expectSameLayout(
  actual: unknown,
  expected: unknown,
  message?: string,
  tolerance = LAYOUT_TOLERANCE,
): void {
  if (closeEnough(actual, expected, tolerance)) return;
  // Not the same: let chai report the two in full.
  expect(actual, `${message ? `${message}: ` : ''}differs by more than ${tolerance} px`).to.deep.equal(expected);
}

/**
 * The width of the longest word `root` shows (its own text, in the font each word is drawn in), measured
 * in a probe of its own on the page, so that measuring changes nothing in the layout it measures
 * (WebKit widens a shrink-to-fit element for good once a probe has been added to its shadow root).
 */
export function longestWordWidth(root: ParentNode): number {
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;white-space:nowrap;padding:0;border:0';
  document.body.append(probe);
  let widest = 0;
  try {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || parent.localName === 'style' || parent.localName === 'script') continue;
      const style = getComputedStyle(parent);
      probe.style.font = style.font;
      probe.style.letterSpacing = style.letterSpacing;
      probe.style.textTransform = style.textTransform;
      for (const word of (text.textContent ?? '').split(/\s+/).filter(Boolean)) {
        probe.textContent = word;
        widest = Math.max(widest, probe.getBoundingClientRect().width);
      }
    }
  } finally {
    probe.remove();
  }
  return widest;
}

/** How many lines `element`'s text is drawn on (a preserved line break starts one; innerText is not portable for this). */
export function renderedLineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = new Set(
    [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
  );
  return tops.size;
}

// Runs inside the benchmark page, after the bundle: renders what scripts/bench.mjs
// asks for and times it. Timers and long tasks are recorded by the instrumentation
// that scripts/bench.mjs installs before any script of the page runs.
import { clock, VERSION } from '/dist/dialogue-widgets.js';
import { countdownsMarkup, listingMarkup, referenceCardMarkup, referenceStart } from './markup.js';

/** When the bundle had been fetched, parsed and run (ms since navigation start). */
const bundleReady = performance.now();

/** Every element in `root`, shadow roots included. */
function* allElements(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield node;
    if (node.shadowRoot) yield* allElements(node.shadowRoot);
  }
}

/**
 * Resolves once no Lit element under `root` has an update pending, however many
 * rounds that takes (a card renders, its children get their context and render).
 */
async function settle(root) {
  for (let round = 0; round < 100; round += 1) {
    const pending = [];
    for (const element of allElements(root)) {
      if (element.updateComplete && (element.isUpdatePending || !element.hasUpdated)) pending.push(element.updateComplete);
    }
    if (pending.length === 0) return round;
    await Promise.all(pending);
  }
  throw new Error('the page never settled');
}

/** Style and layout of everything rendered: reading a box makes the browser do them now. */
function layout() {
  return document.body.getBoundingClientRect().height;
}

function markupFor(kind, count) {
  const now = clock.now();
  if (kind === 'card') return referenceCardMarkup(referenceStart(now));
  if (kind === 'listing') return listingMarkup(count, now);
  return countdownsMarkup(count, kind, now);
}

const stage = () => document.getElementById('stage');

window.bench = {
  version: VERSION,
  bundleReady,

  /**
   * Inserts the markup and times it up to rendered and laid out: parsing, upgrade,
   * every element's first render (and the re-render context causes), style, layout.
   * Paint is left out: it is the browser's, and frame-aligned, so it would add noise.
   */
  async render(kind, count = 1) {
    const markup = markupFor(kind, count);
    const t0 = performance.now();
    stage().innerHTML = markup;
    const rounds = await settle(stage());
    layout();
    const t1 = performance.now();
    return { t0, t1, ms: t1 - t0, rounds, elements: stage().children.length };
  },

  /** How many countdowns the shared IntersectionObserver sees on screen (for the report). */
  onScreenCount() {
    const height = window.innerHeight;
    let count = 0;
    for (const element of allElements(document)) {
      if (element.localName !== 'dialogue-countdown') continue;
      const box = element.getBoundingClientRect();
      if (box.bottom > 0 && box.top < height && box.height > 0) count += 1;
    }
    return count;
  },
};

// The cold-load page has its markup in the HTML: time from navigation to rendered.
if (stage().children.length > 0) {
  window.bench.cold = settle(stage()).then(() => {
    layout();
    const rendered = performance.now();
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/dialogue-widgets.js'));
    return { bundleReady, rendered, bundleFetched: entry ? entry.responseEnd : null };
  });
}

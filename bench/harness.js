// Runs inside the benchmark page, after the target's bundle (ours or a peer's):
// renders what scripts/bench.mjs asks for and times it. scripts/bench.mjs bundles
// it with bench/markup.js and inlines it in every page. Timers and long tasks are
// recorded by the instrumentation it installs before any script of the page runs.
import { markupFor } from './markup.js';

/** When the bundle had been fetched, parsed and run (ms since navigation start). */
const bundleReady = performance.now();
const target = document.documentElement.dataset.target;

/** Every element in `root`, shadow roots included. */
function* allElements(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield node;
    if (node.shadowRoot) yield* allElements(node.shadowRoot);
  }
}

/** What an element still has to do before it is drawn: a Lit update, or add-to-calendar-button's set-up. */
function pendingWork(element) {
  if (typeof element.whenInitialized === 'function' && !element.state?.ready) return element.whenInitialized();
  if (element.updateComplete && (element.isUpdatePending || !element.hasUpdated)) return element.updateComplete;
  return null;
}

/**
 * Resolves once no element under `root` has work pending, however many rounds
 * that takes (a card renders, its children get their context and render).
 */
async function settle(root) {
  for (let round = 0; round < 100; round += 1) {
    const pending = [...allElements(root)].map(pendingWork).filter(Boolean);
    if (pending.length === 0) return round;
    await Promise.all(pending);
  }
  throw new Error('the page never settled');
}

/** Style and layout of everything rendered: reading a box makes the browser do them now. */
function layout() {
  return document.body.getBoundingClientRect().height;
}

/** Resolves once the frame that shows what was laid out has been produced. */
const nextFrame = () =>
  new Promise((done) => requestAnimationFrame(() => window.__benchTimers.real.setTimeout(done, 0)));

const stage = () => document.getElementById('stage');

/** Nodes (elements, text, comments) in each element's shadow root, plus the element itself. */
function nodesPerElement(localName) {
  const elements = [...allElements(stage())].filter((e) => e.localName === localName && e.shadowRoot);
  let nodes = 0;
  for (const element of elements) {
    const walker = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes += 1;
  }
  return elements.length ? 1 + nodes / elements.length : 0;
}

window.bench = {
  target,
  bundleReady,

  /**
   * Inserts the markup and times it up to rendered and laid out: parsing, upgrade,
   * every element's first render (and the re-render context causes), style, layout.
   * Paint is left out: it is the browser's, and frame-aligned, so it would add noise.
   */
  async render(kind, count = 1) {
    const markup = markupFor(target, kind, count, Date.now());
    const t0 = performance.now();
    stage().innerHTML = markup;
    let rounds = await settle(stage());
    // A series renders its events once its feed has answered: wait for its rows, then for its card.
    const series = stage().querySelector('dialogue-series');
    while (series && !series.shadowRoot?.querySelector('[part~="row"]')) {
      await new Promise((done) => window.__benchTimers.real.setTimeout(done, 5));
      rounds += await settle(stage());
    }
    layout();
    const t1 = performance.now();
    return { t0, t1, ms: t1 - t0, rounds, elements: stage().children.length };
  },

  /** DOM nodes each countdown of the page costs (its own element and its shadow tree). */
  nodesPerCountdown() {
    const name = { ours: 'dialogue-countdown', floor: 'floor-countdown', rte: 'relative-time' }[target];
    return nodesPerElement(name);
  },

  /** How many of our countdowns are inside the viewport (for the report). */
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

// The cold-load page has its markup in the HTML: time from navigation to rendered and shown.
if (stage().children.length > 0) {
  window.bench.cold = settle(stage()).then(async () => {
    layout();
    const rendered = performance.now();
    await nextFrame();
    const shown = performance.now();
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/dist/') || e.name.includes('/peers/'));
    return { bundleReady, rendered, shown, bundleFetched: entry ? entry.responseEnd : null };
  });
}

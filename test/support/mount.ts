import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Every dialogue element under `root`, looking into shadow roots too. */
export function dialogueElements(root: ParentNode): LitElement[] {
  const found: LitElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('dialogue-') && 'updateComplete' in element) found.push(element as LitElement);
    if (element.shadowRoot) found.push(...dialogueElements(element.shadowRoot));
  }
  return found;
}

/** Waits until every dialogue element under `root` has rendered and nothing asks for more. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = await Promise.all(dialogueElements(root).map((element) => element.updateComplete));
    // updateComplete resolves false when another update was queued meanwhile.
    if (pending.every(Boolean)) {
      await new Promise((resolve) => setTimeout(resolve));
      if ((await Promise.all(dialogueElements(root).map((element) => element.updateComplete))).every(Boolean)) return;
    }
  }
}

/**
 * Parses `markup` with the browser's HTML parser, as a page would (so `</p>` closes a
 * custom element exactly as it does on a WordPress page), and waits for it to render.
 */
export async function mount(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  await settle(container);
  return container;
}

/** Polls `condition` (real time: network, image loads, a running clock) until it holds, or fails naming `what`. */
export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Removes everything `mount` added. Call it in afterEach. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The text a visitor reads in an element's shadow root (white space folded). */
export function shownText(element: Element | null | undefined): string {
  const root = element?.shadowRoot ?? element;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `selector` inside the shadow root of `element`. */
export function inShadow<T extends Element = Element>(element: Element | null | undefined, selector: string): T | null {
  return (element?.shadowRoot?.querySelector(selector) as T | null) ?? null;
}

/** Collects console warnings while `during` runs. */
export async function captureWarnings(during: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((arg) => (typeof arg === 'string' ? arg : '')).join(' '));
  };
  try {
    await during();
  } finally {
    console.warn = original;
  }
  return warnings;
}

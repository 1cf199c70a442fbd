const frames: HTMLIFrameElement[] = [];

/**
 * A page of its own in an iframe, as a partner's page is: `markup` parsed first, then
 * the library loaded by a module script after it (so every element upgrades in the
 * order the library defines them, not the order of the markup). It has its own copy of
 * the library and its own, real clock. Console warnings are collected.
 */
export async function pageWithScriptAfter(markup: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const library = new URL('../../src/index.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { window.warnings.push(String(args[0])); warn(...args); };</script>
    </head><body>${markup}<script type="module" src="${library}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & { warnings: string[] };
  await view.customElements.whenDefined('dialogue-event');
  return {
    document: frame.contentDocument!,
    /** The warnings the elements wrote to the page's console so far (each starts with the tag; Lit's dev-mode notice does not). */
    warnings: () => view.warnings.filter((warning) => warning.startsWith('<dialogue-')),
    /** Waits (at most `timeoutMs`) until `condition` holds; the test's assertions then say what is wrong. */
    async until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
      const started = performance.now();
      while (!condition() && performance.now() - started < timeoutMs) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Removes every page `pageWithScriptAfter` made. Call it in afterEach. */
export function closeFramedPages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

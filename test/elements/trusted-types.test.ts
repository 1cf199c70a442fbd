import { expect } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];

/**
 * `markup` in a page of its own whose policy requires Trusted Types, as hardened sites' do:
 * a markup string assigned to the DOM throws there, Lit's own 'lit-html' policy is allowed.
 * It records every policy violation and every error, then loads the library.
 */
async function pageRequiringTrustedTypes(markup: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const library = new URL('../../src/index.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">
    <script>
      window.violations = [];
      window.errors = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ': ' + event.sample));
      addEventListener('error', (event) => errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    </script>
    </head><body>${markup}<script type="module" src="${library}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & { violations: string[]; errors: string[] };
  await view.customElements.whenDefined('dialogue-event');
  // Two frames: every element has rendered and whatever it threw has been reported.
  await new Promise((done) => view.requestAnimationFrame(() => view.requestAnimationFrame(done)));
  return { document: frame.contentDocument!, violations: view.violations, errors: view.errors };
}

/** The countdown's times as `part: datetime`, and its headline's text. */
function countdownShows(countdown: Element | null | undefined) {
  const shadow = countdown?.shadowRoot;
  return {
    times: [...(shadow?.querySelectorAll('time') ?? [])].map(
      (time) => `${time.getAttribute('part')}: ${time.dateTime}`,
    ),
    headline: shadow?.querySelector('[part="time-left"]')?.textContent?.trim() ?? null,
  };
}

describe('under a policy that requires Trusted Types', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('a card and lone countdowns draw every shape of their times, with no violation and no error', async () => {
    const page = await pageRequiringTrustedTypes(`
      <dialogue-event id="card" name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"
        viewer-time-zone="Asia/Kathmandu"></dialogue-event>
      <dialogue-countdown id="same-zone" start="2023-07-06T16:00" time-zone="Africa/Maputo"
        viewer-time-zone="Africa/Maputo"></dialogue-countdown>
      <dialogue-countdown id="floating" start="2023-07-06T16:00"></dialogue-countdown>`);
    const card = page.document.getElementById('card')!.shadowRoot?.querySelector('dialogue-countdown');
    // The page runs on the real clock, long after 2023: the events have ended.
    expect(countdownShows(card)).to.deep.equal({
      times: ['event-time: 2023-07-06T16:00:00+02:00', 'local-time: 2023-07-06T19:45:00+05:45'],
      headline: 'This event has ended',
    });
    expect(countdownShows(page.document.getElementById('same-zone'))).to.deep.equal({
      times: ['event-time local-time: 2023-07-06T16:00:00+02:00'],
      headline: 'This event has ended',
    });
    expect(countdownShows(page.document.getElementById('floating'))).to.deep.equal({
      times: ['event-time: 2023-07-06T16:00'],
      headline: null,
    });
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it("a card whose src fails shows its <noscript> fallback's words (the page forbids parsing them, so without links), with no error", async () => {
    const missing = new URL('./no-such-event.jsonld', import.meta.url).href;
    const page = await pageRequiringTrustedTypes(`
      <dialogue-event src="${missing}"><noscript><strong>Water &amp; cities</strong> 15 January 2027, 16:00
        · <a href="https://example.org/register">Register</a><script>window.fallbackRan = true</script>
        <img src="x" onerror="window.fallbackRan = true"><p>Second line</p></noscript></dialogue-event>`);
    const card = page.document.querySelector('dialogue-event')!;
    const fallback = () => card.shadowRoot?.querySelector<HTMLElement>('[part="fallback"]');
    // The failed fetch answers after the first frames.
    for (let wait = 0; wait < 100 && !fallback(); wait += 1) await new Promise((done) => setTimeout(done, 20));
    expect(fallback()?.innerText.replace(/ *\n+ */g, '\n')).to.equal(
      'Water & cities 15 January 2027, 16:00 · Register\nSecond line',
    );
    expect(fallback()?.querySelector('a, img, strong, script')).to.equal(null);
    expect((page.document.defaultView as { fallbackRan?: boolean }).fallbackRan).to.equal(undefined);
    expect(page.errors).to.deep.equal([]);
  });

  it('a canonical card still renders and publishes its JSON-LD', async () => {
    const page = await pageRequiringTrustedTypes(`
      <dialogue-event canonical name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"
        viewer-time-zone="Asia/Kathmandu"></dialogue-event>`);
    const published = page.document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(published?.textContent ?? 'null')).to.include({ name: 'Talk' });
    const card = page.document.querySelector('dialogue-event')!.shadowRoot?.querySelector('dialogue-countdown');
    expect(countdownShows(card).times).to.deep.equal([
      'event-time: 2023-07-06T16:00:00+02:00',
      'local-time: 2023-07-06T19:45:00+05:45',
    ]);
    expect(page.errors).to.deep.equal([]);
  });
});

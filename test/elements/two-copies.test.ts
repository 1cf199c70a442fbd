import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { mount, shownText, unmountAll } from '../support/mount.js';

/**
 * Two plugins on one WordPress page can each load a copy of the bundle. The built
 * bundle is loaded twice here under two URLs, so the page really holds two copies
 * (each with its own lit, @lit/context and luxon).
 */
const bundle = new URL('../../dist/dialogue-widgets.js', import.meta.url).href;

/** What these tests take from each copy of the bundle. */
interface BundleCopy {
  DialogueEvent: CustomElementConstructor;
  DialogueCountdown: CustomElementConstructor;
}

describe('two copies of the bundle on one page', () => {
  afterEach(() => unmountAll());

  it("define each tag once, throw nothing, and let one copy's provider serve the other's consumers", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);

    const first = (await import(/* @vite-ignore */ `${bundle}?copy=first`)) as BundleCopy;
    const second = (await import(/* @vite-ignore */ `${bundle}?copy=second`)) as BundleCopy;
    window.removeEventListener('error', onError);

    expect(errors).to.deep.equal([]);
    expect(first.DialogueEvent).not.to.equal(second.DialogueEvent);
    expect(customElements.get('dialogue-event')).to.equal(first.DialogueEvent);
    expect(customElements.get('dialogue-countdown')).to.equal(first.DialogueCountdown);

    // The second copy's countdown, under a tag of its own, inside the first copy's event.
    customElements.define('second-copy-countdown', class extends second.DialogueCountdown {});
    const page =
      await mount(`<div lang="en-GB"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Africa/Maputo">
        <second-copy-countdown></second-copy-countdown>
      </dialogue-event></div>`);
    const consumer = page.querySelector('second-copy-countdown')!;
    await (consumer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const time = consumer.shadowRoot!.querySelector('time')!;
    expect(time.dateTime).to.equal('2023-07-06T16:00:00+02:00');
    expect(shownText(consumer)).to.contain('16:00');
  });

  it('say which version serves the page when the versions differ', () => {
    const notices: string[] = [];
    const original = console.info;
    console.info = (message: string) => notices.push(message);
    try {
      class Older extends HTMLElement {
        static libraryVersion = '0.0.9';
      }
      customElements.define('dialogue-versioned-probe', Older);
      defineElement('dialogue-versioned-probe', class extends HTMLElement {});
      defineElement('dialogue-versioned-probe', class extends HTMLElement {});
    } finally {
      console.info = original;
    }
    expect(customElements.get('dialogue-versioned-probe')?.name).to.equal('Older');
    expect(notices).to.have.length(2);
    expect(notices[0]).to.contain('<dialogue-versioned-probe> is already defined by version 0.0.9');
  });

  it('keeps the library version equal to package.json', async () => {
    const { VERSION } = await import('../../src/internal/version.js');
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

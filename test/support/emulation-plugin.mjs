// Server commands that put a test's page in a visitor's situation (time zone, locale, reduced motion) and
// send it keys and clicks, in whichever engine runs the tests (test/support/engines.mjs says what each
// can do). What an engine cannot change in an open page, it reports instead of failing, and
// test/support/emulation.ts then leaves the test to a run whose browser was started that way.
import { appendFileSync } from 'node:fs';
import { CAPABILITIES, currentEngine, launchConditions } from './engines.mjs';

// Emulation set over CDP lasts as long as the CDP session that set it: keep one per page.
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Notes a deferred or skipped test for scripts/test-engines.mjs (ENGINE_RECORD: a JSON-lines file). */
function record(entry) {
  if (process.env.ENGINE_RECORD) appendFileSync(process.env.ENGINE_RECORD, `${JSON.stringify(entry)}\n`);
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export function browserEmulationPlugin({ engine = currentEngine(), launched = launchConditions() } = {}) {
  const can = CAPABILITIES[engine];
  const puppeteerPage = (session) => session.browser.getPage(session.id);

  const commands = {
    /** { zone: IANA name or null (back to the launch zone) } → { applied, zone: what the page should now be in } */
    async 'emulate-time-zone'({ zone }, session) {
      if (can.zoneLive) {
        await puppeteerPage(session).emulateTimezone(zone ?? undefined);
        return { applied: true, zone: zone ?? launched.zone };
      }
      return { applied: zone === null || zone === launched.zone, zone: launched.zone };
    },
    /** { reduce: boolean, or null (back to the launch preference) } → { applied, reduce: what the page should now see } */
    async 'emulate-reduced-motion'({ reduce }, session) {
      if (can.reducedMotionLive) {
        const features =
          reduce === null ? [] : [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }];
        await puppeteerPage(session).emulateMediaFeatures(features);
        return { applied: true, reduce: reduce ?? launched.reducedMotion };
      }
      return { applied: reduce === null || reduce === launched.reducedMotion, reduce: launched.reducedMotion };
    },
    /** { locale } (Chromium only: CDP) */
    async 'emulate-locale'({ locale }, session) {
      if (engine !== 'chromium') throw new Error(`emulate-locale: ${engine} cannot set the locale of an open page`);
      const cdp = await cdpFor(puppeteerPage(session));
      await cdp.send('Emulation.setLocaleOverride', locale ? { locale } : {});
      return true;
    },
    /** { key: a KeyboardEvent key, with modifiers before a '+': 'Enter', ' ', 'Shift+Tab' } */
    async 'press-key'({ key }, session) {
      const parts = key.length > 1 ? key.split('+') : [key];
      const pressed = parts.pop() || '+';
      if (parts.some((part) => !MODIFIERS.has(part))) throw new Error(`press-key: unknown modifier in "${key}"`);
      if (session.browser.type === 'webdriver') {
        if (parts.length)
          throw new Error(`press-key: ${engine}'s driver cannot hold ${parts.join('+')} (dispatch the event instead)`);
        await session.browser.sendKeys(session.id, [pressed]);
        return true;
      }
      const { keyboard } = puppeteerPage(session);
      for (const modifier of parts) await keyboard.down(modifier);
      await keyboard.press(pressed);
      for (const modifier of parts.reverse()) await keyboard.up(modifier);
      return true;
    },
    /** { text }: typed key by key into what has focus */
    async 'type-text'({ text }, session) {
      if (session.browser.type !== 'webdriver') {
        await puppeteerPage(session).keyboard.type(text);
        return true;
      }
      // Each character as itself: webdriverio's keys() would send ' ' as WebDriver's Space key, which types nothing in WebKit.
      const actions = [...text].flatMap((character) => [
        { type: 'keyDown', value: character },
        { type: 'keyUp', value: character },
      ]);
      await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      await session.browser.driver.releaseActions();
      return true;
    },
    /** { x, y, button: 'left' | 'middle' | 'right' }, in the viewport's CSS pixels */
    async 'click-at'({ x, y, button = 'left' }, session) {
      if (session.browser.type === 'webdriver') {
        if (button !== 'left')
          throw new Error(
            `click-at: ${engine}'s driver sends a ${button} click as a left one (dispatch the events instead)`,
          );
        await session.browser.sendMouseClick(session.id, Math.round(x), Math.round(y), button);
        return true;
      }
      await puppeteerPage(session).mouse.click(x, y, { button });
      return true;
    },
    /** { width, height }: the page's viewport, in CSS pixels (not 'set-viewport': web-test-runner's own takes that name) */
    async 'size-viewport'({ width, height }, session) {
      if (session.browser.type !== 'webdriver') {
        await puppeteerPage(session).setViewport({ width, height });
        return true;
      }
      // WebDriver sizes the window, toolbars included: size it, see what the page got (once it has settled:
      // the page hears of a new size a moment later), and make up the difference.
      const { driver } = session.browser;
      const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
      let [windowWidth, windowHeight] = [width, height];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await driver.setWindowSize(windowWidth, windowHeight);
        let got = await inner();
        for (let wait = 0; wait < 10; wait += 1) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const again = await inner();
          if (again[0] === got[0] && again[1] === got[1]) break;
          got = again;
        }
        if (got[0] === width && got[1] === height) break;
        [windowWidth, windowHeight] = [windowWidth + width - got[0], windowHeight + height - got[1]];
      }
      return true;
    },
    /** { test, needs } a test left to a launch group that has `needs`; { test, reason } a test skipped here */
    async 'record-test'({ test, needs, reason }, session) {
      record({ engine, file: session.testFile, test, ...(needs ? { needs } : { reason }) });
      return true;
    },
  };

  return {
    name: 'browser-emulation',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      return run ? run(payload ?? {}, session) : undefined;
    },
  };
}

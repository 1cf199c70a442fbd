// The three engines the browser tests run in, what each can emulate, and how each is launched here:
// Chromium and Firefox through puppeteer-core (Firefox over WebDriver BiDi, no display), WebKit's
// MiniBrowser through a WebKitWebDriver that scripts/test-engines.mjs starts under Xvfb.
// TEST_ENGINE picks one (Chromium by default); scripts/test-engines.mjs runs all three.
// The launchers are imported when asked for: webdriverio alone takes seconds to load.
import { findBrowser, BROWSER_ARGS, FIREFOX_PATH, MINIBROWSER_PATH } from '../../scripts/find-browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * What each engine's driver can do while a page is open. Where it cannot, test/support/ falls back:
 * a zone or reduced motion fixed when the browser starts (a launch group, see launchConditions), a
 * key with a modifier held or a middle/right click dispatched as events.
 */
export const CAPABILITIES = {
  chromium: { zoneLive: true, reducedMotionLive: true, modifierKeys: true, otherButtons: true },
  // BiDi has emulation.setTimezoneOverride; media features are CDP-only in puppeteer.
  firefox: { zoneLive: true, reducedMotionLive: false, modifierKeys: true, otherButtons: true },
  // WebKitWebDriver: no emulation at all; a key pressed with Shift held arrives as key "Unidentified",
  // and a middle or right button's release (so the click) arrives as the left one's.
  webkit: { zoneLive: false, reducedMotionLive: false, modifierKeys: false, otherButtons: false },
};

/** The engine this run is for (TEST_ENGINE), checked. */
export function currentEngine() {
  const engine = process.env.TEST_ENGINE ?? 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`TEST_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
  return engine;
}

/**
 * What the browser was started with, for what its driver cannot change later: TEST_LAUNCH_ZONE (an IANA
 * name; unset: the machine's zone) and TEST_LAUNCH_MOTION ('reduce'; unset: no preference).
 */
export function launchConditions() {
  return {
    zone: process.env.TEST_LAUNCH_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone,
    reducedMotion: process.env.TEST_LAUNCH_MOTION === 'reduce',
  };
}

/**
 * The web-test-runner launcher for `engine`. Firefox takes reduced motion as a preference at launch;
 * WebKit takes its zone and reduced motion from the environment of the WebKitWebDriver that
 * scripts/test-engines.mjs starts (TZ, and GTK's gtk-enable-animations), listening on WEBKIT_DRIVER_PORT.
 */
export async function launcherFor(engine, conditions = launchConditions()) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: findBrowser() ?? undefined, headless: true, args: BROWSER_ARGS },
    });
  }
  if (engine === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    return chromeLauncher({
      // puppeteer-core (not the full puppeteer, which would download a browser) drives Debian's firefox-esr.
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: conditions.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {},
      },
    });
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only: without this, "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    },
  });
}

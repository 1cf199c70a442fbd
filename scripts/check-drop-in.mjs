// The demo pages in a real browser, the way partners drop the card in (issue 6):
//   strict-csp.html  under default-src 'self'; script-src 'self'; style-src 'self': no violation, card rendered
//   no-js.html       with JavaScript off: the name, the date as written and the registration link are readable
//   two-copies.html  the bundle loaded twice: nothing thrown, one copy's provider serves the other's consumer
//   wordpress.html   markup exactly as WordPress 6.1 writes it: cards render, the early-closed element says why
//   problems.html    bad input: reported on the page, never fatal, never markup or a javascript: link
//   index.html       the static page
//
//   node scripts/check-drop-in.mjs [--screenshots DIR]
//
// Serves the repository with demo/serve.mjs (the `npm start` server) on a free port, opens each page in
// headless Chromium with puppeteer-core, and prints one line per check and "drop-in: N passed, M failed"
// last; exits non-zero on any failure. Needs the build (dist/), which CI has made before.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const screenshotsAt = process.argv.includes('--screenshots')
  ? resolve(process.argv[process.argv.indexOf('--screenshots') + 1] ?? 'drop-in-screenshots')
  : null;

// The reference event, as every page writes it.
const NAME = 'How to use partnerships to strengthen the Impact of Civic Tech';
const EVENT_TIME = '2023-07-06T16:00:00+02:00';
const REGISTER = 'https://example.org/register';

let passed = 0;
let failed = 0;

/** Records one check; `detail` is printed when it fails. */
function check(label, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   - ${label}`);
    return;
  }
  failed += 1;
  console.log(`FAIL - ${label}`);
  if (detail !== undefined) {
    const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2);
    console.log(`       ${text.replace(/\n/g, '\n       ')}`);
  }
}

function finish(code = failed > 0 ? 1 : 0) {
  console.log(`drop-in: ${passed} passed, ${failed} failed`);
  process.exitCode = code;
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts demo/serve.mjs and resolves with its origin once it says where it listens. */
async function startServer() {
  const server = spawn(process.execPath, [join(root, 'demo/serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`demo/serve.mjs said nothing useful in 10 s: ${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(`http://127.0.0.1:${match[1]}`);
      }
    });
    server.once('exit', (code) => fail(new Error(`demo/serve.mjs exited (${code}): ${output}`)));
  });
  return { origin, stop: () => server.kill() };
}

/**
 * Opens `path` in a fresh page and records what went wrong while it loaded: page errors, console
 * errors, failed requests and HTTP errors, and Content-Security-Policy violations (listened for
 * before any page script runs; DevTools-injected scripts are not subject to the page's policy).
 */
async function openPage(browser, origin, path, { javaScript = true, downloadPath } = {}) {
  const context = await browser.createBrowserContext(
    downloadPath ? { downloadBehavior: { policy: 'allow', downloadPath } } : {},
  );
  const page = await context.newPage();
  await page.setViewport({ width: 900, height: 900 });
  const log = { pageErrors: [], consoleErrors: [], consoleInfo: [], warnings: [], failedRequests: [] };
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') log.consoleErrors.push(text);
    else if (message.type() === 'info') log.consoleInfo.push(text);
    else if (message.type() === 'warn') log.warnings.push(text);
  });
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  if (javaScript) {
    await page.evaluateOnNewDocument(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          sample: event.sample,
        });
      });
    });
  } else {
    await page.setJavaScriptEnabled(false);
  }
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, log, response, close: () => context.close() };
}

/** Waits until every dialogue element, in shadow roots too, has rendered and nothing asks for more. */
async function settle(page) {
  await page.evaluate(async () => {
    await customElements.whenDefined('dialogue-event');
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((element) => [
        ...(element.localName.includes('-') && 'updateComplete' in element ? [element] : []),
        ...(element.shadowRoot ? all(element.shadowRoot) : []),
      ]);
    for (let round = 0; round < 10; round += 1) {
      const done = await Promise.all(all(document).map((element) => element.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (done.every(Boolean) && (await Promise.all(all(document).map((e) => e.updateComplete))).every(Boolean)) return;
    }
  });
}

/** What one `<dialogue-event id=…>` shows: its name, its times, its register link, its problems. */
function readCard(page, id) {
  return page.evaluate((id) => {
    const event = document.getElementById(id);
    const shadow = event?.shadowRoot;
    if (!shadow) return null;
    const nameBox = shadow.querySelector('[part~="name"]');
    const slotted = nameBox?.querySelector('slot')?.assignedElements() ?? [];
    const name = (slotted.length ? slotted.map((e) => e.textContent).join(' ') : nameBox?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const countdown = shadow.querySelector('dialogue-countdown');
    const time = countdown?.shadowRoot?.querySelector('time[part~="event-time"]');
    const register = shadow.querySelector('dialogue-register')?.shadowRoot?.querySelector('a[part~="register"]');
    const card = shadow.querySelector('[part~="card"]');
    const panelists = shadow.querySelector('dialogue-panelists')?.shadowRoot?.querySelectorAll('[part~="panelist"]');
    return {
      name,
      eventTime: time?.getAttribute('datetime') ?? null,
      eventTimeText: time?.textContent?.trim() ?? null,
      registerHref: register?.href ?? null,
      panelists: panelists?.length ?? 0,
      // The card's own style sheet applied (a rounded border): its styles were not blocked.
      cardRadius: card ? getComputedStyle(card).borderTopLeftRadius : null,
      problems: event.problems.map((p) => ({ field: p.field, value: p.value, message: p.message })),
    };
  }, id);
}

/**
 * The reference event is long over: move the library's clock (the documented `setClock`, from the
 * same module the page loaded) to a week before it, so registration and the calendar menu render too.
 */
async function showBeforeTheEvent(page) {
  await page.evaluate(async (now) => {
    const library = await import('/dist/dialogue-widgets.js');
    library.setClock(new library.FixedClock(now));
  }, Date.UTC(2023, 5, 29, 12));
  await settle(page);
}

/** Checks the page loaded cleanly: no page error, console error or failed request. */
function checkClean(label, log, { consoleErrors = true } = {}) {
  check(`${label}: no page errors`, log.pageErrors.length === 0, log.pageErrors);
  if (consoleErrors) check(`${label}: no console errors`, log.consoleErrors.length === 0, log.consoleErrors);
  check(`${label}: every request answered`, log.failedRequests.length === 0, log.failedRequests);
}

/** Waits for a finished download whose name matches `pattern`; resolves with its name and text, or null. */
async function waitForFile(directory, pattern, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const name = readdirSync(directory).find((file) => pattern.test(file));
    if (name) return { name, text: readFileSync(join(directory, name), 'utf8') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function screenshot(page, name) {
  if (!screenshotsAt) return;
  mkdirSync(screenshotsAt, { recursive: true });
  await page.screenshot({ path: join(screenshotsAt, `${name}.png`), fullPage: true });
}

// ---------------------------------------------------------------------------------------------

async function checkStrictCsp(browser, origin) {
  const downloads = mkdtempSync(join(tmpdir(), 'drop-in-downloads-'));
  const { page, log, response, close } = await openPage(browser, origin, '/demo/strict-csp.html', {
    downloadPath: downloads,
  });
  try {
    const policy = response?.headers()['content-security-policy'] ?? '';
    check(
      'strict-csp: served with the strict policy',
      policy === "default-src 'self'; script-src 'self'; style-src 'self'",
      policy,
    );
    await settle(page);
    await page
      .waitForFunction(() => document.getElementById('src')?.event?.name !== undefined, { timeout: 5000 })
      .catch(() => {});
    await settle(page);
    await showBeforeTheEvent(page);
    for (const id of ['full', 'attributes', 'src']) {
      const card = await readCard(page, id);
      check(`strict-csp #${id}: the card shows the event's name`, card?.name === NAME, card);
      check(`strict-csp #${id}: a <time part~="event-time"> with the event's instant`, card?.eventTime === EVENT_TIME, card);
      check(`strict-csp #${id}: the register link`, card?.registerHref === REGISTER, card);
      check(`strict-csp #${id}: the card's styles apply (adopted style sheets)`, card?.cardRadius === '12px', card);
      check(`strict-csp #${id}: no problems`, card?.problems.length === 0, card?.problems);
    }
    const full = await readCard(page, 'full');
    check('strict-csp #full: the panel is shown (initials styled through the CSSOM)', full?.panelists === 3, full);
    const sheets = await page.evaluate(() => {
      const roots = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) {
            roots.push({
              tag: element.localName,
              adopted: element.shadowRoot.adoptedStyleSheets.length,
              styleElements: element.shadowRoot.querySelectorAll('style').length,
              styleAttributes: [...element.shadowRoot.querySelectorAll('[style]')].filter(
                (e) => e.getAttribute('style') && !e.style.length,
              ).length,
            });
            walk(element.shadowRoot);
          }
        }
      };
      walk(document);
      return roots;
    });
    check(
      'strict-csp: every shadow root styled by adoptedStyleSheets, none by an injected <style>',
      sheets.length > 0 && sheets.every((root) => root.adopted > 0 && root.styleElements === 0),
      sheets.filter((root) => !(root.adopted > 0 && root.styleElements === 0)),
    );
    check(
      'strict-csp: no style attribute left unapplied',
      sheets.every((root) => root.styleAttributes === 0),
      sheets.filter((root) => root.styleAttributes),
    );
    // Add to calendar: the menu opens and the .ics file (a blob: download) arrives under the policy.
    await page.click('#attributes >>> [part~="calendar-button"]');
    const menuShown = await page.evaluate(() => {
      const register = document.getElementById('attributes').shadowRoot.querySelector('dialogue-register');
      const menu = register.shadowRoot.querySelector('[part~="calendar-menu"]');
      return !menu.hidden && menu.getBoundingClientRect().height > 0;
    });
    check('strict-csp: the add-to-calendar menu opens', menuShown);
    await page.click('#attributes >>> [part~="calendar-ics"]');
    const ics = await waitForFile(downloads, /\.ics$/, 5000);
    check(
      'strict-csp: the .ics file downloads (RFC 5545 text with the event)',
      ics !== null && ics.text.startsWith('BEGIN:VCALENDAR') && ics.text.includes('DTSTART'),
      ics ? `${ics.name}: ${ics.text.slice(0, 200)}` : `nothing in ${downloads}`,
    );
    await screenshot(page, 'strict-csp-menu');

    const violations = await page.evaluate(() => window.__cspViolations);
    check('strict-csp: zero Content-Security-Policy violations', violations.length === 0, violations);
    checkClean('strict-csp', log);
    await screenshot(page, 'strict-csp');
  } finally {
    await close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const browserPath = findBrowser();
if (!existsSync(join(root, 'dist/dialogue-widgets.js'))) {
  console.log('FAIL - dist/dialogue-widgets.js is missing: run `npm run build` first');
  failed += 1;
  finish();
} else if (!browserPath) {
  console.log('FAIL - no Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH');
  failed += 1;
  finish();
} else {
  const server = await startServer();
  const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: BROWSER_ARGS });
  try {
    for (const run of [checkStrictCsp]) {
      try {
        await run(browser, server.origin);
      } catch (error) {
        check(`${run.name}: runs to the end`, false, String(error?.stack ?? error));
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  finish();
}

// The demo pages in a real browser, the way partners drop the card in (issue 6):
//   strict-csp.html  under default-src 'self'; script-src 'self'; style-src 'self' and Trusted Types required
//                    (only Lit's 'lit-html' policy allowed): no violation, cards and countdowns rendered
//   no-js.html       with JavaScript off: the name, the date as written and the registration link are readable
//   two-copies.html  the bundle loaded twice: nothing thrown, one copy's provider serves the other's consumer
//   wordpress.html   markup exactly as WordPress 6.1 writes it: cards render, the early-closed element says why
//   problems.html    bad input: reported on the page, never fatal, never markup or a javascript: link
//   index.html       the static page
//   series.html      a series from one feed, at three moments and in Arabic
//   README.md        its copy-paste example, exactly as written, with and without JavaScript
//
//   node scripts/check-drop-in.mjs [--browser chromium|firefox] [--screenshots DIR]
//
// Serves the repository with demo/serve.mjs (the `npm start` server) on a free port, opens each page in
// headless Chromium (or Debian's Firefox ESR, over WebDriver BiDi) with puppeteer-core, and prints one
// line per check and "drop-in: N passed, M failed" ("drop-in-firefox: …") last; exits non-zero on any
// failure. Needs the build (dist/), which CI has made before.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createChecklist } from './checklist.mjs';
import { BROWSER_ARGS, FIREFOX_PATH, findBrowser } from './find-browser.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const screenshotsAt = process.argv.includes('--screenshots')
  ? resolve(process.argv[process.argv.indexOf('--screenshots') + 1] ?? 'drop-in-screenshots')
  : null;

// The reference event, as every page writes it.
const NAME = 'How to use partnerships to strengthen the Impact of Civic Tech';
const EVENT_TIME = '2023-07-06T16:00:00+02:00';
const REGISTER = 'https://example.org/register';

const engine = process.argv.includes('--browser') ? process.argv[process.argv.indexOf('--browser') + 1] : 'chromium';
if (engine !== 'chromium' && engine !== 'firefox') throw new Error(`--browser ${engine}: expected chromium or firefox`);
const { check, fail, finish } = createChecklist(engine === 'firefox' ? 'drop-in-firefox' : 'drop-in');

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
  const scriptless = !javaScript && engine === 'firefox';
  const context = await (scriptless ? await firefoxWithoutScripts() : browser).createBrowserContext(
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
  } else if (!scriptless) {
    await page.setJavaScriptEnabled(false);
  }
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, log, response, close: () => context.close() };
}

// Firefox's BiDi cannot turn scripts off for one page (no emulation.setScriptingEnabled in ESR 153):
// a second Firefox starts with them off.
let scriptlessFirefox = null;
function firefoxWithoutScripts() {
  scriptlessFirefox ??= puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'javascript.enabled': false },
  });
  return scriptlessFirefox;
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
    const name = (slotted.length ? slotted.map((e) => e.textContent).join(' ') : (nameBox?.textContent ?? ''))
      .replace(/\s+/g, ' ')
      .trim();
    const countdown = shadow.querySelector('dialogue-countdown');
    const time = countdown?.shadowRoot?.querySelector('time[part~="event-time"]');
    const timeLeft = countdown?.shadowRoot?.querySelector('[part~="time-left"]');
    const register = shadow.querySelector('dialogue-register')?.shadowRoot?.querySelector('a[part~="register"]');
    const card = shadow.querySelector('[part~="card"]');
    const panelists = shadow.querySelector('dialogue-panelists')?.shadowRoot?.querySelectorAll('[part~="panelist"]');
    return {
      name,
      eventTime: time?.getAttribute('datetime') ?? null,
      eventTimeText: time?.textContent?.trim() ?? null,
      timeLeft: timeLeft?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
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
  await page.evaluate(
    async (now) => {
      const library = await import('/dist/dialogue-widgets.js');
      library.setClock(new library.FixedClock(now));
    },
    Date.UTC(2023, 5, 29, 12),
  );
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
    // The browser names the file before it has written it: an empty one is still arriving.
    const text = name ? readFileSync(join(directory, name), 'utf8') : '';
    if (text) return { name, text };
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
      policy ===
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
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
      check(
        `strict-csp #${id}: a <time part~="event-time"> with the event's instant`,
        card?.eventTime === EVENT_TIME,
        card,
      );
      check(`strict-csp #${id}: the countdown counts down`, /^Starts in \d+ days?/.test(card?.timeLeft ?? ''), card);
      check(`strict-csp #${id}: the register link`, card?.registerHref === REGISTER, card);
      check(`strict-csp #${id}: the card's styles apply (adopted style sheets)`, card?.cardRadius === '12px', card);
      check(`strict-csp #${id}: no problems`, card?.problems.length === 0, card?.problems);
    }
    const full = await readCard(page, 'full');
    check('strict-csp #full: the panel is shown', full?.panelists === 3, full);
    const initials = await page.evaluate(() =>
      [
        ...document
          .getElementById('full')
          .shadowRoot.querySelector('dialogue-panelists')
          .shadowRoot.querySelectorAll('[part~="photo"]'),
      ].map((face) => getComputedStyle(face).backgroundColor),
    );
    check(
      'strict-csp #full: the initials have their colour (set through the CSSOM, which the policy allows)',
      initials.length === 3 && initials.every((colour) => colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent'),
      initials,
    );
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

    const violations = await page.evaluate(() => window.__cspViolations.splice(0));
    check(
      'strict-csp: zero Content-Security-Policy or Trusted Types violations (cards, countdowns, menu, .ics)',
      violations.length === 0,
      violations,
    );
    const errorsBefore = { console: log.consoleErrors.length, page: log.pageErrors.length };

    // canonical: the event published as JSON-LD in <head>. A data block, not a script: script-src allows it.
    const published = await page.evaluate(async () => {
      const event = document.getElementById('attributes');
      event.setAttribute('canonical', '');
      await event.updateComplete;
      const script = document.head.querySelector('script[type="application/ld+json"][data-dialogue-widgets]');
      event.removeAttribute('canonical');
      await event.updateComplete;
      return script ? JSON.parse(script.textContent).name : null;
    });
    check('strict-csp: canonical publishes the event as JSON-LD in <head>', published === NAME, published);

    // But Trusted Types count any script's text as a sink, a data block's too: with no policy of ours for
    // the page to allow, publishing is reported (the JSON-LD is in place all the same). Known; nothing else may be.
    const canonicalViolations = await page.evaluate(() => window.__cspViolations);
    check(
      "strict-csp: canonical's only report is its data block's text (Trusted Types)",
      canonicalViolations.every((v) => v.directive === 'require-trusted-types-for' && v.sample.includes('"@context"')),
      canonicalViolations,
    );
    // Chromium logs it as console errors, Firefox as a page error.
    const canonicalErrors = [
      ...log.consoleErrors.splice(errorsBefore.console),
      ...log.pageErrors.splice(errorsBefore.page),
    ];
    check(
      'strict-csp: and its only errors logged the same report',
      canonicalErrors.every((text) => /TrustedScript|require-trusted-types-for/.test(text)),
      canonicalErrors,
    );
    checkClean('strict-csp', log);
    await screenshot(page, 'strict-csp');
  } finally {
    await close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

/** Text a visitor sees in `selector` (innerText leaves out what is not rendered, <noscript> when scripts run). */
const visibleText = (page, selector) =>
  page.evaluate((selector) => document.querySelector(selector)?.innerText.replace(/\s+/g, ' ') ?? '', selector);

/** The links a visitor sees in `selector`: href and text of every <a> with a box on screen. */
const visibleLinks = (page, selector) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector} a[href]`)]
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => ({ href: a.href, text: a.textContent.replace(/\s+/g, ' ').trim() })),
    selector,
  );

async function checkNoJavaScript(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/no-js.html', { javaScript: false });
  try {
    const scripting = await page.evaluate(() => document.querySelector('dialogue-event')?.shadowRoot === null);
    check('no-js: scripts really are off (no element upgraded)', scripting);
    const text = await visibleText(page, '#reference');
    const links = await visibleLinks(page, '#reference');
    check('no-js: the name is visible', text.includes(NAME), text);
    check(
      'no-js: the date as written is visible',
      text.includes('Thursday 6 July 2023, 16:00 Central Africa Time (UTC+2)'),
      text,
    );
    check(
      'no-js: the registration link is a visible link',
      links.some((link) => link.href === REGISTER && /register/i.test(link.text)),
      links,
    );
    const heading = await page.evaluate(() => {
      const h = document.querySelector('#reference > [slot="name"]');
      return h ? { tag: h.localName, height: h.getBoundingClientRect().height } : null;
    });
    check("no-js: the name is the author's heading, shown", heading?.tag === 'h3' && heading.height > 0, heading);
    const srcForm = await page.evaluate(() => document.getElementById('from-src').innerText.replace(/\s+/g, ' '));
    check(
      'no-js: the src form shows its fallback (name, date, link)',
      srcForm.includes(NAME) && srcForm.includes('6 July 2023, 16:00') && srcForm.includes('Register'),
      srcForm,
    );
    checkClean('no-js', log);
    await screenshot(page, 'no-js');
  } finally {
    await close();
  }

  // The plugin's shortcode output, as WordPress printed it, read without scripts.
  const wordpress = await openPage(browser, origin, '/demo/wordpress.html', { javaScript: false });
  try {
    const shortcode = await wordpress.page.evaluate(() => {
      const element = document.querySelector('#wordpress-post dialogue-event:not([id])');
      const link = element?.querySelector('a[href]');
      return element
        ? {
            text: element.innerText.replace(/\s+/g, ' ').trim(),
            link: link && link.getClientRects().length > 0 ? link.href : null,
          }
        : null;
    });
    check(
      "no-js: the WordPress shortcode's <noscript> shows the name, the start as written and the register link",
      shortcode?.text.includes(NAME) &&
        shortcode.text.includes('2023-07-06T16:00 (Africa/Maputo)') &&
        shortcode.link === 'https://example.org/register?event=7&lang=en',
      shortcode,
    );
    await screenshot(wordpress.page, 'wordpress-no-js');
  } finally {
    await wordpress.close();
  }
}

async function checkTwoCopies(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/two-copies.html');
  try {
    await settle(page);
    await page
      .waitForFunction(() => document.querySelectorAll('#registry li').length > 0, { timeout: 5000 })
      .catch(() => {});
    const card = await readCard(page, 'reference');
    check('two-copies: the card renders its name', card?.name === NAME, card);
    check('two-copies: the card has its <time part~="event-time">', card?.eventTime === EVENT_TIME, card);
    const registry = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('#registry li')].map((li) => [li.dataset.tag, li.dataset.copy])),
    );
    check(
      'two-copies: each tag is defined once, by the copy loaded first',
      ['dialogue-event', 'dialogue-countdown', 'dialogue-panelists', 'dialogue-register'].every(
        (tag) => registry[tag] === 'the first copy',
      ),
      registry,
    );
    const consumer = await page.evaluate(() => {
      const countdown = document.getElementById('second-countdown');
      const time = countdown?.shadowRoot?.querySelector('time[part~="event-time"]');
      return {
        copy: document.querySelector('#registry [data-tag="second-copy-countdown"]')?.dataset.copy,
        datetime: time?.getAttribute('datetime') ?? null,
      };
    });
    check(
      'two-copies: a countdown from the second copy (another version) reads the event provided by the first',
      consumer.copy === 'the second copy' && consumer.datetime === EVENT_TIME,
      consumer,
    );
    const notice = log.consoleInfo.find((text) => text.includes('<dialogue-event> is already defined'));
    check(
      "two-copies: the second copy's console notice names the version that serves the page",
      notice?.startsWith('dialogue-widgets 0.0.9-demo:') && /defined by version \d+\.\d+\.\d+/.test(notice),
      log.consoleInfo,
    );
    checkClean('two-copies', log);
    await screenshot(page, 'two-copies');
  } finally {
    await close();
  }

  // A second copy of another version: its notice names the version that serves the page. The copy is
  // the built bundle with its version string changed on the way to the browser.
  const older = await openPage(browser, origin, '/demo/two-copies.html');
  try {
    await settle(older.page);
    await older.page.setRequestInterception(true);
    older.page.on('request', async (request) => {
      if (!request.url().endsWith('/dist/dialogue-widgets.js?copy=older')) return request.continue();
      const bundle = readFileSync(join(root, 'dist/dialogue-widgets.js'), 'utf8');
      const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
      request.respond({
        status: 200,
        contentType: 'text/javascript',
        body: bundle.replace(JSON.stringify(version), JSON.stringify('0.0.9-older')),
      });
    });
    const thrown = await older.page.evaluate(async () => {
      try {
        await import('/dist/dialogue-widgets.js?copy=older');
        return null;
      } catch (error) {
        return String(error);
      }
    });
    check('two-copies: loading a copy of another version throws nothing', thrown === null, thrown);
    const notice = older.log.consoleInfo.find(
      (text) =>
        text.startsWith('dialogue-widgets 0.0.9-older:') && text.includes('<dialogue-event> is already defined'),
    );
    check(
      'two-copies: a console notice says which version serves the page',
      notice?.startsWith('dialogue-widgets 0.0.9-older:') && /defined by version \d+\.\d+\.\d+/.test(notice),
      older.log.consoleInfo,
    );
    checkClean('two-copies (another version)', older.log);
  } finally {
    await older.close();
  }
}

async function checkWordPress(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/wordpress.html');
  try {
    await settle(page);
    await page
      .waitForFunction(() => document.getElementById('src')?.event?.name !== undefined, { timeout: 5000 })
      .catch(() => {});
    await showBeforeTheEvent(page);
    const registerWithAmp = 'https://example.org/register?event=7&lang=en';
    const shape = await page.evaluate(() => {
      const attributes = document.getElementById('attributes');
      return {
        attributesInP: attributes?.parentElement?.localName,
        brBefore: attributes?.previousElementSibling?.localName,
        rawAttribute: attributes?.getAttribute('register-url'),
        srcInP: document.getElementById('src')?.parentElement?.localName,
        closedEarlyChildren: document.getElementById('closed-early')?.childElementCount,
        orphan: document.querySelector('#wordpress-post > h3[slot="name"]') !== null,
      };
    });
    check(
      'wordpress: the markup is WordPress-shaped (element in <p> after <br />, the nested one closed early)',
      shape.attributesInP === 'p' &&
        shape.brBefore === 'br' &&
        shape.srcInP === 'p' &&
        shape.closedEarlyChildren === 0 &&
        shape.orphan,
      shape,
    );
    check('wordpress: &#038; in the attribute reads as &', shape.rawAttribute === registerWithAmp, shape);

    const attributes = await readCard(page, 'attributes');
    check(
      'wordpress: the attribute-only form in <p> renders (name, time, register link with &)',
      attributes?.name === NAME && attributes.eventTime === EVENT_TIME && attributes.registerHref === registerWithAmp,
      attributes,
    );
    check(
      'wordpress: the attribute-only form reports nothing',
      attributes?.problems.length === 0,
      attributes?.problems,
    );
    const src = await readCard(page, 'src');
    check(
      'wordpress: the src form in <p> renders the fetched event',
      src?.name === NAME && src.eventTime === EVENT_TIME && src.panelists === 3,
      src,
    );
    check('wordpress: the src form reports nothing', src?.problems.length === 0, src?.problems);
    const jsonLd = await readCard(page, 'json-ld');
    check(
      'wordpress: JSON-LD split into paragraphs still gives the card (repaired)',
      jsonLd?.name === NAME && jsonLd.eventTime === EVENT_TIME && jsonLd.registerHref === registerWithAmp,
      jsonLd,
    );
    check(
      'wordpress: and the repair is reported',
      jsonLd?.problems.length === 1 &&
        jsonLd.problems[0].field === 'json-ld' &&
        jsonLd.problems[0].message.includes('<p>'),
      jsonLd?.problems,
    );
    const shortcodeId = await page.evaluate(() => {
      const element = document.querySelector('#wordpress-post dialogue-event:not([id])');
      if (element) element.id = 'shortcode';
      return element?.id;
    });
    const shortcode = shortcodeId ? await readCard(page, 'shortcode') : null;
    check(
      "wordpress: the plugin's shortcode output renders (its <noscript> is not shown as description)",
      shortcode?.name === NAME &&
        shortcode.eventTime === EVENT_TIME &&
        shortcode.registerHref === registerWithAmp &&
        shortcode.problems.length === 0,
      shortcode,
    );
    const early = await page.evaluate(() =>
      document.getElementById('closed-early').problems.map(({ field, value, message }) => ({ field, value, message })),
    );
    const content = early.find((problem) => problem.field === 'content');
    check(
      'wordpress: the element closed early reports its cause and the fix (.problems)',
      content !== undefined &&
        content.message.includes('auto-paragraphs') &&
        content.message.includes('attribute-only') &&
        content.message.includes('src'),
      early,
    );
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('[data-problems-for="closed-early"] li')].map((li) => li.textContent),
    );
    check(
      'wordpress: problems.js prints that problem on the page',
      printed.length === early.length && printed.some((line) => line.includes('auto-paragraphs')),
      printed,
    );
    checkClean('wordpress', log);
    await screenshot(page, 'wordpress');
  } finally {
    await close();
  }
}

async function checkProblems(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/problems.html');
  try {
    const title = await page.title();
    await settle(page);
    await page
      .waitForFunction(() => document.getElementById('missing')?.problems?.length > 0, { timeout: 5000 })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 600)); // problems.js looks again every 250 ms
    const report = await page.evaluate(() =>
      [...document.querySelectorAll('[data-problems-for]')].map((list) => {
        const element = document.getElementById(list.dataset.problemsFor);
        return {
          id: list.dataset.problemsFor,
          rendered: Boolean(element?.shadowRoot?.childElementCount),
          problems: element?.problems.map((p) => p.field) ?? null,
          printed: [...list.querySelectorAll('li:not(.none)')].map((li) => li.querySelector('code')?.textContent),
        };
      }),
    );
    for (const entry of report) {
      check(
        `problems #${entry.id}: still renders, reports ${entry.problems?.join(', ') || 'nothing'}, and the page prints the same`,
        entry.rendered &&
          entry.problems?.length > 0 &&
          JSON.stringify(entry.problems) === JSON.stringify(entry.printed),
        entry,
      );
    }
    const expected = {
      'bad-time': ['start', 'time-zone'],
      hostile: ['status', 'register-url', 'image'],
      curly: ['json-ld'],
      missing: ['src'],
      early: ['content'],
      lonely: ['time-zone'],
    };
    const byId = Object.fromEntries(report.map((entry) => [entry.id, entry.problems ?? []]));
    check(
      'problems: each bad input is named by its field',
      Object.entries(expected).every(([id, fields]) => fields.every((field) => byId[id]?.includes(field))),
      byId,
    );
    const hostile = await page.evaluate(() => {
      const links = [];
      const images = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName === 'a' && element.getAttribute('href')) links.push(element.getAttribute('href'));
          if (element.localName === 'img') images.push(element.getAttribute('src'));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      const name = document.getElementById('hostile').shadowRoot.querySelector('[part~="name"]');
      return { links, images, nameText: name?.textContent.trim(), nameElements: name?.children.length };
    });
    check(
      'problems: markup in a value stays text',
      hostile.nameText?.startsWith('<img src=x') && hostile.nameElements === 0,
      hostile,
    );
    check(
      'problems: no link other than http(s), no image from a data: address',
      hostile.links.every((href) => /^(https?:|\/|#|$)/.test(href)) &&
        hostile.images.every((src) => /^https?:/.test(src)),
      hostile,
    );
    check('problems: nothing typed ran (the title is untouched)', (await page.title()) === title, await page.title());
    // The one 404 is the point of the "missing src" example.
    const expected404 = (line) => line.includes('/demo/no-such-event.jsonld');
    check('problems: no page errors', log.pageErrors.length === 0, log.pageErrors);
    check(
      'problems: no console errors but the expected 404',
      log.consoleErrors.every((text) => text.includes('404')) && log.consoleErrors.length <= 1,
      log.consoleErrors,
    );
    check('problems: every other request answered', log.failedRequests.every(expected404), log.failedRequests);
    check('problems: each problem also warned in the console', log.warnings.length >= 9, log.warnings);
    await screenshot(page, 'problems');
  } finally {
    await close();
  }
}

async function checkIndex(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/');
  try {
    await settle(page);
    const card = await readCard(page, 'reference');
    check(
      'index: the reference card renders',
      card?.name === NAME && card.eventTime === EVENT_TIME && card.panelists === 3,
      card,
    );
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('main ul a')].map((a) => a.getAttribute('href')),
    );
    const missing = [];
    for (const href of links) {
      const response = await fetch(new URL(href, `${origin}/demo/`));
      if (!response.ok) missing.push(`${href}: HTTP ${response.status}`);
    }
    check(`index: every page it links to exists (${links.length})`, links.length > 0 && missing.length === 0, missing);
    checkClean('index', log);
    await screenshot(page, 'index');
    // The demo as visitors saw it before, just before and during the event: no accessibility
    // violation axe-core can find, in the cards' shadow roots included.
    for (const moment of ['2023-07-04T12:00Z', '2023-07-06T13:50Z', '2023-07-06T14:30Z']) {
      await page.goto(`${origin}/demo/?now=${moment}`, { waitUntil: 'load' });
      await settle(page);
      await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      });
      check(`index at ${moment}: no accessibility violations (axe-core)`, violations.length === 0, violations);
    }
  } finally {
    await close();
  }
}

/**
 * series.html: one `<dialogue-series src>` over the demo's feed, opened at three moments around the
 * reference event: which event is the full card and which rows follow, as a visitor reads them, then
 * the same in Arabic (right to left). The rows' names are in the feed's order of time.
 */
async function checkSeries(browser, origin) {
  const { page, log, close } = await openPage(browser, origin, '/demo/series.html');
  const BUDGETS = 'Open budgets people can read';
  const PILOT = 'Participatory budgeting after the pilot';
  const ELECTIONS = 'Election data in the open';
  const RADIO = 'Community radio meets civic tech';
  const MAPPING = 'Mapping with communities';
  const moments = [
    { now: '2023-07-05T14:00Z', featured: NAME, upcoming: [BUDGETS, PILOT, ELECTIONS], past: [RADIO, MAPPING] },
    { now: '2023-07-06T14:20Z', featured: NAME, upcoming: [BUDGETS, PILOT, ELECTIONS], past: [RADIO, MAPPING] },
    { now: '2023-07-06T16:00Z', featured: BUDGETS, upcoming: [PILOT, ELECTIONS], past: [NAME, RADIO, MAPPING] },
  ];
  const read = () =>
    page.evaluate(() => {
      const series = document.getElementById('series');
      const shadow = series?.shadowRoot;
      const card = shadow?.querySelector('[part~="featured"] dialogue-event');
      const rows = (list) =>
        [...(shadow?.querySelectorAll(`[part~="${list}"] > [part~="row"] [part~="row-name"]`) ?? [])].map((name) =>
          name.textContent.replace(/\s+/g, ' ').trim(),
        );
      return {
        featured: card?.shadowRoot?.querySelector('[part="name"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        upcoming: rows('upcoming-list'),
        past: rows('past-list'),
        direction: card ? getComputedStyle(card).direction : null,
        problems: series?.problems?.length ?? null,
      };
    });
  const seenAt = async (query) => {
    await page.goto(`${origin}/demo/series.html?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.getElementById('series')?.shadowRoot?.querySelector('[part~="featured"] dialogue-event'),
      { timeout: 10_000 },
    );
    await settle(page);
    return read();
  };
  try {
    for (const moment of moments) {
      const seen = await seenAt(`now=${moment.now}`);
      const expected = { featured: moment.featured, upcoming: moment.upcoming, past: moment.past };
      const shown = { featured: seen.featured, upcoming: seen.upcoming, past: seen.past };
      check(
        `series at ${moment.now}: the featured card and the rows in order`,
        JSON.stringify(shown) === JSON.stringify(expected),
        { shown, expected },
      );
      check(`series at ${moment.now}: no problems`, seen.problems === 0, seen);
    }
    const arabic = await seenAt('now=2023-07-06T16:00Z&lang=ar');
    check('series in Arabic: the featured card lays out right to left', arabic.direction === 'rtl', arabic);
    check(
      'series in Arabic: the same events in the same order',
      arabic.featured === BUDGETS && arabic.past[0] === NAME,
      arabic,
    );
    checkClean('series', log);
    await screenshot(page, 'series-ar');
  } finally {
    await close();
  }
}

/**
 * README's example pasted into an empty page (demo/serve.mjs serves it as /readme.html, with the
 * bundle where the example says it is): the card it promises with JavaScript, and the heading, the
 * date and the registration link without.
 */
async function checkReadmeExample(browser, origin) {
  for (const javaScript of [true, false]) {
    const label = javaScript ? 'readme' : 'readme without JavaScript';
    const { page, log, response, close } = await openPage(browser, origin, '/readme.html', { javaScript });
    try {
      check(`${label}: README.md has its marked example`, response?.status() === 200, response?.status());
      if (javaScript) {
        await settle(page);
        // Before the (long past) event, on the library's clock, so the register link shows too.
        await page.evaluate(
          async (now) => {
            const library = await import('/assets/dialogue-widgets.js');
            library.setClock(new library.FixedClock(now));
            document.querySelector('dialogue-event').id = 'readme';
          },
          Date.UTC(2023, 5, 29, 12),
        );
        await settle(page);
        const card = await readCard(page, 'readme');
        check(`${label}: the card shows the name from the heading`, card?.name === NAME, card);
        check(`${label}: the event's time`, card?.eventTime === EVENT_TIME, card);
        check(`${label}: both panelists`, card?.panelists === 2, card);
        check(`${label}: the register link`, card?.registerHref === REGISTER, card);
        check(`${label}: no problems`, card?.problems.length === 0, card?.problems);
        const shown = await page.evaluate(() => document.getElementById('readme').shadowRoot.textContent);
        check(`${label}: the partner is named`, shown.includes('Civic Tech Network'));
      } else {
        const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
        const link = await page.evaluate(() => {
          const register = document.querySelector('dialogue-event a[href]');
          return register && register.getClientRects().length > 0 ? register.href : null;
        });
        check(
          `${label}: the name, the date as written and the register link`,
          text.includes(NAME) && text.includes('Thursday 6 July 2023, 16:00') && link === REGISTER,
          { text, link },
        );
      }
      checkClean(label, log);
      await screenshot(page, javaScript ? 'readme' : 'readme-no-js');
    } finally {
      await close();
    }
  }
}

// ---------------------------------------------------------------------------------------------

const browserPath = engine === 'firefox' ? (existsSync(FIREFOX_PATH) ? FIREFOX_PATH : null) : findBrowser();
if (!existsSync(join(root, 'dist/dialogue-widgets.js'))) {
  fail('dist/dialogue-widgets.js is missing: run `npm run build` first');
  finish();
} else if (!browserPath) {
  fail(
    engine === 'firefox'
      ? 'no Firefox found: install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH'
      : 'no Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH',
  );
  finish();
} else {
  const server = await startServer();
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: browserPath, headless: true }
      : { executablePath: browserPath, headless: true, args: BROWSER_ARGS },
  );
  try {
    for (const run of [
      checkStrictCsp,
      checkNoJavaScript,
      checkTwoCopies,
      checkWordPress,
      checkProblems,
      checkIndex,
      checkSeries,
      checkReadmeExample,
    ]) {
      try {
        await run(browser, server.origin);
      } catch (error) {
        check(`${run.name}: runs to the end`, false, String(error?.stack ?? error));
      }
    }
  } finally {
    await browser.close();
    if (scriptlessFirefox) await (await scriptlessFirefox).close();
    server.stop();
  }
  finish();
}

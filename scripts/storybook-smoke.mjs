#!/usr/bin/env node
// Smoke test of the built Storybook: serves storybook-static/ on a free localhost
// port, opens every story (and every docs page) listed in index.json in headless
// Chromium, and fails on a render error (`sb-show-errordisplay`), a page error, a
// console error or a failed request. Console warnings are fine: the invalid-input
// stories make the elements warn on purpose.
//
// On each element's docs page it also reads the argstable: every attribute in
// custom-elements.json must have a row with a working control, and every slot (the
// default one as "(default)") a row. Then a second pass opens a few representative
// stories with other toolbar globals (Arabic, 30 minutes into the event, Kolkata) and
// checks that they took effect and nothing failed.
//
//   npm run build-storybook && npm run test:storybook
//   node scripts/storybook-smoke.mjs [dir] [--filter=text] [--no-docs] [--fresh]
//
// Each worker tab opens its first story by URL (iframe.html?id=…&viewMode=story) and
// then moves to the next story the way Storybook's own manager does, with
// `setCurrentStory` on the preview's channel: the story is torn down and the next one
// rendered in the same iframe, without booting Storybook again for each (most of the
// time of a full load on a two-core machine). `--fresh` loads every story by its URL
// in a new tab instead. A failure that arrives after a story was checked still counts
// against that story: until the preview says it moved on, failures go to the story it
// was showing; and when a story fails in a reused tab but passes opened alone, the
// story before it is opened alone, watched for 2 s and taken off the page, and what it
// then shows is its own (a late timer, request or teardown). If neither shows it
// alone, the failure stays on the story where it was seen: the run fails either way.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static');
const filter = args.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length);
const withDocs = !args.includes('--no-docs');
const fresh = args.includes('--fresh');
const verbose = args.includes('--verbose') || Boolean(process.env.SMOKE_VERBOSE);
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 2);
const PAGE_TIMEOUT_MS = 30_000;
// After a story says it rendered: time for late work (a fetched src, a broken photo) to fail loudly.
const SETTLE_MS = 300;
// When a failure shows up on a story reached in a reused tab but not on the story opened
// alone, the story before it is opened alone and watched this long for late failures.
const LATE_SETTLE_MS = 2_000;
// The element manifest the docs pages are read from (build-storybook writes it first).
const MANIFEST = resolve(
  process.env.SMOKE_MANIFEST ?? fileURLToPath(new URL('../custom-elements.json', import.meta.url)),
);
// Logged by the preview when it moves to another story (see `watchStoryChanges`).
const MARKER = '[storybook-smoke] now showing';
// Every story is also checked with axe-core (the engine the browser tests use). Rules about a
// whole page (landmarks, a main heading) do not apply to one element shown alone.
const AXE_SOURCE = await readFile(
  fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
const AXE_PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'landmark-complementary-is-top-level'];
const LATE = 'late, after its check:';

/**
 * Attributes listed without a control on purpose: the element reports them, a page
 * does not set them. The introduction's "every attribute you can set has a control"
 * names them.
 */
const REPORTED_ATTRIBUTES = { 'dialogue-countdown': ['state'] };

/**
 * The second pass: a few representative stories under other toolbar globals, with what
 * must then show. Values as in stories/support/globals.ts; shared as `&globals=` in
 * the URL the way a designer's link carries them.
 */
const GLOBALS_PASS = {
  globals: 'lang:ar;now:half-hour-in;viewerZone:kolkata',
  expect: { lang: 'ar', dir: 'rtl', viewerZone: 'Asia/Kolkata' },
  // story id → the state every countdown on it must show 30 minutes into the reference event
  stories: {
    'start-here-reference-event--reference-event': 'live',
    'elements-dialogue-countdown--tomorrow': 'live',
    'elements-dialogue-register--registration-open': null,
    'guides-embedding--from-src': 'live',
    'elements-dialogue-panelists--reference-panel': null,
  },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for `dir` on 127.0.0.1 and a free port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(dir, pathname));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Vite's fingerprinted bundles never change under one name: let the browser keep them.
    const fingerprinted = /-[\w-]{8}\.(?:js|css)$/.test(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': fingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const viewModeOf = (entry) => (entry.type === 'docs' ? 'docs' : 'story');
const labelOf = (entry) =>
  `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name}${entry.globals ? ` [${entry.globals}]` : ''}`;

/**
 * A tab that reports what goes wrong in it to the story it is showing: `tab.current`,
 * which moves on only when the preview says the next story replaced it.
 */
async function openTab(browser) {
  const page = await browser.newPage();
  const tab = { page, current: null, next: null, booted: false, globals: undefined };
  const report = (message) => {
    const record = tab.current;
    if (!record) return;
    record.failures.push(record.checked ? `${LATE} ${message}` : message);
  };
  // The browser asks for /favicon.ico on its own; the page never does.
  const isFavicon = (url) => {
    try {
      return new URL(url).pathname === '/favicon.ico';
    } catch {
      return false;
    }
  };
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'debug' && message.text().startsWith(MARKER)) {
      if (tab.next && message.text() === `${MARKER} ${tab.next.entry.id}`) tab.current = tab.next;
      return;
    }
    if (message.type() !== 'error') return;
    const source = message.location()?.url;
    if (source && isFavicon(source)) return;
    report(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    // Storybook cancels what the previous story was still loading when it moves on.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && tab.switching) return;
    report(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) {
      report(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return tab;
}

/** Loads `entry` by its URL (with its globals) and waits for Storybook to mark the body. */
async function openByUrl(tab, origin, record) {
  const { entry } = record;
  tab.current = record;
  tab.globals = entry.globals;
  const globals = entry.globals ? `&globals=${encodeURIComponent(entry.globals)}` : '';
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewModeOf(entry)}${globals}`;
  await tab.page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  const shown = await tab.page.waitForFunction(
    (rootSelector) => {
      const classes = document.body.classList;
      if (classes.contains('sb-show-errordisplay')) return 'error';
      if (classes.contains('sb-show-nopreview')) return 'nopreview';
      if (classes.contains('sb-show-main')) {
        const rendered = document.querySelector(rootSelector);
        return rendered && rendered.childElementCount > 0 ? 'rendered' : false;
      }
      return false;
    },
    { timeout: PAGE_TIMEOUT_MS, polling: 50 },
    entry.type === 'docs' ? '#storybook-docs' : '#storybook-root',
  );
  await watchStoryChanges(tab.page);
  tab.booted = true;
  const state = await shown.jsonValue();
  const detail =
    state === 'error' ? await tab.page.$eval('#error-message', (node) => node.textContent?.trim()).catch(() => '') : '';
  return { state, detail };
}

/**
 * Has the preview log MARKER when it has torn the last story down and starts the next
 * (Storybook's `storyChanged`): the console handler then moves `tab.current` on, so a
 * failure logged before it still counts against the story that caused it.
 */
async function watchStoryChanges(page) {
  await page.evaluate((marker) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.on('storyChanged', (storyId) => console.debug(`${marker} ${storyId}`));
  }, MARKER);
}

/** Asks the already booted preview to show `entry`, as the manager does, and waits for the outcome. */
async function switchTo(tab, record) {
  tab.switching = true;
  tab.next = record;
  try {
    return await tab.page.evaluate(
      (storyId, viewMode, timeoutMs) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const outcomes = {
            storyRendered: () => ({ state: 'rendered' }),
            docsRendered: () => ({ state: 'rendered' }),
            storyMissing: () => ({ state: 'nopreview' }),
            storyErrored: (error) => ({
              state: 'error',
              detail: [error?.title, error?.description].filter(Boolean).join(': '),
            }),
            storyThrewException: (error) => ({ state: 'error', detail: error?.message ?? String(error) }),
            playFunctionThrewException: (error) => ({
              state: 'error',
              detail: `play function: ${error?.message ?? error}`,
            }),
          };
          const listeners = [];
          const finish = (outcome) => {
            for (const [name, listener] of listeners) channel.off(name, listener);
            clearTimeout(timer);
            resolve(outcome);
          };
          for (const [name, outcome] of Object.entries(outcomes)) {
            const listener = (...payload) => finish(outcome(...payload));
            listeners.push([name, listener]);
            channel.on(name, listener);
          }
          const timer = setTimeout(() => finish({ state: 'timeout' }), timeoutMs);
          channel.emit('setCurrentStory', { storyId, viewMode });
        }),
      record.entry.id,
      viewModeOf(record.entry),
      PAGE_TIMEOUT_MS,
    );
  } finally {
    tab.switching = false;
    // The marker normally did this already; a story that never started (missing) has none.
    tab.current = record;
    tab.next = null;
  }
}

/** What the manifest says each element's docs page must list: `{ tag: { attributes, slots } }`. */
async function expectedTables() {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  } catch {
    fail(`No element manifest at ${MANIFEST}: run \`npm run build-storybook\` (it writes custom-elements.json) first.`);
  }
  const tables = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      tables[declaration.tagName] = {
        attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
        slots: (declaration.slots ?? []).map((slot) => slot.name || '(default)'),
      };
    }
  }
  return tables;
}

/** The element a docs page documents: its title's last part, when that is a manifest tag. */
function documentedTag(entry, tables) {
  if (entry.type !== 'docs') return null;
  const tag = entry.title.split('/').at(-1);
  return Object.hasOwn(tables, tag) ? tag : null;
}

/** Reads the docs page's argstable and lists what `expected` finds missing from it. */
async function checkArgsTable(page, tag, expected) {
  const found = await page
    .waitForFunction(
      () => {
        const body = document.querySelector('#storybook-docs .docblock-argstable tbody');
        if (!body || body.children.length === 0) return false;
        const sections = {};
        let section = '';
        for (const row of body.children) {
          // A category header: "Hide attributes items" with the category's name beside it.
          if (row.title && /^(Hide|Show) /.test(row.title)) {
            section = row.firstElementChild?.querySelector('span')?.textContent?.trim() ?? '';
            continue;
          }
          const cells = [...row.children];
          const name = cells[0]?.textContent?.trim() ?? '';
          // A control is something to type into, pick or press ("Set string" sets a first value);
          // a row without one shows "-" (and maybe a "Setup controls" link).
          const control = Boolean(cells.at(-1)?.querySelector('input, select, textarea, button'));
          (sections[section] ??= []).push({ name, control });
        }
        return sections;
      },
      { timeout: 10_000, polling: 100 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!found) return ['argstable: no table of attributes on the docs page'];
  const failures = [];
  const rows = (section) => found[section] ?? [];
  for (const name of expected.attributes) {
    const row = rows('attributes').find((candidate) => candidate.name === name);
    if (!row) failures.push(`argstable: attribute \`${name}\` is not listed under attributes`);
    else if (!row.control && !REPORTED_ATTRIBUTES[tag]?.includes(name))
      failures.push(`argstable: attribute \`${name}\` has no control`);
  }
  for (const name of expected.slots) {
    if (!rows('slots').some((candidate) => candidate.name === name))
      failures.push(`argstable: slot \`${name}\` is not listed under slots`);
  }
  return failures;
}

/**
 * On a story opened with the second pass's globals: the language and writing direction
 * of the page, the viewer's zone on every element that takes one, and (where given)
 * the state of every countdown, inside cards too.
 */
async function checkGlobalsApplied(page, entry) {
  const { expect } = GLOBALS_PASS;
  const state = GLOBALS_PASS.stories[entry.id];
  const check = () =>
    page.evaluate(
      (expect, state) => {
        const deep = (root, found = []) => {
          for (const node of root.querySelectorAll('*')) {
            if (node.localName === 'dialogue-countdown') found.push(node);
            if (node.shadowRoot) deep(node.shadowRoot, found);
          }
          return found;
        };
        const problems = [];
        const story = document.querySelector('#storybook-root .story-page');
        if (story?.getAttribute('lang') !== expect.lang || story?.getAttribute('dir') !== expect.dir) {
          problems.push(
            `globals: the story is in lang=${story?.getAttribute('lang')} dir=${story?.getAttribute('dir')}, not ${expect.lang} ${expect.dir}`,
          );
        }
        for (const node of document.querySelectorAll(
          '#storybook-root dialogue-event, #storybook-root dialogue-countdown',
        )) {
          const zone = node.getAttribute('viewer-time-zone');
          if (zone !== expect.viewerZone)
            problems.push(`globals: <${node.localName}> has viewer-time-zone=${zone}, not ${expect.viewerZone}`);
        }
        if (state) {
          const countdowns = deep(document.querySelector('#storybook-root') ?? document);
          if (countdowns.length === 0) problems.push('globals: no countdown on the story');
          for (const node of countdowns)
            if (node.state !== state) problems.push(`globals: a countdown shows ${node.state}, not ${state}`);
        }
        return problems;
      },
      expect,
      state,
    );
  // A card fetching its `src` settles a moment after the story says it rendered.
  const until = Date.now() + 5_000;
  let problems = await check();
  while (problems.length && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100));
    problems = await check();
  }
  return problems;
}

/** Shows one entry in `tab`; what goes wrong lands in `record.failures`, also after this returns. */
async function check(tab, origin, record, tables, settleMs = SETTLE_MS) {
  const { entry } = record;
  const failures = record.failures;
  try {
    const reuse = tab.booted && !fresh && tab.globals === entry.globals;
    if (reuse) record.after = tab.current;
    const { state, detail } = reuse ? await switchTo(tab, record) : await openByUrl(tab, origin, record);
    if (state === 'error') failures.push(`render error: ${detail ?? ''}`.trim());
    else if (state === 'nopreview') failures.push('nothing rendered (story missing)');
    else if (state === 'timeout') failures.push(`did not render within ${PAGE_TIMEOUT_MS / 1000} s`);
    // Let every dialogue element finish its update, then give late failures a moment.
    await tab.page.evaluate(async () => {
      const all = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('dialogue-'));
      await Promise.all(all.map((node) => node.updateComplete).filter(Boolean));
    });
    await new Promise((done) => setTimeout(done, settleMs));
    const shown = await tab.page.evaluate((isStory) => {
      const root = document.querySelector(isStory ? '#storybook-root' : '#storybook-docs');
      // A story that returns nothing still leaves the decorators' wrapper: look for content.
      const empty =
        !root ||
        (!root.textContent?.trim() &&
          ![...root.querySelectorAll('*')].some((node) => node.localName.includes('-') || node.localName === 'img'));
      return {
        error: document.body.classList.contains('sb-show-errordisplay'),
        message: document.querySelector('#error-message')?.textContent?.trim() ?? '',
        empty,
      };
    }, entry.type !== 'docs');
    if (shown.error && state !== 'error') failures.push(`render error (sb-show-errordisplay): ${shown.message}`);
    else if (shown.empty && state === 'rendered') failures.push('the story rendered nothing');
    const tag = documentedTag(entry, tables);
    if (tag && state === 'rendered') failures.push(...(await checkArgsTable(tab.page, tag, tables[tag])));
    if (entry.globals && state === 'rendered') failures.push(...(await checkGlobalsApplied(tab.page, entry)));
    if (entry.type !== 'docs' && state === 'rendered') failures.push(...(await accessibilityFailures(tab.page)));
  } catch (error) {
    failures.push(`did not render: ${error.message.split('\n')[0]}`);
    tab.booted = false;
  }
  record.checked = true;
  return [...new Set(failures)];
}

/** What axe-core finds wrong in the story shown (shadow roots included), one line per rule. */
async function accessibilityFailures(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (pageRules) => {
    const rules = Object.fromEntries(pageRules.map((rule) => [rule, { enabled: false }]));
    const results = await window.axe.run('#storybook-root', { resultTypes: ['violations'], rules });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, AXE_PAGE_RULES);
  return violations.map((violation) => `accessibility: ${violation}`);
}

/**
 * Checks `entry` by itself in a new tab and returns its failures. With `watch`, it is
 * then watched longer and taken off the page, as moving to the next story does (the
 * next story's render removes its elements): late and teardown failures show too.
 */
async function checkAlone(browser, origin, entry, tables, watch = false) {
  const tab = await openTab(browser);
  const record = { entry, failures: [], checked: false };
  try {
    await check(tab, origin, record, tables, watch ? LATE_SETTLE_MS : SETTLE_MS);
    if (watch && entry.type === 'story') {
      await tab.page.evaluate(() => document.querySelector('#storybook-root')?.replaceChildren());
      await new Promise((done) => setTimeout(done, SETTLE_MS));
    }
  } finally {
    await tab.page.close().catch(() => {});
  }
  return [...new Set(record.failures)];
}

/**
 * A story reached in a reused tab failed. If it passes opened alone, the failure came
 * late from the story before it (a timer, a request, a teardown): that story is opened
 * alone, watched longer and taken off the page, and what it shows counts against it.
 * Otherwise, or if the story before shows nothing either, the failure stays where it
 * was seen, saying so.
 */
async function attributeFailure(browser, origin, record, tables) {
  const previous = record.after;
  if (!previous) return;
  if ((await checkAlone(browser, origin, record.entry, tables)).length) return;
  const fromPrevious = await checkAlone(browser, origin, previous.entry, tables, true);
  if (fromPrevious.length) {
    previous.failures.push(
      ...fromPrevious.map(
        (failure) => `${LATE} ${failure.replace(LATE, '').trim()} (first seen on ${record.entry.id})`,
      ),
    );
    record.failures.length = 0;
  } else {
    record.failures.splice(
      0,
      Infinity,
      ...record.failures.map(
        (failure) =>
          `${failure} (not seen with this story opened alone: maybe late from ${previous.entry.id}, shown before it)`,
      ),
    );
  }
}

function fail(message) {
  console.error(message);
  console.log('storybook: 0 passed, 1 failed');
  process.exit(1);
}

async function main() {
  const started = Date.now();
  let index;
  try {
    index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  } catch {
    fail(`No Storybook build in ${root} (index.json missing): run \`npm run build-storybook\` first.`);
  }
  const tables = await expectedTables();
  const all = Object.values(index.entries);
  const entries = all
    .filter((entry) => entry.type === 'story' || (withDocs && entry.type === 'docs'))
    .filter((entry) => !filter || entry.id.includes(filter));
  for (const id of Object.keys(GLOBALS_PASS.stories)) {
    const entry = all.find((candidate) => candidate.id === id);
    if (!entry) fail(`The second pass's story ${id} is not in index.json: update GLOBALS_PASS.`);
    if (!filter || id.includes(filter)) entries.push({ ...entry, globals: GLOBALS_PASS.globals });
  }
  if (entries.length === 0) fail('No stories found in index.json.');
  const documented = entries
    .filter((entry) => documentedTag(entry, tables))
    .map((entry) => documentedTag(entry, tables));
  if (withDocs && !filter) {
    const undocumented = Object.keys(tables).filter((tag) => !documented.includes(tag));
    if (undocumented.length)
      fail(`No docs page for ${undocumented.join(', ')}: give its stories \`tags: ['autodocs']\`.`);
  }

  const executablePath = findBrowser();
  if (!executablePath) fail('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');

  const { server, origin } = await serve(root);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...BROWSER_ARGS, '--window-size=1200,900'],
    defaultViewport: { width: 1200, height: 900 },
  });
  const records = [];
  let next = 0;
  try {
    const worker = async () => {
      let tab = await openTab(browser);
      while (next < entries.length) {
        const record = { entry: entries[next++], failures: [], checked: false };
        records.push(record);
        if (fresh && tab.booted) {
          await tab.page.close().catch(() => {});
          tab = await openTab(browser);
        }
        const began = Date.now();
        const failures = await check(tab, origin, record, tables);
        if (failures.length) {
          // Start the next story from a clean page, and find whose failure this is.
          tab.current = null;
          await tab.page.close().catch(() => {});
          await attributeFailure(browser, origin, record, tables);
          tab = await openTab(browser);
        } else if (verbose) {
          console.log(`✓ ${labelOf(record.entry)} (${Date.now() - began} ms)`);
        }
      }
      // The last story's late failures still belong to it.
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      tab.current = null;
      await tab.page.close().catch(() => {});
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  for (const record of records) {
    if (record.failures.length === 0) continue;
    console.log(`✗ ${labelOf(record.entry)} (${record.entry.id})`);
    for (const failure of new Set(record.failures)) console.log(`    ${failure}`);
  }
  const failed = records.filter((record) => record.failures.length).length;
  const passed = records.length - failed;
  const stories = records.filter((record) => record.entry.type === 'story');
  const docs = records.filter((record) => record.entry.type === 'docs');
  const second = stories.filter((record) => record.entry.globals).length;
  const tablesRead = docs.filter((record) => documentedTag(record.entry, tables)).length;
  const again = second ? ` and ${second} stories again with ${GLOBALS_PASS.globals}` : '';
  console.log(
    `Opened ${stories.length - second} stories, ${docs.length} docs pages (${tablesRead} argstables checked against the manifest)${again} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => fail(error?.stack ?? String(error)));

#!/usr/bin/env node
// Smoke test of the built Storybook: serves storybook-static/ on a free localhost
// port, opens every story (and every docs page) listed in index.json in headless
// Chromium, and fails on a render error (`sb-show-errordisplay`), a page error, a
// console error or a failed request. Console warnings are fine: the invalid-input
// stories make the elements warn on purpose.
//
//   npm run build-storybook && npm run test:storybook
//   node scripts/storybook-smoke.mjs [dir] [--filter=text] [--no-docs] [--fresh]
//
// Each worker tab opens its first story by URL (iframe.html?id=…&viewMode=story) and
// then moves to the next story the way Storybook's own manager does, with
// `setCurrentStory` on the preview's channel: the story is torn down and the next one
// rendered in the same iframe, without booting Storybook again for each (most of the
// time of a full load on a two-core machine). `--fresh` loads every story by its URL
// in a new tab instead.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

/** A tab that reports what goes wrong in it to whichever story it is showing. */
async function openTab(browser) {
  const page = await browser.newPage();
  const tab = { page, failures: [], booted: false };
  // The browser asks for /favicon.ico on its own; the page never does.
  const isFavicon = (url) => {
    try {
      return new URL(url).pathname === '/favicon.ico';
    } catch {
      return false;
    }
  };
  page.on('pageerror', (error) => tab.failures.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location()?.url;
    if (source && isFavicon(source)) return;
    tab.failures.push(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    // Storybook cancels what the previous story was still loading when it moves on.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && tab.switching) return;
    tab.failures.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) {
      tab.failures.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return tab;
}

/** Loads `entry` by its URL and waits for Storybook to mark the body. */
async function openByUrl(tab, origin, entry) {
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewModeOf(entry)}`;
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
  tab.booted = true;
  const state = await shown.jsonValue();
  const detail = state === 'error' ? await tab.page.$eval('#error-message', (node) => node.textContent?.trim()).catch(() => '') : '';
  return { state, detail };
}

/** Asks the already booted preview to show `entry`, as the manager does, and waits for the outcome. */
async function switchTo(tab, entry) {
  tab.switching = true;
  try {
    return await tab.page.evaluate(
      (storyId, viewMode, timeoutMs) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const outcomes = {
            storyRendered: () => ({ state: 'rendered' }),
            docsRendered: () => ({ state: 'rendered' }),
            storyMissing: () => ({ state: 'nopreview' }),
            storyErrored: (error) => ({ state: 'error', detail: [error?.title, error?.description].filter(Boolean).join(': ') }),
            storyThrewException: (error) => ({ state: 'error', detail: error?.message ?? String(error) }),
            playFunctionThrewException: (error) => ({ state: 'error', detail: `play function: ${error?.message ?? error}` }),
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
      entry.id,
      viewModeOf(entry),
      PAGE_TIMEOUT_MS,
    );
  } finally {
    tab.switching = false;
  }
}

/** Shows one entry in `tab` and returns what went wrong (empty when nothing did). */
async function check(tab, origin, entry) {
  tab.failures = [];
  const failures = () => tab.failures;
  try {
    const { state, detail } = tab.booted && !fresh ? await switchTo(tab, entry) : await openByUrl(tab, origin, entry);
    if (state === 'error') failures().push(`render error: ${detail ?? ''}`.trim());
    else if (state === 'nopreview') failures().push('nothing rendered (story missing)');
    else if (state === 'timeout') failures().push(`did not render within ${PAGE_TIMEOUT_MS / 1000} s`);
    // Let every dialogue element finish its update, then give late failures a moment.
    await tab.page.evaluate(async () => {
      const all = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('dialogue-'));
      await Promise.all(all.map((node) => node.updateComplete).filter(Boolean));
    });
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const shown = await tab.page.evaluate((isStory) => {
      const root = document.querySelector(isStory ? '#storybook-root' : '#storybook-docs');
      // A story that returns nothing still leaves the decorators' wrapper: look for content.
      const empty = !root || (!root.textContent?.trim() && ![...root.querySelectorAll('*')].some((node) => node.localName.includes('-') || node.localName === 'img'));
      return {
        error: document.body.classList.contains('sb-show-errordisplay'),
        message: document.querySelector('#error-message')?.textContent?.trim() ?? '',
        empty,
      };
    }, entry.type !== 'docs');
    if (shown.error && state !== 'error') failures().push(`render error (sb-show-errordisplay): ${shown.message}`);
    else if (shown.empty && state === 'rendered') failures().push('the story rendered nothing');
  } catch (error) {
    failures().push(`did not render: ${error.message.split('\n')[0]}`);
    tab.booted = false;
  }
  return [...new Set(tab.failures)];
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
  const entries = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' || (withDocs && entry.type === 'docs'))
    .filter((entry) => !filter || entry.id.includes(filter));
  if (entries.length === 0) fail('No stories found in index.json.');

  const executablePath = findBrowser();
  if (!executablePath) fail('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');

  const { server, origin } = await serve(root);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...BROWSER_ARGS, '--window-size=1200,900'],
    defaultViewport: { width: 1200, height: 900 },
  });
  const results = [];
  let next = 0;
  try {
    const worker = async () => {
      let tab = await openTab(browser);
      while (next < entries.length) {
        const entry = entries[next++];
        if (fresh && tab.booted) {
          await tab.page.close().catch(() => {});
          tab = await openTab(browser);
        }
        const began = Date.now();
        const failures = await check(tab, origin, entry);
        results.push({ entry, failures });
        const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name}`;
        if (failures.length) {
          console.log(`✗ ${label} (${entry.id})`);
          for (const failure of failures) console.log(`    ${failure}`);
          // Start the next story from a clean page.
          await tab.page.close().catch(() => {});
          tab = await openTab(browser);
        } else if (verbose) {
          console.log(`✓ ${label} (${Date.now() - began} ms)`);
        }
      }
      await tab.page.close().catch(() => {});
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  const failed = results.filter((result) => result.failures.length).length;
  const passed = results.length - failed;
  const stories = results.filter((result) => result.entry.type === 'story').length;
  console.log(
    `Opened ${stories} stories and ${results.length - stories} docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => fail(error?.stack ?? String(error)));

#!/usr/bin/env node
// Smoke test of the built Storybook: serves storybook-static/ on a free localhost
// port, opens every story (and every docs page) from index.json in headless
// Chromium, and fails on a render error, a page error, a console error or a failed
// request. Console warnings are fine: the invalid-input stories warn on purpose.
//
//   npm run build-storybook && npm run test:storybook
//   node scripts/storybook-smoke.mjs [dir] [--filter=text] [--no-docs]
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
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 3);
const PAGE_TIMEOUT_MS = 20_000;
// After the story says it rendered: time for late work (a fetched src, a broken photo) to fail loudly.
const SETTLE_MS = 400;

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
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
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
    // Vite's fingerprinted bundles never change under one name: let the browser keep
    // them between pages (the big win in run time); everything else is revalidated.
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

/** Opens one entry and returns what went wrong (empty when nothing did). */
async function check(browser, origin, entry) {
  const page = await browser.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  // The browser asks for /favicon.ico on its own; the page never does.
  const isFavicon = (url) => new URL(url).pathname === '/favicon.ico';
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location()?.url;
    if (source && isFavicon(source)) return;
    failures.push(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    failures.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) {
      failures.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  try {
    const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    // Storybook marks the body once the story (or docs page) has rendered, or failed to.
    const shown = await page.waitForFunction(
      (rootSelector) => {
        const classes = document.body.classList;
        if (classes.contains('sb-show-errordisplay')) return 'error';
        if (classes.contains('sb-show-nopreview')) return 'nopreview';
        if (classes.contains('sb-show-main')) {
          const rendered = document.querySelector(rootSelector);
          return rendered && rendered.childElementCount > 0 ? 'main' : false;
        }
        return false;
      },
      { timeout: PAGE_TIMEOUT_MS, polling: 50 },
      entry.type === 'docs' ? '#storybook-docs' : '#storybook-root',
    );
    const state = await shown.jsonValue();
    if (state === 'error') {
      const message = await page.$eval('#error-message', (node) => node.textContent?.trim() ?? '').catch(() => '');
      failures.push(`render error (sb-show-errordisplay): ${message}`);
    } else if (state === 'nopreview') {
      failures.push('nothing rendered (sb-show-nopreview)');
    }
    // Let every dialogue element finish its update, then give late failures a moment.
    await page.evaluate(async () => {
      const all = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('dialogue-'));
      await Promise.all(all.map((node) => node.updateComplete).filter(Boolean));
    });
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const stillError = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (stillError && state !== 'error') failures.push('render error (sb-show-errordisplay) after rendering');
  } catch (error) {
    failures.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return failures;
}

async function main() {
  const started = Date.now();
  let index;
  try {
    index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  } catch {
    console.error(`No Storybook build in ${root} (index.json missing): run \`npm run build-storybook\` first.`);
    console.log('storybook: 0 passed, 1 failed');
    process.exit(1);
  }
  const entries = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' || (withDocs && entry.type === 'docs'))
    .filter((entry) => !filter || entry.id.includes(filter));
  if (entries.length === 0) {
    console.error('No stories found in index.json.');
    console.log('storybook: 0 passed, 1 failed');
    process.exit(1);
  }

  const executablePath = findBrowser();
  if (!executablePath) {
    console.error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
    console.log('storybook: 0 passed, 1 failed');
    process.exit(1);
  }

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
      while (next < entries.length) {
        const entry = entries[next++];
        const failures = await check(browser, origin, entry);
        results.push({ entry, failures });
        const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name}`;
        if (failures.length) {
          console.log(`✗ ${label} (${entry.id})`);
          for (const failure of [...new Set(failures)]) console.log(`    ${failure}`);
        } else if (process.env.SMOKE_VERBOSE) {
          console.log(`✓ ${label}`);
        }
      }
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

main().catch((error) => {
  console.error(error);
  console.log('storybook: 0 passed, 1 failed');
  process.exit(1);
});

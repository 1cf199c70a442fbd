// npm run bench: what the library costs a page, measured and held to budgets.
//
// Size: gzip -9 and brotli of the bundle partners load, and of each import a
// bundler user makes (esbuild bundles dist/lib/<element>/define.js with lit,
// @lit/context and luxon). Speed: headless Chromium on a loopback server, each
// timing repeated in a fresh browser context and the median kept; the reference
// card also with the CPU slowed 4× (a cheap phone). Renders report wall-clock time
// and main-thread CPU time (steadier when the machine is busy). Timers are counted
// by wrapping setTimeout/setInterval before any script of the page runs.
//
// Prints a table (metric, value, budget, ok/FAIL), writes bench/results.json,
// and exits 1 when a budget is exceeded (2 when the benchmark itself failed).
// Budgets live in bench/budgets.json. Flags: --no-build (measure dist as it is),
// --size-only, --runs=N (repetitions of the quick timings; default 5), --full
// (1,000 countdowns and 100 cards on the 4× slower CPU too).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { delimiter, extname, join, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { pageHtml, referenceCardMarkup, referenceStart } from '../bench/markup.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'dialogue-widgets.js');
const BUDGETS = join(ROOT, 'bench/budgets.json');
const RESULTS = join(ROOT, 'bench/results.json');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const RUNS = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
/** The slow timings (1,000 elements, 100 cards) repeat fewer times to keep a run near a minute. */
const SLOW_RUNS = Math.max(1, Math.min(RUNS, 3));
/** --full also renders 1,000 countdowns and 100 cards on the slowed CPU (adds about two minutes). */
const FULL = flag('--full');
/** The viewer's zone for every page: differs from the event's, so both times are formatted. */
const VIEWER_ZONE = 'America/New_York';
const VIEWPORT = { width: 1280, height: 800 };
const TICK_WINDOW_MS = 5_000;
/** The cheap-phone profile. */
const SLOW_CPU = 4;

/** name → { value, unit, samples?, note? }, in the order measured. */
const results = new Map();
const record = (name, value, unit, extra = {}) => results.set(name, { value, unit, ...extra });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const log = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------- build

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds when dist is missing or older than the sources (a benchmark of stale code says nothing). */
function ensureBuilt() {
  const needed = [BUNDLE, join(ROOT, 'dist/lib/countdown/define.js')];
  const inputs = ['src', 'rollup.config.mjs', 'package.json'].map((p) => join(ROOT, p));
  const missing = needed.some((path) => !existsSync(path));
  const stale = !missing && Math.max(...inputs.map(newestMtime)) > Math.min(...needed.map((p) => statSync(p).mtimeMs));
  if (!missing && !stale) return;
  if (flag('--no-build')) {
    if (missing) throw new Error('dist is missing; run npm run build (or drop --no-build)');
    log('dist is older than src; measuring it anyway (--no-build)');
    return;
  }
  log(`dist is ${missing ? 'missing' : 'older than src'}: building (npm run build)…`);
  // scripts/build.mjs calls rollup, tsc and cem by name, as npm run would find them.
  const PATH = [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH } });
}

/**
 * Copies dist aside and measures the copy: other work on this machine (npm test,
 * a watch build) deletes and rewrites dist, and a file vanishing halfway through
 * a run would turn into a confusing failure or a number for half a build.
 */
async function snapshotDist() {
  const wanted = ['dialogue-widgets.js', 'lib/index.js', 'lib/countdown/define.js'];
  for (let attempt = 1; ; attempt += 1) {
    const copy = mkdtempSync(join(tmpdir(), 'dialogue-bench-'));
    try {
      const before = statSync(BUNDLE).mtimeMs;
      cpSync(join(DIST, 'dialogue-widgets.js'), join(copy, 'dialogue-widgets.js'));
      cpSync(join(DIST, 'lib'), join(copy, 'lib'), { recursive: true, filter: (path) => !path.endsWith('.d.ts') });
      if (wanted.every((file) => existsSync(join(copy, file))) && statSync(BUNDLE).mtimeMs === before) return copy;
    } catch {}
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 10) throw new Error('dist kept changing (or is incomplete) while being copied; is a build running?');
    log('dist is being rebuilt; waiting…');
    await sleep(3_000);
  }
}

// ---------------------------------------------------------------- size

function compressed(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** What `import 'dialogue-widgets/<entry>'` adds to a bundler user's page: minified, every dependency in. */
async function importCost(dist, entry) {
  const result = await esbuild({
    entryPoints: [join(dist, 'lib', entry)],
    // The copy of dist lives outside the project: find lit, @lit/context and luxon in ours.
    nodePaths: [join(ROOT, 'node_modules')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    platform: 'browser',
    conditions: ['production'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return compressed(result.outputFiles[0].text);
}

async function measureSize(dist) {
  const kb = (bytes) => round(bytes / 1024, 2);
  const bundle = compressed(readFileSync(join(dist, 'dialogue-widgets.js'), 'utf8'));
  record('size.bundle.min', kb(bundle.min), 'KB', { note: 'dist/dialogue-widgets.js, minified' });
  record('size.bundle.gzip', kb(bundle.gzip), 'KB', { note: 'gzip -9' });
  record('size.bundle.brotli', kb(bundle.brotli), 'KB', { note: 'brotli 11' });
  const imports = {
    countdown: 'countdown/define.js',
    panelists: 'panelists/define.js',
    register: 'register/define.js',
    event: 'event/define.js',
    index: 'index.js',
  };
  for (const [name, entry] of Object.entries(imports)) {
    const cost = await importCost(dist, entry);
    const specifier = name === 'index' ? 'dialogue-widgets' : `dialogue-widgets/${name}`;
    record(`size.import.${name}.gzip`, kb(cost.gzip), 'KB', { note: `import '${specifier}', esbuild-bundled, gzip -9` });
    record(`size.import.${name}.brotli`, kb(cost.brotli), 'KB', { note: 'brotli 11' });
  }
}

// ---------------------------------------------------------------- server

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };

/** Loopback only; serves the bundle (from the copy of dist), the harness, and pages made from bench/markup.js. */
function startServer(dist) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const html = (body) => response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(body);
    if (pathname === '/bench/blank.html') return html(pageHtml());
    if (pathname === '/bench/cold-card.html') return html(pageHtml(referenceCardMarkup(referenceStart(Date.now()))));
    const fromDist = pathname.startsWith('/dist/');
    const allowed = fromDist || pathname === '/bench/harness.js' || pathname === '/bench/markup.js';
    const base = fromDist ? dist : ROOT;
    const path = normalize(join(base, decodeURIComponent(fromDist ? pathname.slice('/dist'.length) : pathname)));
    if (!allowed || !path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) {
      return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(path));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------- in-page instrumentation

/**
 * Runs before any script of the page (page.evaluateOnNewDocument): counts every
 * setTimeout/setInterval call, keeps the set of timers still pending, and records
 * long tasks. The harness waits with the real setTimeout so it is never counted.
 */
function instrumentPage() {
  const real = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
  };
  const counts = { setTimeout: 0, setInterval: 0 };
  const pending = new Set();
  window.setTimeout = function setTimeout(handler, delay, ...rest) {
    counts.setTimeout += 1;
    let id;
    const run = typeof handler === 'function' ? function (...a) { pending.delete(id); return handler.apply(this, a); } : handler;
    id = real.setTimeout(run, delay, ...rest);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function clearTimeout(id) {
    pending.delete(id);
    return real.clearTimeout(id);
  };
  window.setInterval = function setInterval(handler, delay, ...rest) {
    counts.setInterval += 1;
    const id = real.setInterval(handler, delay, ...rest);
    pending.add(id);
    return id;
  };
  window.clearInterval = function clearInterval(id) {
    pending.delete(id);
    return real.clearInterval(id);
  };
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__benchTimers = {
    real,
    longTasks,
    reset() {
      counts.setTimeout = 0;
      counts.setInterval = 0;
    },
    read() {
      return { setTimeout: counts.setTimeout, setInterval: counts.setInterval, calls: counts.setTimeout + counts.setInterval, pending: pending.size };
    },
  };
}

// ---------------------------------------------------------------- speed

async function measureSpeed(dist) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium found (apt-get install -y chromium, or set CHROME_PATH)');
  const { server, origin } = await startServer(dist);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const chromium = await browser.version();
  let failure = null;

  /** A fresh context (no caches, no compiled code kept) and page per measurement. */
  async function withPage({ cpu = 1, path = '/bench/blank.html' }, measure) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.setViewport(VIEWPORT);
      await page.emulateTimezone(VIEWER_ZONE);
      await page.evaluateOnNewDocument(instrumentPage);
      if (cpu !== 1) await page.emulateCPUThrottling(cpu);
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForFunction(() => window.bench, { timeout: 60_000 });
      const result = await measure(page, cdp);
      if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
      return result;
    } finally {
      await context.close();
    }
  }

  const repeat = async (runs, once) => {
    const samples = [];
    for (let i = 0; i < runs; i += 1) samples.push(await once());
    return samples;
  };
  const recordMedian = (name, samples, unit, note, places = 1) =>
    record(name, round(median(samples), places), unit, { samples: samples.map((s) => round(s, places)), note });

  /** Chromium's counters for the page, durations in ms: ThreadTime is main-thread CPU time. */
  const metrics = async (cdp) =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, /Duration|Time$/.test(m.name) ? m.value * 1000 : m.value]));
  const usedHeap = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** Lets the IntersectionObserver report and the ticker settle before anything is counted. */
  const quiet = (page, ms = 1_000) => page.evaluate((wait) => new Promise((done) => window.__benchTimers.real.setTimeout(done, wait)), ms);
  /**
   * Renders and returns the wall-clock time (what a visitor waits) and the main
   * thread's CPU time (what the work costs, steadier on a busy machine).
   */
  const render = async (page, cdp, kind, count) => {
    const before = await metrics(cdp);
    const result = await page.evaluate((k, n) => window.bench.render(k, n), kind, count);
    const after = await metrics(cdp);
    return { ...result, cpu: after.ThreadTime - before.ThreadTime };
  };
  const cpuNote = (cpu) => (cpu === 1 ? '' : `, CPU ${cpu}× slower`);
  const cpuSuffix = (cpu) => (cpu === 1 ? '' : `.cpu${cpu}x`);

  try {
    // One throw-away load so the first sample does not pay for starting the renderer.
    await withPage({}, (page, cdp) => render(page, cdp, 'card', 1));

    // 1. The reference card: from navigation (bundle fetched, run, card rendered), and alone.
    for (const cpu of [1, SLOW_CPU]) {
      const cold = await repeat(RUNS, () => withPage({ cpu, path: '/bench/cold-card.html' }, (page) => page.evaluate(() => window.bench.cold)));
      recordMedian(`card.load${cpuSuffix(cpu)}`, cold.map((c) => c.rendered), 'ms', `navigation → reference card rendered and laid out: bundle fetched, run, card drawn${cpuNote(cpu)}`);
      recordMedian(`card.bundleRun${cpuSuffix(cpu)}`, cold.map((c) => c.bundleReady - c.bundleFetched), 'ms', `bundle received → bundle run and the card in the HTML rendered${cpuNote(cpu)}`);
      const warm = await repeat(RUNS, () => withPage({ cpu }, (page, cdp) => render(page, cdp, 'card', 1)));
      recordMedian(`card.render${cpuSuffix(cpu)}`, warm.map((w) => w.ms), 'ms', `1 reference card inserted → rendered and laid out, bundle already loaded${cpuNote(cpu)}`);
      if (cpu === 1) recordMedian('card.renderCpu', warm.map((w) => w.cpu), 'ms', 'main-thread CPU time of that render');
    }

    // 2. 1,000 countdowns: render, long tasks, heap, timers set while rendering.
    for (const cpu of FULL ? [1, SLOW_CPU] : [1]) {
      const runs = await repeat(SLOW_RUNS, () =>
        withPage({ cpu }, async (page, cdp) => {
          const heapBefore = await usedHeap(cdp);
          await page.evaluate(() => window.__benchTimers.reset());
          const result = await render(page, cdp, 'days', 1000);
          await quiet(page);
          const heapAfter = await usedHeap(cdp);
          const seen = await page.evaluate(
            (from) => ({
              tasks: window.__benchTimers.longTasks.filter((t) => t.start + t.duration >= from),
              timers: window.__benchTimers.read(),
              onScreen: window.bench.onScreenCount(),
            }),
            result.t0,
          );
          return { ...result, ...seen, heapBefore, heapAfter };
        }),
      );
      recordMedian(`countdowns1000.render${cpuSuffix(cpu)}`, runs.map((r) => r.ms), 'ms', `1,000 <dialogue-countdown> (days away) inserted → rendered and laid out${cpuNote(cpu)}`);
      if (cpu !== 1) continue;
      recordMedian('countdowns1000.renderCpu', runs.map((r) => r.cpu), 'ms', 'main-thread CPU time of that render');
      recordMedian('countdowns1000.longestTask', runs.map((r) => Math.max(0, ...r.tasks.map((t) => t.duration))), 'ms', 'longest task, insertion to 1 s after');
      recordMedian('countdowns1000.longTasks', runs.map((r) => r.tasks.length), 'tasks', 'long tasks (> 50 ms), insertion to 1 s after', 0);
      recordMedian('countdowns1000.heap', runs.map((r) => r.heapAfter / 2 ** 20), 'MB', 'JS heap used with 1,000 countdowns on the page (after GC)', 2);
      recordMedian('countdowns1000.heapAdded', runs.map((r) => (r.heapAfter - r.heapBefore) / 2 ** 20), 'MB', 'JS heap the 1,000 countdowns added (after GC)', 2);
      recordMedian('countdowns1000.timersWhileRendering', runs.map((r) => r.timers.calls), 'calls', 'setTimeout/setInterval calls, insertion to 1 s after', 0);
      record('countdowns1000.onScreen', runs[0].onScreen, 'elements', { note: `countdowns inside the ${VIEWPORT.width}×${VIEWPORT.height} viewport; the rest are off screen` });
    }

    // 3. A listing page: 100 full cards.
    for (const cpu of FULL ? [1, SLOW_CPU] : [1]) {
      const runs = await repeat(SLOW_RUNS, () => withPage({ cpu }, (page, cdp) => render(page, cdp, 'listing', 100)));
      recordMedian(`listing100.render${cpuSuffix(cpu)}`, runs.map((r) => r.ms), 'ms', `100 reference cards (countdown, 3 panelists, register each) inserted → rendered and laid out${cpuNote(cpu)}`);
      if (cpu === 1) recordMedian('listing100.renderCpu', runs.map((r) => r.cpu), 'ms', 'main-thread CPU time of that render');
    }

    // 4. Timers over 5 s of real time with 1,000 countdowns, and what the ticking costs.
    const tickWindow = (mode) =>
      withPage({}, async (page, cdp) => {
        await render(page, cdp, mode, 1000);
        await quiet(page);
        await page.evaluate(() => window.__benchTimers.reset());
        const start = await metrics(cdp);
        const t0 = performance.now();
        await sleep(TICK_WINDOW_MS);
        const end = await metrics(cdp);
        const timers = await page.evaluate(() => window.__benchTimers.read());
        const seconds = (performance.now() - t0) / 1000;
        const perSecond = (name) => (end[name] - start[name]) / seconds;
        return { timers, cpu: perSecond('ThreadTime'), script: perSecond('ScriptDuration'), layout: perSecond('LayoutDuration'), layouts: perSecond('LayoutCount') };
      });
    const days = await tickWindow('days');
    const one = await tickWindow('one-seconds');
    const all = await tickWindow('seconds');
    record('timers.daysAway', days.timers.calls, 'per 5 s', { note: '1,000 countdowns, all days away: setTimeout/setInterval calls in 5 s of real time' });
    record('timers.oneShowsSeconds', one.timers.calls, 'per 5 s', { note: 'the same, with one of them (on screen) showing seconds' });
    record('timers.allShowSeconds', all.timers.calls, 'per 5 s', { note: 'the same, with all 1,000 showing seconds (most off screen)' });
    record('timers.pending', Math.max(days.timers.pending, one.timers.pending, all.timers.pending), 'timers', { note: 'timers pending at the end of any of those windows' });
    record('ticking.cpu', round(all.cpu), 'ms/s', { note: 'main-thread CPU per second, 1,000 countdowns showing seconds (CDP ThreadTime)' });
    record('ticking.script', round(all.script), 'ms/s', { note: 'of which script (CDP ScriptDuration)' });
    record('ticking.layout', round(all.layout), 'ms/s', { note: `of which layout (CDP LayoutDuration; ${round(all.layouts)} layouts a second)` });
    record('ticking.cpuOneShowsSeconds', round(one.cpu), 'ms/s', { note: 'main-thread CPU per second, one of the 1,000 showing seconds' });
    record('ticking.cpuDaysAway', round(days.cpu), 'ms/s', { note: 'main-thread CPU per second, all 1,000 days away' });
  } catch (error) {
    failure = error;
  } finally {
    await browser.close();
    server.close();
  }
  if (failure) throw failure;
  return chromium;
}

// ---------------------------------------------------------------- report

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted src changes` : head;
  } catch {
    return null;
  }
}

function report(budgets, meta) {
  const rows = [];
  let failed = 0;
  for (const [name, result] of results) {
    const budget = budgets[name];
    const ok = budget ? result.value <= budget.max : null;
    if (ok === false) failed += 1;
    Object.assign(result, { budget: budget?.max ?? null, ok });
    rows.push([name, `${result.value} ${result.unit}`, budget ? `≤ ${budget.max}` : '—', ok === null ? 'info' : ok ? 'ok' : 'FAIL']);
  }
  const unmeasured = Object.keys(budgets).filter((name) => !results.has(name));
  const header = ['metric', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  if (unmeasured.length && !flag('--size-only')) console.log(`\nbudgeted but not measured${FULL ? '' : ' (--full measures them)'}: ${unmeasured.join(', ')}`);
  console.log(`\n${failed ? `${failed} budget(s) exceeded` : 'every budget met'}; medians of ${RUNS} runs (${SLOW_RUNS} for the slow ones); ${meta.chromium ?? 'no browser'}; results in bench/results.json`);
  writeFileSync(RESULTS, `${JSON.stringify({ ...meta, failed, metrics: Object.fromEntries(results) }, null, 2)}\n`);
  return failed;
}

const started = performance.now();
let dist = null;
try {
  const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8')).metrics;
  ensureBuilt();
  dist = await snapshotDist();
  await measureSize(dist);
  const chromium = flag('--size-only') ? null : await measureSpeed(dist);
  const meta = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    runs: { quick: RUNS, slow: SLOW_RUNS },
    viewerZone: VIEWER_ZONE,
    viewport: VIEWPORT,
    seconds: round((performance.now() - started) / 1000),
  };
  process.exitCode = report(budgets, meta) ? 1 : 0;
} catch (error) {
  console.error(`bench: ${error.stack ?? error}`);
  process.exitCode = 2;
} finally {
  if (dist) rmSync(dist, { recursive: true, force: true });
}

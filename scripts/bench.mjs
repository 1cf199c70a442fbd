// npm run bench: what the library costs a page, next to the field, held to budgets.
//
// Every figure that depends on the machine is a ratio to a peer measured in the same
// run, interleaved with ours (ours, peer, peer, ours, …) and the median of each kept,
// so a slower or busier machine moves both sides and a regression moves only ours:
// - the floor (bench/floor-element.js): a trivial Lit element formatting one luxon time
//   and a `d hh:mm:ss` countdown, bundled with lit, @lit/context and luxon: the least an
//   element on our stack can cost;
// - @github/relative-time-element (duration format, to the second): a countdown;
// - add-to-calendar-button (six calendars): what a partner would otherwise put on a card.
// Peers come from npm (dev dependencies) and are bundled here by esbuild, minified as
// ours is. Sizes are exact and kept absolute: gzip -9 and brotli of the bundle partners
// load, and of each import a bundler user makes.
//
// Speed: headless Chromium on a loopback server (gzip, as any host serves scripts), each
// measure in a fresh browser context; main-thread CPU (CDP ThreadTime) is the steadier
// figure on a busy machine. The cheap phone is the reference card loaded cold with the
// CPU slowed 4× and the network of slow 4G, next to the floor element on the same page.
// Timers are counted by wrapping setTimeout/setInterval before any script of the page.
//
// Prints a table (metric, ours, against what, budget, ok/FAIL), writes bench/results.json,
// and exits 1 when a budget is exceeded (2 when the benchmark itself failed). Budgets live
// in bench/budgets.json. Flags: --no-build (measure dist as it is), --size-only (what CI
// runs: sizes are exact), --runs=N (repetitions of the quick timings; default 5),
// --dist=DIR (measure that build, as it is), --only=SECTIONS (phone, card, countdowns, listing,
// series, ticking, hidden), --shots=DIR (a screenshot of what each target draws), --profile=DIR (CPU profiles and
// traces of the 1,000-countdown and 100-card renders, ours and the peer's, summarised:
// where the time goes, by browser phase, by module and by function, through the source map).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { SourceMap } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, extname, join, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { markupFor, pageHtml, seriesFeed } from '../bench/markup.js';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
/** --dist=DIR measures another build (say, main's, built in a copy) in the same way. */
const DIST = resolve(process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? join(ROOT, 'dist'));
const BUNDLE = join(DIST, 'dialogue-widgets.js');
const BUDGETS = join(ROOT, 'bench/budgets.json');
const RESULTS = join(ROOT, 'bench/results.json');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const RUNS = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
/** The slowest measures (the 5-second ticking windows) repeat fewer times to keep a run within minutes. */
const SLOW_RUNS = Math.max(1, Math.min(RUNS, 3));
/** The viewer's zone for every page: differs from the event's, so both times are formatted. */
const VIEWER_ZONE = 'America/New_York';
const VIEWPORT = { width: 1280, height: 800 };
const TICK_WINDOW_MS = 5_000;
/** --profile=DIR: a CPU profile and a trace of the big renders (ours and its peer), summarised, instead of the measures. */
const PROFILE = argv.find((a) => a.startsWith('--profile='))?.slice(10) ?? null;
/** --only=a,b measures only those sections (phone, card, countdowns, listing, series, ticking, hidden): for quick comparisons. */
const ONLY =
  argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? null;
const section = (name) => !ONLY || ONLY.includes(name);
/** --shots=DIR saves a screenshot of each target's page there. */
const SHOTS = argv.find((a) => a.startsWith('--shots='))?.slice(8) ?? null;
/** The cheap phone: CPU 4× slower, and DevTools' "Slow 4G" (562.5 ms round trip, 1.4 Mbit/s down). */
const PHONE = { cpu: 4, network: PredefinedNetworkConditions['Slow 4G'] };

/** The peers, what each stands for, and the file esbuild bundles for it. */
const PEERS = {
  floor: { label: 'floor', entry: 'bench/floor-element.js', file: 'floor.js' },
  rte: { label: 'relative-time-element', entry: '@github/relative-time-element', file: 'relative-time-element.js' },
  atcb: { label: 'add-to-calendar-button', entry: 'add-to-calendar-button', file: 'add-to-calendar-button.js' },
};
const LABELS = { ours: 'ours', ...Object.fromEntries(Object.entries(PEERS).map(([key, peer]) => [key, peer.label])) };

/** name → { value, unit, samples?, note?, ours?, peer?, against? }, in the order measured. */
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

/**
 * Records ours as a ratio to a peer, both figures beside it: the budget holds the ratio,
 * which a slower machine leaves alone and a regression of ours moves.
 */
function recordRatio(name, oursSamples, peerSamples, against, unit, note, places = 1) {
  const [ours, peer] = [median(oursSamples), median(peerSamples)];
  const samples = {
    ours: oursSamples.map((s) => round(s, places)),
    [against]: peerSamples.map((s) => round(s, places)),
  };
  record(name, round(ours / peer, 2), '×', {
    ours: round(ours, places),
    peer: round(peer, places),
    against,
    figureUnit: unit,
    samples,
    note,
  });
}

// ---------------------------------------------------------------- build

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds when dist is missing or older than the sources (a benchmark of stale code says nothing). */
function ensureBuilt() {
  const needed = [BUNDLE, join(DIST, 'lib/countdown/define.js')];
  const inputs = ['src', 'rollup.config.mjs', 'package.json'].map((p) => join(ROOT, p));
  const missing = needed.some((path) => !existsSync(path));
  const stale = !missing && Math.max(...inputs.map(newestMtime)) > Math.min(...needed.map((p) => statSync(p).mtimeMs));
  if (!missing && !stale) return;
  if (flag('--no-build') || DIST !== join(ROOT, 'dist')) {
    if (missing) throw new Error('dist is missing; run npm run build (or drop --no-build)');
    log('dist is older than src; measuring it anyway (--no-build)');
    return;
  }
  log(`dist is ${missing ? 'missing' : 'older than src'}: building (npm run build)…`);
  // scripts/build.mjs calls rollup, tsc and cem by name, as npm run would find them.
  const PATH = [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH },
  });
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
      if (existsSync(`${BUNDLE}.map`)) cpSync(`${BUNDLE}.map`, join(copy, 'dialogue-widgets.js.map'));
      cpSync(join(DIST, 'lib'), join(copy, 'lib'), { recursive: true, filter: (path) => !path.endsWith('.d.ts') });
      if (wanted.every((file) => existsSync(join(copy, file))) && statSync(BUNDLE).mtimeMs === before) return copy;
    } catch {
      // dist changed while it was copied: try again
    }
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 10)
      throw new Error('dist kept changing (or is incomplete) while being copied; is a build running?');
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
    series: 'series/define.js',
    index: 'index.js',
  };
  for (const [name, entry] of Object.entries(imports)) {
    const cost = await importCost(dist, entry);
    const specifier = name === 'index' ? 'dialogue-widgets' : `dialogue-widgets/${name}`;
    record(`size.import.${name}.gzip`, kb(cost.gzip), 'KB', {
      note: `import '${specifier}', esbuild-bundled, gzip -9`,
    });
    record(`size.import.${name}.brotli`, kb(cost.brotli), 'KB', { note: 'brotli 11' });
  }
}

/** The peers' bundles, for scale: the floor's is the least our stack can weigh. */
function measurePeerSize(dist, peers) {
  const kb = (bytes) => round(bytes / 1024, 2);
  const ours = compressed(readFileSync(join(dist, 'dialogue-widgets.js'), 'utf8')).gzip;
  for (const [key, peer] of Object.entries(PEERS)) {
    const size = compressed(readFileSync(join(peers.dir, peer.file), 'utf8')).gzip;
    record(`size.peer.${key}.gzip`, kb(size), 'KB', {
      note: `${peer.label}, esbuild-bundled and minified, gzip -9 (info)`,
    });
    if (key === 'floor')
      recordRatio(
        'size.bundle.gzipVsFloor',
        [ours / 1024],
        [size / 1024],
        'floor',
        'KB',
        'our bundle next to the floor (info: the budget is the absolute size)',
        2,
      );
  }
}

// ---------------------------------------------------------------- peers

/** Bundles each peer (and the harness) as our bundle is built: one minified ES module, dependencies in. */
async function buildPeers() {
  const dir = mkdtempSync(join(tmpdir(), 'dialogue-bench-peers-'));
  for (const peer of Object.values(PEERS)) {
    const entry = peer.entry.startsWith('bench/')
      ? { entryPoints: [join(ROOT, peer.entry)] }
      : { stdin: { contents: `import '${peer.entry}';`, resolveDir: ROOT, loader: 'js' } };
    await esbuild({
      ...entry,
      outfile: join(dir, peer.file),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      platform: 'browser',
      conditions: ['production'],
      legalComments: 'none',
      logLevel: 'silent',
    });
  }
  const harness = await esbuild({
    entryPoints: [join(ROOT, 'bench/harness.js')],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  return { dir, harness: harness.outputFiles[0].text };
}

// ---------------------------------------------------------------- server

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Loopback only; serves our bundle (from the copy of dist), the peers' bundles, and a
 * page per target made from bench/markup.js with the harness inline. Gzipped, as any
 * host serves scripts: on the emulated slow network the bytes that travel are gzip's.
 */
function startServer(dist, peers) {
  const gzipped = new Map();
  const send = (request, response, type, body) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return response.writeHead(200, headers).end(body);
    if (!gzipped.has(body)) gzipped.set(body, gzipSync(body, { level: 9 }));
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(body));
  };
  const files = new Map();
  const read = (path) => {
    if (!files.has(path)) files.set(path, readFileSync(path, 'utf8'));
    return files.get(path);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const target = url.searchParams.get('target') ?? 'ours';
    const html = (body) => send(request, response, TYPES['.html'], body);
    if (url.pathname === '/bench/page.html') return html(pageHtml(target, peers.harness));
    // Markup in the HTML, so the time from navigation counts everything: network, parse, run, render.
    if (url.pathname === '/bench/cold.html')
      return html(pageHtml(target, peers.harness, markupFor(target, 'card', 1, Date.now())));
    // A series' feed (bench/markup.js), as the WordPress plugin publishes one.
    if (url.pathname === '/bench/series.jsonld') {
      const count = Number(url.searchParams.get('count') ?? 50);
      return send(request, response, 'application/ld+json', JSON.stringify(seriesFeed(count, Date.now())));
    }
    const base = url.pathname.startsWith('/dist/') ? dist : url.pathname.startsWith('/peers/') ? peers.dir : null;
    const path = base && normalize(join(base, decodeURIComponent(url.pathname.replace(/^\/(dist|peers)/, ''))));
    if (!path || !path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) {
      return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    send(request, response, TYPES[extname(path)] ?? 'application/octet-stream', read(path));
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
    const run =
      typeof handler === 'function'
        ? function (...a) {
            pending.delete(id);
            return handler.apply(this, a);
          }
        : handler;
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
  } catch {
    // a browser without long-task timing: no long tasks are counted
  }
  window.__benchTimers = {
    real,
    longTasks,
    reset() {
      counts.setTimeout = 0;
      counts.setInterval = 0;
    },
    read() {
      return {
        setTimeout: counts.setTimeout,
        setInterval: counts.setInterval,
        calls: counts.setTimeout + counts.setInterval,
        pending: pending.size,
      };
    },
  };
}

// ---------------------------------------------------------------- speed

/**
 * Measures `once(target)` `runs` times for each target, interleaved (ours, floor, rte,
 * then floor, rte, ours, …): load on a shared machine comes and goes, and should fall
 * on every target alike. Returns target → samples.
 */
async function interleave(runs, targets, once) {
  const samples = Object.fromEntries(targets.map((t) => [t, []]));
  for (let run = 0; run < runs; run += 1) {
    const order = targets.map((_, i) => targets[(i + run) % targets.length]);
    for (const target of order) samples[target].push(await once(target));
  }
  return samples;
}

async function measureSpeed(dist, peers) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('no Chromium found (apt-get install -y chromium, or set CHROME_PATH)');
  const { server, origin } = await startServer(dist, peers);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const chromium = await browser.version();
  let failure = null;

  /**
   * A fresh context (no caches, no compiled code kept) and page per measurement.
   * `hide` opens a second tab in front of it, so its document is really hidden.
   */
  async function withPage({ target = 'ours', cpu = 1, network = null, path = '/bench/page.html' }, measure) {
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
      if (network) await page.emulateNetworkConditions(network);
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${origin}${path}?target=${target}`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => window.bench, { timeout: 60_000 });
      const hide = async () => {
        const other = await context.newPage();
        await other.bringToFront();
        if ((await page.evaluate(() => document.visibilityState)) !== 'hidden')
          throw new Error('the page did not go hidden behind another tab');
      };
      const result = await measure(page, cdp, hide);
      if (errors.length) throw new Error(`errors in the ${LABELS[target]} page: ${errors.join(' | ')}`);
      return result;
    } finally {
      await context.close();
    }
  }

  /** Chromium's counters for the page, durations in ms: ThreadTime is main-thread CPU time. */
  const metrics = async (cdp) =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [
        m.name,
        /Duration|Time$/.test(m.name) ? m.value * 1000 : m.value,
      ]),
    );
  const usedHeap = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** Lets the IntersectionObserver report and the ticker settle before anything is counted. */
  const quiet = (page, ms = 1_000) =>
    page.evaluate((wait) => new Promise((done) => window.__benchTimers.real.setTimeout(done, wait)), ms);
  /**
   * Renders and returns the wall-clock time (what a visitor waits) and the main
   * thread's CPU time (what the work costs, steadier when the machine is busy).
   */
  const render = async (page, cdp, kind, count) => {
    // Garbage from loading the page is collected first, not during the render it would slow at random.
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await metrics(cdp);
    const result = await page.evaluate((k, n) => window.bench.render(k, n), kind, count);
    const after = await metrics(cdp);
    return { ...result, cpu: after.ThreadTime - before.ThreadTime };
  };
  const medianOf = (samples, pick) => median(samples.map(pick));
  const all = (samples, pick) => samples.map(pick);
  const samplesOf = (samples, pick, places = 1) => samples.map((s) => round(pick(s), places));

  /** 1,000 countdowns of `mode`, then `TICK_WINDOW_MS` of real time: timers set and CPU per second. */
  const tickWindow = (target, mode, { hidden = false } = {}) =>
    withPage({ target }, async (page, cdp, hide) => {
      await render(page, cdp, mode, 1000);
      await quiet(page);
      if (hidden) {
        await hide();
        await quiet(page);
      }
      await page.evaluate(() => window.__benchTimers.reset());
      const start = await metrics(cdp);
      const t0 = performance.now();
      await sleep(TICK_WINDOW_MS);
      const end = await metrics(cdp);
      const timers = await page.evaluate(() => window.__benchTimers.read());
      const seconds = (performance.now() - t0) / 1000;
      const perSecond = (name) => (end[name] - start[name]) / seconds;
      return {
        timers,
        cpu: perSecond('ThreadTime'),
        script: perSecond('ScriptDuration'),
        layout: perSecond('LayoutDuration'),
        layouts: perSecond('LayoutCount'),
      };
    });

  try {
    // One throw-away load of each so the first sample does not pay for starting the renderer;
    // with --shots=DIR, a screenshot of what each target draws, to look at.
    const shown = { ours: ['card', 1], floor: ['card', 1], rte: ['seconds', 3], atcb: ['listing', 2] };
    for (const target of ['ours', ...Object.keys(PEERS)]) {
      await withPage({ target }, async (page, cdp) => {
        if (!SHOTS) return;
        await render(page, cdp, ...shown[target]);
        await page.screenshot({ path: join(SHOTS, `${target}.png`) });
      });
    }

    if (PROFILE) {
      mkdirSync(PROFILE, { recursive: true });
      // --profile: where the time of the big renders goes (of the sections --only names), instead of the measures.
      const renders = [
        ['countdowns', 'ours', 'days', 1000],
        ['countdowns', 'floor', 'days', 1000],
        ['listing', 'ours', 'listing', 100],
        ['listing', 'atcb', 'listing', 100],
        ['series', 'ours', 'series', 50],
        ['series', 'ours', 'listing', 10],
      ];
      for (const [, target, kind, count] of renders.filter(([name]) => section(name))) {
        await withPage({ target }, async (page, cdp) => {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await page.tracing.start({
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8',
              'v8.execute',
              'blink.user_timing',
            ],
          });
          await cdp.send('Profiler.start');
          const result = await render(page, cdp, kind, count);
          const { profile } = await cdp.send('Profiler.stop');
          const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
          const name = `${target}-${kind}${count}`;
          writeFileSync(join(PROFILE, `${name}.cpuprofile`), JSON.stringify(profile));
          writeFileSync(join(PROFILE, `${name}.trace.json`), JSON.stringify(trace));
          console.log(
            `\n== ${LABELS[target]}: ${count} × ${kind}, ${round(result.cpu)} ms CPU, ${round(result.ms)} ms wall (profiled, so slower)`,
          );
          printProfile(profile, trace, dist);
        });
      }
      return chromium;
    }

    // 1. The reference card loaded cold (in the HTML: fetched, run, rendered), next to the floor element on the same page.
    const cold = (options) => (target) =>
      withPage({ target, path: '/bench/cold.html', ...options }, (page) => page.evaluate(() => window.bench.cold));
    if (section('phone')) {
      const phone = await interleave(RUNS, ['ours', 'floor'], cold(PHONE));
      recordRatio(
        'phone.cardOnScreen',
        all(phone.ours, (c) => c.shown),
        all(phone.floor, (c) => c.shown),
        'floor',
        'ms',
        'cheap phone (CPU 4× slower, slow 4G): navigation → reference card rendered and its frame produced, vs the floor element on the same page',
      );
    }
    if (section('card')) {
      const desk = await interleave(RUNS, ['ours', 'floor'], cold({}));
      recordRatio(
        'card.load',
        all(desk.ours, (c) => c.rendered),
        all(desk.floor, (c) => c.rendered),
        'floor',
        'ms',
        'navigation → reference card rendered and laid out over loopback, vs the floor element (info)',
      );
    }

    // 2. 1,000 countdowns: CPU, heap and DOM nodes, next to 1,000 floor elements and 1,000 relative-time elements.
    const cpu = (r) => r.cpu;
    if (section('countdowns')) {
      const thousand = await interleave(RUNS, ['ours', 'floor', 'rte'], (target) =>
        withPage({ target }, async (page, cdp) => {
          await page.evaluate(() => window.__benchTimers.reset());
          const empty = await usedHeap(cdp);
          const result = await render(page, cdp, 'days', 1000);
          await quiet(page);
          const heap = await usedHeap(cdp);
          const seen = await page.evaluate(
            (from) => ({
              tasks: window.__benchTimers.longTasks.filter((t) => t.start + t.duration >= from),
              timers: window.__benchTimers.read(),
              onScreen: window.bench.onScreenCount(),
              nodes: window.bench.nodesPerCountdown(),
            }),
            result.t0,
          );
          return { ...result, ...seen, heap, empty };
        }),
      );
      recordRatio(
        'countdowns1000.renderCpu',
        all(thousand.ours, cpu),
        all(thousand.floor, cpu),
        'floor',
        'ms',
        'main-thread CPU: 1,000 <dialogue-countdown> (days away) inserted → rendered and laid out, vs 1,000 floor elements',
      );
      recordRatio(
        'countdowns1000.renderCpuVsRte',
        all(thousand.ours, cpu),
        all(thousand.rte, cpu),
        'relative-time-element',
        'ms',
        'the same vs 1,000 <relative-time format=duration> (info: text only, no event time)',
      );
      recordRatio(
        'countdowns1000.render',
        all(thousand.ours, (r) => r.ms),
        all(thousand.floor, (r) => r.ms),
        'floor',
        'ms',
        'wall-clock time of that render (info)',
      );
      const mb = (r) => r.heap / 2 ** 20;
      recordRatio(
        'countdowns1000.heap',
        all(thousand.ours, mb),
        all(thousand.floor, mb),
        'floor',
        'MB',
        'JS heap used with 1,000 countdowns on the page, after GC (bundle included)',
        2,
      );
      recordRatio(
        'countdowns1000.heapBefore',
        all(thousand.ours, (r) => r.empty / 2 ** 20),
        all(thousand.floor, (r) => r.empty / 2 ** 20),
        'floor',
        'MB',
        'of which the page before any countdown: the bundle loaded and run (info)',
        2,
      );
      record('countdowns1000.nodesEach', round(medianOf(thousand.ours, (r) => r.nodes)), 'nodes', {
        peer: round(medianOf(thousand.floor, (r) => r.nodes)),
        against: 'floor',
        samples: Object.fromEntries(
          Object.entries(thousand).map(([target, runs]) => [target, round(medianOf(runs, (r) => r.nodes))]),
        ),
        note: "DOM nodes per countdown: the element and every node of its shadow tree (text and Lit's comment markers too)",
      });
      record(
        'countdowns1000.longestTask',
        round(medianOf(thousand.ours, (r) => Math.max(0, ...r.tasks.map((t) => t.duration)))),
        'ms',
        {
          samples: samplesOf(thousand.ours, (r) => Math.max(0, ...r.tasks.map((t) => t.duration))),
          note: 'longest task, insertion to 1 s after (info)',
        },
      );
      record(
        'countdowns1000.longTasks',
        medianOf(thousand.ours, (r) => r.tasks.length),
        'tasks',
        {
          note: 'long tasks (> 50 ms), insertion to 1 s after: the render and at most the first IntersectionObserver report',
        },
      );
      record(
        'countdowns1000.timersWhileRendering',
        medianOf(thousand.ours, (r) => r.timers.calls),
        'calls',
        { note: 'setTimeout/setInterval calls, insertion to 1 s after' },
      );
      record('countdowns1000.onScreen', thousand.ours[0].onScreen, 'elements', {
        note: `countdowns inside the ${VIEWPORT.width}×${VIEWPORT.height} viewport; the rest are off screen`,
      });
    }

    // 3. A listing page: 100 full cards, next to 100 add-to-calendar-buttons.
    if (section('listing')) {
      const listing = await interleave(RUNS, ['ours', 'atcb'], (target) =>
        withPage({ target }, (page, cdp) => render(page, cdp, 'listing', 100)),
      );
      recordRatio(
        'listing100.renderCpu',
        all(listing.ours, cpu),
        all(listing.atcb, cpu),
        'add-to-calendar-button',
        'ms',
        'main-thread CPU: 100 reference cards (countdown, 3 panelists, register) rendered, vs 100 add-to-calendar-buttons (six calendars)',
      );
      recordRatio(
        'listing100.render',
        all(listing.ours, (r) => r.ms),
        all(listing.atcb, (r) => r.ms),
        'add-to-calendar-button',
        'ms',
        'wall-clock time of that render (info)',
      );
    }

    // 3b. A series of 50 events (from a feed: one card, 49 rows) against 10 of our cards (issue 11).
    if (section('series')) {
      const series = await interleave(RUNS, ['series', 'cards'], (kind) =>
        withPage({}, (page, cdp) =>
          kind === 'series' ? render(page, cdp, 'series', 50) : render(page, cdp, 'listing', 10),
        ),
      );
      recordRatio(
        'series50.renderCpu',
        all(series.series, cpu),
        all(series.cards, cpu),
        'ten of our cards',
        'ms',
        'main-thread CPU: <dialogue-series> of 50 events (feed fetched and read, 1 card, 49 rows) rendered, vs 10 reference cards',
      );
    }

    // 4. Ticking: 1,000 countdowns showing seconds, over 5 s of real time.
    if (section('ticking')) {
      const ticking = await interleave(SLOW_RUNS, ['ours', 'floor', 'rte'], (target) => tickWindow(target, 'seconds'));
      recordRatio(
        'ticking.cpu',
        all(ticking.ours, cpu),
        all(ticking.floor, cpu),
        'floor',
        'ms/s',
        'main-thread CPU per second, 1,000 countdowns showing seconds (most off screen), vs 1,000 floor elements',
      );
      recordRatio(
        'ticking.cpuVsRte',
        all(ticking.ours, cpu),
        all(ticking.rte, cpu),
        'relative-time-element',
        'ms/s',
        'the same vs 1,000 <relative-time> counting seconds',
      );
      record('ticking.script', round(medianOf(ticking.ours, (t) => t.script)), 'ms/s', {
        note: 'of ours, script (CDP ScriptDuration; info)',
      });
      record('ticking.layout', round(medianOf(ticking.ours, (t) => t.layout)), 'ms/s', {
        note: `of ours, layout (CDP LayoutDuration, ${round(medianOf(ticking.ours, (t) => t.layouts))} layouts a second; info)`,
      });
      const days = await tickWindow('ours', 'days');
      const one = await tickWindow('ours', 'one-seconds');
      record('timers.daysAway', days.timers.calls, 'per 5 s', {
        note: '1,000 countdowns, all days away: setTimeout/setInterval calls in 5 s of real time',
      });
      record('timers.oneShowsSeconds', one.timers.calls, 'per 5 s', {
        note: 'the same, with one of them (on screen) showing seconds',
      });
      record('timers.allShowSeconds', Math.max(...ticking.ours.map((t) => t.timers.calls)), 'per 5 s', {
        note: 'the same, with all 1,000 showing seconds (most off screen); the most of any window',
      });
      record(
        'timers.pending',
        Math.max(days.timers.pending, one.timers.pending, ...ticking.ours.map((t) => t.timers.pending)),
        'timers',
        { note: 'timers pending at the end of any of those windows' },
      );
      record('ticking.cpuDaysAway', round(days.cpu), 'ms/s', {
        note: 'main-thread CPU per second, all 1,000 days away (info)',
      });
    }

    // 5. A hidden page (another tab in front) costs nothing: no timer, next to no CPU.
    if (section('hidden')) {
      const hidden = await interleave(SLOW_RUNS, ['ours', 'floor'], (target) =>
        tickWindow(target, 'seconds', { hidden: true }),
      );
      recordRatio(
        'hidden.cpu',
        all(hidden.ours, cpu),
        all(hidden.floor, cpu),
        'floor',
        'ms/s',
        "main-thread CPU per second of a hidden page with 1,000 countdowns showing seconds, vs the floor's",
        2,
      );
      record('hidden.timers', Math.max(...hidden.ours.map((t) => t.timers.calls)), 'per 5 s', {
        note: 'setTimeout/setInterval calls in 5 s while the page is hidden',
      });
    }
  } catch (error) {
    failure = error;
  } finally {
    await browser.close();
    server.close();
  }
  if (failure) throw failure;
  return chromium;
}

// ---------------------------------------------------------------- profile

/**
 * Self time of the main thread's trace events by name (script, style, layout, parsing, GC…),
 * in thread time (tdur): on a busy machine wall time counts the waits for a core too.
 */
function tracePhases(trace) {
  const events = trace.traceEvents ?? trace;
  // The renderer's main thread that worked the most: the page's (the trace also holds other tabs').
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const spans = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.tdur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    if (stack.length) self.set(stack.at(-1).name, (self.get(stack.at(-1).name) ?? 0) - event.tdur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.tdur);
    stack.push(event);
  }
  return [...self].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}

/** Names a minified position through the bundle's source map: `src/time/local-time.ts:42`, or the package. */
function originalPlace(maps, url, line, column) {
  const file = url.split('/').pop();
  const map = maps.get(file);
  const entry = map?.findEntry(line, column);
  if (!entry?.originalSource) return null;
  const source = entry.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/');
  return { source, place: `${source}:${entry.originalLine + 1}`, name: entry.name };
}

function printProfile(profile, trace, dist) {
  const maps = new Map();
  for (const file of ['dialogue-widgets.js']) {
    const path = join(dist, `${file}.map`);
    if (existsSync(path)) maps.set(file, new SourceMap(JSON.parse(readFileSync(path, 'utf8'))));
  }
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const original = url ? originalPlace(maps, url, lineNumber, columnNumber) : null;
    const name = functionName || '(anonymous)';
    if (original)
      return {
        fn: `${name} ${original.place}`,
        module: original.source.startsWith('node_modules/')
          ? original.source
              .split('/')
              .slice(0, original.source.includes('/@') ? 3 : 2)
              .join('/')
          : original.source,
      };
    return {
      fn: url ? `${name} ${url.split('/').pop()}:${lineNumber + 1}` : name,
      module: url ? url.split('/').pop() : name.startsWith('(') ? name : '(native)',
    };
  };
  const labels = new Map(profile.nodes.map((n) => [n.id, label(n)]));
  const self = new Map();
  const total = new Map();
  const modules = new Map();
  for (const [id, us] of selfUs) {
    const { fn, module } = labels.get(id);
    self.set(fn, (self.get(fn) ?? 0) + us);
    modules.set(module, (modules.get(module) ?? 0) + us);
    // Inclusive time: each function on the sample's stack once.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = labels.get(at).fn;
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + us);
    }
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  const ms = (us) => `${round(us / 1000)} ms`.padStart(10);
  const phases = tracePhases(trace);
  const kinds = [
    ['GC', /GC|Scavenge|MarkCompact/],
    ['style', /UpdateLayoutTree|RecalculateStyles|StyleSheet|Style/],
    ['layout', /^Layout|InvalidateLayout/],
    ['paint', /Paint|Layerize|Composit|Raster/],
    ['parse HTML', /ParseHTML/],
    ['script', /^v8|^V8|FunctionCall|Microtask|EvaluateScript|TimerFire|EventDispatch|Compile/],
  ];
  const grouped = new Map();
  for (const [name, t] of phases) {
    const kind = kinds.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other (task overhead)';
    grouped.set(kind, (grouped.get(kind) ?? 0) + t);
  }
  console.log(
    `main thread by kind (thread time): ${[...grouped]
      .sort((a, b) => b[1] - a[1])
      .map(([k, t]) => `${k} ${round(t)} ms`)
      .join(', ')}`,
  );
  console.log('main thread by trace event (self, thread time):');
  for (const [name, t] of phases.slice(0, 12)) console.log(`${`${round(t)} ms`.padStart(10)}  ${name}`);
  console.log(
    'CPU profile by module (self, sampled wall time: on a busy machine a wait for a core lands on whatever ran):',
  );
  for (const [name, us] of top(modules, 12)) console.log(`${ms(us)}  ${name}`);
  console.log('CPU profile by function (self time):');
  for (const [name, us] of top(self, 15)) console.log(`${ms(us)}  ${name}`);
  console.log('CPU profile by function (with what it calls):');
  for (const [name, us] of top(total, 25)) console.log(`${ms(us)}  ${name}`);
}

// ---------------------------------------------------------------- report

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench', 'scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
    return dirty ? `${head}+uncommitted changes` : head;
  } catch {
    return null;
  }
}

/** What a figure is measured against: `1070 ms vs 700 ms floor`, or `37 nodes (floor 20)`. */
function against(result) {
  if (result.peer == null) return '';
  if (result.unit === '×')
    return `${result.ours} ${result.figureUnit} vs ${result.peer} ${result.figureUnit} ${result.against}`;
  return `${result.against} ${result.peer} ${result.unit}`;
}

function report(budgets, meta) {
  const rows = [];
  let failed = 0;
  for (const [name, result] of results) {
    const budget = budgets[name];
    const ok = budget ? result.value <= budget.max : null;
    if (ok === false) failed += 1;
    Object.assign(result, { budget: budget?.max ?? null, ok });
    const value = result.unit === '×' ? `${result.value.toFixed(2)}×` : `${result.value} ${result.unit}`;
    rows.push([
      name,
      value,
      against(result),
      budget ? `≤ ${budget.max}` : '—',
      ok === null ? 'info' : ok ? 'ok' : 'FAIL',
    ]);
  }
  const unmeasured = Object.keys(budgets).filter((name) => !results.has(name));
  const header = ['metric', 'ours', 'against', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  if (unmeasured.length && !flag('--size-only')) console.log(`\nbudgeted but not measured: ${unmeasured.join(', ')}`);
  console.log(
    `\n${failed ? `${failed} budget(s) exceeded` : 'every budget met'}; ratios are ours ÷ the peer's, measured interleaved in this run; ` +
      `medians of ${RUNS} runs (${SLOW_RUNS} for the slow ones); load average ${meta.load.join(' ')} at the start; ${meta.chromium ?? 'no browser'}; results in bench/results.json`,
  );
  writeFileSync(RESULTS, `${JSON.stringify({ ...meta, failed, metrics: Object.fromEntries(results) }, null, 2)}\n`);
  return failed;
}

const started = performance.now();
const load = loadavg().map((l) => round(l, 2));
let dist = null;
let peers = null;
try {
  const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8')).metrics;
  ensureBuilt();
  dist = await snapshotDist();
  peers = await buildPeers();
  await measureSize(dist);
  measurePeerSize(dist, peers);
  const chromium = flag('--size-only') ? null : await measureSpeed(dist, peers);
  if (PROFILE) process.exit(0);
  const meta = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    load,
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
  if (peers) rmSync(peers.dir, { recursive: true, force: true });
}

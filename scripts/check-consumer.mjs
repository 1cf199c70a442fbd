// The package as npm users and CDNs get it (issue 6, "npm consumers"):
//   1. `npm pack`: the tarball holds only what users need, and everything package.json points at
//   2. a throwaway project installs the tarball (its dependencies resolved by npm from the tarball's
//      package.json), type-checks code that uses the elements' types, and builds with Vite
//   3. the built project and the bundle served the way a CDN serves it, opened in headless Chromium
//
//   node scripts/check-consumer.mjs [--build] [--keep]
//
// Packs the build that is there (CI has just built; `--build` lets npm's prepack rebuild first).
// TypeScript and Vite come from this repository's node_modules, so only the package's own
// dependencies are installed (from npm's cache when it has them). Without a registry, lit, @lit/context
// and luxon are linked from this repository instead, and the output says so. `--keep` leaves the
// temporary project in place. Prints one line per check and "consumer: N passed, M failed" last;
// exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createChecklist } from './checklist.mjs';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const rebuild = process.argv.includes('--build');
const keep = process.argv.includes('--keep');
const NAME = 'How to use partnerships to strengthen the Impact of Civic Tech';
const EVENT_TIME = '2023-07-06T16:00:00+02:00';

const { check, note, finish } = createChecklist('consumer');

/** Runs a command; resolves with its status and output instead of throwing. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
    error: result.error,
  };
}

const work = mkdtempSync(join(tmpdir(), 'dialogue-widgets-consumer-'));

// ---------------------------------------------------------------------------------------------
// 1. The tarball

/** What a user of the package may need: the bundle, the modules with declarations, the manifest, maps. */
const WANTED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/dialogue-widgets\.js(\.map)?$/,
  /^dist\/lib\/.+\.(js|js\.map|d\.ts)$/,
];

function packTarball() {
  if (!rebuild && !existsSync(join(root, 'dist/dialogue-widgets.js'))) {
    console.log('run: dist/ is missing, building first (npm run build)');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const args = ['pack', '--json', '--pack-destination', work, ...(rebuild ? [] : ['--ignore-scripts'])];
  const packed = run('npm', args, { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const json = packed.stdout.slice(packed.stdout.indexOf('['));
  const [info] = JSON.parse(json);
  return { tarball: join(work, info.filename), files: info.files.map((file) => file.path), size: info.size };
}

function checkTarball({ files, size }) {
  console.log(`# npm pack: ${files.length} files, ${(size / 1024).toFixed(0)} KB`);
  const unwanted = files.filter((file) => !WANTED.some((pattern) => pattern.test(file)));
  check(
    'the tarball holds only what users need (no src/, test/, demo/, wordpress/, stories/, …)',
    unwanted.length === 0,
    unwanted,
  );
  for (const required of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/dialogue-widgets.js']) {
    check(`the tarball has ${required}`, files.includes(required));
  }
  check(
    'the tarball has the per-module build with declarations (dist/lib/**)',
    files.includes('dist/lib/index.js') && files.includes('dist/lib/index.d.ts'),
  );

  // Every address package.json gives must be in the tarball.
  const targets = [];
  const collect = (value, where) => {
    if (typeof value === 'string') targets.push({ where, path: value.replace(/^\.\//, '') });
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) collect(inner, `${where}.${key}`);
  };
  collect(pkg.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'customElements']) if (pkg[field]) collect(pkg[field], field);
  const missing = targets.filter(({ path }) => !files.includes(path));
  check(
    `every target in package.json (exports, main, module, types, customElements: ${targets.length}) is in the tarball`,
    missing.length === 0,
    missing,
  );
  // Each per-element entry the README promises has a module and its declarations.
  for (const entry of ['.', './classes', './event', './countdown', './panelists', './register', './series']) {
    const target = pkg.exports?.[entry];
    check(`exports["${entry}"] has types and a module`, Boolean(target?.types && target?.default), target);
  }
  check(
    'CDN layout: exports["./bundle"] is dist/dialogue-widgets.js with the root entry\'s types, and both are in the tarball',
    pkg.exports?.['./bundle']?.default === './dist/dialogue-widgets.js' &&
      files.includes('dist/dialogue-widgets.js') &&
      files.includes(pkg.exports['./bundle'].types?.replace(/^\.\//, '')),
    pkg.exports?.['./bundle'],
  );
}

// ---------------------------------------------------------------------------------------------
// 2. A project that installs the tarball

const CONSUMER_TS = `// Code an npm user writes: the side-effect entries, and the types through the DOM's own maps.
import 'dialogue-widgets';
import 'dialogue-widgets/countdown';
import { DialogueCountdown } from 'dialogue-widgets/countdown';
import { DialogueEvent, DialogueStateChangeEvent, FixedClock, VERSION, setClock } from 'dialogue-widgets';
import type { DialogueEventData, PhaseState, Problem } from 'dialogue-widgets';
// The bundle has its types too (README: setClock comes from there); type-only, so the page loads one copy.
import type { FixedClock as BundleFixedClock, setClock as bundleSetClock } from 'dialogue-widgets/bundle';
export const bundleClock: Parameters<typeof bundleSetClock>[0] = null;
export type BundleClock = BundleFixedClock;

// HTMLElementTagNameMap: querySelector('dialogue-event') is a DialogueEvent, not a mere Element.
const card: DialogueEvent | null = document.querySelector('dialogue-event');
const countdown: DialogueCountdown | null = document.querySelector('dialogue-countdown');
const made: DialogueEvent = document.createElement('dialogue-event');

export function report(): string[] {
  const problems: readonly Problem[] = card?.problems ?? [];
  // @ts-expect-error problems is read-only (and this line proves the types are not \`any\`)
  card?.problems.push({ field: 'x', value: 'y', message: 'z' });
  // @ts-expect-error no such property on DialogueEvent
  card?.noSuchProperty;
  const event: DialogueEventData | undefined = card?.event;
  return [...problems.map((p) => \`\${p.field}: \${p.value} \${p.message}\`), event?.name ?? '', made.localName];
}

// HTMLElementEventMap: the listener's event is the typed DialogueStateChangeEvent.
const states: PhaseState[] = [];
countdown?.addEventListener('dialogue-state-change', (event) => {
  const typed: DialogueStateChangeEvent = event;
  const state: PhaseState = event.detail.state;
  // null for the first state the countdown finds.
  const previous: PhaseState | null = event.detail.previous;
  // Never called (the frozen detail would throw): it only has to fail to type-check.
  const mutate = () => {
    // @ts-expect-error detail is read-only
    event.detail.state = 'live';
  };
  void mutate;
  states.push(state, previous ?? state, typed.detail.state);
});

if (new URLSearchParams(location.search).has('before')) setClock(new FixedClock(Date.UTC(2023, 5, 29, 12)));
document.documentElement.dataset.library = VERSION;
document.documentElement.dataset.defined = String(customElements.get('dialogue-event') === DialogueEvent);
`;

// The events bubble and are composed, so listening on document or window is natural; whether those
// listeners are typed too is reported, not required (the contract types the element's own listeners).
const DOCUMENT_LISTENER_TS = `import 'dialogue-widgets';
import type { PhaseState } from 'dialogue-widgets';
document.addEventListener('dialogue-state-change', (event) => {
  const state: PhaseState = event.detail.state;
  console.log(state);
});
document.addEventListener('dialogue-register', (event) => console.log(event.detail.url));
`;

const CONSUMER_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>consumer</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/src/main.ts"></script>
  </head>
  <body>
    <dialogue-event
      id="reference"
      name="${NAME}"
      start="2023-07-06T16:00"
      time-zone="Africa/Maputo"
      register-url="https://example.org/register"
    ></dialogue-event>
    <dialogue-countdown id="alone" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-countdown>
  </body>
</html>
`;

// A second page that imports one per-element entry and nothing else: it must define that
// element (and what it needs) on its own, not ride on the root entry's registrations.
const COUNTDOWN_ONLY_TS = `import 'dialogue-widgets/countdown';
`;

const COUNTDOWN_ONLY_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>countdown only</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/src/countdown-only.ts"></script>
  </head>
  <body>
    <dialogue-countdown id="alone" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-countdown>
  </body>
</html>
`;

// Vite builds both pages.
const VITE_CONFIG = `export default { build: { rollupOptions: { input: ['index.html', 'countdown-only.html'] } } };
`;

/** A tsconfig as a Vite + TypeScript project has it; `skipLibCheck` is the template's default. */
const tsconfig = (skipLibCheck) => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noEmit: true,
    isolatedModules: true,
    skipLibCheck,
  },
  include: ['src'],
});

/** Links lit, @lit/context, luxon (and what they need) from this repository: the offline fallback. */
function linkDependencies(project) {
  const modules = join(project, 'node_modules');
  const seen = new Set();
  const link = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const from = join(root, 'node_modules', name);
    if (!existsSync(from)) return;
    const to = join(modules, name);
    mkdirSync(dirname(to), { recursive: true });
    if (!existsSync(to)) symlinkSync(from, to, 'dir');
    const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) link(dependency);
  };
  for (const dependency of Object.keys(pkg.dependencies)) link(dependency);
  // The package itself, unpacked from the tarball.
  const own = join(modules, pkg.name);
  mkdirSync(own, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(
      work,
      readdirSync(work).find((f) => f.endsWith('.tgz')),
    ),
    '-C',
    own,
    '--strip-components=1',
  ]);
}

function makeProject(tarball) {
  const project = join(work, 'consumer');
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'dialogue-widgets-consumer', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(join(project, 'src/main.ts'), CONSUMER_TS);
  writeFileSync(join(project, 'index.html'), CONSUMER_HTML);
  writeFileSync(join(project, 'src/countdown-only.ts'), COUNTDOWN_ONLY_TS);
  writeFileSync(join(project, 'countdown-only.html'), COUNTDOWN_ONLY_HTML);
  writeFileSync(join(project, 'vite.config.mjs'), VITE_CONFIG);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig(true), null, 2));
  writeFileSync(join(project, 'tsconfig.strict-libs.json'), JSON.stringify(tsconfig(false), null, 2));
  mkdirSync(join(project, 'extra'));
  writeFileSync(join(project, 'extra/document-listener.ts'), DOCUMENT_LISTENER_TS);
  writeFileSync(
    join(project, 'tsconfig.document.json'),
    JSON.stringify({ ...tsconfig(true), include: ['extra'] }, null, 2),
  );

  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error', tarball],
    { cwd: project, timeout: 90_000, env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  if (install.status === 0) {
    console.log('# installed the tarball with npm; its dependencies resolved from its package.json');
  } else {
    note(
      `npm install failed (offline?); lit, @lit/context and luxon are linked from this repository instead:\n       ${install.output.split('\n').slice(-3).join('\n       ')}`,
    );
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    linkDependencies(project);
  }
  return project;
}

function checkInstalled(project) {
  const installed = join(project, 'node_modules', pkg.name);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  check(`the project has ${pkg.name}@${manifest.version} from the tarball`, manifest.version === pkg.version);
  for (const dependency of Object.keys(pkg.dependencies)) {
    const found = existsSync(join(project, 'node_modules', dependency, 'package.json'));
    check(`its dependency ${dependency} is installed beside it`, found);
  }
}

function typeCheck(project) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = run(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], { cwd: project });
  check(
    "type-check (strict, skipLibCheck as Vite's template): HTMLElementTagNameMap, .problems, dialogue-state-change detail",
    result.status === 0,
    result.output,
  );
  // Without skipLibCheck, the package's own declarations are checked as well.
  const strict = run(process.execPath, [tsc, '-p', join(project, 'tsconfig.strict-libs.json')], { cwd: project });
  check(
    "type-check with skipLibCheck off: the package's declarations are clean too",
    strict.status === 0,
    strict.output,
  );
  const onDocument = run(process.execPath, [tsc, '-p', join(project, 'tsconfig.document.json')], { cwd: project });
  check(
    'listeners on document are typed too (dialogue-state-change, dialogue-register)',
    onDocument.status === 0,
    onDocument.output,
  );
}

function viteBuild(project) {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = run(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  check('vite build succeeds', result.status === 0, result.output);
  if (result.status !== 0) return null;
  const assets = join(project, 'dist/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const code = scripts.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
  check(
    'the build holds the elements (dialogue-event is registered)',
    code.includes('dialogue-event') && code.includes('dialogue-countdown'),
  );
  const litCopies = (code.match(/litHtmlVersions/g) ?? []).length;
  check(
    'the bundler deduplicates: one lit-html in the build',
    litCopies === 1,
    `litHtmlVersions appears ${litCopies} times`,
  );
  return join(project, 'dist');
}

// ---------------------------------------------------------------------------------------------
// 3. In a browser: the consumer's build, and the bundle from a CDN-like origin

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** A static server for `directory` on a free port; `cors` adds what public npm CDNs send. */
function serve(directory, { cors = false, prefix = '' } = {}) {
  const server = createServer((request, response) => {
    let { pathname } = new URL(request.url, 'http://localhost');
    if (!pathname.startsWith(prefix)) return response.writeHead(404).end();
    pathname = pathname.slice(prefix.length);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const path = normalize(join(directory, decodeURIComponent(pathname)));
    if (!path.startsWith(directory + sep) || !existsSync(path)) return response.writeHead(404).end();
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
    if (cors) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers).end(readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

async function readCard(page) {
  await page
    .waitForFunction(
      () =>
        document
          .getElementById('reference')
          ?.shadowRoot?.querySelector('dialogue-countdown')
          ?.shadowRoot?.querySelector('time'),
      { timeout: 10_000 },
    )
    .catch(() => {});
  return page.evaluate(() => {
    const shadow = document.getElementById('reference')?.shadowRoot;
    const time = shadow?.querySelector('dialogue-countdown')?.shadowRoot?.querySelector('time[part~="event-time"]');
    return {
      name: shadow?.querySelector('[part~="name"]')?.textContent.trim() ?? null,
      eventTime: time?.getAttribute('datetime') ?? null,
      register:
        shadow?.querySelector('dialogue-register')?.shadowRoot?.querySelector('a[part~="register"]')?.href ?? null,
      defined: document.documentElement.dataset.defined ?? null,
    };
  });
}

async function inBrowser(browser, built, packageDir) {
  // The consumer's own build, served as its host would.
  const app = await serve(built);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${app.origin}/?before`, { waitUntil: 'load' });
  const card = await readCard(page);
  check(
    'the Vite build runs: the card renders with its name, event time and register link',
    card.name === NAME && card.eventTime === EVENT_TIME && card.register === 'https://example.org/register',
    card,
  );
  check('the class the consumer imported is the one registered', card.defined === 'true', card);
  check('the Vite build: no page or console errors', errors.length === 0, errors);
  await page.close();

  // The page that imports only dialogue-widgets/countdown.
  const alone = await browser.newPage();
  const aloneErrors = [];
  alone.on('pageerror', (error) => aloneErrors.push(String(error.message ?? error)));
  alone.on('console', (message) => message.type() === 'error' && aloneErrors.push(message.text()));
  await alone.goto(`${app.origin}/countdown-only.html`, { waitUntil: 'load' });
  await alone
    .waitForFunction(() => document.getElementById('alone')?.shadowRoot?.querySelector('time'), { timeout: 10_000 })
    .catch(() => {});
  const onlyCountdown = await alone.evaluate(() => ({
    countdown: Boolean(customElements.get('dialogue-countdown')),
    event: Boolean(customElements.get('dialogue-event')),
    eventTime:
      document
        .getElementById('alone')
        ?.shadowRoot?.querySelector('time[part~="event-time"]')
        ?.getAttribute('datetime') ?? null,
  }));
  check(
    'a page importing only dialogue-widgets/countdown: the countdown is defined and shows the event time, <dialogue-event> is not',
    onlyCountdown.countdown && !onlyCountdown.event && onlyCountdown.eventTime === EVENT_TIME,
    onlyCountdown,
  );
  check('that page: no page or console errors', aloneErrors.length === 0, aloneErrors);
  await alone.close();
  app.server.close();

  // The unpacked package at a CDN-like address on another origin (jsDelivr and unpkg send CORS headers).
  const cdn = await serve(packageDir, { cors: true, prefix: `/npm/${pkg.name}@${pkg.version}/` });
  const bundleUrl = `${cdn.origin}/npm/${pkg.name}@${pkg.version}/dist/dialogue-widgets.js`;
  const partnerDir = mkdtempSync(join(work, 'partner-'));
  writeFileSync(
    join(partnerDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title><link rel="icon" href="data:,">
<script type="module" src="${bundleUrl}"></script></head><body>
<dialogue-event id="reference" name="${NAME}" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register"></dialogue-event>
</body></html>`,
  );
  const partner = await serve(partnerDir);
  const cdnPage = await browser.newPage();
  const cdnErrors = [];
  cdnPage.on('pageerror', (error) => cdnErrors.push(String(error.message ?? error)));
  cdnPage.on('console', (message) => message.type() === 'error' && cdnErrors.push(message.text()));
  await cdnPage.goto(`${partner.origin}/`, { waitUntil: 'load' });
  const fromCdn = await readCard(cdnPage);
  check(
    `CDN: the bundle at /npm/${pkg.name}@${pkg.version}/dist/dialogue-widgets.js, from another origin, renders the card`,
    fromCdn.name === NAME && fromCdn.eventTime === EVENT_TIME,
    fromCdn,
  );
  check('CDN: no page or console errors', cdnErrors.length === 0, cdnErrors);
  await cdnPage.close();
  cdn.server.close();
  partner.server.close();
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
try {
  const packed = packTarball();
  checkTarball(packed);

  const bundle = readFileSync(join(root, 'dist/dialogue-widgets.js'), 'utf8');
  const bareImports = bundle.match(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?![./]|https?:)[^"']+["']/g) ?? [];
  check('the bundle is self-contained: no bare imports for a CDN to fail on', bareImports.length === 0, bareImports);

  const project = makeProject(packed.tarball);
  checkInstalled(project);
  typeCheck(project);
  const built = viteBuild(project);

  const browserPath = findBrowser();
  if (!browserPath) {
    check('a Chromium to run the builds in (apt-get install chromium, or set CHROME_PATH)', false);
  } else if (built) {
    const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: BROWSER_ARGS });
    try {
      await inBrowser(browser, built, join(project, 'node_modules', pkg.name));
    } finally {
      await browser.close();
    }
  }
} catch (error) {
  check('the consumer check runs to the end', false, String(error?.stack ?? error));
} finally {
  if (keep) console.log(`# kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
finish();

// Runs the browser test suite in Chromium, Firefox and WebKit, one engine after another, and prints
// one line per engine, `ENGINE: N passed, M failed[, K skipped]`, then every skip with its reason.
//
// An engine whose driver cannot change something in an open page (WebKit: the time zone; Firefox and
// WebKit: reduced motion) leaves the tests that need it to a launch group: a second run of just those
// tests, in a browser started with it (TZ in the environment of WebKit's driver; a Firefox preference;
// GTK's gtk-enable-animations for WebKit). test/support/engine.ts does the leaving, the emulation
// plugin records it, and this script runs the groups and adds their counts to the engine's line.
//
// `node scripts/test-engines.mjs [chromium] [firefox] [webkit]` (all three by default). Run after a
// build; `npm run test:engines` installs what is missing and builds first.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { printFailure } from '../test/support/summary-reporter.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
for (const engine of engines) {
  if (!ENGINES.includes(engine)) throw new Error(`Unknown engine ${engine}: expected ${ENGINES.join(', ')}`);
}

const work = mkdtempSync(join(tmpdir(), 'test-engines-'));
const started = new Set();

/** Starts a process we stop ourselves later (and on any exit). */
function startProcess(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  child.errors = () => errors;
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

function stopProcess(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
  });
}

function stopAll() {
  for (const child of started) child.kill('SIGTERM');
}
process.on('exit', () => {
  stopAll();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(condition, what, timeoutMs = 15000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An X display of our own for MiniBrowser (Xvfb picks a free number and tells it on a pipe). */
async function startDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  started.add(xvfb);
  xvfb.on('exit', () => started.delete(xvfb));
  let number = '';
  await new Promise((resolve, reject) => {
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve();
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => reject(new Error('Xvfb gave no display number within 15 s')), 15000).unref();
  });
  return { process: xvfb, display: `:${number.trim()}` };
}

/** GTK settings that turn animations off, which WebKitGTK reads as prefers-reduced-motion: reduce. */
function reducedMotionConfigHome() {
  const home = join(work, 'gtk-reduced-motion');
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  return home;
}

/** A WebKitWebDriver whose browsers start in `conditions`, on a port of its own. */
async function startWebKitDriver(display, conditions) {
  const port = await freePort();
  const env = { DISPLAY: display };
  if (conditions.zone) env.TZ = conditions.zone;
  if (conditions.reducedMotion) env.XDG_CONFIG_HOME = reducedMotionConfigHome();
  const driver = startProcess('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], env);
  await waitUntil(async () => {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driver.errors()}`);
    try {
      return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver answering');
  return { driver, port };
}

/** One web-test-runner run; resolves to its counts (from the summary reporter). */
async function runTests(engine, name, env) {
  const summary = join(work, `${engine}-${name}.json`);
  const code = await new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner'], {
      stdio: 'inherit',
      env: { ...process.env, TEST_ENGINE: engine, ENGINE_SUMMARY: summary, ...env },
    });
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  if (!existsSync(summary))
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      failures: [{ file: name, test: '(the run ended early)', error: `exit ${code}` }],
      code,
    };
  return { ...JSON.parse(readFileSync(summary, 'utf8')), code };
}

function readRecords(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const describeNeeds = (needs) =>
  [
    needs.zone && `zone ${needs.zone}`,
    needs.reducedMotion !== undefined && `reduced motion ${needs.reducedMotion ? 'on' : 'off'}`,
  ]
    .filter(Boolean)
    .join(', ');

/** Runs `engine`'s first run, then a launch group for each thing tests were left to; returns its totals. */
async function runEngine(engine) {
  const startedAt = Date.now();
  const records = join(work, `${engine}-records.jsonl`);
  let display = null;
  const launch = async (conditions) => {
    if (engine !== 'webkit') return { env: {}, stop: async () => {} };
    display ??= await startDisplay();
    const { driver, port } = await startWebKitDriver(display.display, conditions);
    return { env: { WEBKIT_DRIVER_PORT: String(port) }, stop: () => stopProcess(driver) };
  };
  const totals = { passed: 0, failed: 0, skipped: 0, runs: 0, failures: [], flaky: [] };
  const add = (counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.failures.push(...counts.failures);
    totals.skipped += counts.skipped;
    totals.runs += 1;
  };

  try {
    console.log(`\n== ${engine}: the whole suite`);
    const first = await launch({});
    try {
      add(await runTests(engine, 'all', { ...first.env, ENGINE_RECORD: records }));
    } finally {
      await first.stop();
    }

    // The tests left to a launch group were counted as skipped in the first run: they run now.
    const left = readRecords(records).filter((entry) => entry.needs);
    totals.skipped -= left.length;
    const groups = new Map();
    for (const entry of left) {
      const key = JSON.stringify(entry.needs);
      if (!groups.has(key)) groups.set(key, { needs: entry.needs, tests: new Set(), files: new Set() });
      groups.get(key).tests.add(entry.test);
      groups.get(key).files.add(relative(process.cwd(), entry.file));
    }
    const runSelected = async (name, needs, tests, files, record) => {
      const only = join(work, `${engine}-${name}.json`);
      writeFileSync(only, JSON.stringify([...tests]));
      const started = await launch(needs);
      try {
        const counts = await runTests(engine, name, {
          ...started.env,
          ENGINE_RECORD: record,
          TEST_ONLY: only,
          TEST_FILES: [...files].join(','),
          ...(needs.zone ? { TEST_LAUNCH_ZONE: needs.zone } : {}),
          ...(needs.reducedMotion ? { TEST_LAUNCH_MOTION: 'reduce' } : {}),
        });
        for (const failure of counts.failures) failure.needs = needs;
        return counts;
      } finally {
        await started.stop();
      }
    };
    let index = 0;
    for (const { needs, tests, files } of groups.values()) {
      index += 1;
      console.log(
        `\n== ${engine}: launch group ${index}/${groups.size} (${describeNeeds(needs)}), ${tests.size} test(s)`,
      );
      add(await runSelected(`group-${index}`, needs, tests, files, records));
    }

    // A test that fails is run once more, alone with its file in a fresh browser started as before: one
    // that passes then is counted as passed and listed as flaky at the end, for a person to fix; one
    // that fails twice fails the run.
    const again = totals.failures.filter((failure) => failure.title);
    if (again.length) {
      console.log(`\n== ${engine}: ${again.length} failed test(s), once more`);
      const byNeeds = new Map();
      for (const failure of again) {
        const key = JSON.stringify(failure.needs ?? {});
        byNeeds.set(key, [...(byNeeds.get(key) ?? []), failure]);
      }
      for (const [key, failures] of byNeeds) {
        const rerun = await runSelected(
          `again-${byNeeds.size > 1 ? key.replace(/\W/g, '') : 'all'}`,
          JSON.parse(key),
          new Set(failures.map((failure) => failure.title)),
          new Set(failures.map((failure) => failure.file)),
          join(work, `${engine}-again-records.jsonl`),
        );
        const stillFailing = new Set(rerun.failures.map((failure) => failure.title));
        for (const failure of failures) {
          if (stillFailing.has(failure.title) || rerun.passed < failures.length - stillFailing.size) continue;
          totals.failures.splice(totals.failures.indexOf(failure), 1);
          totals.failed -= 1;
          totals.passed += 1;
          totals.flaky.push(failure);
        }
      }
    }
  } finally {
    if (display) await stopProcess(display.process);
  }
  const skips = readRecords(records).filter((entry) => entry.reason);
  return { ...totals, groups: totals.runs - 1, skips, seconds: Math.round((Date.now() - startedAt) / 1000) };
}

const results = new Map();
for (const engine of engines) results.set(engine, await runEngine(engine));

console.log('');
let failed = false;
for (const [engine, result] of results) {
  const explained = result.skips.length;
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  console.log(`${engine}: ${result.passed} passed, ${result.failed} failed${skipped}`);
  console.log(`  (${result.runs} run(s): the suite and ${result.groups} launch group(s); ${result.seconds} s)`);
  for (const failure of result.failures) printFailure(failure);
  for (const failure of result.flaky) printFailure(failure, 'failed, then passed when run again (flaky: fix it)');
  for (const skip of result.skips) console.log(`  skipped: ${skip.test}\n    why: ${skip.reason}`);
  if (result.skipped !== explained) {
    console.log(
      `  ${result.skipped - explained} test(s) skipped without a reason: skip through skipHere() in test/support/engine.ts`,
    );
    failed = true;
  }
  if (result.failed) failed = true;
}
process.exit(failed ? 1 : 0);

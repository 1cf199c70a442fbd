import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CAPABILITIES, currentEngine, launcherFor } from './test/support/engines.mjs';
import { browserEmulationPlugin } from './test/support/emulation-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// Property tests: a fixed seed in CI, fresh cases elsewhere (test/support/property-settings.ts).
const CI_PROPERTY_SEED = 20261127;
const propertySettings = {
  seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : process.env.CI ? CI_PROPERTY_SEED : undefined,
  numRuns: process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : undefined,
};

// Chromium unless TEST_ENGINE says firefox or webkit. scripts/test-engines.mjs runs all three, and for
// what an engine sets only at launch (WebKit's zone, reduced motion) a launch group: a run of the tests
// left to it (TEST_FILES, TEST_ONLY: a JSON file of their full titles).
const engine = currentEngine();
const engineRun = {
  engine,
  can: CAPABILITIES[engine],
  only: process.env.TEST_ONLY ? JSON.parse(readFileSync(process.env.TEST_ONLY, 'utf8')) : null,
};

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would be a background tab, hidden, and a hidden page
  // (rightly) stops the countdowns' timer and IntersectionObserver, which the tests observe.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter(engine)],
  // Firefox and WebKit run the heavier property tests slower here (WebKit took over 5 s for 400 cases on a
  // busy machine): a longer limit for them, which times nothing.
  testFramework: { config: { timeout: engine === 'chromium' ? 5000 : 20000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.propertySettings = ${JSON.stringify(propertySettings)}; window.engineRun = ${JSON.stringify(engineRun).replace(/</g, '\\u003c')};</script>
    <script type="module" src="/test/support/property-settings.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [await launcherFor(engine)],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserEmulationPlugin()],
};

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';
import { browserEmulationPlugin } from './test/support/emulation-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// Property tests: a fixed seed in CI, fresh cases elsewhere (test/support/property-settings.ts).
const CI_PROPERTY_SEED = 20261127;
const propertySettings = {
  seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : process.env.CI ? CI_PROPERTY_SEED : undefined,
  numRuns: process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : undefined,
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would be a background tab, hidden, and a hidden page
  // (rightly) stops the countdowns' timer and IntersectionObserver, which the tests observe.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.propertySettings = ${JSON.stringify(propertySettings)};</script>
    <script type="module" src="/test/support/property-settings.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser() ?? undefined, headless: true, args: BROWSER_ARGS },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserEmulationPlugin()],
};

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';
import { browserEmulationPlugin } from './test/support/emulation-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would be a background tab, hidden, and a hidden page
  // (rightly) stops the countdowns' timer and IntersectionObserver, which the tests observe.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser() ?? undefined, headless: true, args: BROWSER_ARGS },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserEmulationPlugin()],
};

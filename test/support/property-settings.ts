/**
 * How the property tests run, set once before any test file loads (the runner's page
 * puts the settings on `window`; see web-test-runner.config.mjs).
 *
 * In CI the seed is fixed, so a red run is always about the change it tests and can be
 * replayed anywhere. Elsewhere each run draws fresh cases, and a failure prints the seed
 * to replay it with `PROPERTY_SEED=<seed> npm test`. `PROPERTY_RUNS=<n>` runs longer.
 */
import { configureGlobal } from 'fast-check';

interface PropertySettings {
  seed?: number;
  numRuns?: number;
}

const settings = (window as { propertySettings?: PropertySettings }).propertySettings ?? {};
configureGlobal({
  ...(settings.seed === undefined ? {} : { seed: settings.seed }),
  ...(settings.numRuns === undefined ? {} : { numRuns: settings.numRuns }),
});

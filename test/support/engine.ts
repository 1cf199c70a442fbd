/**
 * Which engine runs this page, what its driver can do, and how a test that needs what it cannot do
 * is skipped with its reason or left to another run. web-test-runner.config.mjs puts `engineRun` on
 * the runner's page; scripts/test-engines.mjs reads what the server recorded.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

interface EngineRun {
  engine: Engine;
  can: { zoneLive: boolean; reducedMotionLive: boolean; modifierKeys: boolean; otherButtons: boolean };
  /** The full titles of the tests this run is for (a launch group); null: every test. */
  only: string[] | null;
}

const run: EngineRun = (window as { engineRun?: EngineRun }).engineRun ?? {
  engine: 'chromium',
  can: { zoneLive: true, reducedMotionLive: true, modifierKeys: true, otherButtons: true },
  only: null,
};

export const engine: Engine = run.engine;
export const can = run.can;

// The hook or test running now, so that a helper can skip it (mocha's `this.skip()` needs it).
let running: Mocha.Runnable | null = null;
const track = (runnable: Mocha.Runnable) => (running = runnable);
const prototype: (Mocha.Runnable & { engineTracked?: boolean }) | undefined = (globalThis as { Mocha?: typeof Mocha })
  .Mocha?.Runnable.prototype;
if (prototype && !prototype.engineTracked) {
  const original = Object.getOwnPropertyDescriptor(prototype, 'run')!.value as (
    this: Mocha.Runnable,
    ...args: unknown[]
  ) => unknown;
  Object.assign(prototype, {
    engineTracked: true,
    run(this: Mocha.Runnable, ...args: unknown[]) {
      track(this);
      return original.apply(this, args);
    },
  });
}

let currentTest: Mocha.Test | undefined;
beforeEach(function () {
  currentTest = this.currentTest;
});

// A launch group runs only the tests left to it: the others are taken out before they start, so
// they are neither run nor counted here (they ran, or were skipped, in the engine's first run).
before(function () {
  if (!run.only) return;
  const wanted = new Set(run.only);
  const prune = (suite: Mocha.Suite) => {
    suite.tests = suite.tests.filter((test) => wanted.has(test.fullTitle()));
    suite.suites.forEach(prune);
  };
  prune(this.test!.parent!);
});

function skipRunning(): never {
  if (!running) throw new Error('no test is running');
  return running.skip();
}

/**
 * Skips the running test in this engine: `reason` says why, next to the call, and the run's
 * closing list repeats it. Call from the test or its beforeEach.
 */
export async function skipHere(reason: string): Promise<never> {
  await executeServerCommand('record-test', { test: currentTest?.fullTitle() ?? '', reason });
  return skipRunning();
}

/**
 * This engine cannot give the open page `needs` (a zone, reduced motion): the test is left to a
 * run whose browser starts with it, where `needs` is then already true. In that run, a test that
 * needs a second such thing is skipped, saying so.
 */
export async function leaveToLaunchGroup(
  needs: { zone?: string; reducedMotion?: boolean },
  what: string,
): Promise<never> {
  if (run.only) {
    return skipHere(`needs ${what} as well, and ${engine} sets that only when the browser starts`);
  }
  await executeServerCommand('record-test', { test: currentTest?.fullTitle() ?? '', needs });
  return skipRunning();
}

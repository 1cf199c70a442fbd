// Ends the run with one plain line, `ENGINE: N passed, M failed[, K skipped]`, that CI reads. Under
// scripts/test-engines.mjs (ENGINE_SUMMARY set) it writes the counts to that file instead, and the
// script prints one line per engine for all of that engine's runs.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter(engine = 'browser') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results but errors: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed += 1;
      }
      if (process.env.ENGINE_SUMMARY) {
        writeFileSync(process.env.ENGINE_SUMMARY, JSON.stringify(totals));
        return;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\n${engine}: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}

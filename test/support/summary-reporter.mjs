// Ends the run with one plain line, `ENGINE: N passed, M failed[, K skipped]`, that CI reads, then each
// failure's title and first error line, so the end of a CI log names what failed. Under
// scripts/test-engines.mjs (ENGINE_SUMMARY set) it writes them to that file instead, and the script
// prints one summary per engine for all of that engine's runs.
import { relative } from 'node:path';
import { writeFileSync } from 'node:fs';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);

function count(suite, titles, file, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      // `title` is Mocha's fullTitle(), by which scripts/test-engines.mjs runs a failed test again.
      const title = [...titles, test.name].join(' ');
      totals.failures.push({ file, title, test: title, error: firstLine(test.error?.message) });
    }
  }
  for (const child of suite?.suites ?? []) count(child, [...titles, child.name], file, totals);
}

export function summaryReporter(engine = 'browser') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        count(session.testResults, [], file, totals);
        // A file that failed to load has no test results but errors: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
          totals.failures.push({
            file,
            test: '(the file did not run)',
            error: firstLine(session.errors?.[0]?.message),
          });
        }
      }
      if (process.env.ENGINE_SUMMARY) {
        writeFileSync(process.env.ENGINE_SUMMARY, JSON.stringify(totals));
        return;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\n${engine}: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
      for (const failure of totals.failures) printFailure(failure);
    },
  };
}

export function printFailure({ file, test, error }, how = 'failed') {
  console.log(`  ${how}: ${test}\n    in: ${file}\n    error: ${error}`);
}

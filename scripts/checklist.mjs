// The plain reporting the check scripts share: one line per check, and a closing
// `NAME: N passed, M failed` line that CI reads.

/** A list of checks named `name`; `finish()` prints the closing line and sets the exit code. */
export function createChecklist(name) {
  let passed = 0;
  let failed = 0;
  return {
    /** Records one check; `detail` is printed when it fails. */
    check(label, ok, detail) {
      if (ok) {
        passed += 1;
        console.log(`ok   - ${label}`);
        return;
      }
      failed += 1;
      console.log(`FAIL - ${label}`);
      if (detail !== undefined) {
        const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2);
        console.log(`       ${text.replace(/\n/g, '\n       ')}`);
      }
    },
    /** Something worth knowing that is neither a pass nor a failure. */
    note(text) {
      console.log(`note - ${text}`);
    },
    /** Counts a failure that has no check of its own (a missing build, no browser). */
    fail(message) {
      failed += 1;
      console.log(`FAIL - ${message}`);
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed > 0 ? 1 : 0;
    },
  };
}

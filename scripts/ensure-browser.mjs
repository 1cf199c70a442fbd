// Before the tests: make sure a Chromium is there, installing Debian's when we may.
import { execSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

if (!findBrowser()) {
  const isRoot = process.getuid?.() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    hasApt = true;
  } catch {}
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  }
  if (!findBrowser()) {
    console.error(
      'The tests need Chromium or Chrome: install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}

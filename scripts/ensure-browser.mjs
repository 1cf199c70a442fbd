// Before the tests: make sure each engine's browser is there, installing Debian's packages when we may.
// `node scripts/ensure-browser.mjs` checks Chromium; `… chromium firefox webkit` checks those.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, FIREFOX_PATH, MINIBROWSER_PATH } from './find-browser.mjs';

const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

// What each engine needs here, and the Debian packages that bring it.
const NEEDS = {
  chromium: {
    present: () => findBrowser() !== null,
    packages: ['chromium'],
    hint: 'or set CHROME_PATH to a Chromium or Chrome',
  },
  firefox: { present: () => existsSync(FIREFOX_PATH), packages: ['firefox-esr'], hint: 'or set FIREFOX_PATH' },
  // MiniBrowser and WebKitWebDriver, and a display for them (Xvfb; xauth for xvfb-run).
  webkit: {
    present: () => existsSync(MINIBROWSER_PATH) && onPath('WebKitWebDriver') && onPath('Xvfb') && onPath('xauth'),
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    hint: 'or set MINIBROWSER_PATH',
  },
};

const engines = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium'];
const unknown = engines.filter((engine) => !NEEDS[engine]);
if (unknown.length) {
  console.error(`Unknown engine: ${unknown.join(', ')} (expected ${Object.keys(NEEDS).join(', ')})`);
  process.exit(1);
}

const missing = engines.filter((engine) => !NEEDS[engine].present());
if (missing.length) {
  const packages = missing.flatMap((engine) => NEEDS[engine].packages);
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log(`Not found: ${missing.join(', ')}. Installing Debian's ${packages.join(' ')} with apt-get…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  }
  const still = missing.filter((engine) => !NEEDS[engine].present());
  for (const engine of still) {
    console.error(
      `The ${engine} tests need ${NEEDS[engine].packages.join(', ')} (Debian: \`sudo apt-get install ${NEEDS[engine].packages.join(' ')}\`), ${NEEDS[engine].hint}.`,
    );
  }
  if (still.length) process.exit(1);
}

// Headless Chromium for the WordPress end-to-end tests, and the steps every such test repeats.
//
//   import { launchBrowser, logIn } from './browser.mjs';
//   const browser = await launchBrowser();        // puppeteer-core on the machine's Chromium
//   const page = await browser.newPage();
//   await logIn(page, site);                      // wp-login.php as site.admin; resolves on the dashboard
//   ... finally await browser.close();
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

/** Chromium, headless, with the flags this machine needs (root: no sandbox; no background network). */
export async function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('browser.mjs: no Chromium found (apt-get install chromium, or set CHROME_PATH)');
  return puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
}

/** Logs in through wp-login.php as the site's administrator. */
export async function logIn(page, site) {
  await page.goto(`${site.url}/wp-login.php`);
  // 200 ms after loading, the login page focuses and selects the user name (wp_attempt_focus): keys typed
  // then would land there. Wait for it, as a person sees the cursor arrive (CI once typed across it); the
  // page after a failed attempt does not focus, and is typed into at once.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 2_000 }).catch(() => {});
  await page.type('#user_login', site.admin.user);
  await page.type('#user_pass', site.admin.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!new URL(page.url()).pathname.startsWith('/wp-admin')) {
    throw new Error(`logIn: still on ${page.url()} after submitting the login form`);
  }
}

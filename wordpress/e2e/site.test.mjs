// The test site itself: a real WordPress 6.8 with Twenty Twenty-Five and this plugin active, whose front end
// shows a Dialogue event and whose block editor knows the block. If this fails, every other e2e test would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './site.mjs';
import { launchBrowser, logIn } from './browser.mjs';

let site;
before(async () => {
  site = await startSite({ options: { timezone_string: 'Africa/Maputo' } });
});
after(() => site?.stop());

test('WordPress 6.8, Twenty Twenty-Five, the plugin active, the options given', async () => {
  const facts = await site.phpJson(`return array(
    'version' => get_bloginfo( 'version' ),
    'theme'   => wp_get_theme()->get( 'Name' ),
    'plugins' => get_option( 'active_plugins' ),
    'zone'    => get_option( 'timezone_string' ),
  );`);
  assert.match(facts.version, /^6\.8(\.|$)/);
  assert.equal(facts.theme, 'Twenty Twenty-Five');
  assert.deepEqual(facts.plugins, ['dialogue-widgets/dialogue-widgets.php']);
  assert.equal(facts.zone, 'Africa/Maputo');
});

test('a published post with the block shows the element and loads the bundled script as a module', async () => {
  await site.php(`wp_insert_post( array(
    'post_status'  => 'publish',
    'post_title'   => 'Harness check',
    'post_name'    => 'harness-check',
    'post_content' => '<!-- wp:dialogue-widgets/event {"name":"Harness check","start":"2030-07-06T16:00","timeZone":"Africa/Maputo"} /-->',
  ) );`);
  const response = await fetch(`${site.url}/harness-check/`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<dialogue-event [^>]*name="Harness check"/);
  const script = /<script type="module" src="([^"]+)" id="dialogue-widgets-js-module"/.exec(html)?.[1];
  assert.ok(script?.includes('/wp-content/plugins/dialogue-widgets/assets/dialogue-widgets.js'), script);
  const bundle = await fetch(script);
  assert.equal(bundle.status, 200);
  assert.match(await bundle.text(), /dialogue-event/);
});

test('the block editor opens for the administrator and has the Dialogue event block', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await logIn(page, site);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    const title = await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('dialogue-widgets/event')?.title, {
      timeout: 60_000,
    });
    assert.equal(await title.jsonValue(), 'Dialogue event');
  } finally {
    await browser.close();
  }
});

test('nothing the plugin ran logged a PHP notice or warning', () => {
  const lines = site
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('dialogue-widgets'));
  assert.deepEqual(lines, []);
});

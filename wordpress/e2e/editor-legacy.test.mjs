/**
 * The block editor on a site whose zone is a bare offset (Settings → General → "UTC+2"), with blocks saved
 * before the editor had pickers: free-text attributes, a start with an offset, a zone typed by hand.
 * The author is told to choose a named zone, old blocks show their card and their time in words, and a
 * zone the browser does not know is flagged and kept from the card.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, logIn } from './browser.mjs';
import { startSite } from './site.mjs';

const SHOTS = process.env.WP_E2E_SHOTS || join(tmpdir(), 'dialogue-widgets-editor-shots');

describe('the Dialogue event block with old attributes, on a site set to an offset', () => {
  let site;
  let browser;
  let page;
  let canvas;
  const errors = [];

  before(async () => {
    site = await startSite({ options: { timezone_string: '', gmt_offset: 2 } });
    const id = await site.insertPost({
      post_title: 'Old events',
      post_content: [
        '<!-- wp:dialogue-widgets/event {"name":"Saved with an offset","start":"2030-07-06T16:00+02:00","end":"2030-07-06T17:30+02:00","timeZone":"Africa/Johannesburg","registerUrl":"https://example.org/register"} /-->',
        '<!-- wp:dialogue-widgets/event {"name":"Zone typed by hand","start":"2030-07-06T16:00","timeZone":"Africa/Johannesbrg"} /-->',
      ].join('\n\n'),
    });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.emulateTimezone('Asia/Kolkata');
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, site);
    await page.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.__unstableIsEditorReady?.(), {
      timeout: 60_000,
    });
    const frame = await page.$('iframe[name="editor-canvas"]');
    canvas = frame ? await frame.contentFrame() : page.mainFrame();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  const select = (index) =>
    page.evaluate((i) => {
      const blocks = wp.data.select('core/block-editor').getBlocks();
      wp.data.dispatch('core/block-editor').selectBlock(blocks[i].clientId);
    }, index);

  it('shows the card of a block saved with an offset, and its start in words in its zone', async () => {
    await canvas.waitForFunction(
      () => {
        const cards = document.querySelectorAll('.dialogue-widgets-preview dialogue-event');
        return cards.length === 2 && [...cards].every((card) => card.shadowRoot?.textContent.length > 0);
      },
      { timeout: 30_000 },
    );
    const names = await canvas.$$eval('.dialogue-widgets-preview dialogue-event', (cards) =>
      cards.map((card) => card.event?.name),
    );
    assert.deepEqual(names, ['Saved with an offset', 'Zone typed by hand']);
    await select(0);
    const words = await page.waitForSelector('.dialogue-widgets-moment__toggle');
    assert.match(
      await words.evaluate((b) => b.textContent),
      /July 6, 2030, 4:00 PM South Africa Standard Time|6 July 2030, 16:00 South Africa Standard Time/,
    );
    const saved = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes);
    assert.equal(saved.start, '2030-07-06T16:00+02:00', 'opening the editor does not rewrite what was saved');
  });

  it('gives each event block of the post its own address, as the REST route numbers them', async () => {
    const address = async () =>
      (await page.waitForSelector('.dialogue-widgets-share__address')).evaluate((a) => a.href);
    await select(0);
    const first = await address();
    assert.match(first, /\/wp-json\/dialogue-widgets\/v1\/events\/\d+$/);
    const served = await fetch(first);
    assert.equal(served.status, 200);
    assert.equal((await served.json())['@id'], first, 'the address the panel shows is the one the event is served at');
    await select(1);
    await page.waitForFunction(
      (one) => document.querySelector('.dialogue-widgets-share__address')?.href === `${one}-2`,
      {},
      first,
    );
  });

  it('prompts to choose a named zone, linking to Settings → General for those who may change it', async () => {
    const notice = await page.waitForSelector('.dialogue-widgets-site-offset');
    const text = await notice.evaluate((n) => n.textContent);
    assert.match(text, /set to UTC\+2, an offset rather than a place/);
    mkdirSync(SHOTS, { recursive: true });
    await notice.evaluate((n) => n.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'site-offset.png') });
    const link = await notice.$eval('a', (a) => a.href);
    assert.equal(link, `${site.url}/wp-admin/options-general.php#timezone_string`);
  });

  it('flags a zone the browser does not know and keeps it from the card', async () => {
    await select(1);
    await page.waitForSelector(
      '::-p-xpath(//*[contains(@class,"dialogue-widgets-invalid")][contains(., "This is not a time zone")][contains(., "Africa/Johannesbrg")])',
    );
    const zone = await canvas.$$eval('.dialogue-widgets-preview dialogue-event', (cards) =>
      cards[1].getAttribute('time-zone'),
    );
    assert.equal(zone, null);
    const problems = await canvas.$$eval('.dialogue-widgets-preview dialogue-event', (cards) =>
      cards[1].problems.map((p) => p.field),
    );
    assert.ok(!problems.includes('time-zone'), `the card never saw the bad zone: ${problems}`);
  });

  it('gives a new block no zone on a site without a named one', async () => {
    const zone = await page.evaluate(async () => {
      const block = wp.blocks.createBlock('dialogue-widgets/event', {});
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return wp.data.select('core/block-editor').getBlock(block.clientId).attributes.timeZone ?? null;
    });
    assert.equal(zone, null);
    assert.deepEqual(errors, []);
  });

  it('uses the CDN address from the settings, and says so when the script cannot be loaded from it', async () => {
    const cdn = 'https://127.0.0.1:9/dialogue-widgets@0.1.0/dist/dialogue-widgets.js'; // nothing listens there
    await site.php(`update_option( 'dialogue_widgets_script_url', ${JSON.stringify(cdn)} );`);
    // The new block above is unsaved: leave without it.
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(page.url());
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.__unstableIsEditorReady?.(), {
      timeout: 60_000,
    });
    const frame = await page.$('iframe[name="editor-canvas"]');
    canvas = frame ? await frame.contentFrame() : page.mainFrame();
    const placeholder = await canvas.waitForSelector(
      `::-p-xpath(//*[contains(@class,"components-placeholder")][contains(., "could not be loaded from ${cdn}")])`,
      { timeout: 30_000 },
    );
    assert.ok(placeholder, 'the author is told why there is no preview');
    await select(0);
    const snippet = await page.waitForSelector('::-p-xpath(//textarea[contains(., "<dialogue-event src=")])');
    const html = await snippet.evaluate((t) => t.value);
    assert.ok(html.startsWith(`<script type="module" src="${cdn}"></script>`), html);
    const panel = await page.$eval('.dialogue-widgets-share', (n) => n.textContent);
    assert.doesNotMatch(panel, /Access-Control-Allow-Origin/, 'a CDN needs no reminder about this server');
    assert.deepEqual(errors, []);
  });
});

/**
 * The Dialogue event block as an author uses it, in WordPress 6.8's block editor, in headless Chromium:
 * log in, create a post, insert the block, name it, pick the start and end with the date picker, pick the
 * zone by typing part of its name, add a panelist with a photo uploaded to the Media Library, publish.
 * Then: the editor canvas shows the real card (its shadow DOM), bad input is flagged and kept from it,
 * the share panel gives the event's address and copies the snippet, and the published page shows the card.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startSite } from './site.mjs';
import { portraitPng } from './png.mjs';

const SHOTS = process.env.WP_E2E_SHOTS || join(tmpdir(), 'dialogue-widgets-editor-shots');

/** The site: WP_BASE (a running WordPress 6.8 with the plugin and the user below), or a fresh one from site.mjs. */
async function site() {
  const author = { user: 'author', password: 'author-pass-1' };
  if (process.env.WP_BASE) return { url: process.env.WP_BASE, author, stop: async () => {} };
  const started = await startSite({ options: { timezone_string: 'Africa/Maputo' } });
  await started.php(
    `wp_insert_user( array( 'user_login' => 'author', 'user_pass' => ${JSON.stringify(author.password)}, 'user_email' => 'author@example.test', 'role' => 'author', 'display_name' => 'An Author' ) );`,
  );
  return { ...started, author };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Dialogue event block in the editor', () => {
  let wp;
  let browser;
  let page;
  let canvas;
  let permalink;
  const problems = [];

  before(async () => {
    wp = await site();
    browser = await launchBrowser();
    await browser
      .defaultBrowserContext()
      .overridePermissions(wp.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    // The visitor's zone differs from the event's, as it usually does.
    await page.emulateTimezone('America/New_York');
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    mkdirSync(SHOTS, { recursive: true });
  });

  // Each step builds on the last: after a failure, keep a screenshot of the page and skip the rest.
  let failed = null;
  function step(name, body) {
    it(name, async (t) => {
      if (failed) return t.skip(`"${failed}" failed`);
      try {
        await body();
      } catch (error) {
        failed = name;
        await page?.screenshot({ path: join(SHOTS, 'failed.png') }).catch(() => {});
        throw error;
      }
    });
  }

  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  /** The editor canvas: an iframe when every block allows it (6.8 with apiVersion 3 blocks), else the page. */
  async function editorCanvas() {
    const handle = await page.$('iframe[name="editor-canvas"]');
    return handle ? handle.contentFrame() : page.mainFrame();
  }

  async function sidebarField(label) {
    const id = await page.evaluate((text) => {
      const found = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
        (l) => l.textContent.trim() === text,
      );
      return found ? found.htmlFor : null;
    }, label);
    assert.ok(id, `a field labelled ${label} in the block's sidebar`);
    return page.$(`[id="${id}"]`);
  }

  async function typeInto(handle, text) {
    await handle.click({ clickCount: 3 });
    await page.keyboard.press('Backspace');
    await handle.type(text);
  }

  async function cardText(frame) {
    return frame.evaluate(() => {
      const card = document.querySelector('dialogue-event');
      const walk = (node) =>
        [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes]
          .map((child) =>
            child.nodeType === 3
              ? child.textContent
              : child.nodeType === 1 && child.tagName !== 'SCRIPT' && child.tagName !== 'STYLE'
                ? walk(child)
                : '',
          )
          .join(' ');
      return card ? walk(card).replace(/\s+/g, ' ').trim() : null;
    });
  }

  /**
   * Clicks what `selector` finds in `scope` (a page, frame or element) once it can be clicked: on a busy
   * machine panels are still sliding in or re-rendering when they first appear.
   */
  async function press(scope, selector) {
    let failure;
    for (let tries = 0; tries < 40; tries++) {
      const handle = await scope.waitForSelector(selector, { visible: true });
      try {
        await handle.click();
        return;
      } catch (error) {
        failure = error;
        await sleep(250);
      }
    }
    throw failure;
  }

  /** Opens the date picker of a field, moves `monthsAhead` months on, picks day 15 and types the time. */
  async function pickDate(frame, label, { monthsAhead, hours, minutes }) {
    const toggle = await frame.evaluateHandle((text) => {
      const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text);
      return found ? document.getElementById(found.htmlFor) : null;
    }, label);
    await toggle.click();
    const picker = await page.waitForSelector('.dialogue-widgets-moment__picker');
    for (let i = 0; i < monthsAhead; i++) await (await picker.$('button[aria-label="View next month"]')).click();
    await press(
      picker,
      '::-p-xpath(.//button[contains(@class,"components-datetime__date__day")][normalize-space(.)="15"])',
    );
    // The picker follows the site's time format: 12-hour with AM/PM for WordPress's default "g:i a".
    const pm = await picker.$('::-p-xpath(.//button[normalize-space(.)="PM"])');
    const h = Number(hours);
    await typeInto(await picker.$('.components-datetime__time-field-hours-input input'), String(pm ? h % 12 || 12 : h));
    await page.keyboard.press('Tab');
    await typeInto(await picker.$('.components-datetime__time-field-minutes-input input'), minutes);
    await page.keyboard.press('Tab');
    if (pm) await press(picker, `::-p-xpath(.//button[normalize-space(.)="${h >= 12 ? 'PM' : 'AM'}"])`);
    await press(picker, '::-p-xpath(.//button[normalize-space(.)="Done"])');
    await page.waitForSelector('.dialogue-widgets-moment__picker', { hidden: true });
  }

  /**
   * A screenshot of part of the sidebar. Puppeteer's element shots miss inside a scrolled panel, and the
   * sidebar may re-render (and scroll back) meanwhile: scroll, measure, shoot, and again if it moved.
   */
  async function shotOf(handle, name) {
    const place = () =>
      handle.evaluate(async (node) => {
        node.scrollIntoView({ block: 'start' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const r = node.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: Math.min(r.height, window.innerHeight - r.y) };
      });
    for (let tries = 0; tries < 5; tries++) {
      const box = await place();
      if (box.width < 1 || box.height < 1) {
        await sleep(500);
        continue;
      }
      await page.screenshot({ path: join(SHOTS, name), clip: box });
      const after = await handle.evaluate((node) => node.getBoundingClientRect().y);
      if (Math.abs(after - box.y) < 1) return;
      await sleep(500);
    }
  }

  const attributes = () =>
    page.evaluate(
      () =>
        wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((b) => b.name === 'dialogue-widgets/event').attributes,
    );

  step('lets an author log in and insert the block', async () => {
    await page.goto(`${wp.url}/wp-login.php`);
    await page.type('#user_login', wp.author.user);
    await page.type('#user_pass', wp.author.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.__unstableIsEditorReady?.(), {
      timeout: 60000,
    });
    // The welcome guide is not what this test is about.
    await page.evaluate(() => wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false));
    await page.waitForSelector('.edit-post-welcome-guide', { hidden: true });
    canvas = await editorCanvas();
    await canvas.locator('.editor-post-title').click();
    await page.keyboard.type('Water and cities');
    await page.locator('button[aria-label="Block Inserter"], button[aria-label="Toggle block inserter"]').click();
    await page.locator('.block-editor-inserter__search input').fill('Dialogue event');
    // Before inserting, the inserter's preview (block.json's example) is the real card, not a description.
    // The preview is a same-origin iframe WordPress fills itself: read it from the page. The result list can
    // re-render under the pointer while the search settles: hover again until the preview is the event's.
    const previewCardName = () =>
      document
        .querySelector('.block-editor-inserter__preview-content iframe')
        ?.contentDocument?.querySelector('dialogue-event')
        ?.shadowRoot?.querySelector('[part="name"]')
        ?.textContent.trim();
    let previewName = null;
    for (let tries = 0; tries < 5 && !previewName; tries++) {
      await page.locator('.editor-block-list-item-dialogue-widgets-event').hover();
      previewName = await page.waitForFunction(previewCardName, { timeout: 10000 }).catch(() => null);
    }
    assert.ok(previewName, "the inserter shows a preview of the event block's card");
    assert.equal(
      await previewName.jsonValue(),
      'How to use partnerships to strengthen the Impact of Civic Tech',
      "the inserter's preview shows the example card",
    );
    // The result list can re-render under a busy machine, swallowing a click: press until the block is in.
    const inserted = () =>
      wp.data
        .select('core/block-editor')
        .getBlocks()
        .some((b) => b.name === 'dialogue-widgets/event');
    for (let tries = 0; tries < 5 && !(await page.evaluate(inserted)); tries++) {
      await press(page, '.editor-block-list-item-dialogue-widgets-event');
      await page.waitForFunction(inserted, { timeout: 5000 }).catch(() => {});
    }
    await page.locator('button[aria-label="Close Block Inserter"]').click();
    await canvas.waitForSelector('.dialogue-widgets-placeholder');
    assert.equal((await attributes()).timeZone, 'Africa/Maputo', "a new block takes the site's zone");
  });

  step('takes the name in the canvas and the start and end from the date picker', async () => {
    const name = await canvas.evaluateHandle(
      () =>
        [...document.querySelectorAll('.dialogue-widgets-placeholder label')].find(
          (l) => l.textContent.trim() === 'Name',
        ).control,
    );
    await name.type('Water and cities: who pays for the pipes?');
    await pickDate(canvas, 'Starts', { monthsAhead: 1, hours: '16', minutes: '00' });
    await canvas.waitForSelector('.dialogue-widgets-preview dialogue-event');
    const start = (await attributes()).start;
    assert.match(start, /^\d{4}-\d{2}-15T16:00$/, 'wall-clock time, as the picker gives it');
    await pickDate(page.mainFrame(), 'Ends', { monthsAhead: 0, hours: '17', minutes: '30' });
    assert.equal((await attributes()).end, start.replace('16:00', '17:30'), 'the end picker opens on the start day');
    const words = await page.$eval('.dialogue-widgets-moment__toggle', (b) => b.textContent);
    assert.match(words, /15, \d{4}, (16:00|4:00 PM) Central Africa Time$/, `the start in words: ${words}`);
    await (
      await sidebarField('Description')
    ).type(
      'Cities grow faster than their water networks. Who should pay to extend them?\n\nAn hour with the people who build and fund them.',
    );
    await canvas.waitForFunction(
      () => document.querySelectorAll('.dialogue-widgets-preview dialogue-event > p').length === 2,
    );
  });

  step('picks the zone from the list by typing part of its name', async () => {
    const zone = await sidebarField('Time zone');
    await typeInto(zone, 'Johannes');
    await press(
      page,
      '::-p-xpath(//*[contains(@class,"components-form-token-field__suggestion")][contains(., "Johannesburg")])',
    );
    await page.waitForFunction(
      () => wp.data.select('core/block-editor').getBlocks()[0].attributes.timeZone === 'Africa/Johannesburg',
    );
    const words = await page.$eval('.dialogue-widgets-moment__toggle', (b) => b.textContent);
    assert.match(words, /South Africa Standard Time/, `the start's words follow the zone: ${words}`);
  });

  step('adds a panelist with a photo uploaded to the Media Library', async () => {
    await press(page, '::-p-xpath(//button[normalize-space(.)="Add a panelist"])');
    const panelist = await page.waitForSelector('.dialogue-widgets-item[data-item="0"]');
    await page.keyboard.type('Amina Diallo'); // focus moved to the new panelist's name
    const fields = await panelist.$$('input');
    await fields[1].type('Water engineer');
    await fields[2].type('City of Maputo');
    await press(panelist, '::-p-xpath(.//button[normalize-space(.)="Choose a photo"])');
    const modal = await page.waitForSelector('.media-modal');
    const uploadTab = await modal.$(
      '::-p-xpath(.//*[@id="menu-item-upload" or normalize-space(.)="Upload files"][self::button or self::a])',
    );
    if (uploadTab) await uploadTab.click();
    const photo = join(SHOTS, 'amina-diallo.png');
    writeFileSync(photo, portraitPng());
    const input = await page.waitForSelector('.media-modal input[type="file"]', { visible: false });
    await input.uploadFile(photo);
    await page.waitForSelector(
      '.media-modal .attachment.save-ready.selected, .media-modal .attachment.selected.details:not(.uploading)',
      { timeout: 60000 },
    );
    await page.waitForSelector('.media-modal .media-button-select:not([disabled])');
    await page.click('.media-modal .media-button-select');
    await page.waitForFunction(
      () =>
        /^https?:\/\/.+amina-diallo.*\.png$/.test(
          wp.data.select('core/block-editor').getBlocks()[0].attributes.panelists[0]?.photo || '',
        ),
      { timeout: 20000 },
    );
    const saved = (await attributes()).panelists[0];
    assert.equal(saved.name, 'Amina Diallo');
    assert.equal(saved.jobTitle, 'Water engineer');
    assert.equal(typeof saved.photoId, 'number');
  });

  step('shows the real card in the editor canvas, with the countdown and the panelist', async () => {
    await canvas.waitForFunction(() => {
      const card = document.querySelector('.dialogue-widgets-preview dialogue-event');
      return card?.shadowRoot && card.event?.panelists?.length === 1;
    });
    const text = await cardText(canvas);
    assert.match(text, /Water and cities: who pays for the pipes\?/);
    assert.match(text, /Amina Diallo/);
    assert.match(text, /Water engineer/);
    const state = await canvas.$eval('dialogue-event', (card) =>
      card.shadowRoot.querySelector('dialogue-countdown')?.getAttribute('state'),
    );
    assert.equal(state, 'upcoming', 'the countdown runs in the preview');
    const photo = await canvas.$eval('dialogue-event', (card) => {
      const imgs = [];
      const walk = (root) =>
        root.querySelectorAll('*').forEach((n) => {
          if (n.tagName === 'IMG') imgs.push(n.src);
          if (n.shadowRoot) walk(n.shadowRoot);
        });
      walk(card.shadowRoot);
      return imgs.find((src) => src.includes('amina-diallo'));
    });
    assert.ok(photo, 'the uploaded photo is in the card');
  });

  step('moves and removes panelists, and the card follows', async () => {
    const names = () =>
      page.evaluate(() =>
        wp.data
          .select('core/block-editor')
          .getBlocks()[0]
          .attributes.panelists.map((p) => p.name),
      );
    const cardNames = () => canvas.$eval('dialogue-event', (card) => card.event.panelists.map((p) => p.name));
    await press(page, '::-p-xpath(//button[normalize-space(.)="Add a panelist"])');
    await page.waitForSelector('.dialogue-widgets-item[data-item="1"]');
    await page.keyboard.type('Bruno Mahlangu'); // focus moved to the new panelist's name
    await canvas.waitForFunction(() => document.querySelector('dialogue-event').event?.panelists.length === 2);
    await press(page, '.dialogue-widgets-item[data-item="1"] .dialogue-widgets-item__up');
    await page.waitForFunction(
      () => wp.data.select('core/block-editor').getBlocks()[0].attributes.panelists[0].name === 'Bruno Mahlangu',
    );
    assert.deepEqual(await names(), ['Bruno Mahlangu', 'Amina Diallo']);
    await canvas.waitForFunction(
      () => document.querySelector('dialogue-event').event?.panelists[0].name === 'Bruno Mahlangu',
    );
    assert.deepEqual(await cardNames(), ['Bruno Mahlangu', 'Amina Diallo']);
    // Focus stays with the moved panelist (on its other arrow, now that it is first), and a screen reader hears where it went.
    const focused = await page.evaluate(
      () =>
        document.activeElement?.closest('.dialogue-widgets-item')?.dataset.item +
        ' ' +
        document.activeElement?.getAttribute('aria-label'),
    );
    assert.equal(focused, '0 Move Bruno Mahlangu down');
    assert.match(
      await page.$eval('#a11y-speak-polite', (n) => n.textContent),
      /Bruno Mahlangu moved to position 1 of 2/,
    );
    await press(page, '.dialogue-widgets-item[data-item="0"] .dialogue-widgets-item__remove');
    await page.waitForFunction(
      () => wp.data.select('core/block-editor').getBlocks()[0].attributes.panelists.length === 1,
    );
    assert.deepEqual(await names(), ['Amina Diallo']);
    await canvas.waitForFunction(() => document.querySelector('dialogue-event').event?.panelists.length === 1);
  });

  step('previews the card during and after the event with the editor clock', async () => {
    const option = (label) => press(page, `::-p-xpath(//button[@role="radio"][normalize-space(.)="${label}"])`);
    const state = () =>
      canvas.$eval('dialogue-event', (card) =>
        card.shadowRoot.querySelector('dialogue-countdown')?.getAttribute('state'),
      );
    await option('During');
    await canvas.waitForFunction(
      () =>
        document
          .querySelector('dialogue-event')
          .shadowRoot.querySelector('dialogue-countdown')
          ?.getAttribute('state') === 'live',
    );
    await option('After');
    await canvas.waitForFunction(
      () =>
        document
          .querySelector('dialogue-event')
          .shadowRoot.querySelector('dialogue-countdown')
          ?.getAttribute('state') === 'ended',
    );
    await option('Now');
    await canvas.waitForFunction(
      () =>
        document
          .querySelector('dialogue-event')
          .shadowRoot.querySelector('dialogue-countdown')
          ?.getAttribute('state') === 'upcoming',
    );
    assert.equal(await state(), 'upcoming');
  });

  step('flags bad input next to the field and keeps it from the card', async () => {
    // Looked up afresh each time: the sidebar may re-render its fields.
    const register = () => sidebarField('Registration page');
    await typeInto(await register(), 'javascript:alert(1)');
    const described = async () =>
      (await register()).evaluate((input) => ({
        invalid: input.getAttribute('aria-invalid'),
        help: document.getElementById(input.getAttribute('aria-describedby'))?.textContent ?? '',
      }));
    const flagged = await described();
    assert.match(flagged.help, /starts with https:\/\//, "the error is the field's description");
    assert.equal(flagged.invalid, 'true');
    assert.equal(await canvas.$eval('dialogue-event', (card) => card.getAttribute('register-url')), null);
    await shotOf(
      await (await register()).evaluateHandle((input) => input.closest('.components-panel__body')),
      'bad-address.png',
    );
    await typeInto(await register(), 'https://example.org/register?event=7');
    await canvas.waitForFunction(
      () =>
        document.querySelector('dialogue-event').getAttribute('register-url') ===
        'https://example.org/register?event=7',
    );
    assert.equal((await described()).invalid, null);

    // An end before the start, set as an old block or a hand edit would.
    const end = (await attributes()).end;
    await page.evaluate(() => {
      const block = wp.data.select('core/block-editor').getBlocks()[0];
      wp.data
        .dispatch('core/block-editor')
        .updateBlockAttributes(block.clientId, { end: block.attributes.start.replace('16:00', '15:00') });
    });
    await page.waitForSelector(
      '::-p-xpath(//*[contains(@class,"dialogue-widgets-invalid")][contains(., "The end is before the start")])',
    );
    assert.equal(
      await canvas.$eval('dialogue-event', (card) => card.getAttribute('end')),
      null,
      'the bad end never reaches the card',
    );
    const heard = await page.evaluate(() => {
      const ends = [...document.querySelectorAll('.block-editor-block-inspector .dialogue-widgets-moment__toggle')][1];
      return {
        invalid: ends.getAttribute('aria-invalid'),
        description: document.getElementById(ends.getAttribute('aria-describedby'))?.textContent,
      };
    });
    assert.deepEqual(
      heard,
      { invalid: 'true', description: 'The end is before the start: choose a later end.' },
      'a screen reader hears it on the Ends button',
    );
    await page.evaluate((value) => {
      const block = wp.data.select('core/block-editor').getBlocks()[0];
      wp.data.dispatch('core/block-editor').updateBlockAttributes(block.clientId, { end: value });
    }, end);
    await canvas.waitForFunction(
      (value) => document.querySelector('dialogue-event').getAttribute('end') === value,
      {},
      end,
    );
  });

  step('takes a screenshot of the block with its sidebar', async () => {
    await page.evaluate(() => {
      const panel = [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body')].find((p) =>
        p.textContent.startsWith('Date and time'),
      );
      panel.scrollIntoView({ block: 'start' });
    });
    await page.setViewport({ width: 1400, height: 1250 });
    await sleep(500);
    await page.screenshot({ path: join(SHOTS, 'editor-block.png') });
    await page.setViewport({ width: 1400, height: 1000 });
  });

  step('publishes, and the share panel gives the address and copies the snippet', async () => {
    const share = await page.waitForSelector('.dialogue-widgets-share');
    assert.match(await share.evaluate((n) => n.textContent), /appears here once the post is published/);
    await press(page, '.editor-post-publish-panel__toggle, .editor-post-publish-button__button');
    await press(page, '.editor-post-publish-panel .editor-post-publish-button');
    await page.waitForFunction(
      () =>
        wp.data.select('core/editor').getCurrentPost().status === 'publish' &&
        !wp.data.select('core/editor').isSavingPost(),
      { timeout: 30000 },
    );
    await press(page, '.editor-post-publish-panel button[aria-label="Close panel"]');
    await page.waitForSelector('.editor-post-publish-panel', { hidden: true });
    // The sidebar may come back on the post's tab: the panel is on the block's.
    const blockTab = await page.$(
      '::-p-xpath(//button[@role="tab"][normalize-space(.)="Block"][@aria-selected="false"])',
    );
    if (blockTab) await blockTab.click();
    await page.waitForSelector('.dialogue-widgets-share', { visible: true });
    const postId = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    permalink = await page.evaluate(() => wp.data.select('core/editor').getCurrentPost().link);

    const address = await page.waitForSelector('.dialogue-widgets-share__address');
    const href = await address.evaluate((a) => a.href);
    assert.match(href, new RegExp(`dialogue-widgets/v1/events/${postId}$`));
    await shotOf(await page.$('.dialogue-widgets-share'), 'share-panel.png');

    await page.bringToFront(); // the clipboard is for the focused page
    await press(page, '::-p-xpath(//button[normalize-space(.)="Copy HTML"])');
    await page.waitForSelector('::-p-xpath(//button[normalize-space(.)="Copied"])');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The plugin's copy from its route, which lets other sites load it (not the static file, which would need CORS).
    assert.match(
      copied,
      /^<script type="module" src="https?:\/\/[^"]+\/wp-json\/dialogue-widgets\/v1\/script\/[0-9a-f]{12}\/js"><\/script>\n/,
    );
    assert.doesNotMatch(
      await page.$eval('.dialogue-widgets-share', (n) => n.textContent),
      /Access-Control-Allow-Origin|missing/,
      'no warning: partners can load the script',
    );
    assert.ok(copied.includes(`<dialogue-event src="${href}">`), copied);
    assert.match(
      copied,
      /<noscript><strong><a href="[^"]+">Water and cities: who pays for the pipes\?<\/a><\/strong> &middot; <time datetime="\d{4}-\d{2}-15T16:00\+02:00">[^<]+South Africa Standard Time<\/time> &middot; <a href="https:\/\/example\.org\/register\?event=7">Register<\/a><\/noscript><\/dialogue-event>$/,
    );
    const announced = await page.evaluate(() => document.querySelector('#a11y-speak-polite')?.textContent);
    assert.match(announced || '', /Copied/);

    await press(page, '::-p-xpath(//button[normalize-space(.)="Copy shortcode"])');
    await sleep(200);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `[dialogue_event src="${href}"]`);
  });

  step('shows the card on the published page', async () => {
    const visitor = await browser.newPage();
    await visitor.emulateTimezone('America/New_York');
    await visitor.goto(permalink);
    await visitor.setViewport({ width: 1000, height: 1200 });
    await visitor.waitForFunction(
      () => document.querySelector('dialogue-event')?.shadowRoot?.textContent.includes('who pays for the pipes'),
      { timeout: 20000 },
    );
    await (await visitor.$('dialogue-event')).screenshot({ path: join(SHOTS, 'published-card.png') });
    await visitor.close();
    assert.deepEqual(problems, [], 'no script error in the editor or on the page');
    if (wp.debugLog)
      assert.deepEqual(
        wp
          .debugLog()
          .split('\n')
          .filter((line) => line.includes('dialogue-widgets')),
        [],
      );
  });
});

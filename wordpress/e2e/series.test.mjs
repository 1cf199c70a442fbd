// Issue 11 on a real WordPress 6.8: a page with [dialogue_series] and no address shows the site's own published
// events (its EventSeries at /wp-json/dialogue-widgets/v1/events): the next one as the card, the one after it as a
// row, the past one with its recording; the "Dialogue series" block does the same with its own limits, and in the
// editor its preview is the real series.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './site.mjs';
import { launchBrowser, logIn } from './browser.mjs';

const ZONE = 'Africa/Maputo';
const block = (name, attributes) => `<!-- wp:dialogue-widgets/${name} ${JSON.stringify(attributes)} /-->`;
/** Maputo's wall-clock time (UTC+2 all year) `days` from now: the series lists past events of the last 180 days. */
const maputo = (days) => new Date(Date.now() + days * 86_400_000 + 2 * 3_600_000).toISOString().slice(0, 16);
const EVENTS = [
  {
    name: 'Open budgets people can read',
    start: maputo(-10),
    end: maputo(-9.9),
    timeZone: ZONE,
    recordingUrl: 'https://example.org/watch/1',
  },
  {
    name: 'Partnerships in civic tech',
    start: '2030-07-06T16:00',
    end: '2030-07-06T17:30',
    timeZone: ZONE,
    registerUrl: 'https://example.org/register/2',
  },
  {
    name: 'Election tools that last',
    start: '2030-08-06T16:00',
    end: '2030-08-06T17:30',
    timeZone: ZONE,
    registerUrl: 'https://example.org/register/3',
  },
];

let site;
let browser;

before(async () => {
  site = await startSite({ options: { timezone_string: ZONE } });
  browser = await launchBrowser();
  for (const [index, event] of EVENTS.entries()) {
    await site.insertPost({
      post_title: `Episode ${index + 1}`,
      post_name: `episode-${index + 1}`,
      post_content: block('event', event),
    });
  }
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

/** What a visitor sees of the series once its feed has arrived: the card's name and each list's rows. */
async function seenOn(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      () => {
        const series = document.querySelector('dialogue-series');
        const root = series?.shadowRoot;
        const card = root?.querySelector('[part~="featured"] dialogue-event');
        const name = card?.shadowRoot?.querySelector('[part="name"]')?.textContent.trim();
        if (!name) return false;
        const rows = (list) =>
          [...root.querySelectorAll(`[part~="${list}"] [part~="row-name"]`)].map((row) => row.textContent.trim());
        const action = (list) =>
          root.querySelector(`[part~="${list}"] [part~="row-action"]`)?.textContent.trim() ?? null;
        return {
          src: series.getAttribute('src'),
          featured: name,
          upcoming: rows('upcoming-list'),
          past: rows('past-list'),
          pastAction: action('past-list'),
        };
      },
      { timeout: 20_000 },
    );
    const seen = await handle.jsonValue();
    assert.deepEqual(problems, [], 'no script error on the page');
    return seen;
  } finally {
    await page.close();
  }
}

test("[dialogue_series] without an address shows the site's own events", async () => {
  await site.insertPost({
    post_type: 'page',
    post_title: 'Our dialogues',
    post_name: 'our-dialogues',
    post_content: '[dialogue_series]',
  });
  assert.deepEqual(await seenOn('/our-dialogues/'), {
    src: `${site.url}/wp-json/dialogue-widgets/v1/events`,
    featured: 'Partnerships in civic tech',
    upcoming: ['Election tools that last'],
    past: ['Open budgets people can read'],
    pastAction: 'Watch the recording',
  });
});

test('the Dialogue series block does the same, with its own limits', async () => {
  await site.insertPost({
    post_type: 'page',
    post_title: 'Next dialogue',
    post_name: 'next-dialogue',
    post_content: block('series', { upcomingLimit: '0', pastLimit: '0' }),
  });
  const seen = await seenOn('/next-dialogue/');
  assert.deepEqual(
    { featured: seen.featured, upcoming: seen.upcoming, past: seen.past },
    { featured: 'Partnerships in civic tech', upcoming: [], past: [] },
  );
});

test("in the editor, the block's preview is the real series", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    await logIn(page, site);
    await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('dialogue-widgets/series'), { timeout: 60_000 });
    await page.evaluate(() => {
      window.wp.data
        .dispatch('core/block-editor')
        .insertBlocks(window.wp.blocks.createBlock('dialogue-widgets/series'));
    });
    const frame = (await page.$('iframe[name="editor-canvas"]'))
      ? await (await page.$('iframe[name="editor-canvas"]')).contentFrame()
      : page.mainFrame();
    const featured = await frame.waitForFunction(
      () =>
        document
          .querySelector('dialogue-series')
          ?.shadowRoot?.querySelector('[part~="featured"] dialogue-event')
          ?.shadowRoot?.querySelector('[part="name"]')
          ?.textContent.trim(),
      { timeout: 30_000 },
    );
    assert.equal(await featured.jsonValue(), 'Partnerships in civic tech');
    assert.deepEqual(problems, [], 'no script error in the editor');
  } finally {
    await page.close();
  }
});

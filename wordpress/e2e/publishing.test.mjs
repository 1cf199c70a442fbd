// Issue 9, the host publishes: a real WordPress 6.8 serves each published event's JSON-LD as API.md says,
// and a partner page on another origin shows it by `src`, follows the host's change of time, and keeps its
// fallback (saying why) once the host unpublishes. Posts are made with PHP fixtures; the author's way through
// the editor is tested in the editor's own e2e test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './site.mjs';
import { startPartner } from './partner.mjs';
import { launchBrowser, logIn } from './browser.mjs';

const ZONE = 'Africa/Maputo';
const EVENT = {
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  description: 'Digital Dialogues, episode 7.\n\nCivic tech groups on working together.',
  start: '2030-07-06T16:00',
  end: '2030-07-06T17:30',
  timeZone: ZONE,
  registerUrl: 'https://example.org/register?event=7&ref=host',
  panelists: [
    {
      name: 'Thandi Mokoena',
      jobTitle: 'Programme lead',
      organisation: 'Open Cities Lab',
      organisationUrl: 'https://opencitieslab.org/',
    },
  ],
  partners: [{ name: 'Code for Africa', url: 'https://codeforafrica.org/' }],
};
const block = (attributes) => `<!-- wp:dialogue-widgets/event ${JSON.stringify(attributes)} /-->`;

let site;
let partner;
let browser;
let postId;
let address;

before(async () => {
  site = await startSite({ options: { timezone_string: ZONE } });
  partner = await startPartner();
  browser = await launchBrowser();
  postId = await site.insertPost({ post_title: 'Episode 7', post_name: 'episode-7', post_content: block(EVENT) });
  address = `${site.url}/wp-json/dialogue-widgets/v1/events/${postId}`;
});
after(async () => {
  await browser?.close();
  await partner?.stop();
  await site?.stop();
});

/** A partner's page embedding the event by its address, as the share panel's snippet has it. */
function partnerPage(path) {
  partner.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="/dialogue-widgets.js"></script></head>
<body><main><h1>Our partners' events</h1>
<dialogue-event src="${address}"><noscript><a href="${site.url}/episode-7/">${EVENT.name}</a></noscript></dialogue-event>
</main></body></html>`,
  );
  return `${partner.url}${path}`;
}

/** What a visitor sees of the card once the event has arrived: the event's time, as the countdown shows it. */
async function shownTime(page) {
  const handle = await page.waitForFunction(
    () => {
      const card = document.querySelector('dialogue-event');
      const time = card?.shadowRoot
        ?.querySelector('dialogue-countdown')
        ?.shadowRoot?.querySelector('[part~="event-time"]');
      return time
        ? { datetime: time.getAttribute('datetime'), text: time.textContent.trim(), title: time.getAttribute('title') }
        : false;
    },
    { timeout: 20_000 },
  );
  return handle.jsonValue();
}

test("the event's JSON-LD address answers as API.md says", async () => {
  const response = await fetch(address, { headers: { origin: partner.url } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/ld+json; charset=UTF-8');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('access-control-allow-credentials'), null);
  assert.equal(response.headers.get('access-control-expose-headers'), 'Date, Age, ETag');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
  assert.match(response.headers.get('etag') ?? '', /^"[0-9a-f]{32}"$/);
  assert.ok(response.headers.get('date'), 'a Date header');
  assert.equal(response.headers.get('set-cookie'), null);
  const document = await response.json();
  assert.deepEqual(
    {
      '@context': document['@context'],
      '@type': document['@type'],
      '@id': document['@id'],
      url: document.url,
      name: document.name,
      startDate: document.startDate,
      endDate: document.endDate,
      eventSchedule: document.eventSchedule,
      offers: document.offers,
      performer: document.performer,
      organizer: document.organizer,
      sponsor: document.sponsor,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': address,
      url: `${site.url}/episode-7/`,
      name: EVENT.name,
      startDate: '2030-07-06T16:00:00+02:00',
      endDate: '2030-07-06T17:30:00+02:00',
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: ZONE },
      offers: {
        '@type': 'Offer',
        url: 'https://example.org/register?event=7&ref=host',
        price: 0,
        availability: 'https://schema.org/InStock',
      },
      performer: [
        {
          '@type': 'Person',
          name: 'Thandi Mokoena',
          jobTitle: 'Programme lead',
          affiliation: { '@type': 'Organization', name: 'Open Cities Lab', url: 'https://opencitieslab.org/' },
        },
      ],
      organizer: { '@type': 'Organization', name: 'Dialogue Host', url: `${site.url}/` },
      sponsor: [{ '@type': 'Organization', name: 'Code for Africa', url: 'https://codeforafrica.org/' }],
    },
  );

  const again = await fetch(address, { headers: { 'if-none-match': response.headers.get('etag') } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('etag'), response.headers.get('etag'));
  assert.equal(again.headers.get('access-control-allow-origin'), '*');
  assert.equal((await fetch(address, { headers: { 'if-none-match': '"stale"' } })).status, 200);

  await site.php(`update_option( 'dialogue_widgets_max_age', 300 );`);
  try {
    assert.equal((await fetch(address)).headers.get('cache-control'), 'public, max-age=300');
  } finally {
    await site.php(`delete_option( 'dialogue_widgets_max_age' );`);
  }
});

test("the host's own page carries the same document in the card, through all of WordPress 6.8's content filters", async () => {
  const html = await (await fetch(`${site.url}/episode-7/`)).text();
  const element =
    /<div class="wp-block-dialogue-widgets-event"><dialogue-event [^>]*>.*?<\/dialogue-event><\/div>/.exec(html)?.[0];
  assert.ok(element, "the block's element, whole, on one line");
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(element)?.[1];
  assert.deepEqual(JSON.parse(json), await (await fetch(address)).json());
  assert.doesNotMatch(element, /<\/?p>|<br/, 'no paragraph or line break put inside it');

  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}/episode-7/`);
    const card = await page.waitForFunction(() => {
      const event = document.querySelector('dialogue-event')?.event;
      return event?.panelists?.length
        ? { panelists: event.panelists.map((p) => p.name), problems: document.querySelector('dialogue-event').problems }
        : false;
    });
    assert.deepEqual(await card.jsonValue(), { panelists: ['Thandi Mokoena'], problems: [] });
  } finally {
    await page.close();
  }
});

test('an event in a synced pattern is published at the address of the post that shows it', async () => {
  const pattern = await site.insertPost({
    post_type: 'wp_block',
    post_title: 'Pattern',
    post_content: block({ ...EVENT, name: 'From a pattern' }),
  });
  const id = await site.insertPost({
    post_title: 'Uses a pattern',
    post_name: 'uses-a-pattern',
    post_content: `<!-- wp:block {"ref":${pattern}} /-->`,
  });
  const patternAddress = `${site.url}/wp-json/dialogue-widgets/v1/events/${id}`;
  const document = await (await fetch(patternAddress)).json();
  assert.deepEqual(
    [document['@id'], document.url, document.name],
    [patternAddress, `${site.url}/uses-a-pattern/`, 'From a pattern'],
  );
  const html = await (await fetch(`${site.url}/uses-a-pattern/`)).text();
  assert.deepEqual(
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? 'null'),
    document,
  );
  await site.php(`wp_delete_post( ${id}, true ); wp_delete_post( ${pattern}, true );`);
});

test("Media Library images: the site icon is the organizer's logo; a photo or logo chosen there is given by its current address", async () => {
  const media = await site.phpJson(`
    $ids = array();
    foreach ( array( 'icon.png', 'thandi.jpg', 'cfa.png' ) as $file ) {
      $ids[] = wp_insert_attachment( array( 'post_mime_type' => 'image/' . pathinfo( $file, PATHINFO_EXTENSION ), 'post_title' => $file, 'post_status' => 'inherit' ), '2030/07/' . $file );
    }
    update_option( 'site_icon', $ids[0] );
    return $ids;`);
  const [icon, photo, logo] = media;
  const id = await site.insertPost({
    post_title: 'With media',
    post_content: block({
      ...EVENT,
      panelists: [{ name: 'Thandi Mokoena', photo: 'https://old.example/moved.jpg', photoId: photo }],
      partners: [{ name: 'Code for Africa', logo: 'javascript:alert(1)', logoId: logo }],
    }),
  });
  try {
    const document = await (await fetch(`${site.url}/wp-json/dialogue-widgets/v1/events/${id}`)).json();
    const uploads = `${site.url}/wp-content/uploads/2030/07`;
    assert.deepEqual(
      [document.organizer.logo, document.performer[0].image, document.sponsor[0].logo],
      [`${uploads}/icon.png`, `${uploads}/thandi.jpg`, `${uploads}/cfa.png`],
    );
  } finally {
    await site.php(
      `delete_option( 'site_icon' ); wp_delete_post( ${id}, true ); foreach ( array( ${icon}, ${photo}, ${logo} ) as $m ) { wp_delete_attachment( $m, true ); }`,
    );
  }
});

test('the series lists the event with its own address and page', async () => {
  const response = await fetch(`${site.url}/wp-json/dialogue-widgets/v1/events`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/ld+json; charset=UTF-8');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const series = await response.json();
  assert.equal(series['@type'], 'EventSeries');
  assert.deepEqual(
    series.subEvent.map((event) => [event['@id'], event.url, event.startDate]),
    [[address, `${site.url}/episode-7/`, '2030-07-06T16:00:00+02:00']],
  );
});

test("no cookie is needed, and a logged-in editor's cookie with a stale nonce changes nothing", async () => {
  const page = await browser.newPage();
  try {
    await logIn(page, site);
    const cookies = (await page.cookies(site.url)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    assert.match(cookies, /wordpress_logged_in_/);
    const anonymous = await fetch(address);
    const withCookie = await fetch(address, { headers: { cookie: cookies, 'x-wp-nonce': 'stale0000' } });
    assert.equal(withCookie.status, 200);
    assert.equal(await withCookie.text(), await anonymous.text());
    assert.equal(withCookie.headers.get('cache-control'), 'public, max-age=60');
  } finally {
    await page.close();
  }
});

test('drafts, private, scheduled, password-protected and trashed posts are never served (404)', async () => {
  const content = block({ ...EVENT, name: 'Not for partners' });
  const ids = {
    draft: await site.insertPost({ post_title: 'Draft', post_status: 'draft', post_content: content }),
    pending: await site.insertPost({ post_title: 'Pending', post_status: 'pending', post_content: content }),
    private: await site.insertPost({ post_title: 'Private', post_status: 'private', post_content: content }),
    future: await site.insertPost({
      post_title: 'Later',
      post_status: 'future',
      post_date: '2099-01-01 10:00:00',
      post_content: content,
    }),
    password: await site.insertPost({ post_title: 'Secret', post_password: 'secret', post_content: content }),
    trashed: await site.insertPost({ post_title: 'Trashed', post_content: content }),
    embedsAnother: await site.insertPost({
      post_title: 'Embeds',
      post_content: block({ src: 'https://other.example/wp-json/dialogue-widgets/v1/events/1' }),
    }),
  };
  await site.php(`wp_trash_post( ${ids.trashed} );`);
  const statuses = {};
  for (const [kind, id] of Object.entries(ids)) {
    const response = await fetch(`${site.url}/wp-json/dialogue-widgets/v1/events/${id}`);
    statuses[kind] = [response.status, response.headers.get('access-control-allow-origin')];
  }
  assert.deepEqual(statuses, {
    draft: [404, '*'],
    pending: [404, '*'],
    private: [404, '*'],
    future: [404, '*'],
    password: [404, '*'],
    trashed: [404, '*'],
    embedsAnother: [404, '*'],
  });
  assert.equal((await fetch(`${address}-2`)).status, 404);
  const series = await (await fetch(`${site.url}/wp-json/dialogue-widgets/v1/events`)).json();
  assert.deepEqual(
    series.subEvent.map((event) => event['@id']),
    [address],
  );
});

/** The snippet the share panel gives an author for the event: logged in, the post open in the editor, the block selected. */
async function snippetFromSharePanel() {
  const context = await browser.createBrowserContext(); // a session of the author's own
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    await logIn(page, site);
    await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.__unstableIsEditorReady?.(), {
      timeout: 60_000,
    });
    await page.evaluate(() => {
      const [first] = wp.data.select('core/block-editor').getBlocks();
      wp.data.dispatch('core/block-editor').selectBlock(first.clientId);
    });
    const area = await page.waitForSelector('::-p-xpath(//textarea[contains(., "<dialogue-event src=")])', {
      timeout: 30_000,
    });
    const panel = await page.$eval('.dialogue-widgets-share', (n) => n.textContent);
    return { html: await area.evaluate((t) => t.value), panel };
  } finally {
    await context.close();
  }
}

/** Opens a partner's page holding `html` as pasted, and resolves with what its card shows and how its script came. */
async function openPartnerPaste(path, html, scriptUrl) {
  partner.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><main><h1>Our partners' events</h1>
${html}
</main></body></html>`,
  );
  const page = await browser.newPage();
  const errors = [];
  const scripts = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push({ url: response.url(), status: response.status(), headers: response.headers() });
    }
  });
  try {
    await page.emulateTimezone('America/New_York');
    await page.goto(`${partner.url}${path}`);
    const time = await shownTime(page);
    const name = await page.$eval('dialogue-event', (card) => card.event?.name);
    const shot = `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/partner-snippet${path.replace(/\W+/g, '-')}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    return { time, name, errors, scripts: scripts.filter((s) => s.url.startsWith(scriptUrl.split('?')[0])) };
  } finally {
    await page.close();
  }
}

test("the share panel's HTML, pasted as is into a page on another origin, loads the plugin's script from the host and shows the event", async () => {
  const { html, panel } = await snippetFromSharePanel();
  const scriptUrl = await site.phpJson(`return dialogue_widgets_partner_script_src();`);
  assert.match(scriptUrl, new RegExp(`^${site.url}/wp-json/dialogue-widgets/v1/script/[0-9a-f]{12}/js$`));
  assert.ok(
    html.startsWith(`<script type="module" src="${scriptUrl}"></script>\n<dialogue-event src="${address}">`),
    html,
  );
  assert.doesNotMatch(
    panel,
    /Access-Control-Allow-Origin|missing/,
    'no warning: the route lets any site load the script',
  );
  const hostPage = await (await fetch(`${site.url}/episode-7/`)).text();
  assert.match(
    hostPage,
    /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/dialogue-widgets\/assets\/dialogue-widgets\.js\?ver=/,
    "the host's own pages keep the static file",
  );

  const shown = await openPartnerPaste('/pasted.html', html, scriptUrl);
  assert.equal(shown.name, EVENT.name);
  assert.match(`${shown.time.text} ${shown.time.title}`, /Central Africa Time/);
  assert.deepEqual(shown.errors, []);
  assert.deepEqual(
    shown.scripts.map((s) => [s.url, s.status, s.headers['content-type'], s.headers['access-control-allow-origin']]),
    [[scriptUrl, 200, 'text/javascript; charset=utf-8', '*']],
    'the module came from the host, across origins',
  );

  // The headers, without any cookie; the 304; the source map; an older version's address.
  const response = await fetch(scriptUrl, { headers: { origin: partner.url } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('access-control-allow-credentials'), null);
  assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(response.headers.get('set-cookie'), null);
  const etag = response.headers.get('etag');
  assert.match(etag ?? '', /^"[0-9a-f]{32}"$/);
  const body = await response.text();
  assert.match(body, /customElements/);
  const again = await fetch(scriptUrl, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('access-control-allow-origin'), '*');
  const mapUrl = scriptUrl.replace(/\/js$/, '/map');
  assert.ok(body.trimEnd().endsWith(`//# sourceMappingURL=${mapUrl}`), body.slice(-200));
  const map = await fetch(mapUrl);
  assert.deepEqual(
    [
      map.status,
      map.headers.get('content-type'),
      map.headers.get('access-control-allow-origin'),
      (await map.json()).version,
    ],
    [200, 'application/json; charset=utf-8', '*', 3],
  );
  const old = await fetch(`${site.url}/wp-json/dialogue-widgets/v1/script/000000000000/js`, { redirect: 'manual' });
  assert.deepEqual(
    [old.status, old.headers.get('location'), old.headers.get('access-control-allow-origin')],
    [302, scriptUrl, '*'],
  );
  const oldSnippet = await openPartnerPaste(
    '/pasted-long-ago.html',
    html.replace(scriptUrl, `${site.url}/wp-json/dialogue-widgets/v1/script/000000000000/js`),
    `${site.url}/wp-json/dialogue-widgets/v1/script/`,
  );
  assert.equal(oldSnippet.name, EVENT.name, 'a snippet pasted before an update is redirected to the current script');
  assert.deepEqual(oldSnippet.errors, []);
});

test("with plain permalinks, the snippet's script address (…?rest_route=…) loads on another origin too", async () => {
  await site.php(`update_option( 'permalink_structure', '' ); flush_rewrite_rules();`);
  try {
    const scriptUrl = await site.phpJson(`return dialogue_widgets_partner_script_src();`);
    assert.match(scriptUrl, /\/index\.php\?rest_route=\/dialogue-widgets\/v1\/script\/[0-9a-f]{12}\/js$/);
    const plainAddress = `${site.url}/index.php?rest_route=/dialogue-widgets/v1/events/${postId}`;
    const shown = await openPartnerPaste(
      '/plain.html',
      `<script type="module" src="${scriptUrl}"></script>\n<dialogue-event src="${plainAddress}"></dialogue-event>`,
      scriptUrl,
    );
    assert.equal(shown.name, EVENT.name);
    assert.match(`${shown.time.text} ${shown.time.title}`, /Central Africa Time/);
    assert.deepEqual(shown.errors, []);
    assert.deepEqual(
      shown.scripts.map((s) => [s.status, s.headers['access-control-allow-origin']]),
      [[200, '*']],
    );
    const map = await fetch(scriptUrl.replace(/\/js$/, '/map'));
    assert.equal(map.status, 200);
  } finally {
    await site.php(`update_option( 'permalink_structure', '/%postname%/' ); flush_rewrite_rules();`);
  }
});

test("a partner page on another origin shows the event by src, with the zone's name; a changed start shows on the next load", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.emulateTimezone('America/New_York');
    await page.goto(partnerPage('/event.html'));
    const before = await shownTime(page);
    assert.equal(new Date(before.datetime).toISOString(), '2030-07-06T14:00:00.000Z');
    assert.match(before.text, /4:00/);
    assert.match(`${before.text} ${before.title}`, /Central Africa Time/);
    const name = await page.$eval('dialogue-event', (card) => card.event?.name);
    assert.equal(name, EVENT.name);
    // A partner's own script may read the address too, even with headers that make the browser ask first.
    const read = await page.evaluate(async (url) => {
      const response = await fetch(url, { headers: { 'x-partner': 'yes' } });
      return [response.status, response.headers.get('etag') !== null, (await response.json()).name];
    }, address);
    assert.deepEqual(read, [200, true, EVENT.name]);
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/partner-before.png`, fullPage: true });

    await site.php(
      `wp_update_post( wp_slash( array( 'ID' => ${postId}, 'post_content' => ${JSON.stringify(block({ ...EVENT, start: '2030-07-06T17:30', end: '2030-07-06T19:00' }))} ) ) );`,
    );
    await page.goto(partnerPage('/event.html'));
    const after = await shownTime(page);
    assert.equal(new Date(after.datetime).toISOString(), '2030-07-06T15:30:00.000Z');
    assert.match(after.text, /5:30/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('unpublished, the address answers 404 and the partner card shows its <noscript> fallback and lists the 404 in problems', async () => {
  await site.php(`wp_update_post( array( 'ID' => ${postId}, 'post_status' => 'draft' ) );`);
  const response = await fetch(address);
  assert.equal(response.status, 404);

  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(partnerPage('/event.html'));
    const problems = await page.waitForFunction(
      () => {
        const found = document.querySelector('dialogue-event')?.problems ?? [];
        return found.some((problem) => problem.field === 'src') ? found : false;
      },
      { timeout: 20_000 },
    );
    const srcProblem = (await problems.jsonValue()).find((problem) => problem.field === 'src');
    assert.equal(srcProblem.value, address);
    assert.match(srcProblem.message, /HTTP 404/);
    const fallback = await page.$eval('dialogue-event noscript', (noscript) => noscript.textContent);
    assert.match(fallback, /How to use partnerships/);
    // What visitors see: the card shows the fallback's words instead of an untitled event.
    const shown = await page.waitForFunction(
      () => document.querySelector('dialogue-event')?.shadowRoot?.querySelector('[part="fallback"]')?.textContent,
      { timeout: 10_000 },
    );
    assert.match(await shown.jsonValue(), /How to use partnerships/);
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/partner-unpublished.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('no PHP notice or warning from the plugin', () => {
  assert.deepEqual(
    site
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('dialogue-widgets')),
    [],
  );
});

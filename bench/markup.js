// The markup the benchmark renders, shared by the page (bench/harness.js) and the
// server (scripts/bench.mjs renders the cold-load page from it). Plain ES, no imports.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The reference event's zone; Mozambique keeps UTC+2 all year, so wall times are easy to write. */
const ZONE = 'Africa/Maputo';
const ZONE_OFFSET_MS = 2 * HOUR_MS;

/** `YYYY-MM-DDTHH:mm` in Africa/Maputo for an instant (always whole minutes). */
export function maputoWallTime(epochMs) {
  return new Date(epochMs + ZONE_OFFSET_MS).toISOString().slice(0, 16);
}

const ceilTo = (ms, unit) => Math.ceil(ms / unit) * unit;

/**
 * Start instants for `count` countdowns.
 * - `days`: three days away and more, spread over 72 distinct hours. Their text changes
 *   on the hour-of-the-target, and every target shares the same minute, about 30 minutes
 *   from now: no countdown needs the clock during a 5-second window.
 * - `seconds`: 20 to 40 minutes away, whole minutes, so all of them show seconds and all
 *   of their seconds tick over on the same millisecond (one wake a second is possible).
 * - `one-seconds`: the first (on screen) shows seconds, the rest are `days`.
 */
export function countdownStarts(count, mode, now) {
  const daysBase = ceilTo(now + 3 * DAY_MS + 30 * MINUTE_MS, MINUTE_MS);
  const secondsBase = ceilTo(now + 20 * MINUTE_MS, MINUTE_MS);
  return Array.from({ length: count }, (_, i) => {
    if (mode === 'seconds' || (mode === 'one-seconds' && i === 0)) return secondsBase + (i % 20) * MINUTE_MS;
    return daysBase + (i % 72) * HOUR_MS;
  });
}

/** `count` stand-alone countdowns, the way a listing of short announcements would carry them. */
export function countdownsMarkup(count, mode, now, target = 'ours') {
  return countdownStarts(count, mode, now)
    .map((start) => countdownMarkup(target, start))
    .join('\n');
}

/** One countdown to `start` (epoch ms) as each target writes it. */
function countdownMarkup(target, start) {
  if (target === 'floor')
    return `<floor-countdown start="${maputoWallTime(start)}" time-zone="${ZONE}"></floor-countdown>`;
  // GitHub's element: the time left to the second ("duration" format), its fallback text as its README asks.
  if (target === 'rte') {
    const iso = new Date(start).toISOString();
    return `<relative-time datetime="${iso}" format="duration" precision="second" tense="future">${iso.slice(0, 10)}</relative-time>`;
  }
  return `<dialogue-countdown start="${maputoWallTime(start)}" time-zone="${ZONE}"></dialogue-countdown>`;
}

/**
 * The reference event (demo/index.html: a Digital Dialogue with three panelists),
 * moved into the future so its countdown runs as it would while the event is announced.
 */
export function referenceCardMarkup(startMs) {
  return `<dialogue-event start="${maputoWallTime(startMs)}" time-zone="${ZONE}" register-url="https://example.org/register">
  <h3 slot="name">How to use partnerships to strengthen the Impact of Civic Tech</h3>
  <p>
    Civic tech reaches further when its builders work with others. This Digital Dialogue looks at how
    partnerships between civic innovators, local government, community-based organisations and the private
    sector have shaped civic tech projects across the global South.
  </p>
  <p>The panel takes up four questions:</p>
  <ul>
    <li>What do case studies built on partnership teach us?</li>
    <li>How can civic tech groups partner well with government and with communities?</li>
    <li>Where do partnerships help, and where do they hold projects back?</li>
    <li>How does looking back on past work make long-term collaboration stronger?</li>
  </ul>
  <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist>
  <dialogue-panelist name="Tobi Oluwatola" organisation="Centre for Journalism Innovation and Development"></dialogue-panelist>
  <dialogue-panelist name="Hector Dominguez Aguirre" organisation="Portland Smart City PDX Project"></dialogue-panelist>
</dialogue-event>`;
}

/** Where the reference card starts: three days from now at 16:00 in Maputo, as the original did. */
export function referenceStart(now) {
  const day = Math.floor((now + ZONE_OFFSET_MS) / DAY_MS) + 3;
  return day * DAY_MS + 16 * HOUR_MS - ZONE_OFFSET_MS;
}

/** The six calendars add-to-calendar-button offers here: as many as our register's menu and .ics. */
const CALENDAR_OPTIONS = "'Apple','Google','iCal','Outlook.com','Microsoft365','MicrosoftTeams'";

/** The reference event as an add-to-calendar-button: the peer of a card's register for a listing. */
export function addToCalendarMarkup(startMs) {
  const [date, time] = maputoWallTime(startMs).split('T');
  const end = maputoWallTime(startMs + 90 * MINUTE_MS).slice(11);
  return `<add-to-calendar-button name="How to use partnerships to strengthen the Impact of Civic Tech"
  description="Civic tech reaches further when its builders work with others. A Digital Dialogue with Caroline Khene, Tobi Oluwatola and Hector Dominguez Aguirre."
  startDate="${date}" startTime="${time}" endTime="${end}" timeZone="${ZONE}" location="https://example.org/register"
  options="${CALENDAR_OPTIONS}"></add-to-calendar-button>`;
}

/** A listing page: `count` full cards (or add-to-calendar-buttons), one event a day from three days on. */
export function listingMarkup(count, now, target = 'ours') {
  const first = referenceStart(now);
  const one = target === 'atcb' ? addToCalendarMarkup : referenceCardMarkup;
  return Array.from({ length: count }, (_, i) => one(first + i * DAY_MS)).join('\n');
}

/**
 * A series feed as the WordPress plugin publishes it: a schema.org EventSeries of `count`
 * Digital Dialogues, one a day from three days on, each with its zone, registration and panel.
 */
export function seriesFeed(count, now) {
  const first = referenceStart(now);
  const iso = (ms) => `${maputoWallTime(ms)}:00+02:00`;
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    name: 'Digital Dialogues',
    subEvent: Array.from({ length: count }, (_, i) => ({
      '@type': 'Event',
      '@id': `https://host.example/wp-json/dialogue-widgets/v1/events/${i + 1}`,
      url: `https://host.example/dialogues/${i + 1}`,
      name: `Digital Dialogue ${i + 1}: partnerships in civic tech`,
      startDate: iso(first + i * DAY_MS),
      endDate: iso(first + i * DAY_MS + 90 * MINUTE_MS),
      eventSchedule: { '@type': 'Schedule', scheduleTimezone: ZONE },
      offers: { '@type': 'Offer', url: `https://example.org/register/${i + 1}` },
      performer: ['Caroline Khene', 'Tobi Oluwatola', 'Hector Dominguez Aguirre'].map((name) => ({
        '@type': 'Person',
        name,
      })),
    })),
  };
}

/** What a page of `kind` holds for `target`: `card` is the reference card, or the floor element alone. */
export function markupFor(target, kind, count, now) {
  if (kind === 'card')
    return target === 'floor'
      ? countdownMarkup('floor', referenceStart(now))
      : referenceCardMarkup(referenceStart(now));
  if (kind === 'listing') return listingMarkup(count, now, target);
  // Its feed (seriesFeed) is served by scripts/bench.mjs.
  if (kind === 'series') return `<dialogue-series src="/bench/series.jsonld?count=${count}"></dialogue-series>`;
  return countdownsMarkup(count, kind, now, target);
}

/** The script each target's page loads: our bundle, or a peer bundled by scripts/bench.mjs. */
export const TARGET_SCRIPTS = {
  ours: '/dist/dialogue-widgets.js',
  floor: '/peers/floor.js',
  rte: '/peers/relative-time-element.js',
  atcb: '/peers/add-to-calendar-button.js',
};

/**
 * A whole page for `target`: its bundle, the harness (inline, so a slow network adds no
 * round trip of ours), and (for the cold-load measure) markup already in the HTML.
 */
export function pageHtml(target, harness, bodyMarkup = '') {
  return `<!doctype html>
<html lang="en" data-target="${target}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>dialogue-widgets benchmark</title>
    <link rel="icon" href="data:," />
    <style>
      body { font: 16px/1.4 system-ui, sans-serif; margin: 1rem; max-width: 48rem; }
      #stage > * { display: block; margin-block-end: 1rem; }
    </style>
    <script type="module" src="${TARGET_SCRIPTS[target]}"></script>
    <script type="module">${harness}</script>
  </head>
  <body>
    <main id="stage">${bodyMarkup}</main>
  </body>
</html>
`;
}

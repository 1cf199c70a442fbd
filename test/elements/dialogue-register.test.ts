import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import ICAL from 'ical.js';
import '../../src/index.js';
import { FixedClock, setClock, type Clock } from '../../src/clock/clock.js';
import { tickerStatus } from '../../src/clock/ticker.js';
import type { DialogueEvent } from '../../src/event/dialogue-event.js';
import type { DialogueRegister } from '../../src/register/dialogue-register.js';
import { SWAHILI_AND_ARABIC } from '../calendar/fixtures.js';
import { emulateTimeZone } from '../support/emulation.js';
import { drawn } from '../support/layout.js';
import { captureWarnings, inShadow, mount, settle, shownText, unmountAll, waitFor } from '../support/mount.js';
import { closeFramedPages, pageWithScriptAfter } from '../support/framed-page.js';
import { click, pressKey } from '../support/input.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// 2023-07-06 16:00 in Maputo (UTC+2 all year) is 14:00 UTC.
const START = Date.UTC(2023, 6, 6, 14, 0);
// Without an end the event lasts the documented 90 minutes: until 15:30 UTC.
const END = Date.UTC(2023, 6, 6, 15, 30);
// registration-closes="2023-07-06T15:00+02:00" is 13:00 UTC, an hour before the start.
const CLOSES_ATTR = '2023-07-06T15:00+02:00';
const CLOSES = Date.UTC(2023, 6, 6, 13, 0);

const NAME = 'How to use partnerships to strengthen the Impact of Civic Tech';
const REGISTER = 'https://example.org/register';
const JOIN = 'https://meet.example.org/j/123';
const RECORDING = 'https://video.example.org/watch?v=abc';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** The event's times and status for one phase, and the moment it is looked at. */
interface PhaseCase {
  phase: string;
  attributes: string;
  now: number;
}

const MAPUTO = 'start="2023-07-06T16:00" time-zone="Africa/Maputo"';
const PHASES: PhaseCase[] = [
  // Three days before: registration (if it closes at all) is still open.
  { phase: 'upcoming', attributes: MAPUTO, now: START - 3 * DAY },
  // Ten minutes before the start, so fifty minutes after registration closed.
  { phase: 'starting soon', attributes: MAPUTO, now: START - 10 * MINUTE },
  { phase: 'live', attributes: MAPUTO, now: START + 30 * MINUTE },
  { phase: 'ended', attributes: MAPUTO, now: END + 30 * MINUTE },
  { phase: 'cancelled', attributes: `${MAPUTO} status="cancelled"`, now: START - 3 * DAY },
  { phase: 'postponed', attributes: `${MAPUTO} status="postponed"`, now: START - 3 * DAY },
  // No zone and no offset: the start is floating, no instant; the closing time has an offset and has passed.
  { phase: 'invalid (floating start)', attributes: 'start="2023-07-06T16:00"', now: START + 30 * MINUTE },
  { phase: 'invalid (no start)', attributes: '', now: START + 30 * MINUTE },
];

type Url = 'register' | 'join' | 'recording' | 'closes';

function urlAttributes(urls: readonly Url[]): string {
  return [
    urls.includes('register') ? `register-url="${REGISTER}"` : '',
    urls.includes('join') ? `join-url="${JOIN}"` : '',
    urls.includes('recording') ? `recording-url="${RECORDING}"` : '',
    urls.includes('closes') ? `registration-closes="${CLOSES_ATTR}"` : '',
  ].join(' ');
}

/** What the visitor gets from the register element: the main link(s), any sentence, the calendar button. */
interface View {
  links: Array<[text: string, href: string]>;
  said: string | null;
  calendar: boolean;
}

function view(register: Element): View {
  const root = register.shadowRoot!;
  const menu = root.querySelector('[part="calendar-menu"]');
  const links = [...root.querySelectorAll('a')].filter((a) => !menu?.contains(a));
  for (const link of links) expect(link.getAttribute('part'), 'the main link is part="register"').to.equal('register');
  const said = [...root.querySelectorAll('p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()).join(' ');
  return {
    links: links.map((a) => [a.textContent.trim(), a.href]),
    said: said || null,
    calendar: root.querySelector('button[part="calendar-button"]') !== null,
  };
}

const REGISTER_LINK: View['links'] = [['Register', REGISTER]];
const JOIN_LINK: View['links'] = [['Join now', JOIN]];
const RECORDING_LINK: View['links'] = [['Watch the recording', RECORDING]];

type Shown =
  | 'register'
  | 'register + calendar'
  | 'closed'
  | 'closed + calendar'
  | 'join + calendar'
  | 'calendar'
  | 'recording'
  | 'cancelled'
  | 'postponed'
  | 'nothing';

const SHOWN: Record<Shown, View> = {
  register: { links: REGISTER_LINK, said: null, calendar: false },
  'register + calendar': { links: REGISTER_LINK, said: null, calendar: true },
  closed: { links: [], said: 'Registration closed', calendar: false },
  'closed + calendar': { links: [], said: 'Registration closed', calendar: true },
  'join + calendar': { links: JOIN_LINK, said: null, calendar: true },
  calendar: { links: [], said: null, calendar: true },
  recording: { links: RECORDING_LINK, said: null, calendar: false },
  cancelled: { links: [], said: 'This event has been cancelled', calendar: false },
  postponed: { links: [], said: 'This event has been postponed; a new date will follow', calendar: false },
  nothing: { links: [], said: null, calendar: false },
};

/**
 * The call to action the issue asks for, written out: register while open, "registration
 * closed" after registration-closes (passed from "starting soon" on), join now while live
 * with a join link, the recording once ended with a recording link, nothing to click when
 * cancelled, and postponed says so (in the card, its badge already says it); the calendar
 * while there is an instant to attend. Alone, and in the card.
 */
const TABLE: Array<[phase: string, urls: Url[], alone: Shown, inCard: Shown]> = [
  ['upcoming', [], 'calendar', 'calendar'],
  ['upcoming', ['register'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['join'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'join'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['recording'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'recording'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['join', 'recording'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'join', 'recording'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['closes'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'closes'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['join', 'closes'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'join', 'closes'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['recording', 'closes'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'recording', 'closes'], 'register + calendar', 'register + calendar'],
  ['upcoming', ['join', 'recording', 'closes'], 'calendar', 'calendar'],
  ['upcoming', ['register', 'join', 'recording', 'closes'], 'register + calendar', 'register + calendar'],
  ['starting soon', [], 'calendar', 'calendar'],
  ['starting soon', ['register'], 'register + calendar', 'register + calendar'],
  ['starting soon', ['join'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'join'], 'register + calendar', 'register + calendar'],
  ['starting soon', ['recording'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'recording'], 'register + calendar', 'register + calendar'],
  ['starting soon', ['join', 'recording'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'join', 'recording'], 'register + calendar', 'register + calendar'],
  ['starting soon', ['closes'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['starting soon', ['join', 'closes'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'join', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['starting soon', ['recording', 'closes'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'recording', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['starting soon', ['join', 'recording', 'closes'], 'calendar', 'calendar'],
  ['starting soon', ['register', 'join', 'recording', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['live', [], 'calendar', 'calendar'],
  ['live', ['register'], 'register + calendar', 'register + calendar'],
  ['live', ['join'], 'join + calendar', 'join + calendar'],
  ['live', ['register', 'join'], 'join + calendar', 'join + calendar'],
  ['live', ['recording'], 'calendar', 'calendar'],
  ['live', ['register', 'recording'], 'register + calendar', 'register + calendar'],
  ['live', ['join', 'recording'], 'join + calendar', 'join + calendar'],
  ['live', ['register', 'join', 'recording'], 'join + calendar', 'join + calendar'],
  ['live', ['closes'], 'calendar', 'calendar'],
  ['live', ['register', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['live', ['join', 'closes'], 'join + calendar', 'join + calendar'],
  ['live', ['register', 'join', 'closes'], 'join + calendar', 'join + calendar'],
  ['live', ['recording', 'closes'], 'calendar', 'calendar'],
  ['live', ['register', 'recording', 'closes'], 'closed + calendar', 'closed + calendar'],
  ['live', ['join', 'recording', 'closes'], 'join + calendar', 'join + calendar'],
  ['live', ['register', 'join', 'recording', 'closes'], 'join + calendar', 'join + calendar'],
  ['ended', [], 'nothing', 'nothing'],
  ['ended', ['register'], 'nothing', 'nothing'],
  ['ended', ['join'], 'nothing', 'nothing'],
  ['ended', ['register', 'join'], 'nothing', 'nothing'],
  ['ended', ['recording'], 'recording', 'recording'],
  ['ended', ['register', 'recording'], 'recording', 'recording'],
  ['ended', ['join', 'recording'], 'recording', 'recording'],
  ['ended', ['register', 'join', 'recording'], 'recording', 'recording'],
  ['ended', ['closes'], 'nothing', 'nothing'],
  ['ended', ['register', 'closes'], 'nothing', 'nothing'],
  ['ended', ['join', 'closes'], 'nothing', 'nothing'],
  ['ended', ['register', 'join', 'closes'], 'nothing', 'nothing'],
  ['ended', ['recording', 'closes'], 'recording', 'recording'],
  ['ended', ['register', 'recording', 'closes'], 'recording', 'recording'],
  ['ended', ['join', 'recording', 'closes'], 'recording', 'recording'],
  ['ended', ['register', 'join', 'recording', 'closes'], 'recording', 'recording'],
  ['cancelled', [], 'cancelled', 'nothing'],
  ['cancelled', ['register'], 'cancelled', 'nothing'],
  ['cancelled', ['join'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'join'], 'cancelled', 'nothing'],
  ['cancelled', ['recording'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'recording'], 'cancelled', 'nothing'],
  ['cancelled', ['join', 'recording'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'join', 'recording'], 'cancelled', 'nothing'],
  ['cancelled', ['closes'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['join', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'join', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['recording', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'recording', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['join', 'recording', 'closes'], 'cancelled', 'nothing'],
  ['cancelled', ['register', 'join', 'recording', 'closes'], 'cancelled', 'nothing'],
  ['postponed', [], 'postponed', 'nothing'],
  ['postponed', ['register'], 'postponed', 'nothing'],
  ['postponed', ['join'], 'postponed', 'nothing'],
  ['postponed', ['register', 'join'], 'postponed', 'nothing'],
  ['postponed', ['recording'], 'postponed', 'nothing'],
  ['postponed', ['register', 'recording'], 'postponed', 'nothing'],
  ['postponed', ['join', 'recording'], 'postponed', 'nothing'],
  ['postponed', ['register', 'join', 'recording'], 'postponed', 'nothing'],
  ['postponed', ['closes'], 'postponed', 'nothing'],
  ['postponed', ['register', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['join', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['register', 'join', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['recording', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['register', 'recording', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['join', 'recording', 'closes'], 'postponed', 'nothing'],
  ['postponed', ['register', 'join', 'recording', 'closes'], 'postponed', 'nothing'],
  ['invalid (floating start)', [], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register'], 'register', 'register'],
  ['invalid (floating start)', ['join'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'join'], 'register', 'register'],
  ['invalid (floating start)', ['recording'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'recording'], 'register', 'register'],
  ['invalid (floating start)', ['join', 'recording'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'join', 'recording'], 'register', 'register'],
  ['invalid (floating start)', ['closes'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'closes'], 'closed', 'closed'],
  ['invalid (floating start)', ['join', 'closes'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'join', 'closes'], 'closed', 'closed'],
  ['invalid (floating start)', ['recording', 'closes'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'recording', 'closes'], 'closed', 'closed'],
  ['invalid (floating start)', ['join', 'recording', 'closes'], 'nothing', 'nothing'],
  ['invalid (floating start)', ['register', 'join', 'recording', 'closes'], 'closed', 'closed'],
  ['invalid (no start)', [], 'nothing', 'nothing'],
  ['invalid (no start)', ['register'], 'register', 'register'],
  ['invalid (no start)', ['join'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'join'], 'register', 'register'],
  ['invalid (no start)', ['recording'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'recording'], 'register', 'register'],
  ['invalid (no start)', ['join', 'recording'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'join', 'recording'], 'register', 'register'],
  ['invalid (no start)', ['closes'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'closes'], 'closed', 'closed'],
  ['invalid (no start)', ['join', 'closes'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'join', 'closes'], 'closed', 'closed'],
  ['invalid (no start)', ['recording', 'closes'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'recording', 'closes'], 'closed', 'closed'],
  ['invalid (no start)', ['join', 'recording', 'closes'], 'nothing', 'nothing'],
  ['invalid (no start)', ['register', 'join', 'recording', 'closes'], 'closed', 'closed'],
];

/**
 * Every link goes to an absolute http(s) address written as such (not `#`, which
 * resolves to the page itself), except the .ics item: a blob: address of this page's
 * own origin while the menu offers it, or no address at all. The calendar menu is
 * opened first, as a visitor would, so its items (made when it first opens) are checked too.
 */
async function hrefsAreSafe(register: Element): Promise<void> {
  const menuButton = register.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]');
  if (menuButton && menuButton.getAttribute('aria-expanded') !== 'true') {
    menuButton.click();
    await settle(register.shadowRoot!);
  }
  for (const a of register.shadowRoot!.querySelectorAll('a')) {
    const written = a.getAttribute('href');
    if (
      a.getAttribute('part') === 'calendar-ics' &&
      (written === null || written.startsWith(`blob:${location.origin}/`))
    )
      continue;
    let url: URL | null = null;
    try {
      url = new URL(written ?? '');
    } catch {
      // Relative (`#`, `/x`) or missing: not an address of its own.
    }
    expect(
      url?.protocol,
      `only absolute http(s) links (and the .ics item's blob:), not ${JSON.stringify(written)}`,
    ).to.be.oneOf(['http:', 'https:']);
  }
  // Links are links: the one button opens the calendar menu and navigates nowhere.
  for (const button of register.shadowRoot!.querySelectorAll('button, [role="button"]')) {
    expect([button.localName, button.getAttribute('type'), button.getAttribute('part')]).to.deep.equal([
      'button',
      'button',
      'calendar-button',
    ]);
  }
}

/** The text a visitor reads: white space folded, the invisible bidi isolates that keep ".ics" in order left out. */
function readText(element: Element): string {
  return element.textContent
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('<dialogue-register>', () => {
  let clock: FixedClock;
  const preventNavigation = (event: Event) => event.preventDefault();

  beforeEach(() => {
    clock = new FixedClock(START - 3 * DAY);
    setClock(clock);
    // Registered after the elements' own listeners run (they sit on the links): a click is
    // handled by the element first, then the page stops the navigation so the test stays.
    document.addEventListener('click', preventNavigation);
  });
  afterEach(async () => {
    document.removeEventListener('click', preventNavigation);
    unmountAll();
    closeFramedPages();
    setClock(null);
    await resetMouse();
    await emulateTimeZone(null);
  });

  describe('the call to action in every phase, with every combination of URLs', () => {
    for (const [phase, urls, alone, inCard] of TABLE) {
      const { attributes, now } = PHASES.find((each) => each.phase === phase)!;
      const expected = (card: boolean) => SHOWN[card ? inCard : alone];

      it(`${phase}, ${urls.join(' + ') || 'no URLs'}: alone`, async () => {
        clock.set(now);
        let page!: HTMLElement;
        await captureWarnings(async () => {
          page = await mount(
            `<div lang="en"><dialogue-register name="${NAME}" ${attributes} ${urlAttributes(urls)}></dialogue-register></div>`,
          );
        });
        const register = page.querySelector('dialogue-register')!;
        expect(view(register)).to.deep.equal(expected(false));
        await hrefsAreSafe(register);
      });

      it(`${phase}, ${urls.join(' + ') || 'no URLs'}: in the card`, async () => {
        clock.set(now);
        let page!: HTMLElement;
        await captureWarnings(async () => {
          page = await mount(
            `<div lang="en"><dialogue-event name="${NAME}" ${attributes} ${urlAttributes(urls)}></dialogue-event></div>`,
          );
        });
        const event = page.querySelector('dialogue-event')!;
        const register = inShadow(event, 'dialogue-register')!;
        const want = expected(true);
        expect(view(register)).to.deep.equal(want);
        await hrefsAreSafe(register);
        // With nothing to show, the card leaves no empty box behind.
        const nothing = want.links.length === 0 && want.said === null && !want.calendar;
        expect(getComputedStyle(register).display === 'none', 'hidden when empty').to.equal(nothing);
        if (phase === 'cancelled') expect(shownText(inShadow(event, '[part="status"]'))).to.equal('Cancelled');
        if (phase === 'postponed') expect(shownText(inShadow(event, '[part="status"]'))).to.equal('Postponed');
      });
    }
  });

  describe('inside <dialogue-event>', () => {
    it('placed by the author, follows the event through context', async () => {
      const page = await mount(`<div lang="en"><dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}">
          <p>Sign up below.</p>
          <dialogue-register></dialogue-register>
        </dialogue-event></div>`);
      const event = page.querySelector('dialogue-event')!;
      const register = page.querySelector<DialogueRegister>('dialogue-register')!;
      expect(view(register)).to.deep.equal({ links: REGISTER_LINK, said: null, calendar: true });
      const events: unknown[] = [];
      const record = (e: Event) => events.push((e as CustomEvent).detail);
      document.addEventListener('dialogue-register', record);
      try {
        inShadow<HTMLAnchorElement>(register, 'a[part="register"]')!.click();
      } finally {
        document.removeEventListener('dialogue-register', record);
      }
      expect(events).to.deep.equal([{ url: REGISTER, name: NAME }]);

      event.setAttribute('register-url', 'https://example.org/other');
      await settle(page);
      expect(view(register).links).to.deep.equal([['Register', 'https://example.org/other']]);
      event.setAttribute('status', 'cancelled');
      await settle(page);
      expect(view(register)).to.deep.equal({ links: [], said: null, calendar: false });
      expect(register.problems).to.deep.equal([]);
    });

    it('placed by the author on a real page whose script comes after the markup (it upgrades before the event around it)', async () => {
      // A page of its own, as a partner site is: the markup first, then the module, which
      // defines <dialogue-register> before <dialogue-event>. Its real clock: 2099 is upcoming.
      const page = await pageWithScriptAfter(`
        <dialogue-event name="${NAME}" start="2099-07-06T16:00" time-zone="Africa/Maputo" register-url="${REGISTER}">
          <p>Sign up below.</p>
          <dialogue-register></dialogue-register>
        </dialogue-event>`);
      const register = page.document.querySelector('dialogue-register')!;
      await page.until(() => view(register).links.length > 0);
      expect(view(register)).to.deep.equal({ links: REGISTER_LINK, said: null, calendar: true });
      expect(register.problems).to.deep.equal([]);
      expect(page.warnings(), 'no "name is missing" from a register that did not wait for its event').to.deep.equal([]);
    });

    it('in the card, follows attribute changes on the event', async () => {
      const page = await mount(`<div lang="en"><dialogue-event name="${NAME}" ${MAPUTO}></dialogue-event></div>`);
      const event = page.querySelector('dialogue-event')!;
      const register = inShadow(event, 'dialogue-register')!;
      expect(view(register).links).to.deep.equal([]);
      event.setAttribute('register-url', REGISTER);
      await settle(page);
      expect(view(register).links).to.deep.equal(REGISTER_LINK);
      event.setAttribute('registration-closes', '2023-07-01T00:00Z');
      await settle(page);
      expect(view(register).said).to.equal('Registration closed');
      event.removeAttribute('registration-closes');
      await settle(page);
      expect(view(register).links).to.deep.equal(REGISTER_LINK);
    });

    it("speaks the page's language", async () => {
      const page = await mount(
        `<div lang="fr"><dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-event></div>`,
      );
      const register = inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!;
      expect(view(register).links).to.deep.equal([['S’inscrire', REGISTER]]);
      expect(inShadow(register, '[part="calendar-button"]')!.textContent.trim()).to.equal('Ajouter au calendrier');
    });
  });

  describe('registration closing while the page is open', () => {
    const markup = {
      alone: `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}" registration-closes="${CLOSES_ATTR}"></dialogue-register>`,
      card: `<dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}" registration-closes="${CLOSES_ATTR}"></dialogue-event>`,
    };
    const registerIn = (page: HTMLElement) =>
      page.querySelector('dialogue-register') ?? inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!;

    for (const where of ['alone', 'card'] as const) {
      it(`turns the link into "Registration closed" at registration-closes (${where}), without a reload`, async () => {
        clock.set(CLOSES - MINUTE);
        const page = await mount(`<div lang="en">${markup[where]}</div>`);
        const register = registerIn(page);
        expect(view(register).links).to.deep.equal(REGISTER_LINK);

        clock.set(CLOSES - 1);
        await settle(page);
        expect(view(register).links).to.deep.equal(REGISTER_LINK);

        // The closing instant itself belongs to "closed".
        clock.set(CLOSES);
        await settle(page);
        expect(view(register)).to.deep.equal({ links: [], said: 'Registration closed', calendar: true });
      });
    }

    it('aims the one shared timer at the closing time, and closes on it with nobody touching the clock', async () => {
      // A clock that runs: a second before registration closes, as the test starts (room for a slow machine to mount).
      const offset = CLOSES - 1000 - Date.now();
      const running: Clock = { now: () => Date.now() + offset };
      setClock(running);
      const page = await mount(`<div lang="en">${markup.alone}</div>`);
      const register = registerIn(page);
      expect(view(register).links).to.deep.equal(REGISTER_LINK);
      // Alone, the register element is the only subscriber: the next thing it waits for is the closing.
      expect(tickerStatus().nextAt).to.equal(CLOSES);
      await waitFor(() => view(register).said === 'Registration closed', 'closed by the timer alone');
      expect(running.now()).to.be.at.least(CLOSES);
      expect(view(register).links).to.deep.equal([]);
    });
  });

  describe('only http(s) links', () => {
    it('the check itself refuses what is not an http(s) address, however it ends', async () => {
      const shadowWith = (anchors: string) => {
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).innerHTML = anchors;
        return host;
      };
      for (const bad of [
        '<a part="register" href="javascript:alert(1)//#">x</a>',
        '<a part="register" href="#">x</a>',
        '<a part="register" href="/relative">x</a>',
        '<a part="register">x</a>',
        '<a part="calendar-google" href="data:text/html,x#">x</a>',
        '<a part="calendar-ics" href="#">x</a>',
        '<a part="calendar-ics" href="javascript:alert(1)//#">x</a>',
        '<a part="calendar-ics" href="blob:https://elsewhere.example/1234">x</a>',
      ]) {
        let failed = false;
        await hrefsAreSafe(shadowWith(bad)).catch(() => (failed = true));
        expect(failed, bad).to.equal(true);
      }
      for (const good of [
        `<a part="register" href="${REGISTER}">x</a>`,
        '<a part="calendar-google" href="https://calendar.google.com/calendar/render?action=TEMPLATE#x">x</a>',
        '<a part="calendar-ics">x</a>',
        `<a part="calendar-ics" href="blob:${location.origin}/0b9e7d2c-5d4e-4c55-9a65-3f3f3f3f3f3f">x</a>`,
      ]) {
        await hrefsAreSafe(shadowWith(good));
      }
    });

    const unsafe = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    for (const value of unsafe) {
      it(`refuses register-url=${JSON.stringify(value)} alone: a problem, a warning, and no link`, async () => {
        const register = document.createElement('dialogue-register');
        register.setAttribute('name', 'Talk');
        register.setAttribute('start', '2023-07-06T16:00');
        register.setAttribute('time-zone', 'Africa/Maputo');
        register.setAttribute('register-url', value);
        let page!: HTMLElement;
        const warnings = await captureWarnings(async () => {
          page = await mount('');
          page.append(register);
          await settle(page);
        });
        expect(register.problems.filter((p) => p.field === 'register-url').map((p) => p.value)).to.deep.equal([value]);
        expect(warnings.filter((w) => w.startsWith('<dialogue-register> register-url:'))).to.have.length(1);
        expect(inShadow(register, 'a[part="register"]') !== null).to.equal(false);
        expect(register.shadowRoot!.innerHTML.toLowerCase()).not.to.contain('script:');
        await hrefsAreSafe(register);
      });
    }

    it('refuses a javascript: register-url in the card: the card reports it, and no link', async () => {
      let page!: HTMLElement;
      await captureWarnings(async () => {
        page = await mount(
          `<dialogue-event name="Talk" ${MAPUTO} register-url="javascript:alert(1)"></dialogue-event>`,
        );
      });
      const event = page.querySelector('dialogue-event')!;
      const register = inShadow<DialogueRegister>(event, 'dialogue-register')!;
      expect(event.problems.filter((p) => p.field === 'register-url').map((p) => p.value)).to.deep.equal([
        'javascript:alert(1)',
      ]);
      // Said once, by the card, not twice.
      expect(register.problems).to.deep.equal([]);
      expect(inShadow(register, 'a[part="register"]') !== null).to.equal(false);
      await hrefsAreSafe(register);
    });

    it('refuses javascript: join and recording links too', async () => {
      clock.set(START + 30 * MINUTE);
      let page!: HTMLElement;
      await captureWarnings(async () => {
        page = await mount(
          `<dialogue-register name="Talk" ${MAPUTO} join-url="javascript:alert(1)" recording-url="javascript:alert(2)"></dialogue-register>`,
        );
      });
      const register = page.querySelector<DialogueRegister>('dialogue-register')!;
      expect(register.problems.map((p) => p.field)).to.include.members(['join-url', 'recording-url']);
      expect(view(register).links).to.deep.equal([]);
      clock.set(END);
      await settle(page);
      expect(view(register).links).to.deep.equal([]);
    });
  });

  describe('the dialogue-register event', () => {
    async function clickOn(element: Element): Promise<void> {
      await click(element);
    }

    function recordRegisterEvents() {
      const seen: Array<{ detail: unknown; bubbles: boolean; composed: boolean; target: EventTarget | null }> = [];
      const listener = (event: Event) =>
        seen.push({
          detail: (event as CustomEvent).detail,
          bubbles: event.bubbles,
          composed: event.composed,
          target: event.composedPath()[0] ?? null,
        });
      document.addEventListener('dialogue-register', listener);
      return { seen, stop: () => document.removeEventListener('dialogue-register', listener) };
    }

    for (const where of ['alone', 'card'] as const) {
      it(`fires once per click of the register link, with { url, name }, bubbling out of shadow roots (${where})`, async () => {
        const markup =
          where === 'alone'
            ? `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register>`
            : `<dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-event>`;
        const page = await mount(markup);
        const register =
          page.querySelector('dialogue-register') ??
          inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!;
        const link = inShadow<HTMLAnchorElement>(register, 'a[part="register"]')!;
        const events = recordRegisterEvents();
        const clicks: Event[] = [];
        const countClicks = (event: Event) => clicks.push(event);
        document.addEventListener('click', countClicks);
        try {
          await clickOn(link);
          expect(events.seen).to.have.length(1);
          await clickOn(link);
          await clickOn(link);
          expect(clicks).to.have.length(3);
          expect(events.seen).to.have.length(3);
          for (const seen of events.seen) {
            expect(seen.detail).to.deep.equal({ url: REGISTER, name: NAME });
            expect(seen.bubbles).to.equal(true);
            expect(seen.composed).to.equal(true);
            expect(seen.target === register, 'dispatched by the register element').to.equal(true);
          }
          // The page stopped the navigation; the element did not.
          expect(clicks.every((click) => click.defaultPrevented)).to.equal(true);
          expect(location.href).not.to.equal(REGISTER);
        } finally {
          events.stop();
          document.removeEventListener('click', countClicks);
        }
      });
    }

    it('fires once for a keyboard activation (Enter on the link)', async () => {
      const page = await mount(
        `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register>`,
      );
      const link = inShadow<HTMLAnchorElement>(page.querySelector('dialogue-register'), 'a[part="register"]')!;
      const events = recordRegisterEvents();
      try {
        link.focus();
        await pressKey('Enter');
        await settle(page);
        expect(events.seen.map((seen) => seen.detail)).to.deep.equal([{ url: REGISTER, name: NAME }]);
      } finally {
        events.stop();
      }
    });

    it('fires once for a middle click, which opens the registration in a new tab', async () => {
      const page = await mount(
        `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register>`,
      );
      const link = inShadow<HTMLAnchorElement>(page.querySelector('dialogue-register'), 'a[part="register"]')!;
      const events = recordRegisterEvents();
      // The test page keeps the new tab from opening; the element has counted by then.
      const noNewTab = (event: Event) => event.preventDefault();
      document.addEventListener('auxclick', noNewTab);
      try {
        await click(link, { button: 'middle' });
        await settle(page);
        expect(events.seen.map((seen) => seen.detail)).to.deep.equal([{ url: REGISTER, name: NAME }]);
        // A right click (the context menu) is not following the link.
        await click(link, { button: 'right' });
        await pressKey('Escape');
        expect(events.seen).to.have.length(1);
      } finally {
        events.stop();
        document.removeEventListener('auxclick', noNewTab);
      }
    });

    it('is not fired when the page cancelled the click before it reached the link (nobody went anywhere)', async () => {
      const page = await mount(
        `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register>`,
      );
      const link = inShadow<HTMLAnchorElement>(page.querySelector('dialogue-register'), 'a[part="register"]')!;
      const events = recordRegisterEvents();
      const cancelEarly = (event: Event) => event.preventDefault();
      document.addEventListener('click', cancelEarly, { capture: true });
      try {
        await clickOn(link);
        expect(events.seen).to.deep.equal([]);
        document.removeEventListener('click', cancelEarly, { capture: true });
        await clickOn(link);
        expect(events.seen).to.have.length(1);
      } finally {
        document.removeEventListener('click', cancelEarly, { capture: true });
        events.stop();
      }
    });

    it('is not fired for the join link or the recording link, nor for the calendar menu', async () => {
      clock.set(START + 30 * MINUTE);
      const page = await mount(
        `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}" join-url="${JOIN}" recording-url="${RECORDING}"></dialogue-register>`,
      );
      const register = page.querySelector('dialogue-register')!;
      const events = recordRegisterEvents();
      try {
        expect(view(register).links).to.deep.equal(JOIN_LINK);
        await clickOn(inShadow(register, 'a[part="register"]')!);
        await clickOn(inShadow(register, '[part="calendar-button"]')!);
        await settle(page);
        await clickOn(inShadow(register, '[part="calendar-google"]')!);
        clock.set(END + MINUTE);
        await settle(page);
        expect(view(register).links).to.deep.equal(RECORDING_LINK);
        await clickOn(inShadow(register, 'a[part="register"]')!);
        expect(events.seen).to.deep.equal([]);
      } finally {
        events.stop();
      }
    });

    it('sets no cookie and makes no request when the link is clicked', async () => {
      const page = await mount(
        `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register>`,
      );
      const link = inShadow<HTMLAnchorElement>(page.querySelector('dialogue-register'), 'a[part="register"]')!;
      // Every way a script sends something or sets a cookie, watched: writing the same cookie
      // again, or an image the memory cache answers, would not show in document.cookie or in
      // resource timing alone.
      const calls: string[] = [];
      const restore: Array<() => void> = [];
      const watch = <T extends object>(owner: T, key: string, describeCall: (value: unknown) => string) => {
        const original = Object.getOwnPropertyDescriptor(owner, key)!;
        if ('value' in original) {
          Object.defineProperty(owner, key, {
            ...original,
            value(this: unknown, ...args: unknown[]) {
              calls.push(describeCall(args[key === 'open' ? 1 : 0]));
              return (original.value as (...a: unknown[]) => unknown).apply(this, args);
            },
          });
        } else {
          Object.defineProperty(owner, key, {
            ...original,
            set(this: unknown, value: unknown) {
              calls.push(describeCall(value));
              original.set!.call(this, value);
            },
          });
        }
        restore.push(() => Object.defineProperty(owner, key, original));
      };
      watch(window, 'fetch', (url) => `fetch ${String(url)}`);
      watch(Navigator.prototype, 'sendBeacon', (url) => `beacon ${String(url)}`);
      watch(XMLHttpRequest.prototype, 'open', (url) => `xhr ${String(url)}`);
      watch(HTMLImageElement.prototype, 'src', (url) => `image ${String(url)}`);
      watch(HTMLScriptElement.prototype, 'src', (url) => `script ${String(url)}`);
      watch(Document.prototype, 'cookie', (cookie) => `cookie ${String(cookie)}`);
      const cookiesBefore = document.cookie;
      const clickedAt = performance.now();
      let registered = 0;
      const count = () => (registered += 1);
      document.addEventListener('dialogue-register', count);
      try {
        await clickOn(link);
        // Give a deferred send the time to start, and a request the time to show in resource timing.
        await new Promise((resolve) => setTimeout(resolve, 500));
      } finally {
        for (const undo of restore.reverse()) undo();
        document.removeEventListener('dialogue-register', count);
      }
      expect(registered).to.equal(1);
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal(cookiesBefore);
      const requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= clickedAt)
        .map((entry) => entry.name);
      expect(requests).to.deep.equal([]);
    });
  });

  describe('the calendar menu', () => {
    const markup = `<div lang="en"><dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register></div>`;

    function menuOf(register: Element) {
      const root = register.shadowRoot!;
      return {
        button: root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!,
        menu: root.querySelector<HTMLElement>('[part="calendar-menu"]')!,
        /** Read when asked: the items are made when the menu first opens. */
        get items() {
          return [...root.querySelectorAll<HTMLAnchorElement>('[role="menuitem"]')];
        },
        /** The part name of what has focus in the element, or null: a string, so a failure reports at once. */
        focused: () => root.activeElement?.getAttribute('part') ?? root.activeElement?.localName ?? null,
        open: () => {
          const menu = root.querySelector<HTMLElement>('[part="calendar-menu"]');
          return menu !== null && getComputedStyle(menu).display !== 'none';
        },
      };
    }

    async function press(key: string, page: HTMLElement): Promise<void> {
      await pressKey(key);
      await settle(page);
    }

    /** The text of what has focus on the whole page, looking into shadow roots: what a visitor sees ringed. */
    function focusedOnPage(): string | null {
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      return focused && focused !== document.body ? readText(focused) : null;
    }

    it("follows a dark card, on a page that sets no color-scheme: its text is the card's, on the card's surface", async () => {
      const page =
        await mount(`<div lang="en"><dialogue-event name="${NAME}" start="2023-07-06T16:00" time-zone="Africa/Maputo"
          register-url="${REGISTER}" style="--dialogue-surface: #121212; color: #eeeeee"></dialogue-event></div>`);
      const register = inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!;
      const menu = menuOf(register);
      menu.button.click();
      await settle(page);
      expect(menu.open()).to.equal(true);
      const style = getComputedStyle(menu.menu);
      // Its own background, or where it has none, the card's surface behind it.
      const surface = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(18, 18, 18)' : style.backgroundColor;
      expect([style.color, surface]).to.deep.equal(['rgb(238, 238, 238)', 'rgb(18, 18, 18)']);
      expect(getComputedStyle(menu.items[0]!).color).to.equal('rgb(238, 238, 238)');
    });

    it('is a menu button with four items: .ics, Google, Outlook.com, Outlook for work or school', async () => {
      const page = await mount(markup);
      const menu = menuOf(page.querySelector('dialogue-register')!);
      expect(menu.button.localName).to.equal('button');
      expect(menu.button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.button.textContent.trim()).to.equal('Add to calendar');
      expect(menu.menu.getAttribute('role')).to.equal('menu');
      expect(menu.menu.id).to.equal(menu.button.getAttribute('aria-controls'));
      expect(menu.open()).to.equal(false);
      menu.button.click();
      await settle(page);
      expect(menu.open()).to.equal(true);
      expect(menu.items.map((item) => [item.getAttribute('part'), readText(item)])).to.deep.equal([
        ['calendar-ics', 'Calendar file (.ics)'],
        ['calendar-google', 'Google Calendar'],
        ['calendar-outlook', 'Outlook.com'],
        ['calendar-outlook-work', 'Outlook (work or school)'],
      ]);
      // Only the button is in the tab order; the items are reached with the arrows.
      expect(menu.items.map((item) => item.tabIndex)).to.deep.equal([-1, -1, -1, -1]);
    });

    it('opens with Enter and Space, moves with the arrows (wrapping), Home and End, and closes with Escape and Tab', async () => {
      const page = await mount(`<a href="#before">Before</a>${markup}<a href="#after">After</a>`);
      const menu = menuOf(page.querySelector('dialogue-register')!);
      const [ics, google, outlook, outlookWork] = [
        'calendar-ics',
        'calendar-google',
        'calendar-outlook',
        'calendar-outlook-work',
      ];

      menu.button.focus();
      await press('Enter', page);
      expect(menu.open()).to.equal(true);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.focused()).to.equal(ics);

      await press('ArrowDown', page);
      expect(menu.focused()).to.equal(google);
      await press('ArrowDown', page);
      expect(menu.focused()).to.equal(outlook);
      await press('ArrowDown', page);
      expect(menu.focused()).to.equal(outlookWork);
      await press('ArrowDown', page);
      expect(menu.focused(), 'ArrowDown wraps to the first').to.equal(ics);
      await press('ArrowUp', page);
      expect(menu.focused(), 'ArrowUp wraps to the last').to.equal(outlookWork);
      await press('ArrowUp', page);
      expect(menu.focused()).to.equal(outlook);
      await press('Home', page);
      expect(menu.focused()).to.equal(ics);
      await press('End', page);
      expect(menu.focused()).to.equal(outlookWork);

      await press('Escape', page);
      expect(menu.open()).to.equal(false);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.focused(), 'Escape returns focus to the button').to.equal('calendar-button');

      await press(' ', page);
      expect(menu.open()).to.equal(true);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.focused()).to.equal(ics);

      await press('Tab', page);
      expect(menu.open()).to.equal(false);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
      expect(focusedOnPage(), 'Tab goes on to what follows the menu button').to.equal('After');
    });

    describe('Tab and Shift+Tab from an open menu go where they would from its button, and close it', () => {
      // The page's stops around the element; Tab and Shift+Tab are the browser's own, pressed for real.
      const around = (element: string) =>
        `<div lang="en"><a href="#before">Before</a> ${element} <a href="#after">After</a></div>`;
      const cases = [
        {
          what: 'registration open (the register link comes first)',
          now: START - 3 * DAY,
          markup: around(
            `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}" registration-closes="${CLOSES_ATTR}"></dialogue-register>`,
          ),
        },
        {
          what: 'registration closed (the calendar button is the only stop)',
          now: START - 10 * MINUTE,
          markup: around(
            `<dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}" registration-closes="${CLOSES_ATTR}"></dialogue-register>`,
          ),
        },
        {
          what: 'in the card',
          now: START - 3 * DAY,
          markup: around(`<dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-event>`),
        },
      ];
      for (const { what, now, markup: page } of cases) {
        for (const [start, moves] of [
          ['the first item', []],
          ['the last item', ['End']],
        ] as const) {
          it(`${what}, from ${start}`, async () => {
            clock.set(now);
            const container = await mount(page);
            const register =
              container.querySelector('dialogue-register') ??
              inShadow(container.querySelector('dialogue-event'), 'dialogue-register')!;
            const menu = menuOf(register);

            // Tab: on to the next stop after the button, as if the menu had never opened.
            menu.button.focus();
            await press('Enter', container);
            for (const move of moves) await press(move, container);
            expect(menu.focused()).to.match(/^calendar-(ics|outlook-work)$/);
            await press('Tab', container);
            expect(focusedOnPage(), 'Tab from the open menu').to.equal('After');
            expect(menu.open()).to.equal(false);
            expect(menu.button.getAttribute('aria-expanded')).to.equal('false');

            // Shift+Tab: back to the button the menu belongs to.
            menu.button.focus();
            await press('Enter', container);
            for (const move of moves) await press(move, container);
            await press('Shift+Tab', container);
            expect(focusedOnPage(), 'Shift+Tab from the open menu').to.equal('Add to calendar');
            expect(menu.focused()).to.equal('calendar-button');
            expect(menu.open()).to.equal(false);
            expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
          });
        }
      }
    });

    it('opens on ArrowDown (first item) and ArrowUp (last item) from the button, and Escape on the button closes', async () => {
      const page = await mount(markup);
      const menu = menuOf(page.querySelector('dialogue-register')!);
      menu.button.focus();
      await press('ArrowUp', page);
      expect(menu.open()).to.equal(true);
      expect(menu.focused()).to.equal('calendar-outlook-work');
      await press('Escape', page);
      expect(menu.focused()).to.equal('calendar-button');
      await press('ArrowDown', page);
      expect(menu.focused()).to.equal('calendar-ics');
      menu.button.focus();
      await press('Escape', page);
      expect(menu.open()).to.equal(false);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('works the same inside the card', async () => {
      const page = await mount(
        `<div lang="en"><dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-event></div>`,
      );
      const menu = menuOf(inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!);
      menu.button.focus();
      await press('Enter', page);
      expect(menu.focused()).to.equal('calendar-ics');
      await press('ArrowDown', page);
      expect(menu.focused()).to.equal('calendar-google');
      await press('Escape', page);
      expect(menu.open()).to.equal(false);
      expect(menu.focused()).to.equal('calendar-button');
    });

    it('returns focus to the button after an item is chosen (Google, both Outlooks; Enter or Space)', async () => {
      const page = await mount(markup);
      const menu = menuOf(page.querySelector('dialogue-register')!);
      const opened: string[] = [];
      const record = (event: Event) => {
        const item = event.composedPath()[0] as Element;
        if (item.getAttribute?.('role') === 'menuitem') opened.push(item.getAttribute('part')!);
      };
      document.addEventListener('click', record);
      try {
        for (const [key, item, moves] of [
          ['Enter', 'calendar-google', ['ArrowDown']],
          ['Enter', 'calendar-outlook', ['ArrowDown', 'ArrowDown']],
          ['Enter', 'calendar-outlook-work', ['End']],
          [' ', 'calendar-google', ['ArrowDown']],
        ] as const) {
          menu.button.focus();
          await press('Enter', page);
          for (const move of moves) await press(move, page);
          expect(menu.focused()).to.equal(item);
          const scrolled = window.scrollY;
          await press(key, page);
          expect(menu.open(), `${key} on ${item} closes the menu`).to.equal(false);
          expect(menu.focused(), `${key} on ${item} returns focus`).to.equal('calendar-button');
          expect(window.scrollY, 'Space does not scroll the page').to.equal(scrolled);
        }
        expect(opened).to.deep.equal([
          'calendar-google',
          'calendar-outlook',
          'calendar-outlook-work',
          'calendar-google',
        ]);
      } finally {
        document.removeEventListener('click', record);
      }
    });

    it('shows every item where it can be seen and clicked, in the card and in a box that clips, and moves nothing already shown', async () => {
      /** What a pointer at the centre of `element` would hit, looking into shadow roots. */
      const hitAtCentre = (element: Element) => {
        const box = element.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return hit?.getAttribute('part') ?? hit?.localName ?? null;
      };
      // The card clips its content (overflow: hidden, for its rounded corners), and so do many page layouts.
      const page = await mount(`<div lang="en" style="width: 600px">
          <dialogue-event name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-event>
          <div style="overflow: hidden; border: 1px solid">${markup}</div>
          <p>What follows on the page.</p>
        </div>`);
      const registers = [
        inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!,
        page.querySelector('dialogue-register')!,
      ];
      // What is shown is what the page's first frame drew (see drawn()).
      await drawn();
      for (const register of registers) {
        const menu = menuOf(register);
        const link = inShadow(register, 'a[part="register"]')!;
        const before = [menu.button.getBoundingClientRect().toJSON(), link.getBoundingClientRect().toJSON()];
        menu.button.focus();
        await press('Enter', page);
        expect(menu.open()).to.equal(true);
        expect(menu.items.map(hitAtCentre)).to.deep.equal([
          'calendar-ics',
          'calendar-google',
          'calendar-outlook',
          'calendar-outlook-work',
        ]);
        expect(
          [menu.button.getBoundingClientRect().toJSON(), link.getBoundingClientRect().toJSON()],
          'the button and the link stay put',
        ).to.deep.equal(before);
        await press('Escape', page);
      }
    });

    it('toggles with clicks, and closes on a click outside but not on one inside', async () => {
      const page = await mount(`${markup}<p style="margin-top: 400px">Elsewhere on the page</p>`);
      const menu = menuOf(page.querySelector('dialogue-register')!);
      const clickOn = async (element: Element, at: 'centre' | 'corner' = 'centre') => {
        // The corner is the menu's own padding, between the border and the items.
        await click(element, { at });
        await settle(page);
      };
      await clickOn(menu.button);
      expect(menu.open()).to.equal(true);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('true');
      await clickOn(menu.menu, 'corner');
      expect(menu.open(), 'a click inside the menu (not on an item) keeps it open').to.equal(true);
      await clickOn(page.querySelector('p')!);
      expect(menu.open()).to.equal(false);
      expect(menu.button.getAttribute('aria-expanded')).to.equal('false');
      await clickOn(menu.button);
      expect(menu.open()).to.equal(true);
      await clickOn(menu.button);
      expect(menu.open()).to.equal(false);
    });

    it('goes away when the event ends while the menu is open, and when it is cancelled', async () => {
      clock.set(START + 30 * MINUTE);
      const page = await mount(markup);
      const register = page.querySelector('dialogue-register')!;
      let menu = menuOf(register);
      menu.button.focus();
      await press('Enter', page);
      expect(menu.open()).to.equal(true);
      clock.set(END);
      await settle(page);
      expect(inShadow(register, '[part="calendar-button"]') !== null).to.equal(false);
      expect(inShadow(register, '[part="calendar-menu"]') !== null).to.equal(false);

      clock.set(START - DAY);
      await settle(page);
      menu = menuOf(register);
      expect(menu.button !== null).to.equal(true);
      register.setAttribute('status', 'cancelled');
      await settle(page);
      expect(inShadow(register, '[part="calendar-button"]') !== null).to.equal(false);
    });

    describe('every item reads right in every language and direction', () => {
      const cases = [
        {
          lang: 'en',
          dir: null,
          labels: ['Calendar file (.ics)', 'Google Calendar', 'Outlook.com', 'Outlook (work or school)'],
        },
        {
          lang: 'fr',
          dir: null,
          labels: ['Fichier calendrier (.ics)', 'Google Agenda', 'Outlook.com', 'Outlook (professionnel ou scolaire)'],
        },
        {
          lang: 'pt',
          dir: null,
          labels: [
            'Ficheiro de calendário (.ics)',
            'Google Agenda',
            'Outlook.com',
            'Outlook (profissional ou escolar)',
          ],
        },
        {
          lang: 'sw',
          dir: null,
          labels: ['Faili ya kalenda (.ics)', 'Google Calendar', 'Outlook.com', 'Outlook (kazini au shuleni)'],
        },
        {
          lang: 'ar',
          dir: null,
          labels: ['ملف تقويم (.ics)', 'تقويم Google', 'Outlook.com', 'Outlook (العمل أو المؤسسة التعليمية)'],
        },
        // A French or English block on an Arabic page takes the page's direction.
        {
          lang: 'fr',
          dir: 'rtl',
          labels: ['Fichier calendrier (.ics)', 'Google Agenda', 'Outlook.com', 'Outlook (professionnel ou scolaire)'],
        },
        {
          lang: 'en',
          dir: 'rtl',
          labels: ['Calendar file (.ics)', 'Google Calendar', 'Outlook.com', 'Outlook (work or school)'],
        },
      ];
      /** The text node of `element` that holds `text`, and where each of its characters is drawn (left edge). */
      function drawn(element: Element, text: string): { data: string; index: number; left: (i: number) => number } {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const found = node;
          const index = found.data.indexOf(text);
          if (index < 0) continue;
          const range = document.createRange();
          const left = (i: number) => {
            range.setStart(found, i);
            range.setEnd(found, i + 1);
            return range.getBoundingClientRect().left;
          };
          return { data: found.data, index, left };
        }
        throw new Error(`${JSON.stringify(text)} is not in ${JSON.stringify(element.textContent)}`);
      }

      for (const { lang, dir, labels } of cases) {
        it(`lang="${lang}"${dir ? ` dir="${dir}"` : ''}: ${labels[0]}`, async () => {
          const page = await mount(
            `<div lang="${lang}" ${dir ? `dir="${dir}"` : ''}><dialogue-register name="${NAME}" ${MAPUTO} register-url="${REGISTER}"></dialogue-register></div>`,
          );
          const menu = menuOf(page.querySelector('dialogue-register')!);
          menu.button.focus();
          await press('Enter', page);
          expect(menu.open()).to.equal(true);
          expect(menu.items.map(readText)).to.deep.equal(labels);

          // ".ics" is drawn dot first, left to right, between its brackets, whatever the direction around it.
          const { data, index, left } = drawn(menu.items[0]!, '.ics');
          const dotIcs = [0, 1, 2, 3].map((i) => left(index + i));
          expect(dotIcs, '".ics", not "ics."').to.deep.equal([...dotIcs].sort((a, b) => a - b));
          const [before, after] = [left(data.lastIndexOf('(', index)), left(data.indexOf(')', index))].sort(
            (a, b) => a - b,
          );
          expect(before!, 'a bracket on one side').to.be.below(dotIcs[0]!);
          expect(after!, 'and on the other').to.be.above(dotIcs[3]!);
        });
      }
    });

    describe('the .ics item', () => {
      let created: Blob[];
      let createdUrls: string[];
      let originalCreate: typeof URL.createObjectURL;
      beforeEach(() => {
        created = [];
        createdUrls = [];
        originalCreate = URL.createObjectURL;
        URL.createObjectURL = (object: Blob | MediaSource) => {
          const url = originalCreate.call(URL, object);
          created.push(object as Blob);
          createdUrls.push(url);
          return url;
        };
      });
      afterEach(() => {
        URL.createObjectURL = originalCreate;
      });

      function parse(text: string) {
        const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
        return {
          text: (name: string) => vevent.getFirstPropertyValue(name) as string | null,
          time: (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString(),
        };
      }

      it('makes a blob: download named after the event whose content parses back to the event', async () => {
        // DTSTAMP is "now" by the library's clock: 2023-07-03 14:00 UTC, three days before.
        const page = await mount(markup);
        const register = page.querySelector('dialogue-register')!;
        const menu = menuOf(register);
        menu.button.focus();
        await press('Enter', page);
        expect(menu.focused()).to.equal('calendar-ics');
        const [ics] = menu.items;
        await press('Enter', page);

        expect(created).to.have.length(1);
        expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
        expect(ics!.href).to.equal(createdUrls[0]);
        expect(ics!.href.startsWith('blob:')).to.equal(true);
        // The name, lowercased, cut at a word before 60 characters.
        expect(ics!.download).to.equal('how-to-use-partnerships-to-strengthen-the-impact-of-civic.ics');
        const text = await created[0]!.text();
        expect(text.endsWith('\r\n')).to.equal(true);
        const vevent = parse(text);
        expect(vevent.text('summary')).to.equal(NAME);
        expect(vevent.time('dtstart')).to.equal('2023-07-06T14:00:00.000Z');
        expect(vevent.time('dtend')).to.equal('2023-07-06T15:30:00.000Z');
        expect(vevent.time('dtstamp')).to.equal('2023-07-03T14:00:00.000Z');
        expect(vevent.text('url')).to.equal(REGISTER);
        expect(vevent.text('description')).to.contain(REGISTER);
        // Chosen, the menu closes and focus goes back to its button.
        expect(menu.open()).to.equal(false);
        expect(menu.focused()).to.equal('calendar-button');

        // A second download is the same entry (same UID), stamped with the new now.
        clock.set(START - DAY);
        await settle(page);
        await press('Enter', page);
        await press('Enter', page);
        expect(created).to.have.length(2);
        const again = parse(await created[1]!.text());
        expect(again.text('uid')).to.equal(vevent.text('uid'));
        expect(again.time('dtstamp')).to.equal('2023-07-05T14:00:00.000Z');
      });

      /** The text at a blob: address, or null once it has been let go (revoked). */
      async function fileAt(url: string): Promise<string | null> {
        try {
          return await (await fetch(url)).text();
        } catch {
          return null;
        }
      }

      it('is a real blob: address of the file as soon as the menu opens, so a middle click or "Save link as…" saves the .ics, not the page', async () => {
        const page = await mount(markup);
        const register = page.querySelector('dialogue-register')!;
        const menu = menuOf(register);
        expect(created, 'no file is made for a menu nobody opened (a listing page has many)').to.have.length(0);
        expect(menu.items, 'nor its items').to.have.length(0);

        clock.set(START - 2 * DAY);
        await settle(page);
        menu.button.focus();
        await press('Enter', page);
        const [ics] = menu.items;
        // Nothing has been clicked: the address is what "Save link as…" and a middle click take.
        const href = ics!.getAttribute('href')!;
        expect(href.startsWith(`blob:${location.origin}/`), href).to.equal(true);
        expect(ics!.download).to.equal('how-to-use-partnerships-to-strengthen-the-impact-of-civic.ics');
        const saved = parse((await fileAt(href))!);
        expect(saved.text('summary')).to.equal(NAME);
        expect(saved.time('dtstart')).to.equal('2023-07-06T14:00:00.000Z');
        expect(saved.time('dtstamp')).to.equal('2023-07-04T14:00:00.000Z');

        // A middle click follows the item's address as it is at that moment.
        const followed: string[] = [];
        const noNewTab = (event: MouseEvent) => {
          followed.push((event.composedPath()[0] as HTMLAnchorElement).href);
          event.preventDefault();
        };
        document.addEventListener('auxclick', noNewTab);
        try {
          await click(ics!, { button: 'middle' });
          await settle(page);
        } finally {
          document.removeEventListener('auxclick', noNewTab);
        }
        expect(followed).to.deep.equal([href]);
        expect(parse((await fileAt(href))!).text('summary')).to.equal(NAME);
        await hrefsAreSafe(register);
      });

      it('follows the event while the menu is open', async () => {
        const page = await mount(markup);
        const register = page.querySelector('dialogue-register')!;
        const menu = menuOf(register);
        menu.button.focus();
        await press('Enter', page);
        register.setAttribute('name', 'Another talk');
        await settle(page);
        const [ics] = menuOf(register).items;
        expect(parse((await fileAt(ics!.href))!).text('summary')).to.equal('Another talk');
        expect(ics!.download).to.equal('another-talk.ics');
      });

      it(
        'keeps the file a moment after the menu closes (a download may be starting), makes a new one on ' +
          'each opening, and lets go when the element leaves the page',
        async () => {
          const page = await mount(markup);
          const register = page.querySelector('dialogue-register')!;
          const menu = menuOf(register);
          menu.button.focus();
          await press('Enter', page);
          const [ics] = menu.items;
          const first = ics!.href;
          await press('Escape', page);
          expect(menu.open()).to.equal(false);
          expect(await fileAt(first), 'still there just after closing').not.to.equal(null);

          clock.set(START - DAY);
          await settle(page);
          await press('Enter', page);
          const second = ics!.href;
          expect(second).not.to.equal(first);
          expect(parse((await fileAt(second))!).time('dtstamp'), 'stamped when it was offered').to.equal(
            '2023-07-05T14:00:00.000Z',
          );

          register.remove();
          await settle(page);
          expect(await fileAt(first), 'the first, let go with the element').to.equal(null);
          expect(await fileAt(second), 'the second, let go with the element').to.equal(null);
        },
      );

      it('writes a nasty event faithfully (commas, semicolons, backslashes, a newline, emoji, Swahili and Arabic)', async () => {
        const name = `Partners, policy; and C:\\path\\to\\tech 🎉👩🏽‍💻 ${SWAHILI_AND_ARABIC.trim()}`;
        const description = 'Line one, with a comma;\nline two with a \\ backslash';
        const jsonLd = JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name,
          description,
          startDate: '2023-07-06T16:00:00+02:00',
          offers: { url: REGISTER },
        });
        const page = await mount(
          `<dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event>`,
        );
        const register = inShadow(page.querySelector('dialogue-event'), 'dialogue-register')!;
        const menu = menuOf(register);
        menu.button.focus();
        await press('Enter', page);
        await press('Enter', page);
        expect(created).to.have.length(1);
        const text = await created[0]!.text();
        for (const line of text.split('\r\n')) {
          expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
        }
        const vevent = parse(text);
        expect(vevent.text('summary')).to.equal(name);
        expect(vevent.time('dtstart')).to.equal('2023-07-06T14:00:00.000Z');
        // The description keeps its line break (its paragraphs are the author's), then the address.
        expect(vevent.text('description')).to.equal(
          'Line one, with a comma;\nline two with a \\ backslash\n\nRegister: https://example.org/register',
        );
        expect(menuOf(register).items[0]!.download.endsWith('.ics')).to.equal(true);
      });
    });

    describe('Google and both Outlook links, in several zones', () => {
      // Hand-worked: the wall time minus the zone's offset on that date gives UTC.
      const cases = [
        {
          viewer: 'America/New_York',
          attributes: 'start="2023-07-06T16:00" end="2023-07-06T17:30" time-zone="Africa/Maputo"',
          // Maputo is UTC+2: 14:00Z to 15:30Z.
          google: '20230706T140000Z/20230706T153000Z',
          outlook: ['2023-07-06T14:00:00Z', '2023-07-06T15:30:00Z'],
        },
        {
          viewer: 'Asia/Kolkata',
          attributes: 'start="2023-11-05T01:30" time-zone="America/New_York"',
          // 01:30 on the fall-back night happens twice; the first is EDT (UTC-4): 05:30Z, plus 90 minutes.
          google: '20231105T053000Z/20231105T070000Z',
          outlook: ['2023-11-05T05:30:00Z', '2023-11-05T07:00:00Z'],
        },
        {
          viewer: 'Pacific/Kiritimati',
          attributes: 'start="2024-01-10T09:00" end="2024-01-10T10:00" time-zone="Asia/Kathmandu"',
          // Kathmandu is UTC+5:45: 03:15Z to 04:15Z.
          google: '20240110T031500Z/20240110T041500Z',
          outlook: ['2024-01-10T03:15:00Z', '2024-01-10T04:15:00Z'],
        },
        {
          viewer: 'America/Sao_Paulo',
          attributes: 'start="2024-01-10T18:00:00-08:00" end="2024-01-10T19:00:00-08:00"',
          // Offsets only: 18:00-08:00 is 02:00Z the next day.
          google: '20240111T020000Z/20240111T030000Z',
          outlook: ['2024-01-11T02:00:00Z', '2024-01-11T03:00:00Z'],
        },
      ];
      for (const { viewer, attributes, google, outlook } of cases) {
        it(`${attributes}, seen from ${viewer}`, async () => {
          await emulateTimeZone(viewer);
          clock.set(Date.UTC(2023, 0, 1));
          const page = await mount(
            `<dialogue-register name="Talk, with a comma" ${attributes} register-url="${REGISTER}"></dialogue-register>`,
          );
          const register = page.querySelector('dialogue-register')!;
          inShadow<HTMLButtonElement>(register, '[part="calendar-button"]')!.click();
          await settle(page);
          const googleLink = inShadow<HTMLAnchorElement>(register, '[part="calendar-google"]')!;
          const outlookLink = inShadow<HTMLAnchorElement>(register, '[part="calendar-outlook"]')!;
          const outlookWorkLink = inShadow<HTMLAnchorElement>(register, '[part="calendar-outlook-work"]')!;
          const g = new URL(googleLink.href);
          expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
          expect(g.searchParams.get('action')).to.equal('TEMPLATE');
          expect(g.searchParams.get('text')).to.equal('Talk, with a comma');
          expect(g.searchParams.get('dates')).to.equal(google);
          expect(g.searchParams.get('details')).to.contain(REGISTER);
          // Outlook.com (personal accounts) and Outlook on the web for work or school (Microsoft 365): the same entry.
          for (const [link, origin] of [
            [outlookLink, 'https://outlook.live.com'],
            [outlookWorkLink, 'https://outlook.office.com'],
          ] as const) {
            const o = new URL(link.href);
            expect(o.origin + o.pathname).to.equal(`${origin}/calendar/0/deeplink/compose`);
            expect(o.searchParams.get('subject')).to.equal('Talk, with a comma');
            expect([o.searchParams.get('startdt'), o.searchParams.get('enddt')]).to.deep.equal(outlook);
            expect(o.searchParams.get('body')).to.contain(REGISTER);
          }
          for (const link of [googleLink, outlookLink, outlookWorkLink]) {
            expect(link.target).to.equal('_blank');
            expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
          }
        });
      }
    });
  });

  describe('accessibility (axe-core, shadow DOM included)', () => {
    const options: RunOptions = { resultTypes: ['violations'] };
    const describeViolations = (results: AxeResults) =>
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    const states = [
      { what: 'registration open, menu closed', now: START - 3 * DAY, open: false },
      { what: 'registration open, menu open', now: START - 3 * DAY, open: true },
      { what: 'registration closed', now: START - 10 * MINUTE, open: false },
      { what: 'live with a join link', now: START + 30 * MINUTE, open: false },
      { what: 'ended with a recording', now: END + HOUR, open: false },
      { what: 'cancelled', now: START - 3 * DAY, open: false, status: 'cancelled' },
      { what: 'postponed', now: START - 3 * DAY, open: false, status: 'postponed' },
    ];
    for (const { what, now, open, status } of states as Array<(typeof states)[number] & { status?: string }>) {
      it(`has no violations in the card: ${what}`, async () => {
        clock.set(now);
        const page = await mount(
          `<main lang="en"><dialogue-event name="${NAME}" ${MAPUTO} status="${status ?? 'scheduled'}" register-url="${REGISTER}" registration-closes="${CLOSES_ATTR}" join-url="${JOIN}" recording-url="${RECORDING}"></dialogue-event></main>`,
        );
        const event = page.querySelector<DialogueEvent>('dialogue-event')!;
        if (open) {
          const button = inShadow<HTMLButtonElement>(inShadow(event, 'dialogue-register'), '[part="calendar-button"]')!;
          button.focus();
          await pressKey('Enter');
          await settle(page);
          expect(button.getAttribute('aria-expanded')).to.equal('true');
        }
        const results = await axe.run(page, options);
        expect(describeViolations(results)).to.deep.equal([]);
      });
    }

    it('has no violations alone, cancelled', async () => {
      const page = await mount(
        `<main lang="en"><dialogue-register name="${NAME}" ${MAPUTO} status="cancelled" register-url="${REGISTER}"></dialogue-register></main>`,
      );
      const results = await axe.run(page, options);
      expect(describeViolations(results)).to.deep.equal([]);
    });
  });
});

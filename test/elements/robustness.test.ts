import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import fc from 'fast-check';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import { emulateReducedMotion } from '../support/emulation.js';
import { captureWarnings, dialogueElements, inShadow, mount, settle, unmountAll } from '../support/mount.js';

type LitElementWithProperties = HTMLElement & {
  constructor: { elementProperties: Map<PropertyKey, { state?: boolean }> };
};

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const START = Date.UTC(2023, 6, 6, 14, 0);
const MINUTE = 60_000;

// `image` is left to the model's tests: here every odd value would be a request to the test server.
const ATTRIBUTES = [
  'name',
  'start',
  'end',
  'time-zone',
  'status',
  'register-url',
  'registration-closes',
  'recording-url',
  'join-url',
  'image-alt',
  'viewer-time-zone',
  'lang',
] as const;

// Values that have broken widgets before: markup, scripts, odd dates, odd zones, huge and empty text.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
    ' JaVa\tScRiPt:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    '2023-02-29T10:00',
    '2023-07-06T24:00',
    '9999-12-31T23:59',
    '0000-01-01T00:00',
    '2023-03-12T02:30',
    'Etc/GMT+14',
    'America/Argentina/ComodRivadavia',
    'UTC+25',
    '',
    'x'.repeat(5000),
    '\u202Eevil',
    'ar',
    'zz-ZZ-x-private',
    'en_US',
    '../../etc/passwd',
    '//evil.example/',
  ),
);

describe('any input', () => {
  beforeEach(() => setClock(new FixedClock(START - 20 * MINUTE)));
  afterEach(() => {
    unmountAll();
    setClock(null);
  });

  it('never throws out of an element, never runs, never links anything but http(s)', async function () {
    this.timeout(120_000);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await captureWarnings(() =>
        fc.assert(
          fc.asyncProperty(fc.dictionary(fc.constantFrom(...ATTRIBUTES), hostile), async (attributes) => {
            const element = document.createElement('dialogue-event');
            for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
            document.body.append(element);
            await settle(element.parentElement!);
            const links = dialogueElements(element.shadowRoot!).flatMap((inner) => [
              ...(inner.shadowRoot?.querySelectorAll('a[href], img[src]') ?? []),
            ]);
            links.push(...element.shadowRoot!.querySelectorAll('a[href], img[src]'));
            for (const link of links) {
              const address = link.getAttribute('href') ?? link.getAttribute('src') ?? '';
              // The .ics item is a placeholder until clicked.
              if (address !== '#') expect(new URL(address, document.baseURI).protocol).to.match(/^https?:$/);
            }
            expect(Array.isArray(element.problems)).to.equal(true);
            element.remove();
          }),
          { numRuns: 60 },
        ),
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes any value a script sets on a property (a URL object, a number, null, an object) without an exception', async function () {
    this.timeout(30_000);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Addresses on the test server itself: an odd value may be fetched, never sent elsewhere.
    const values: unknown[] = [
      new URL('./no-such-event.jsonld', location.href),
      5,
      NaN,
      null,
      undefined,
      true,
      {},
      [],
      ['x'],
      { toString: () => 'Africa/Maputo' },
    ];
    try {
      await captureWarnings(async () => {
        for (const tag of [
          'dialogue-event',
          'dialogue-countdown',
          'dialogue-register',
          'dialogue-panelist',
          'dialogue-partner',
        ]) {
          const element = document.createElement(tag) as LitElementWithProperties;
          // The public properties: not the internal states, not the read-only `state`.
          const properties = [...element.constructor.elementProperties]
            .filter(([key, declaration]) => typeof key === 'string' && key !== 'state' && !declaration.state)
            .map(([key]) => key as string);
          expect(properties.length, tag).to.be.greaterThan(0);
          document.body.append(element);
          for (const value of values) {
            for (const property of properties) (element as unknown as Record<string, unknown>)[property] = value;
            await settle(document.body);
          }
          element.remove();
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors.map(String)).to.deep.equal([]);
  });
});

describe('motion and accessibility', () => {
  afterEach(async () => {
    unmountAll();
    setClock(null);
    await emulateReducedMotion(null);
  });

  // Two tests, as Firefox and WebKit set the preference only when the browser starts.
  const liveDot = async () => {
    setClock(new FixedClock(START + 10 * MINUTE));
    const page = await mount(
      `<dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-countdown>`,
    );
    return inShadow<HTMLElement>(page.querySelector('dialogue-countdown'), '.live-dot')!;
  };

  it('pulses the "live" dot for visitors who ask for no reduced motion', async () => {
    await emulateReducedMotion(false);
    expect(getComputedStyle(await liveDot()).animationName).to.equal('pulse');
  });

  it('stops the "live" pulse for visitors who ask for reduced motion', async () => {
    await emulateReducedMotion(true);
    expect(getComputedStyle(await liveDot()).animationName).to.equal('none');
  });

  const states: Array<[string, number, string]> = [
    ['starting soon', START - 10 * MINUTE, ''],
    ['live, with a join link', START + 10 * MINUTE, 'join-url="https://example.org/join"'],
    ['ended, with a recording', START + 3 * 60 * MINUTE, 'recording-url="https://example.org/recording"'],
    ['cancelled', START - 10 * MINUTE, 'status="cancelled"'],
    ['registration closed', START - 60 * MINUTE, 'registration-closes="2023-07-06T12:00"'],
  ];
  for (const [label, now, extra] of states) {
    it(`has no axe violations when ${label}, on a light and on a dark page`, async () => {
      setClock(new FixedClock(now));
      for (const [background, color] of [
        ['#ffffff', '#1d1d1f'],
        ['#121212', '#f2f2f2'],
      ]) {
        const page = await mount(`<main lang="en" style="background:${background};color:${color};padding:1rem">
          <dialogue-event name="How to use partnerships to strengthen the Impact of Civic Tech" start="2023-07-06T16:00"
            time-zone="Africa/Maputo" register-url="https://example.org/register" ${extra}></dialogue-event></main>`);
        await settle(page);
        const results = await axe.run(page, { resultTypes: ['violations'] });
        const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found, `${label} on ${background}`).to.deep.equal([]);
        unmountAll();
      }
    });
  }
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import type { DialogueEvent } from '../../src/event/dialogue-event.js';
import type { DialoguePanelist } from '../../src/panelists/dialogue-panelist.js';
import type { DialoguePanelists } from '../../src/panelists/dialogue-panelists.js';
import { closeFramedPages, pageWithScriptAfter } from '../support/framed-page.js';
import { captureWarnings, inShadow, mount, settle, shownText, unmountAll, waitFor } from '../support/mount.js';

// 2023-07-05 12:00 UTC, the day before the reference event (16:00 in Maputo on 6 July).
const DAY_BEFORE = Date.UTC(2023, 6, 5, 12, 0);

// Served by the test server: a 200×120 picture (not square, not 56 px), and an address that answers 404.
const PHOTO = new URL('./fixtures/photo.png', import.meta.url).href;
const LOGO = new URL('./fixtures/logo.svg', import.meta.url).href;
const MISSING = new URL('./missing.png', import.meta.url).href;

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

const TWELVE = [
  'Caroline Khene',
  'Tobi Oluwatola',
  'Hector Dominguez Aguirre',
  'Amina Yusuf',
  'Joaquim Machava',
  'Wanjiru Kamau',
  'Fatma Ben Salah',
  'Nomvula Dlamini',
  'Kwame Mensah',
  'Aïssata Traoré',
  'Lindiwe Mokoena',
  'Tendai Moyo',
];

interface Shown {
  name: string;
  line: string | null;
  links: Array<[string, string]>;
  bio: string | null;
  face: 'photo' | 'initials';
}

function people(panelists: Element): Shown[] {
  const list = panelists.shadowRoot!.querySelector('ul[part="list"]');
  if (!list) return [];
  return [...list.children].map((li) => {
    expect(li.localName).to.equal('li');
    expect(li.getAttribute('part')).to.equal('panelist');
    const face = li.querySelector('[part="photo"]')!;
    return {
      name: li.querySelector('.name')!.textContent.trim(),
      line: li.querySelector('.role')?.textContent!.replace(/\s+/g, ' ').trim() ?? null,
      links: [...li.querySelectorAll('a')].map((a): [string, string] => [a.textContent.trim(), a.href]),
      bio: li.querySelector('.bio')?.textContent!.trim() ?? null,
      face: face.localName === 'img' ? 'photo' : 'initials',
    };
  });
}

function panelistMarkup(names: string[], photo: string | null): string {
  return names
    .map((name) => `<dialogue-panelist name="${name}" ${photo ? `photo="${photo}"` : ''}></dialogue-panelist>`)
    .join('');
}

function listItems(panelists: Element): HTMLElement[] {
  return [...panelists.shadowRoot!.querySelectorAll<HTMLElement>('[part="panelist"]')];
}

/** WCAG 2 relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2 contrast ratio of white on an `rgb(r, g, b)` colour. */
function contrastWithWhite(rgb: string): number {
  return contrast('rgb(255, 255, 255)', rgb);
}

const DARK_PAGE = 'rgb(18, 18, 18)'; // #121212, a common dark theme's background

describe('<dialogue-panelists>', () => {
  beforeEach(() => setClock(new FixedClock(DAY_BEFORE)));
  afterEach(() => {
    unmountAll();
    closeFramedPages();
    setClock(null);
  });

  describe('how many people', () => {
    it('renders nothing at all for nobody: no heading, no list (alone)', async () => {
      const page = await mount('<div lang="en"><dialogue-panelists></dialogue-panelists></div>');
      const panelists = page.querySelector('dialogue-panelists')!;
      expect(shownText(panelists)).to.equal('');
      expect(panelists.shadowRoot!.querySelector('h3, ul, .panel') !== null).to.equal(false);
      expect(panelists.getBoundingClientRect().height).to.equal(0);
    });

    it('renders nothing at all for nobody, and leaves no box in the card', async () => {
      const page = await mount(
        '<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event></div>',
      );
      const event = page.querySelector('dialogue-event')!;
      const panelists = inShadow(event, 'dialogue-panelists')!;
      expect(shownText(panelists)).to.equal('');
      expect(getComputedStyle(panelists).display).to.equal('none');
      expect(shownText(event)).not.to.contain('Panelists');
    });

    for (const count of [1, 3, 12]) {
      for (const withPhotos of [false, true]) {
        const names = TWELVE.slice(0, count);
        const photos = withPhotos ? 'with photos' : 'without photos';

        it(`${count} ${count === 1 ? 'person' : 'people'}, ${photos}, alone`, async () => {
          const page = await mount(
            `<div lang="en" style="width: 900px"><dialogue-panelists>${panelistMarkup(names, withPhotos ? PHOTO : null)}</dialogue-panelists></div>`,
          );
          const panelists = page.querySelector('dialogue-panelists')!;
          expectPanel(panelists, names, withPhotos);
        });

        it(`${count} ${count === 1 ? 'person' : 'people'}, ${photos}, in the card`, async () => {
          const page = await mount(
            `<div lang="en" style="width: 900px"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">${panelistMarkup(names, withPhotos ? PHOTO : null)}</dialogue-event></div>`,
          );
          const panelists = inShadow(page.querySelector('dialogue-event'), 'dialogue-panelists')!;
          expectPanel(panelists, names, withPhotos);
          expect(getComputedStyle(panelists).display).not.to.equal('none');
          // The data elements themselves show nothing: each name is on the page once.
          for (const child of page.querySelectorAll('dialogue-panelist')) {
            expect(child.getClientRects().length, 'drawn nowhere').to.equal(0);
            expect(child.shadowRoot?.textContent.trim() ?? '').to.equal('');
          }
        });
      }
    }

    function expectPanel(panelists: Element, names: string[], withPhotos: boolean): void {
      const heading = panelists.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.textContent.trim()).to.equal('Panelists');
      expect(/^h[1-6]$/.test(heading.localName)).to.equal(true);
      const list = panelists.shadowRoot!.querySelector('[part="list"]')!;
      expect(
        panelists.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!) === heading,
        'named by its heading',
      ).to.equal(true);
      expect(people(panelists).map((person) => person.name)).to.deep.equal(names);
      expect(new Set(people(panelists).map((person) => person.face))).to.deep.equal(
        new Set([withPhotos ? 'photo' : 'initials']),
      );
      for (const face of panelists.shadowRoot!.querySelectorAll<HTMLElement>('[part="photo"]')) {
        if (withPhotos) {
          const img = face as HTMLImageElement;
          expect(img.getAttribute('src')).to.equal(PHOTO);
          // Decorative: the name stands beside it.
          expect(img.getAttribute('alt')).to.equal('');
          expect(img.loading).to.equal('lazy');
          expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['56', '56']);
        } else {
          expect(face.getAttribute('aria-hidden')).to.equal('true');
        }
        const box = face.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([56, 56]);
      }
    }
  });

  describe('faces', () => {
    it('shows initials on a colour from the name, hidden from screen readers, dark enough for white text', async () => {
      const names = [
        'Caroline Khene',
        'Hector Dominguez Aguirre',
        'Madonna',
        'Aïssata Traoré',
        'عائشة المنصوري',
        'caroline khene',
      ];
      const page = await mount(`<dialogue-panelists>${panelistMarkup(names, null)}</dialogue-panelists>`);
      const faces = [
        ...page.querySelector('dialogue-panelists')!.shadowRoot!.querySelectorAll<HTMLElement>('[part="photo"]'),
      ];
      // First and last word: Hector Dominguez Aguirre → HA.
      const initials = faces.map((face) => face.textContent.trim());
      expect(initials.filter((_, i) => i !== 4)).to.deep.equal(['CK', 'HA', 'M', 'AT', 'CK']);
      expect(initials[4]!.startsWith('ع'), initials[4]).to.equal(true);
      const colours = faces.map((face) => getComputedStyle(face).backgroundColor);
      for (const [index, face] of faces.entries()) {
        expect(face.getAttribute('aria-hidden')).to.equal('true');
        expect(getComputedStyle(face).color).to.equal('rgb(255, 255, 255)');
        expect(colours[index], 'a colour, not transparent').to.match(/^rgb\(/);
        expect(contrastWithWhite(colours[index]!), colours[index]).to.be.at.least(4.5);
      }
      // The same name always gets the same colour; these three names get three.
      expect(new Set(colours.slice(0, 3)).size).to.equal(3);
      const again = await mount(`<dialogue-panelists>${panelistMarkup(['Caroline Khene'], null)}</dialogue-panelists>`);
      expect(
        getComputedStyle(again.querySelector('dialogue-panelists')!.shadowRoot!.querySelector('[part="photo"]')!)
          .backgroundColor,
      ).to.equal(colours[0]);
    });

    it('falls back to initials when a photo fails to load (404), hidden from screen readers', async () => {
      const page = await mount(`<div lang="en"><dialogue-panelists>
          <dialogue-panelist name="Caroline Khene" photo="${MISSING}"></dialogue-panelist>
          <dialogue-panelist name="Tobi Oluwatola" photo="${PHOTO}"></dialogue-panelist>
        </dialogue-panelists></div>`);
      const panelists = page.querySelector('dialogue-panelists')!;
      await waitFor(() => people(panelists)[0]!.face === 'initials', 'the broken photo is replaced');
      await settle(page);
      const [broken, fine] = [...panelists.shadowRoot!.querySelectorAll<HTMLElement>('[part="photo"]')];
      expect(broken!.localName).to.equal('span');
      expect(broken!.textContent.trim()).to.equal('CK');
      expect(broken!.getAttribute('aria-hidden')).to.equal('true');
      expect(contrastWithWhite(getComputedStyle(broken!).backgroundColor)).to.be.at.least(4.5);
      // No broken-image icon is left anywhere, and the other photo is untouched.
      expect(panelists.shadowRoot!.querySelector(`img[src="${MISSING}"]`) !== null).to.equal(false);
      expect(fine!.localName).to.equal('img');
      expect(people(panelists).map((person) => person.name)).to.deep.equal(['Caroline Khene', 'Tobi Oluwatola']);
    });

    it('takes the same room with a photo (loading or loaded) as with initials, so nothing jumps', async () => {
      const page = await mount(`<div lang="en" style="width: 320px"><dialogue-panelists>
          <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8" photo="${PHOTO}">Bio.</dialogue-panelist>
          <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8">Bio.</dialogue-panelist>
        </dialogue-panelists></div>`);
      const panelists = page.querySelector('dialogue-panelists')!;
      const img = panelists.shadowRoot!.querySelector<HTMLImageElement>('img[part="photo"]')!;
      const measure = () =>
        listItems(panelists).map((li) => {
          const name = li.querySelector('.name')!.getBoundingClientRect();
          return { height: li.getBoundingClientRect().height, nameLeft: name.left };
        });
      const before = measure();
      expect(img.getBoundingClientRect().width).to.equal(56);
      await waitFor(() => img.complete && img.naturalWidth > 0, 'the photo loads');
      expect(img.naturalWidth).to.equal(200);
      const after = measure();
      expect(after).to.deep.equal(before);
      expect(after[0]).to.deep.equal(after[1]);
      expect([img.getBoundingClientRect().width, img.getBoundingClientRect().height]).to.deep.equal([56, 56]);
    });
  });

  describe('what each person shows', () => {
    it('role and organisation, the organisation a link when href is given, and the bio', async () => {
      const page = await mount(`<div lang="en"><dialogue-panelists>
          <dialogue-panelist name="Caroline Khene" role="Founder" organisation="Nurture ID8" href="https://nurture.example.org/">Works on partnerships for civic tech.</dialogue-panelist>
          <dialogue-panelist name="Tobi Oluwatola" organisation="CJID"></dialogue-panelist>
          <dialogue-panelist name="Hector Dominguez Aguirre" role="Open data lead"></dialogue-panelist>
          <dialogue-panelist name="Amina Yusuf" href="https://amina.example.org/"></dialogue-panelist>
        </dialogue-panelists></div>`);
      expect(people(page.querySelector('dialogue-panelists')!)).to.deep.equal([
        {
          name: 'Caroline Khene',
          line: 'Founder, Nurture ID8',
          links: [['Nurture ID8', 'https://nurture.example.org/']],
          bio: 'Works on partnerships for civic tech.',
          face: 'initials',
        },
        { name: 'Tobi Oluwatola', line: 'CJID', links: [], bio: null, face: 'initials' },
        { name: 'Hector Dominguez Aguirre', line: 'Open data lead', links: [], bio: null, face: 'initials' },
        // No organisation to link: the name is the link.
        {
          name: 'Amina Yusuf',
          line: null,
          links: [['Amina Yusuf', 'https://amina.example.org/']],
          bio: null,
          face: 'initials',
        },
      ]);
    });

    it('reads the job title from job-title first, then role', async () => {
      const page = await mount(`<div lang="en"><dialogue-panelists>
          <dialogue-panelist name="Caroline Khene" job-title="Founder" role="ignored when job-title is there" organisation="Nurture ID8"></dialogue-panelist>
          <dialogue-panelist name="Tobi Oluwatola" role="Director"></dialogue-panelist>
        </dialogue-panelists></div>`);
      expect(people(page.querySelector('dialogue-panelists')!).map((person) => person.line)).to.deep.equal([
        'Founder, Nurture ID8',
        'Director',
      ]);
    });

    it('never links or loads anything but http(s), and says what it left out', async () => {
      let page!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        page = await mount(`<dialogue-panelists>
            <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8" href="javascript:alert(1)" photo="data:image/svg+xml,<svg/>"></dialogue-panelist>
            <dialogue-panelist organisation="Nameless"></dialogue-panelist>
            <dialogue-panelist name="&lt;img src=x onerror=alert(1)&gt;"></dialogue-panelist>
          </dialogue-panelists>`);
      });
      const panelists = page.querySelector<DialoguePanelists>('dialogue-panelists')!;
      const shown = people(panelists);
      expect(shown.map((person) => person.name)).to.deep.equal(['Caroline Khene', '<img src=x onerror=alert(1)>']);
      expect(shown[0]!.links).to.deep.equal([]);
      expect(shown[0]!.face).to.equal('initials');
      expect(panelists.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(panelists.problems.map((p) => p.field)).to.have.members([
        'panelists[0].href',
        'panelists[0].photo',
        'panelists[1].name',
      ]);
      expect(warnings.filter((w) => w.startsWith('<dialogue-panelists>'))).to.have.length(3);
    });

    it('wraps long names and organisations in a 320 px container, with no horizontal overflow', async () => {
      const longName =
        'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen Aguirre';
      const longOrganisation =
        'Centre-for-Journalism-Innovation-and-Development-and-the-Open-Government-Partnership-Secretariat';
      const panel = `
        <dialogue-panelist name="${longName}" role="Chief-Executive-Officer-and-Principal-Investigator" organisation="${longOrganisation}" href="https://example.org/${'a'.repeat(120)}">${'Bio'.repeat(60)}</dialogue-panelist>
        <dialogue-panelist name="Caroline Khene" organisation="${longOrganisation}" photo="${PHOTO}"></dialogue-panelist>`;
      const page = await mount(`<div lang="en" style="width: 320px">
          <dialogue-panelists>${panel}</dialogue-panelists>
          <dialogue-event name="${longName}" start="2023-07-06T16:00" time-zone="Africa/Maputo">${panel}</dialogue-event>
        </div>`);
      const alone = page.querySelector('dialogue-panelists')!;
      const event = page.querySelector('dialogue-event')!;
      const inCard = inShadow(event, 'dialogue-panelists')!;
      for (const panelists of [alone, inCard]) {
        expect(people(panelists)[0]!.name).to.equal(longName);
        for (const box of [panelists, panelists.shadowRoot!.querySelector('ul')!, ...listItems(panelists)]) {
          expect(box.scrollWidth, `${box.localName} scrollWidth`).to.be.at.most(box.clientWidth);
        }
        for (const li of listItems(panelists)) {
          expect(li.getBoundingClientRect().right).to.be.at.most(panelists.getBoundingClientRect().right + 0.5);
        }
      }
      const card = inShadow<HTMLElement>(event, '[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(alone.getBoundingClientRect().width).to.equal(320);
    });
  });

  describe("links on the partner's theme", () => {
    const panel = `
      <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8" href="https://nurture.example.org/"></dialogue-panelist>
      <dialogue-panelist name="Amina Yusuf" href="https://amina.example.org/"></dialogue-panelist>`;

    it("on a dark page, links take the page's text colour (at least 4.5:1) and are underlined, alone and in the card", async () => {
      const page = await mount(`<div lang="en" style="background: #121212; color: #eee">
          <dialogue-panelists>${panel}</dialogue-panelists>
          <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">${panel}</dialogue-event>
        </div>`);
      const alone = page.querySelector('dialogue-panelists')!;
      const inCard = inShadow(page.querySelector('dialogue-event'), 'dialogue-panelists')!;
      for (const panelists of [alone, inCard]) {
        const links = [...panelists.shadowRoot!.querySelectorAll('a')];
        expect(links.map((a) => a.textContent.trim())).to.deep.equal(['Nurture ID8', 'Amina Yusuf']);
        for (const link of links) {
          const style = getComputedStyle(link);
          expect(contrast(style.color, DARK_PAGE), `${link.textContent} ${style.color}`).to.be.at.least(4.5);
          expect(style.textDecorationLine).to.include('underline');
        }
      }
    });

    it('takes --dialogue-link when the author sets it', async () => {
      const page = await mount(`<div lang="en" style="background: #121212; color: #eee; --dialogue-link: #8ab4f8">
          <dialogue-panelists>${panel}</dialogue-panelists>
        </div>`);
      for (const link of page.querySelector('dialogue-panelists')!.shadowRoot!.querySelectorAll('a')) {
        expect(getComputedStyle(link).color).to.equal('rgb(138, 180, 248)');
        expect(getComputedStyle(link).textDecorationLine).to.include('underline');
      }
    });

    it("shows a visible focus ring, in the link's colour, when reached with the keyboard", async () => {
      const page = await mount(`<div lang="en" style="background: #121212; color: #eee">
          <button>before</button>
          <dialogue-panelists>${panel}</dialogue-panelists>
        </div>`);
      const panelists = page.querySelector('dialogue-panelists')!;
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = panelists.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused?.textContent?.trim()).to.equal('Nurture ID8');
      const style = getComputedStyle(focused!);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, DARK_PAGE)).to.be.at.least(3);
    });
  });

  describe('layout: a grid where the panel has room, a stack where it has not (its own width, not the viewport)', () => {
    const tops = (panelists: Element) => listItems(panelists).map((li) => li.offsetTop);
    const increasing = (values: number[]) => values.every((value, i) => i === 0 || value > values[i - 1]!);

    it('stacks at 320 px and 495 px, and lays out columns from 496 px (two 15rem columns and a 1rem gap) and at 900 px, side by side on one page', async () => {
      const panel = `<dialogue-panelists>${panelistMarkup(TWELVE.slice(0, 4), null)}</dialogue-panelists>`;
      const page = await mount(`<div lang="en">
          <div style="width: 320px">${panel}</div>
          <div style="width: 495px">${panel}</div>
          <div style="width: 496px">${panel}</div>
          <div style="width: 900px">${panel}</div>
        </div>`);
      const [narrow, almost, two, wide] = [...page.querySelectorAll('dialogue-panelists')];
      expect(increasing(tops(narrow!)), `320: ${tops(narrow!).join(', ')}`).to.equal(true);
      expect(increasing(tops(almost!)), `495: ${tops(almost!).join(', ')}`).to.equal(true);
      // 496 px fits two 15rem columns with a 1rem gap; 900 px fits three.
      const [a, b, c, d] = tops(two!);
      expect([a === b, b! < c!, c === d], `496: ${tops(two!).join(', ')}`).to.deep.equal([true, true, true]);
      const [e, f, g, h] = tops(wide!);
      expect([e === f, f === g, g! < h!], `900: ${tops(wide!).join(', ')}`).to.deep.equal([true, true, true]);
    });

    it('is a grid in a wide card and a stack in a narrow one', async () => {
      const card = `<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">${panelistMarkup(TWELVE.slice(0, 3), PHOTO)}</dialogue-event>`;
      const page = await mount(
        `<div lang="en"><div style="width: 900px">${card}</div><div style="width: 320px">${card}</div></div>`,
      );
      const [wide, narrow] = [...page.querySelectorAll('dialogue-event')].map((event) =>
        inShadow(event, 'dialogue-panelists')!,
      );
      const [x, y] = tops(wide!);
      expect(x).to.equal(y);
      expect(increasing(tops(narrow!))).to.equal(true);
    });
  });

  describe('sources', () => {
    it(
      'reads JSON-LD performer (name, jobTitle, affiliation, image, url, description) through ' +
        "<dialogue-event>: the name links to the person's page, the organisation to its own",
      async () => {
        const jsonLd = JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'How to use partnerships to strengthen the Impact of Civic Tech',
          startDate: '2023-07-06T16:00:00+02:00',
          performer: [
            {
              '@type': 'Person',
              name: 'Caroline Khene',
              jobTitle: 'Founder',
              affiliation: { '@type': 'Organization', name: 'Nurture ID8', url: 'https://nurture.example.org/' },
              image: PHOTO,
              url: 'https://example.org/people/khene',
              description: 'Works on partnerships for civic tech.',
            },
            { '@type': 'Person', name: 'Tobi Oluwatola', affiliation: 'CJID', url: 'https://example.org/people/tobi' },
            {
              '@type': 'Person',
              name: 'Amina Yusuf',
              affiliation: { '@type': 'Organization', name: 'Code for Africa', url: 'https://cfa.example.org/' },
            },
          ],
        });
        const page = await mount(
          `<div lang="en"><dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event></div>`,
        );
        const panelists = inShadow(page.querySelector('dialogue-event'), 'dialogue-panelists')!;
        expect(people(panelists)).to.deep.equal([
          {
            name: 'Caroline Khene',
            line: 'Founder, Nurture ID8',
            links: [
              ['Caroline Khene', 'https://example.org/people/khene'],
              ['Nurture ID8', 'https://nurture.example.org/'],
            ],
            bio: 'Works on partnerships for civic tech.',
            face: 'photo',
          },
          {
            name: 'Tobi Oluwatola',
            line: 'CJID',
            links: [['Tobi Oluwatola', 'https://example.org/people/tobi']],
            bio: null,
            face: 'initials',
          },
          {
            name: 'Amina Yusuf',
            line: 'Code for Africa',
            links: [['Code for Africa', 'https://cfa.example.org/']],
            bio: null,
            face: 'initials',
          },
        ]);
      },
    );

    it('shows JSON-LD performers given as plain names, and says which entries it left out', async () => {
      const jsonLd = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Talk',
        startDate: '2023-07-06T16:00:00+02:00',
        performer: ['Plain string person', null, 5],
        organizer: [[1, 2], 'Nurture ID8'],
      });
      let page!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        page = await mount(
          `<div lang="en"><dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event></div>`,
        );
      });
      const event = page.querySelector<DialogueEvent>('dialogue-event')!;
      const panelists = inShadow(event, 'dialogue-panelists')!;
      expect(people(panelists)).to.deep.equal([
        { name: 'Plain string person', line: null, links: [], bio: null, face: 'initials' },
      ]);
      // An organizer given as a name hosts the event.
      const hosts = inShadow(event, '[part="hosts"]')!;
      expect([...hosts.querySelectorAll('[part="partner"]')].map((li) => li.textContent.trim())).to.deep.equal([
        'Nurture ID8',
      ]);
      expect(event.problems.map((problem) => [problem.field, problem.value])).to.deep.equal([
        ['json-ld.performer[1]', 'null'],
        ['json-ld.performer[2]', '5'],
        ['json-ld.organizer[0]', '[1,2]'],
      ]);
      expect(warnings.filter((warning) => warning.startsWith('<dialogue-event> json-ld.'))).to.have.length(3);
    });

    it("reads <dialogue-panelist> anywhere inside the event (an editor's <p> around them)", async () => {
      const page =
        await mount(`<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
          <p><dialogue-panelist name="Caroline Khene"></dialogue-panelist><br></p>
          <div><p><dialogue-panelist name="Tobi Oluwatola"></dialogue-panelist></p></div>
        </dialogue-event></div>`);
      const panelists = inShadow(page.querySelector('dialogue-event'), 'dialogue-panelists')!;
      expect(people(panelists).map((person) => person.name)).to.deep.equal(['Caroline Khene', 'Tobi Oluwatola']);
    });

    it('placed by the author on a real page whose script comes after the markup (it upgrades before the event around it)', async () => {
      const page = await pageWithScriptAfter(`
        <dialogue-event name="Talk" start="2099-07-06T16:00" time-zone="Africa/Maputo">
          <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist>
          <script type="application/ld+json">{"@type": "Event", "performer": [{"@type": "Person", "name": "Tobi Oluwatola"}]}</script>
          <h2>Our panel</h2>
          <dialogue-panelists></dialogue-panelists>
        </dialogue-event>`);
      const panelists = page.document.querySelector('dialogue-panelists')!;
      await page.until(() => people(panelists).length > 0);
      // The attributes' source (the <dialogue-panelist>) wins over JSON-LD, as for every field.
      expect(people(panelists).map((person) => [person.name, person.line])).to.deep.equal([
        ['Caroline Khene', 'Nurture ID8'],
      ]);
      expect(page.warnings()).to.deep.equal([]);
    });

    it('alone, follows its own children as they are added, changed and removed', async () => {
      const page = await mount(
        `<div lang="en"><dialogue-panelists>${panelistMarkup(['Caroline Khene'], null)}</dialogue-panelists></div>`,
      );
      const panelists = page.querySelector('dialogue-panelists')!;
      const added = document.createElement('dialogue-panelist');
      added.setAttribute('name', 'Tobi Oluwatola');
      panelists.append(added);
      await settle(page);
      expect(people(panelists).map((person) => person.name)).to.deep.equal(['Caroline Khene', 'Tobi Oluwatola']);
      added.setAttribute('organisation', 'CJID');
      await settle(page);
      expect(people(panelists)[1]!.line).to.equal('CJID');
      panelists.querySelector('dialogue-panelist')!.remove();
      added.remove();
      await settle(page);
      expect(people(panelists)).to.deep.equal([]);
      expect(panelists.shadowRoot!.querySelector('h3') !== null).to.equal(false);
    });

    it("placed by the author inside <dialogue-event>, shows the event's panelists", async () => {
      const page =
        await mount(`<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
          <dialogue-panelist name="Caroline Khene"></dialogue-panelist>
          <h2>Our panel</h2>
          <dialogue-panelists></dialogue-panelists>
        </dialogue-event></div>`);
      expect(people(page.querySelector('dialogue-panelists')!).map((person) => person.name)).to.deep.equal([
        'Caroline Khene',
      ]);
    });
  });

  describe('properties set from script work as their attributes do', () => {
    const setPanelist = (panelist: DialoguePanelist) =>
      Object.assign(panelist, {
        name: 'Caroline Khene',
        jobTitle: 'Researcher',
        organisation: 'Nurture ID8',
        href: 'https://nurture.example.org/',
        photo: PHOTO,
      });
    const expected: Shown = {
      name: 'Caroline Khene',
      line: 'Researcher, Nurture ID8',
      links: [['Nurture ID8', 'https://nurture.example.org/']],
      bio: null,
      face: 'photo',
    };

    it('a <dialogue-panelist> in a card, and in a panel of its own', async () => {
      const page = await mount(`<div lang="en">
          <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"><dialogue-panelist name="Someone"></dialogue-panelist></dialogue-event>
          <dialogue-panelists><dialogue-panelist name="Someone"></dialogue-panelist></dialogue-panelists>
        </div>`);
      for (const panelist of page.querySelectorAll('dialogue-panelist')) setPanelist(panelist);
      await settle(page);
      const inCard = inShadow(page.querySelector('dialogue-event'), 'dialogue-panelists')!;
      expect(people(inCard)).to.deep.equal([expected]);
      expect(people(page.querySelector('dialogue-panelists')!)).to.deep.equal([expected]);
    });

    it('a <dialogue-panelist> alone: it shows and checks what was set', async () => {
      const page = await mount('<div lang="en"><dialogue-panelist name="Someone"></dialogue-panelist></div>');
      const panelist = page.querySelector('dialogue-panelist')!;
      await captureWarnings(async () => {
        setPanelist(panelist);
        panelist.href = 'javascript:alert(1)';
        await settle(page);
      });
      expect(shownText(panelist)).to.equal('Caroline Khene – Researcher, Nurture ID8');
      expect(panelist.problems.map((p) => [p.field, p.value])).to.deep.equal([
        ['panelists[0].href', 'javascript:alert(1)'],
      ]);
    });

    it('a <dialogue-partner> in a card: its logo and its link', async () => {
      const page =
        await mount(`<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
          <dialogue-partner name="Code for Africa"></dialogue-partner></dialogue-event></div>`);
      Object.assign(page.querySelector('dialogue-partner')!, {
        logo: LOGO,
        href: 'https://codeforafrica.example.org/',
      });
      await settle(page);
      const partner = inShadow(page.querySelector('dialogue-event'), '[part="partner"]')!;
      expect([partner.querySelector('img')?.getAttribute('src'), partner.querySelector('a')?.href]).to.deep.equal([
        LOGO,
        'https://codeforafrica.example.org/',
      ]);
    });

    it('a <dialogue-partner> alone: it checks the logo and link that were set', async () => {
      const page = await mount('<div lang="en"><dialogue-partner name="Code for Africa"></dialogue-partner></div>');
      const partner = page.querySelector('dialogue-partner')!;
      await captureWarnings(async () => {
        Object.assign(partner, { logo: 'data:image/png;base64,AAAA', href: 'javascript:alert(1)' });
        await settle(page);
      });
      expect(partner.problems.map((p) => p.field)).to.deep.equal(['partners[0].logo', 'partners[0].href']);
    });
  });

  describe('partners: "In partnership with" in the card', () => {
    it('lists <dialogue-partner> elements, logos with the name as text alternative, linked when href is given', async () => {
      const page =
        await mount(`<div lang="en"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
          <dialogue-partner name="Code for Africa" logo="${LOGO}" href="https://codeforafrica.example.org/"></dialogue-partner>
          <dialogue-partner name="Nurture ID8" logo="${LOGO}"></dialogue-partner>
          <dialogue-partner name="Civic Tech Fund" href="https://fund.example.org/"></dialogue-partner>
        </dialogue-event></div>`);
      const event = page.querySelector('dialogue-event')!;
      const partners = inShadow(event, '[part="partners"]')!;
      expect(partners.querySelector('h2, h3, h4')!.textContent.trim()).to.equal('In partnership with');
      const items = [...partners.querySelectorAll('[part="partner"]')].map((li) => ({
        img: li.querySelector('img')
          ? [li.querySelector('img')!.getAttribute('src'), li.querySelector('img')!.alt]
          : null,
        link: li.querySelector('a')?.href ?? null,
        text: li.textContent.trim(),
      }));
      expect(items).to.deep.equal([
        { img: [LOGO, 'Code for Africa'], link: 'https://codeforafrica.example.org/', text: '' },
        { img: [LOGO, 'Nurture ID8'], link: null, text: '' },
        { img: null, link: 'https://fund.example.org/', text: 'Civic Tech Fund' },
      ]);
      // The partner elements themselves show nothing inside the card.
      for (const partner of page.querySelectorAll('dialogue-partner')) {
        expect(partner.getClientRects().length, 'drawn nowhere').to.equal(0);
        expect(partner.shadowRoot?.textContent.trim() ?? '').to.equal('');
      }
    });

    it('names the host (JSON-LD organizer, <dialogue-partner host>) apart from the partners (sponsor, <dialogue-partner>)', async () => {
      const jsonLd = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Talk',
        startDate: '2023-07-06T16:00:00+02:00',
        organizer: {
          '@type': 'Organization',
          name: 'Code for Africa',
          logo: LOGO,
          url: 'https://codeforafrica.example.org/',
        },
        sponsor: [
          { '@type': 'Organization', name: 'Civic Tech Fund', logo: { '@type': 'ImageObject', url: LOGO } },
          'Nurture ID8',
        ],
      });
      const page = await mount(`<div lang="en">
          <dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event>
          <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
            <dialogue-partner host name="Code for Africa"></dialogue-partner>
            <dialogue-partner name="Civic Tech Fund"></dialogue-partner>
            <dialogue-partner name="Nurture ID8"></dialogue-partner>
          </dialogue-event></div>`);
      const sections = (event: Element) =>
        [...event.shadowRoot!.querySelectorAll('[part="hosts"], [part="partners"]')].map((section) => [
          section.getAttribute('part'),
          section.querySelector('h3')!.textContent.trim(),
          ...[...section.querySelectorAll('[part="partner"]')].map(
            (li) => li.querySelector('img')?.alt ?? li.textContent.trim(),
          ),
        ]);
      const [fromJsonLd, fromMarkup] = [...page.querySelectorAll('dialogue-event')];
      const expected = [
        ['hosts', 'Hosted by', 'Code for Africa'],
        ['partners', 'In partnership with', 'Civic Tech Fund', 'Nurture ID8'],
      ];
      expect(sections(fromJsonLd!)).to.deep.equal(expected);
      expect(sections(fromMarkup!)).to.deep.equal(expected);
      expect(inShadow<HTMLAnchorElement>(fromJsonLd, '[part="hosts"] a')!.href).to.equal(
        'https://codeforafrica.example.org/',
      );
      // Set from script, host moves a partner to the hosts.
      Object.assign(fromMarkup!.querySelectorAll('dialogue-partner')[1]!, { host: true });
      await settle(page);
      expect(sections(fromMarkup!)[0]).to.deep.equal(['hosts', 'Hosted by', 'Code for Africa', 'Civic Tech Fund']);
    });

    it('sizes "In partnership with" like "Panelists", and colours partner links with --dialogue-link', async () => {
      const page = await mount(`<div lang="en" style="--dialogue-link: #8ab4f8; font-size: 20px">
          <dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
            <dialogue-panelist name="Caroline Khene"></dialogue-panelist>
            <dialogue-partner name="Code for Africa" href="https://codeforafrica.example.org/"></dialogue-partner>
          </dialogue-event></div>`);
      const event = page.querySelector('dialogue-event')!;
      const heading = (element: Element) => {
        const style = getComputedStyle(element);
        return [element.textContent.trim(), style.fontSize, style.fontWeight, style.marginBlockEnd];
      };
      const panelHeading = inShadow(inShadow(event, 'dialogue-panelists'), '[part="heading"]')!;
      const partnersHeading = inShadow(event, '[part="partners"] h3')!;
      expect([heading(panelHeading), heading(partnersHeading)]).to.deep.equal([
        ['Panelists', '20px', '700', '12px'],
        ['In partnership with', '20px', '700', '12px'],
      ]);
      const link = inShadow(event, '[part="partner"] a')!;
      expect([getComputedStyle(link).color, getComputedStyle(link).textDecorationLine]).to.deep.equal([
        'rgb(138, 180, 248)',
        'underline',
      ]);
    });

    it('has no partners section without partners', async () => {
      const page = await mount(
        '<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event>',
      );
      expect(inShadow(page.querySelector('dialogue-event'), '[part="partners"]') !== null).to.equal(false);
    });
  });

  describe('accessibility (axe-core, shadow DOM included)', () => {
    const options: RunOptions = { resultTypes: ['violations'] };
    const violations = (results: AxeResults) =>
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    it('has no violations: the reference card with photos, initials, a broken photo, links, bios and partners', async () => {
      const page =
        await mount(`<main lang="en"><dialogue-event start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register">
          <h2 slot="name">How to use partnerships to strengthen the Impact of Civic Tech</h2>
          <p>A Digital Dialogue on partnerships in civic tech.</p>
          <dialogue-panelist name="Caroline Khene" role="Founder" organisation="Nurture ID8" href="https://nurture.example.org/" photo="${PHOTO}">Works on partnerships.</dialogue-panelist>
          <dialogue-panelist name="Tobi Oluwatola" organisation="Centre for Journalism Innovation and Development"></dialogue-panelist>
          <dialogue-panelist name="Hector Dominguez Aguirre" organisation="Portland Smart City PDX Project" photo="${MISSING}"></dialogue-panelist>
          <dialogue-partner name="Code for Africa" logo="${LOGO}" href="https://codeforafrica.example.org/"></dialogue-partner>
          <dialogue-partner name="Civic Tech Fund"></dialogue-partner>
        </dialogue-event></main>`);
      const event = page.querySelector<DialogueEvent>('dialogue-event')!;
      const panelists = inShadow(event, 'dialogue-panelists')!;
      await waitFor(() => people(panelists)[2]?.face === 'initials', 'the broken photo is replaced');
      await settle(page);
      expect(violations(await axe.run(page, options))).to.deep.equal([]);
    });

    it('has no violations on a page of three cards: no landmark repeated under the same name', async () => {
      const card = (
        name: string,
      ) => `<dialogue-event name="${name}" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register">
          <dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist>
          <dialogue-partner name="Civic Tech Fund"></dialogue-partner></dialogue-event>`;
      const page = await mount(`<main lang="en">${card('One')}${card('Two')}${card('Three')}</main>`);
      expect(violations(await axe.run(page, options))).to.deep.equal([]);
    });

    it('has no violations: twelve people alone, narrow', async () => {
      const page = await mount(
        `<main lang="en" style="width: 320px"><dialogue-panelists>${panelistMarkup(TWELVE, null)}</dialogue-panelists></main>`,
      );
      expect(violations(await axe.run(page, options))).to.deep.equal([]);
    });

    it('has no violations in Arabic, right to left', async () => {
      const page = await mount(`<main lang="ar" dir="rtl"><dialogue-panelists>
          <dialogue-panelist name="عائشة المنصوري" role="مديرة" organisation="مختبر التكنولوجيا المدنية" href="https://example.org/"></dialogue-panelist>
        </dialogue-panelists></main>`);
      const panelists = page.querySelector('dialogue-panelists')!;
      expect(panelists.shadowRoot!.querySelector('.panel')!.getAttribute('dir')).to.equal('rtl');
      expect(violations(await axe.run(page, options))).to.deep.equal([]);
    });
  });
});

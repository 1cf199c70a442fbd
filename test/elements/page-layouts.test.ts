import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import { longestWordWidth } from '../support/layout.js';
import { inShadow, mount, unmountAll } from '../support/mount.js';

// Pages size their content in many ways besides block flow. The elements must size like any
// other block there: at least as wide as their content needs (up to the room there is), never
// collapsed (as a CSS size container would be) and never wider than the room.
const EVENT =
  'name="How to use partnerships to strengthen the Impact of Civic Tech" start="2023-07-06T16:00" time-zone="Africa/Maputo"';
const elements = {
  'dialogue-event': `<dialogue-event ${EVENT}></dialogue-event>`,
  'dialogue-countdown': `<dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-countdown>`,
  'dialogue-panelists': `<dialogue-panelists><dialogue-panelist name="Hector Dominguez Aguirre" organization="Portland Smart City PDX Project"></dialogue-panelist></dialogue-panelists>`,
};

// [layout, markup around the element (ELEMENT marks its place), the room it has]
const layouts: Array<[string, string, number]> = [
  [
    "a block, with the author's margins",
    '<div style="width:600px"><div style="margin:0 20px">ELEMENT</div></div>',
    560,
  ],
  [
    'a flex row beside a 200 px sidebar',
    '<div style="display:flex;width:800px"><aside style="width:200px;flex:none">side</aside>ELEMENT</div>',
    600,
  ],
  [
    'a column flex aligned to the start (a Stack block)',
    '<div style="display:flex;flex-direction:column;align-items:flex-start;width:800px">ELEMENT</div>',
    800,
  ],
  ['a table cell', '<table style="width:800px"><tr><td>ELEMENT</td><td style="width:50%">other</td></tr></table>', 400],
  ['an inline-block', '<span style="display:inline-block">ELEMENT</span>', 900],
  ['a float', '<div style="float:left">ELEMENT</div><div style="clear:both"></div>', 900],
  [
    'a grid auto column',
    '<div style="display:grid;grid-template-columns:auto 1fr;width:800px">ELEMENT<div>next</div></div>',
    800,
  ],
  ['a float in a 240 px phone column', '<div style="width:240px"><div style="float:left">ELEMENT</div></div>', 240],
  [
    'a narrow flex row beside a sidebar',
    '<div style="display:flex;width:360px"><aside style="width:200px;flex:none">side</aside>ELEMENT</div>',
    160,
  ],
];

describe('on the layouts of real pages', () => {
  before(() => setClock(new FixedClock(Date.UTC(2023, 6, 5, 12))));
  afterEach(unmountAll);

  for (const [tag, markup] of Object.entries(elements)) {
    for (const [layout, around, room] of layouts) {
      it(`<${tag}> in ${layout} is as wide as its words need, and no wider than the room`, async () => {
        const page = await mount(`<div style="width:900px">${around.replace('ELEMENT', markup)}</div>`);
        const element = page.querySelector(tag)!;
        const width = element.getBoundingClientRect().width;
        expect(width, `width in ${layout}`).to.be.at.least(Math.min(longestWordWidth(element.shadowRoot!), room) - 1);
        expect(width, `width in ${layout}`).to.be.at.most(room + 0.5);
        // Nothing hangs out of the element: no name written a letter per line.
        expect(element.shadowRoot!.firstElementChild!.scrollWidth, 'content width').to.be.at.most(Math.ceil(width) + 1);
      });
    }
  }

  for (const lang of ['en', 'pt', 'ar']) {
    it(`shows every word of both times in a 160 px widget (${lang}), wrapping instead of cutting off`, async () => {
      const page = await mount(
        `<div lang="${lang}" style="width:160px"><dialogue-countdown start="2023-07-06T16:00" time-zone="Africa/Maputo" viewer-time-zone="Pacific/Kiritimati"></dialogue-countdown></div>`,
      );
      const countdown = page.querySelector('dialogue-countdown')!;
      const times = inShadow<HTMLElement>(countdown, '.times')!;
      const shown = times.getBoundingClientRect();
      for (const time of times.querySelectorAll('time')) {
        const box = time.getBoundingClientRect();
        expect(
          [box.left >= shown.left - 0.5, box.right <= shown.right + 0.5],
          `${lang}: ${time.textContent}`,
        ).to.deep.equal([true, true]);
      }
    });
  }

  it("takes an author's --dialogue-padding as written, two values included", async () => {
    const page = await mount(
      `<div style="width:800px; --dialogue-padding: 0.5rem 2rem">${elements['dialogue-event']}</div>`,
    );
    const body = inShadow<HTMLElement>(page.querySelector('dialogue-event'), '.body')!;
    expect(getComputedStyle(body).padding).to.equal('8px 32px');
    const wide = await mount(`<div style="width:800px">${elements['dialogue-event']}</div>`);
    const narrow = await mount(`<div style="width:500px">${elements['dialogue-event']}</div>`);
    const padding = (container: HTMLElement) =>
      getComputedStyle(inShadow<HTMLElement>(container.querySelector('dialogue-event'), '.body')!).paddingLeft;
    // The default steps from 1.25rem to 1.75rem in a card at least 40rem wide.
    expect([padding(narrow), padding(wide)]).to.deep.equal(['20px', '28px']);
  });
});

import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { FixedClock, setClock } from '../../src/clock/clock.js';
import type { DialogueEvent } from '../../src/event/dialogue-event.js';
import { drawn, expectSameLayout } from '../support/layout.js';
import { captureWarnings, inShadow, mount, shownText, unmountAll } from '../support/mount.js';

/**
 * Markup shaped as WordPress (6.1, classic content) outputs it: wpautop's <p> and
 * <br />, `&` in attributes written as `&#038;`, and the browser's own repair of
 * a custom element inside a <p>.
 */

const panelistNames = (event: Element) =>
  [...(inShadow(event, 'dialogue-panelists')?.shadowRoot?.querySelectorAll('[part="panelist"] .name') ?? [])].map(
    (name) => name.textContent?.trim(),
  );

describe('WordPress-shaped markup', () => {
  beforeEach(() => setClock(new FixedClock(Date.UTC(2023, 6, 1))));
  // Cards are read once drawn, as a visitor sees them (see drawn()): of two cards one may have been drawn already.
  afterEach(() => {
    unmountAll();
    setClock(null);
  });

  it('reads children wrapped in <p> with <br /> between them, and shows no blank paragraphs', async () => {
    const page = await mount(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"><br />
<p><dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist><br />
<dialogue-panelist name="Tobi Oluwatola"></dialogue-panelist></p>
<p></p>
<p>The description, the only thing to show.</p>
<p><br /></p>
</dialogue-event>`);
    const event = page.querySelector('dialogue-event')!;
    expect(panelistNames(event)).to.deep.equal(['Caroline Khene', 'Tobi Oluwatola']);
    const shown = [...event.shadowRoot!.querySelectorAll('slot:not([name])')].flatMap((slot) =>
      (slot as HTMLSlotElement).assignedNodes(),
    );
    expect(shown.map((node) => node.textContent?.trim())).to.deep.equal(['The description, the only thing to show.']);
    expect(event.problems).to.deep.equal([]);

    // What the visitor sees: the same card as from clean markup, not a pixel taller.
    const clean = (
      await mount(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
<dialogue-panelist name="Caroline Khene" organisation="Nurture ID8"></dialogue-panelist><dialogue-panelist name="Tobi Oluwatola"></dialogue-panelist>
<p>The description, the only thing to show.</p></dialogue-event>`)
    ).querySelector('dialogue-event')!;
    const height = (card: Element, part: string) => inShadow(card, `[part="${part}"]`)!.getBoundingClientRect().height;
    await drawn();
    expectSameLayout(height(event, 'description'), height(clean, 'description'));
    expectSameLayout(event.getBoundingClientRect().height, clean.getBoundingClientRect().height);
  });

  for (const layout of ['the card', 'a card the author lays out'] as const) {
    it(`keeps everything the author wrote in ${layout}: spaces between inline elements, <br> between lines, <hr>, icons, other elements`, async () => {
      if (!customElements.get('other-library-widget')) {
        customElements.define(
          'other-library-widget',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).innerHTML = '<span>WIDGET</span>';
            }
          },
        );
      }
      const composed = layout === 'a card the author lays out' ? '<dialogue-countdown></dialogue-countdown>' : '';
      const page =
        await mount(`<div lang="en" style="width:600px"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
<strong>Agenda</strong> <em>and slides</em> are online.<br>Bring your questions.
<hr><span class="icon" style="display:inline-block;width:20px;height:20px;background:red"></span> <other-library-widget></other-library-widget>
${composed}</dialogue-event></div>`);
      const event = page.querySelector('dialogue-event') as DialogueEvent;
      await drawn();
      const box = (selector: string) => event.querySelector(selector)!.getBoundingClientRect();
      expect(box('strong').top, 'the <br> still breaks the line').to.be.lessThan(
        page.querySelector('hr')!.getBoundingClientRect().top,
      );
      expect([box('hr').height > 0, box('.icon').width, box('other-library-widget').height > 0]).to.deep.equal([
        true,
        20,
        true,
      ]);
      // Read as a visitor reads it (and as the calendar entry carries it): words apart, lines apart.
      expect(event.event?.description).to.equal('Agenda and slides are online.\nBring your questions.');
      expect(event.innerText).to.contain('Agenda and slides are online.\nBring your questions.');
    });
  }

  describe("takes exactly the room the same content takes without the editor's additions", () => {
    const ana = '<dialogue-panelist name="Ana Mbeki"></dialogue-panelist>';
    const ben = '<dialogue-panelist name="Ben Osei"></dialogue-panelist>';
    const jsonLd = '<script type="application/ld+json">{"@type":"Event","name":"Talk"}</script>';
    const cases: Array<[why: string, noisy: string, clean: string]> = [
      [
        'a line break left beside each panelist between two lines',
        `Intro line<br />\n${ana}<br />\n${ben}<br />\nClosing line`,
        'Intro line<br>Closing line',
      ],
      [
        'a line break left beside JSON-LD',
        `Intro line<br />\n${jsonLd}<br />\nClosing line`,
        'Intro line<br>Closing line',
      ],
      ['line breaks after panelists before the text', `${ana}<br />\n${ben}<br />\nIntro line`, 'Intro line'],
      [
        'line breaks after the text and between trailing panelists',
        `Intro line<br />\n${ana}<br />\n${ben}<br />\n${ana}`,
        'Intro line',
      ],
      ['a <div> around panelists after the last paragraph', `<p>A</p>\n<div class="panel">${ana}</div>`, '<p>A</p>'],
      ['an &nbsp; left between two paragraphs', '<p>A</p>\n&nbsp;\n<p>B</p>', '<p>A</p><p>B</p>'],
      ['a <script> after the last paragraph', '<p>A</p>\n<script>window.x = 1;</script>', '<p>A</p>'],
    ];
    for (const [why, noisy, clean] of cases) {
      it(why, async () => {
        const card = (content: string) =>
          `<div lang="en" style="width:500px;font:16px/20px monospace"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">${content}</dialogue-event></div>`;
        const [noisyEvent, cleanEvent] = [await mount(card(noisy)), await mount(card(clean))].map(
          (page) => page.querySelector('dialogue-event') as DialogueEvent,
        );
        const height = (event: Element) => inShadow(event, '[part="description"]')!.getBoundingClientRect().height;
        await drawn();
        expectSameLayout(height(noisyEvent!), height(cleanEvent!));
        expect(noisyEvent!.event?.description).to.equal(cleanEvent!.event?.description);
      });
    }

    it("keeps a paragraph that holds only an element without text (an icon, another library's element)", async () => {
      const page =
        await mount(`<div lang="en" style="width:500px"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo">
<p>Follow us:</p>
<p><a href="https://example.org/"><span class="icon" style="display:inline-block;width:20px;height:20px;background:red"></span></a></p></dialogue-event></div>`);
      expect(page.querySelector('.icon')!.getBoundingClientRect().width).to.equal(20);
    });

    it('leaves the name out of the calendar notes of a card the author lays out, whatever element holds it', async () => {
      const page = await mount(
        `<dialogue-event start="2023-07-06T16:00" time-zone="Africa/Maputo"><div slot="name">Water and cities</div><p>Intro</p><dialogue-countdown></dialogue-countdown></dialogue-event>`,
      );
      const event = page.querySelector('dialogue-event') as DialogueEvent;
      expect([event.event?.name, event.event?.description]).to.deep.equal(['Water and cities', 'Intro']);
    });
  });

  it("takes no room for an editor's <br> and empty paragraphs when the author lays the card out", async () => {
    const noisy =
      await mount(`<div style="width:600px"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"><br><p></p>
<dialogue-countdown></dialogue-countdown><br><p></p><p>&nbsp;</p><br><p>Words.</p><br>
<dialogue-register register-url="https://example.org/r"></dialogue-register><br><p></p></dialogue-event></div>`);
    const clean = await mount(
      `<div style="width:600px"><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"><dialogue-countdown></dialogue-countdown><p>Words.</p><dialogue-register register-url="https://example.org/r"></dialogue-register></dialogue-event></div>`,
    );
    const noisyCard = noisy.querySelector('dialogue-event')!;
    const cleanCard = clean.querySelector('dialogue-event')!;
    await drawn();
    expect(noisyCard.getBoundingClientRect().height).to.be.greaterThan(0);
    expectSameLayout(noisyCard.getBoundingClientRect().height, cleanCard.getBoundingClientRect().height);
  });

  it('renders the attribute-only form inside <p>, with <br /> beside it and &#038; in its URL', async () => {
    const page = await mount(
      `<p><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo" register-url="https://example.org/register?event=7&#038;lang=fr"></dialogue-event><br />\n</p>`,
    );
    const event = page.querySelector('dialogue-event')!;
    expect(shownText(inShadow(event, '[part="name"]'))).to.equal('Talk');
    const link = inShadow<HTMLAnchorElement>(inShadow(event, 'dialogue-register'), 'a[part="register"]');
    expect(link?.href).to.equal('https://example.org/register?event=7&lang=fr');
    expect(event.problems).to.deep.equal([]);
  });

  it('reports an element closed early by auto-paragraphs, and keeps the orphaned children readable', async () => {
    let event!: DialogueEvent;
    let page!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      page = await mount(`<p><dialogue-event start="2023-07-06T16:00" time-zone="Africa/Maputo"></p>
<p><dialogue-panelist name="Caroline Khene" organisation="Nurture ID8">Works on inclusive innovation.</dialogue-panelist></p>
<p></dialogue-event></p>`);
      event = page.querySelector('dialogue-event')!;
    });
    // The browser closed the element at the first </p>: its child stands outside.
    expect(event.children).to.have.length(0);
    const orphan = page.querySelector('dialogue-panelist')!;
    expect(orphan.closest('dialogue-event')).to.equal(null);

    const problem = event.problems.find((p) => p.field === 'content');
    expect(problem?.value).to.equal('<dialogue-panelist name="Caroline Khene">');
    expect(problem?.message).to.contain('auto-paragraphs');
    expect(problem?.message).to.contain('attribute-only');
    expect(warnings.some((w) => w.startsWith('<dialogue-event> content:'))).to.equal(true);

    // Nothing the author wrote is lost: the orphan shows its name, role and bio.
    expect(shownText(orphan)).to.contain('Caroline Khene');
    expect(shownText(orphan)).to.contain('Nurture ID8');
    expect(orphan.shadowRoot!.querySelector('slot')!.assignedNodes()[0]?.textContent).to.equal(
      'Works on inclusive innovation.',
    );
  });

  it('does not mistake a panel of its own after the card, or a card holding only JSON-LD, for an element closed early', async () => {
    const jsonLd = JSON.stringify({ '@type': 'Event', name: 'Talk', startDate: '2023-07-06T16:00:00+02:00' });
    let page!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      page =
        await mount(`<dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event>
<h2>Meet the speakers</h2>
<dialogue-panelists><dialogue-panelist name="Caroline Khene"></dialogue-panelist></dialogue-panelists>
<dialogue-event><script type="application/ld+json">${jsonLd}</script></dialogue-event>
<p><dialogue-panelists><dialogue-panelist name="Tobi Oluwatola"></dialogue-panelist></dialogue-panelists></p>`);
    });
    const [first, second] = [...page.querySelectorAll('dialogue-event')] as DialogueEvent[];
    expect(first!.problems.filter((p) => p.field === 'content')).to.deep.equal([]);
    expect(second!.problems.filter((p) => p.field === 'content')).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('auto-paragraphs'))).to.deep.equal([]);
  });

  it('lets an orphaned panelist or partner report its own problems, and a contained one leave them to its event', async () => {
    let page!: HTMLElement;
    await captureWarnings(async () => {
      page = await mount(`<dialogue-panelist name="Caroline Khene" href="javascript:alert(1)"></dialogue-panelist>
        <dialogue-partner logo="data:image/png;base64,AAAA"></dialogue-partner>
        <dialogue-event name="Talk"><dialogue-panelist name="Tobi" href="javascript:alert(1)"></dialogue-panelist></dialogue-event>`);
    });
    const [orphan, contained] = page.querySelectorAll('dialogue-panelist');
    expect(orphan!.problems.map((p) => [p.field, p.value])).to.deep.equal([
      ['panelists[0].href', 'javascript:alert(1)'],
    ]);
    expect(contained!.problems).to.deep.equal([]);
    expect(page.querySelector('dialogue-event')!.problems.map((p) => p.field)).to.include('panelists[0].href');
    expect(page.querySelector('dialogue-partner')!.problems.map((p) => p.field)).to.include('partners[0].name');
  });

  it('reports a slotted heading left outside', async () => {
    const page = await mount(`<p><dialogue-event start="2023-07-06T16:00" time-zone="Africa/Maputo"></p>
<h3 slot="name">Talk</h3>`);
    const event = page.querySelector('dialogue-event')!;
    expect(event.problems.map((p) => p.field)).to.include('content');
  });

  it('does not report an attribute-only element followed by ordinary content', async () => {
    const page =
      await mount(`<p><dialogue-event name="Talk" start="2023-07-06T16:00" time-zone="Africa/Maputo"></dialogue-event></p>
<p>Some other paragraph of the page.</p>`);
    expect(page.querySelector('dialogue-event')!.problems).to.deep.equal([]);
  });

  it('reads JSON-LD that auto-paragraphs split, and says it was repaired', async () => {
    let event!: DialogueEvent;
    await captureWarnings(async () => {
      const page = await mount(`<dialogue-event><script type="application/ld+json">{</p>
<p>"@type": "Event",<br />
"name": "Talk from JSON-LD",</p>
<p>"startDate": "2023-07-06T16:00:00+02:00"}</script></dialogue-event>`);
      event = page.querySelector('dialogue-event')!;
    });
    expect(event.event?.name).to.equal('Talk from JSON-LD');
    expect(event.problems.map((p) => p.field)).to.deep.equal(['json-ld']);
    expect(event.problems[0]!.message).to.contain('<p>');
  });

  it('reports JSON-LD broken beyond repair without breaking the card', async () => {
    let event!: DialogueEvent;
    await captureWarnings(async () => {
      const page = await mount(
        `<dialogue-event name="Talk"><script type="application/ld+json">{"@type": “Event”, "name": “Curly”}</script></dialogue-event>`,
      );
      event = page.querySelector('dialogue-event')!;
    });
    expect(shownText(inShadow(event, '[part="name"]'))).to.equal('Talk');
    expect(event.problems.find((p) => p.field === 'json-ld')?.message).to.contain('not valid JSON');
  });
});

import { expect } from '@open-wc/testing';
import { detectEarlyClose } from '../../src/event/early-close.js';

/** The first `<dialogue-event>` of `markup`, parsed as a page would parse it (not defined: only the check runs). */
function firstEvent(markup: string): Element {
  const container = document.createElement('div');
  container.innerHTML = markup;
  return container.querySelector('dialogue-event')!;
}

describe('detectEarlyClose', () => {
  const cases: Array<[string, string, string | null]> = [
    // what, markup, the value of the problem (null: none)
    [
      'auto-paragraphs closed it at a </p>: its panelist stands after it',
      '<p><dialogue-event name="Talk"></p><p><dialogue-panelist name="Ana"></dialogue-panelist></p></dialogue-event></p>',
      '<dialogue-panelist name="Ana">',
    ],
    [
      'a partner right after it',
      '<dialogue-event name="Talk"></dialogue-event><dialogue-partner name="Code for Africa"></dialogue-partner>',
      '<dialogue-partner name="Code for Africa">',
    ],
    [
      'its JSON-LD after it',
      '<dialogue-event></dialogue-event><script type="application/ld+json">{}</script>',
      '<script type="application/ld+json">',
    ],
    ['its slotted heading after it', '<dialogue-event></dialogue-event><h2 slot="name">Talk</h2>', '<h2>'],
    [
      'it kept its children',
      '<dialogue-event name="Talk"><dialogue-panelist name="Ana"></dialogue-panelist></dialogue-event>',
      null,
    ],
    [
      'it holds words of its own',
      '<dialogue-event name="Talk"><p>Words.</p></dialogue-event><dialogue-panelist name="Ana"></dialogue-panelist>',
      null,
    ],
    [
      'the src form',
      '<dialogue-event src="https://host.example/e.jsonld"></dialogue-event><dialogue-panelist name="Ana"></dialogue-panelist>',
      null,
    ],
    [
      'a panel of its own after the card',
      '<dialogue-event name="Talk"></dialogue-event><dialogue-panelists><dialogue-panelist name="Ana"></dialogue-panelist></dialogue-panelists>',
      null,
    ],
    [
      'the children belong to the next event',
      '<dialogue-event name="A"></dialogue-event><dialogue-event name="B"><dialogue-panelist name="Ana"></dialogue-panelist></dialogue-event>',
      null,
    ],
    [
      'an element that stands alone',
      '<dialogue-event name="Talk" start="2023-07-06T16:00"></dialogue-event><p>More.</p>',
      null,
    ],
  ];
  for (const [what, markup, value] of cases) {
    it(`${what}: ${value ?? 'no problem'}`, () => {
      const problem = detectEarlyClose(firstEvent(markup));
      expect(problem?.value ?? null).to.equal(value);
      if (problem) expect([problem.field, problem.message]).to.deep.include.members(['content']);
    });
  }
});

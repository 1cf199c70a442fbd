import { expect } from '@open-wc/testing';
import { authoredFlow } from '../../src/event/authored-flow.js';

/** What the card shows of `markup` (the children of a card), each node written out: text as JSON, elements as tags. */
function shown(markup: string): string[] {
  const container = document.createElement('div');
  container.innerHTML = markup;
  return authoredFlow([...container.childNodes]).map((node) =>
    node instanceof Element ? node.outerHTML : JSON.stringify(node.textContent),
  );
}

describe('authoredFlow', () => {
  const cases: Array<[string, string, string[]]> = [
    // what, the card's children, what it shows
    ['paragraphs as written', '<p>One.</p><p>Two.</p>', ['<p>One.</p>', '<p>Two.</p>']],
    ["an editor's breaks at the ends", '<br><p>Words.</p><br>', ['<p>Words.</p>']],
    ['an empty paragraph, and one holding &nbsp;', '<p></p><p>Words.</p><p>&nbsp;</p>', ['<p>Words.</p>']],
    ['a line break between two lines of text', 'Line one<br>Line two', ['"Line one"', '<br>', '"Line two"']],
    ['a break beside a block', '<p>One.</p><br><p>Two.</p>', ['<p>One.</p>', '<p>Two.</p>']],
    [
      'data children, and the paragraphs an editor wrapped them in',
      '<p><dialogue-panelist name="Ana"></dialogue-panelist></p><dialogue-partner name="P"></dialogue-partner><p>Words.</p>',
      ['<p>Words.</p>'],
    ],
    [
      "breaks around a data child collapse to the author's one",
      'One<br><dialogue-panelist name="Ana"></dialogue-panelist><br>Two',
      ['"One"', '<br>', '"Two"'],
    ],
    ['white space at the ends', '  <p>Words.</p>  ', ['<p>Words.</p>']],
    ['the spaces between inline elements', '<b>Bold</b> <i>italic</i>', ['<b>Bold</b>', '" "', '<i>italic</i>']],
    [
      'what is never shown',
      '<script>1</script><style>p{}</style><noscript>Fallback</noscript><p>Words.</p>',
      ['<p>Words.</p>'],
    ],
    [
      'an icon with no text of its own, and a rule',
      '<span class="icon"></span><hr>',
      ['<span class="icon"></span>', '<hr>'],
    ],
    ['a <p> holding only a textless element', '<p><img alt=""></p>', ['<p><img alt=""></p>']],
    ['comments', '<!-- wp:html --><p>Words.</p><!-- /wp:html -->', ['<p>Words.</p>']],
    ['nothing at all', '<br><p></p> ', []],
  ];
  for (const [what, markup, expected] of cases) {
    it(what, () => {
      expect(shown(markup)).to.deep.equal(expected);
    });
  }
});

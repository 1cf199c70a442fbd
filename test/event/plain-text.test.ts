import { expect } from '@open-wc/testing';
import { plainTextOf } from '../../src/event/plain-text.js';

/** The child nodes of `markup`, parsed as a page would be. */
function nodes(markup: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return [...template.content.childNodes];
}

describe('plainTextOf (the description in a calendar entry)', () => {
  it('keeps paragraphs apart and folds the white space inside them', () => {
    expect(
      plainTextOf(
        nodes('<p>Civic tech   reaches\n   further.</p>\n\n<p>The panel takes up <strong>four</strong> questions:</p>'),
      ),
    ).to.equal('Civic tech reaches further.\n\nThe panel takes up four questions:');
  });

  it('writes a list as bulleted lines, and <br> as a line break', () => {
    expect(
      plainTextOf(
        nodes(
          '<p>Questions:</p><ul><li>What do case studies teach us?</li>\n<li>Where do partnerships help?</li></ul><p>One<br>Two</p>',
        ),
      ),
    ).to.equal('Questions:\n\n• What do case studies teach us?\n• Where do partnerships help?\n\nOne\nTwo');
  });

  it('leaves out code, styles, the no-script fallback and the dialogue elements', () => {
    const text = plainTextOf(
      nodes(
        '<p>Words<script>alert(1)</script><style>p{}</style></p><noscript>Enable ' +
          'JavaScript</noscript><p><dialogue-panelist name="X">Bio</dialogue-panelist>More</p>',
      ),
    );
    expect(text).to.equal('Words\n\nMore');
  });

  it('keeps the text of links and inline markup, and gives nothing for nothing', () => {
    expect(
      plainTextOf(nodes('<p>Read <a href="https://example.org">the report</a>, <em>then</em> come.</p>')),
    ).to.equal('Read the report, then come.');
    expect(plainTextOf(nodes('<p> </p><br>'))).to.equal('');
    expect(plainTextOf([])).to.equal('');
  });

  it("keeps a table's cells apart and its rows on lines of their own, and <pre> lines as they are", () => {
    const table = '<table><tr><th>Time</th><th>Session</th></tr><tr><td>16:00</td><td>Opening</td></tr></table>';
    expect(plainTextOf(nodes(table))).to.equal('Time Session\n16:00 Opening');
    expect(plainTextOf(nodes('<pre>line one\nline two</pre>'))).to.equal('line one\nline two');
  });

  it('leaves headings out when asked (a card the author laid out), and keeps them otherwise', () => {
    const markup = '<h3>Add it to your calendar</h3><p>Bring your questions.</p>';
    expect(plainTextOf(nodes(markup), { headings: false })).to.equal('Bring your questions.');
    expect(plainTextOf(nodes(markup))).to.equal('Add it to your calendar\n\nBring your questions.');
  });
});

import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { safeHttpUrl } from '../../src/model/safe-url.js';

const PAGE = 'https://partner.example/events/dialogue.html';

describe('safeHttpUrl', () => {
  const accepted: Array<[string, string, string]> = [
    // written, base, expected address (what the URL standard makes of it, worked out by hand)
    ['https://example.org/register', PAGE, 'https://example.org/register'],
    ['http://example.org', PAGE, 'http://example.org/'],
    ['  https://example.org/x \n', PAGE, 'https://example.org/x'],
    ['HTTPS://Example.ORG/Path', PAGE, 'https://example.org/Path'],
    ['/register', PAGE, 'https://partner.example/register'],
    ['photo.jpg', PAGE, 'https://partner.example/events/photo.jpg'],
    ['../logo.png', PAGE, 'https://partner.example/logo.png'],
    ['?page=2', PAGE, 'https://partner.example/events/dialogue.html?page=2'],
    // Protocol-relative takes the base's scheme: still http(s), so it is an ordinary link.
    ['//evil.example/x', PAGE, 'https://evil.example/x'],
    ['//evil.example/x', 'http://partner.example/', 'http://evil.example/x'],
    // WordPress writes & as &#038; (and feeds as &amp;) where nothing decodes it.
    ['https://example.org/r?a=1&#038;b=2', PAGE, 'https://example.org/r?a=1&b=2'],
    ['https://example.org/r?a=1&amp;b=2', PAGE, 'https://example.org/r?a=1&b=2'],
    ['https://example.org/r?a=1&AMP;b=2', PAGE, 'https://example.org/r?a=1&b=2'],
    ['https://example.org/a b', PAGE, 'https://example.org/a%20b'],
  ];
  for (const [written, base, expected] of accepted) {
    it(`accepts ${JSON.stringify(written)} against ${base} as ${expected}`, () => {
      expect(safeHttpUrl(written, base)).to.equal(expected);
    });
  }

  const refused: Array<[string, string]> = [
    ['javascript:alert(1)', 'script scheme'],
    ['JaVaScRiPt:alert(1)', 'mixed case'],
    ['java\tscript:alert(1)', 'tab inside the scheme (the URL parser drops it)'],
    ['JaVa\nScRiPt:alert(1)', 'newline inside the scheme'],
    ['\n\t javascript:alert(1)', 'leading white space'],
    ['\u0000javascript:alert(1)', 'a NUL before the scheme'],
    ['data:text/html,<script>alert(1)</script>', 'data: document'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data: image'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.org/file', 'ftp'],
    ['mailto:someone@example.org', 'mailto'],
    ['blob:https://partner.example/0b7c', 'blob'],
    ['https://exa\tmple.org/', 'a control character inside an otherwise http address'],
    ['http://', 'no host'],
    ['https://[::1', 'unparseable'],
    ['', 'empty'],
    ['   ', 'blank'],
  ];
  for (const [written, why] of refused) {
    it(`refuses ${JSON.stringify(written)} (${why})`, () => {
      expect(safeHttpUrl(written, PAGE)).to.equal(null);
    });
  }

  it('refuses exactly what the browser would have run as javascript:', () => {
    // The reason for the refusals above: the URL parser itself strips the tab and lower-cases the scheme.
    expect(new URL('JaVa\tScRiPt:alert(1)', PAGE).protocol).to.equal('javascript:');
    expect(safeHttpUrl('JaVa\tScRiPt:alert(1)', PAGE)).to.equal(null);
  });

  it('gives null, not an exception, for a relative address without a usable base', () => {
    expect(safeHttpUrl('/register', 'about:blank')).to.equal(null);
    expect(safeHttpUrl('/register', 'not a url')).to.equal(null);
    expect(safeHttpUrl('//evil.example/x', 'about:blank')).to.equal(null);
    expect(safeHttpUrl('https://example.org/', 'not a url')).to.equal('https://example.org/');
  });

  it('never throws and returns only http(s) addresses, for any text and base', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.oneof(fc.constant(PAGE), fc.string()), (text, base) => {
        const result = safeHttpUrl(text, base);
        if (result !== null) expect(new URL(result).protocol).to.match(/^https?:$/);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a scheme other than http(s) through, however it is cased or broken up', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob');
    const ten = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 10, maxLength: 10 });
    const gap = fc.constantFrom('', '', '\t', '\n', '\r');
    fc.assert(
      fc.property(scheme, ten(fc.boolean()), ten(gap), (name, upper, gaps) => {
        const spelled = [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch) + gaps[i]).join('');
        expect(safeHttpUrl(`${spelled}:alert(1)`, PAGE)).to.equal(null);
      }),
      { numRuns: 300 },
    );
  });
});

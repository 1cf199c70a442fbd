import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { colourFor, initialsOf } from '../../src/panelists/initials.js';

describe('initialsOf', () => {
  const table: Array<[name: string, initials: string, why: string]> = [
    ['Caroline Khene', 'CK', 'first and last word'],
    ['Hector Dominguez Aguirre', 'HA', 'the middle name is left out'],
    ['Madonna', 'M', 'one word, one letter'],
    ['  tobi   oluwatola  ', 'TO', 'white space around and between, lower case'],
    ['Ngozi Okonjo-Iweala', 'NO', 'a hyphenated surname is one word'],
    ['Aïssata Traoré', 'AT', 'accented letters are letters'],
    ['Émile Zola', 'ÉZ', 'an accented capital stays accented'],
    ['E\u0301mile Zola', 'ÉZ', 'a decomposed accent (e + U+0301) is composed'],
    ['q\u0303uincy jones', 'Q\u0303J', 'a mark with no precomposed form stays with its letter'],
    ['"Kiki" Mordi', 'KM', 'quotes are not initials'],
    ['(Dr.) Amina Yusuf', 'DY', 'brackets and full stops are not initials'],
    ['🌍 Amina Yusuf', 'AY', 'an emoji word is not a name'],
    ['Amina Yusuf 🇰🇪', 'AY', 'nor is a flag at the end'],
    ['Wanjiru Kamau', 'WK', 'Swahili'],
    ['Олена Петренко', 'ОП', 'Cyrillic'],
    ['张 伟', '张伟', 'Han characters have no case'],
    ['عائشة منصور', 'عم', 'Arabic has no case'],
    ['Ⰰ ᾀ', 'Ⰰᾀ', 'a letter whose capital is two letters (ᾀ → ἈΙ) stays as written'],
    ['ßeta Fischer', 'ßF', 'so does ß (→ SS)'],
    ['🎉', '🎉', 'nothing but an emoji: that, rather than a blank face'],
  ];
  for (const [name, initials, why] of table) {
    it(`${JSON.stringify(name)} → ${initials} (${why})`, () => {
      expect(initialsOf(name)).to.equal(initials);
    });
  }

  it('gives at most two letters, whole characters, for any name with a letter in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(/[\p{L}\p{N}]/u.test(name));
        const initials = initialsOf(name);
        const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(initials)];
        expect(graphemes.length).to.be.within(1, 2);
        // No character cut in two (a lone surrogate) and nothing that is not a letter or digit at the start.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(initials)).to.equal(false);
        for (const { segment } of graphemes) expect(/^[\p{L}\p{N}]/u.test(segment), segment).to.equal(true);
      }),
    );
  });
});

describe('colourFor', () => {
  /** The browser's own reading of a CSS colour, as [r, g, b]. */
  function rgb(colour: string): [number, number, number] {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.append(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    const match = computed.match(/^rgb\((\d+), (\d+), (\d+)\)$/);
    if (!match) throw new Error(`not an opaque colour: ${colour} → ${computed}`);
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  }

  /** WCAG 2 contrast of white text on the colour. */
  function contrastWithWhite([r, g, b]: [number, number, number]): number {
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    return 1.05 / (luminance + 0.05);
  }

  it('is the same for the same name, every time', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(colourFor(name)).to.equal(colourFor(name));
      }),
    );
    expect(colourFor('Caroline Khene')).to.equal(colourFor('Caroline Khene'));
  });

  it('tells the reference panel apart', () => {
    const colours = ['Caroline Khene', 'Tobi Oluwatola', 'Hector Dominguez Aguirre'].map(colourFor);
    expect(new Set(colours).size).to.equal(3);
  });

  it('keeps white initials readable (contrast at least 4.5:1) whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        const contrast = contrastWithWhite(rgb(colourFor(name)));
        expect(contrast, `${name}: ${colourFor(name)}`).to.be.at.least(4.5);
      }),
      { numRuns: 300 },
    );
  });

  it('spreads names over many hues', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Person ${i}`);
    expect(new Set(names.map(colourFor)).size).to.be.at.least(100);
  });
});

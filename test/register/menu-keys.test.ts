import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { menuIndexAfterKey } from '../../src/register/menu-keys.js';

describe('menuIndexAfterKey', () => {
  // [key, current (-1: nothing focused), count, expected]
  const table: Array<[string, number, number, number | null]> = [
    ['ArrowDown', -1, 3, 0],
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 1, 3, 2],
    ['ArrowDown', 2, 3, 0], // wraps to the first
    ['ArrowUp', -1, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 1, 3, 0],
    ['ArrowUp', 0, 3, 2], // wraps to the last
    ['Home', 2, 3, 0],
    ['Home', -1, 3, 0],
    ['End', 0, 3, 2],
    ['End', -1, 3, 2],
    ['ArrowDown', 0, 1, 0],
    ['ArrowUp', 0, 1, 0],
    ['End', 0, 1, 0],
    // An empty menu: nowhere to go.
    ['ArrowDown', -1, 0, null],
    ['Home', -1, 0, null],
    // Keys the menu leaves to the browser (Tab, Enter on a link) or handles elsewhere (Escape).
    ['Tab', 0, 3, null],
    ['Enter', 1, 3, null],
    ['Escape', 1, 3, null],
    ['ArrowLeft', 1, 3, null],
    ['ArrowRight', 1, 3, null],
    ['a', 1, 3, null],
  ];
  for (const [key, current, count, next] of table) {
    it(`${key} from ${current} of ${count} → ${next}`, () => {
      expect(menuIndexAfterKey(key, current, count)).to.equal(next);
    });
  }

  it('always lands on an item, and ArrowDown then ArrowUp comes back', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 20 })
          .chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: -1, max: count - 1 }))),
        fc.constantFrom('ArrowDown', 'ArrowUp', 'Home', 'End'),
        ([count, current], key) => {
          const next = menuIndexAfterKey(key, current, count)!;
          expect(Number.isInteger(next) && next >= 0 && next < count).to.equal(true);
          if (current >= 0) {
            expect(menuIndexAfterKey('ArrowUp', menuIndexAfterKey('ArrowDown', current, count)!, count)).to.equal(
              current,
            );
          }
        },
      ),
    );
  });

  it('visits every item once in count presses of ArrowDown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (count) => {
        const visited: number[] = [];
        let at = -1;
        for (let i = 0; i < count; i += 1) visited.push((at = menuIndexAfterKey('ArrowDown', at, count)!));
        expect(visited).to.deep.equal([...Array(count).keys()]);
      }),
    );
  });
});

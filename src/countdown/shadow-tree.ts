/**
 * The countdown's shadow tree and the shapes of its times, made with DOM calls once per page
 * and cloned: a page whose policy requires Trusted Types refuses markup strings (assigning
 * innerHTML throws there), and a countdown must draw on hardened sites too.
 */

import { makeElement as element } from '../internal/make-element.js';

type Shape = () => (Node | string)[];

// A space parts two times, as any two phrases of text, for whoever reads the text alone.
export const SKELETON: Shape = () => [
  element(
    'div',
    { class: 'countdown' },
    element(
      'p',
      { part: 'time-left', class: 'time-left' },
      element('strong', { class: 'soon-label' }),
      ' ',
      element('span', { class: 'live-dot' }),
      element('span'),
      element('span', { class: 'visually-hidden' }),
    ),
    element('p', { class: 'times' }, element('span', { class: 'time-list' })),
    element('div', { class: 'announcer', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
  ),
];
export const ONE_TIME: Shape = () => [element('time', { part: 'event-time local-time' })];
export const TWO_TIMES: Shape = () => [
  element('time', { part: 'event-time' }),
  ' ',
  element('time', { part: 'local-time' }),
];
export const FLOATING_TIME: Shape = () => [
  element('time', { part: 'event-time' }),
  ' ',
  element('span', { class: 'note' }),
];

const originals = new Map<Shape, DocumentFragment>();

/** A copy of one of the shapes above, made once per page. */
export function copyOf(shape: Shape): DocumentFragment {
  let original = originals.get(shape);
  if (!original) {
    original = document.createDocumentFragment();
    original.append(...shape());
    originals.set(shape, original);
  }
  return original.cloneNode(true) as DocumentFragment;
}

/**
 * The library's tag names. The elements find each other by these names (a card's
 * children, a countdown's surrounding event), so every module takes them from here.
 */
export const EVENT_TAG = 'dialogue-event';
export const COUNTDOWN_TAG = 'dialogue-countdown';
export const PANELISTS_TAG = 'dialogue-panelists';
export const PANELIST_TAG = 'dialogue-panelist';
export const PARTNER_TAG = 'dialogue-partner';
export const REGISTER_TAG = 'dialogue-register';

/** Elements that lay the event out: when an author places one, they compose the card themselves. */
export const LAYOUT_TAGS: readonly string[] = [COUNTDOWN_TAG, PANELISTS_TAG, REGISTER_TAG];

/** Whether `element` is one of this library's elements (of this copy or another). */
export function isDialogueElement(element: Element): boolean {
  return element.localName.startsWith('dialogue-');
}

/** The children of `<dialogue-event>` the library knows by name. */

export const PANELIST_TAG = 'dialogue-panelist';
export const PARTNER_TAG = 'dialogue-partner';
/** Elements that lay the event out: when an author places one, they compose the card themselves. */
export const LAYOUT_TAGS = ['dialogue-countdown', 'dialogue-panelists', 'dialogue-register'];
export const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';
/** Never shown, whatever the editor: code, styles, the no-script fallback (the card replaces it). */
export const UNSHOWN_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** The children that are data, read and never shown: panelists, partners, JSON-LD. */
export const DATA_SELECTOR = `${PANELIST_TAG}, ${PARTNER_TAG}, ${JSON_LD_SELECTOR}`;

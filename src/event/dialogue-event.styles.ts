import { css } from 'lit';

export const dialogueEventStyles = css`
  /* No container-type: a size container ignores its content when its width is worked out,
     and the card would shrink to nothing in a flex row, a table cell or a float. */
  :host {
    display: block;
    font: inherit;
    font-family: var(--dialogue-font, inherit);
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    box-sizing: border-box;
    max-inline-size: 100%;
    overflow: hidden;
    border: 1px solid var(--dialogue-border, color-mix(in srgb, currentColor 20%, transparent));
    border-radius: var(--dialogue-radius, 12px);
    background: var(--dialogue-surface, transparent);
  }
  /* By default, more room inside a card that is at least 40rem wide. A percentage padding
     is a share of the card's width: (100% - 40rem) * 1000 is far below 1.25rem under 40rem
     and far above 1.75rem over it, so clamp() steps between the two. An author's
     --dialogue-padding (one value or several) is used as written. */
  .body {
    display: grid;
    gap: 1rem;
    padding: var(--dialogue-padding, clamp(1.25rem, (100% - 40rem) * 1000, 1.75rem));
  }
  /* The two tallest parts of a card, its description and its panel, are drawn only near the
     viewport: a listing of 100 cards lays out the few in view (the browser skips the style,
     layout and paint of the others; their words stay in the page for find-in-page and screen
     readers). Until first drawn each takes 8em of height and, in a row that sizes the card by
     its content, no width of its own; once drawn, its last size. content-visibility clips
     paint to the box: 4px of padding, taken back by the margin, leave room for the focus
     ring of a link at the edge. */
  .description,
  dialogue-panelists {
    margin: -4px;
    padding: 4px;
  }
  /* On screen only: a printed page shows everything, and not every engine prints skipped content. */
  @media screen {
    .description,
    dialogue-panelists {
      content-visibility: auto;
      contain-intrinsic-size: auto none auto 8em;
    }
  }
  .description[hidden] {
    display: none;
  }
  /* Rules of their own: a browser without :state() drops the whole rule it stands in. */
  dialogue-panelists:state(empty) {
    display: none;
  }
  dialogue-register:state(empty) {
    display: none;
  }
  .image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .name {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .name ::slotted(*) {
    margin: 0;
  }
  .status {
    justify-self: start;
    margin: 0;
    padding: 0.25em 0.75em;
    border-radius: 999px;
    background: var(--dialogue-alert, #b3261e);
    color: #fff;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* Struck through only when it will not happen: a postponed event still will. */
  .cancelled .name {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }
  /* A description from JSON-LD or src: its single line breaks are the author's. */
  .description .from-data {
    white-space: pre-line;
  }
  .description {
    overflow-wrap: break-word;
  }
  .fallback {
    margin: 0;
    overflow-wrap: break-word;
  }
  /* Each paragraph and name takes its direction from its own text: an English sentence in an
     Arabic card keeps its full stop at its end, and starts on its own side. */
  .name,
  .description,
  .description > *,
  .description ::slotted(*),
  .organisations li {
    unicode-bidi: plaintext;
  }
  /* No margin above the first of the author's elements or below the last (see FLOW_SLOTS). */
  .only::slotted(*),
  .first::slotted(*),
  .description > p:first-of-type {
    margin-block-start: 0;
  }
  .only::slotted(*),
  .last::slotted(*),
  .description > p:last-of-type {
    margin-block-end: 0;
  }
  .organisations ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .organisations li {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* A fixed box, so the row does not shift as each logo arrives; the logo fits inside. */
  .organisations img {
    display: block;
    block-size: 2.5rem;
    inline-size: 8rem;
    max-inline-size: 100%;
    object-fit: contain;
    object-position: left center;
  }
  .card[dir='rtl'] .organisations img {
    object-position: right center;
  }
`;

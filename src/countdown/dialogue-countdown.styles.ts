import { css } from 'lit';

export const dialogueCountdownStyles = css`
  /* No container-type: a size container ignores its content when its width is worked out,
     and would shrink to nothing in a flex row, a table cell or a float. */
  :host {
    display: block;
    color: inherit;
  }
  /* A page of a thousand countdowns standing alone draws the few in view: the browser skips the
     style, layout and paint of the others until they come near the viewport (their text stays in
     the page for find-in-page and screen readers). Until then, and before the page's first frame,
     each takes its last drawn size, or 5em (about its longest word) by two lines: a flex row, a
     float or a table cell that sizes it by its content never makes room for more than it will
     need. A countdown in a card is laid out with the card, so the card is its true size at once. */
  @media screen {
    :host(:state(alone)) {
      content-visibility: auto;
      contain-intrinsic-size: auto 5em auto 3.4em;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Block flow, not a grid: the same look for a fraction of the layout work, which a
     page of a thousand countdowns does a thousand times. */
  .countdown > * + * {
    margin-block-start: 0.35rem;
  }
  p {
    margin: 0;
  }
  /* Text keeps the page's own colour, readable on light and dark pages alike; the
     accent only ever fills a background under white text, or marks decoration. */
  .time-left {
    font-size: 1.15em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .soon .time-left {
    padding: 0.3em 0.6em;
    inline-size: fit-content;
    border-radius: 0.4em;
    background: var(--dialogue-accent, #0b57d0);
    color: var(--dialogue-accent-text, #fff);
  }
  .soon-label::after {
    content: ' ·';
  }
  /* The headline's pieces are always in the tree; each shows only in its state. */
  .soon-label:empty,
  .live-dot {
    display: none;
  }
  .ended .time-left,
  .invalid .time-left {
    font-weight: 600;
  }
  .cancelled .time-left,
  .postponed .time-left {
    padding-inline-start: 0.6em;
    border-inline-start: 0.3em solid var(--dialogue-alert, #b3261e);
  }
  .live .live-dot {
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--dialogue-live, #d93025);
    vertical-align: 0.1em;
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .live .live-dot {
      animation: none;
    }
  }
  /* The two times side by side, a dot between them; where they do not fit on a line, one
     under the other. Each time keeps its dot in a margin before it, and the list is pulled
     back by that margin under a clip: the dot of a time that starts a line is cut off, so
     none is left dangling, whatever the width and without a container query. */
  /* overflow: clip cuts the dot off as hidden did, without making each countdown a scroll
     container (a layer and a scrollable area apiece); browsers with color-mix() have it. */
  .times {
    overflow: clip;
    color: var(--dialogue-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .time-list {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin-inline-start: -1.2em;
  }
  .time-list > * {
    margin-inline-start: 1.2em;
  }
  .time-list time + time::before {
    content: '·' / '';
    display: inline-block;
    inline-size: 1.2em;
    margin-inline-start: -1.2em;
    text-align: center;
  }
  .note {
    font-size: 0.9em;
  }
  .visually-hidden,
  .announcer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

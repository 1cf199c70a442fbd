import { css } from 'lit';

export const dialogueSeriesStyles = css`
  /* No container-type, as for the card: the series sizes like any block where a page puts it. */
  :host {
    display: block;
    font-family: var(--dialogue-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .series {
    display: grid;
    gap: var(--dialogue-gap, 1.5rem);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Name and times take the line; the button goes beside them when there is room, under them when not. */
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--dialogue-border, color-mix(in srgb, currentColor 20%, transparent));
  }
  /* A row's name and times are drawn only near the viewport, as a card's description is: a series of 50
     lays out the few rows in view (the others' words stay in the page for find-in-page and screen readers).
     Until first drawn they take 4.5em of height, then their last size. content-visibility clips paint to
     the box: 4px of padding, taken back by the margin, leave room for the focus ring of the name's link. */
  .main {
    flex: 1 1 16rem;
    margin: -4px;
    padding: 4px;
  }
  /* On screen only, as a card's description: a printed page shows every row. */
  @media screen {
    .main {
      content-visibility: auto;
      contain-intrinsic-size: auto none auto 4.5em;
    }
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  h3 a {
    color: var(--dialogue-link, inherit);
  }
  /* Struck through only when it will not happen: a postponed event still will. */
  .cancelled h3 {
    text-decoration: line-through;
  }
  p {
    margin: 0.25rem 0 0;
  }
  .status {
    display: inline-block;
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--dialogue-alert, #b3261e);
    color: #fff;
    font-weight: 700;
  }
  .times,
  .closed {
    color: var(--dialogue-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  time {
    display: block;
  }
  .action {
    padding: 0.6rem 1rem;
    border-radius: 0.5rem;
    background: var(--dialogue-accent, #0b57d0);
    color: var(--dialogue-accent-text, #fff);
    font-weight: 700;
    text-decoration: none;
  }
  .announcer {
    position: absolute;
    clip-path: inset(50%);
  }
`;

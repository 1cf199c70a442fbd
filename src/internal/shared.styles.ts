import { css } from 'lit';

/** What the panel and the card's partners share: their headings, and their links. */
export const sharedStyles = css`
  /* "Panelists", "In partnership with" and "Hosted by" are headings of one rank: one size. */
  h3 {
    margin: 0 0 0.75rem;
    font-size: 1em;
  }
  /* Links take the page's text colour, which the page has already made legible on its own
     background (a fixed blue is 2.9:1 on a dark theme); the underline says they are links. */
  a {
    color: var(--dialogue-link, currentColor);
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 2px;
  }
`;

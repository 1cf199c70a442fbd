import { css } from 'lit';

export const dialoguePanelistsStyles = css`
  /* No container-type: a size container ignores its content when its width is worked out,
     and would shrink to nothing in a flex row, a table cell or a float. The grid below
     answers to the panel's own width without it. */
  :host {
    display: block;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* Columns of at least 15rem where the panel itself has room, whatever the viewport;
     one column, a stack, where it has not. */
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr));
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .photo {
    flex: none;
    inline-size: var(--dialogue-photo-size, 3.5rem);
    block-size: var(--dialogue-photo-size, 3.5rem);
    border-radius: 50%;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .initials {
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: 700;
    font-size: calc(var(--dialogue-photo-size, 3.5rem) * 0.36);
    letter-spacing: 0.02em;
  }
  .who {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
    /* Each line takes its direction from its own text (an English name in an Arabic panel). */
    unicode-bidi: plaintext;
  }
  .name {
    font-weight: 700;
  }
  .role,
  .bio {
    font-size: 0.92em;
  }
  .bio {
    margin-block-start: 0.25rem;
  }
`;

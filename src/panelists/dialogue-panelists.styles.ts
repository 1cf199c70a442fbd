import { css } from 'lit';

export const dialoguePanelistsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  h3 {
    margin: 0 0 0.75rem;
    font-size: 1em;
  }
  ul {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A grid where the panel itself has room, whatever the viewport. */
  @container (min-width: 34rem) {
    ul {
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    }
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
  a {
    color: var(--dialogue-accent, #0b57d0);
  }
`;

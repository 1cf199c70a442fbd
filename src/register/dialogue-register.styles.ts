import { css } from 'lit';

export const dialogueRegisterStyles = css`
  :host {
    display: block;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .register {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .register:empty {
    display: none;
  }
  p {
    margin: 0;
  }
  .action,
  .calendar-button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: 0.5rem;
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  .action {
    background: var(--dialogue-accent, #0b57d0);
    color: var(--dialogue-accent-text, #fff);
    border: 2px solid var(--dialogue-accent, #0b57d0);
  }
  .calendar-button {
    background: transparent;
    color: inherit;
    border: 2px solid currentColor;
  }
  .action:focus-visible,
  .calendar-button:focus-visible,
  .menu a:focus-visible {
    outline: 3px solid var(--dialogue-accent, #0b57d0);
    outline-offset: 2px;
  }
  .closed {
    align-self: center;
    font-weight: 600;
  }
  /*
   * The menu opens in the flow, on a line of its own under the button, not as an
   * absolutely positioned dropdown: the card (overflow: hidden, for its rounded corners)
   * and many page layouts clip what sticks out of them, which hid the items below the
   * first. On its own line it moves neither the button nor the link beside it.
   */
  .calendar {
    display: contents;
  }
  .menu-row {
    flex: 1 0 100%;
    margin-block-start: -0.5rem;
  }
  .menu-row[hidden] {
    display: none;
  }
  .menu {
    box-sizing: border-box;
    inline-size: max-content;
    min-inline-size: min(14rem, 100%);
    max-inline-size: 100%;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: 0.5rem;
    /* The menu opens in the flow, over the card itself: the card's own surface and text,
       so a dark card has a dark menu whether or not the page sets color-scheme. */
    background: var(--dialogue-menu-surface, var(--dialogue-surface, transparent));
    color: var(--dialogue-menu-text, inherit);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  .menu[hidden] {
    display: none;
  }
  .menu a {
    display: block;
    padding: 0.6rem 0.75rem;
    border-radius: 0.35rem;
    color: inherit;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .menu a:hover,
  .menu a:focus {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
`;

import { css } from 'lit';

export const dialogueCountdownStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .countdown {
    display: grid;
    gap: 0.35rem;
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
    justify-self: start;
    border-radius: 0.4em;
    background: var(--dialogue-accent, #0b57d0);
    color: var(--dialogue-accent-text, #fff);
  }
  .soon-label::after {
    content: ' ·';
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
  .live-dot {
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
    .live-dot {
      animation: none;
    }
  }
  .times {
    color: var(--dialogue-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .times time {
    white-space: nowrap;
  }
  .times time[part~='event-time'] {
    white-space: normal;
  }
  .separator {
    margin-inline: 0.35em;
  }
  /* Too narrow for both times on a line: one under the other, no dot left dangling. */
  @container (max-width: 30rem) {
    .times time {
      display: block;
    }
    .separator {
      display: none;
    }
  }
  .note {
    font-size: 0.9em;
  }
  .visually-hidden,
  .announcer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

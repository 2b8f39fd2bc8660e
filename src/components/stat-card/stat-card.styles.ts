import { css } from 'lit';

export const statCardStyles = css`
  :host {
    --_value-size: 2.5em;
    /* The loading placeholder (0.875em text) is about the height of a loaded card's body and
       source line, so nothing shifts much when the data arrives. */
    --_placeholder-h: 11.5em;
  }
  :host([variant='compact']) {
    --_value-size: 1.75em;
    --_placeholder-h: 10em;
  }
  /* Inside a sentence: no box, the surrounding text's font and colour. */
  :host([variant='inline']) {
    display: inline;
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    overflow-wrap: inherit;
  }
  .card .body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .compact {
    padding: calc(var(--_space) * 0.75);
    gap: 0.5em;
  }
  p {
    margin: 0;
  }
  /* The qualifier has its own line, kept even when empty, so numbers line up across a row of cards. */
  .qualifier {
    display: block;
    font-size: 0.875em;
    line-height: 1.3;
    min-height: 1.3em;
    font-weight: 700;
    color: var(--_color-accent);
  }
  .big {
    display: block;
    font-size: var(--_value-size);
    line-height: 1.1;
    min-height: 1.1em;
    font-weight: 700;
    color: var(--_color-accent);
    font-variant-numeric: tabular-nums;
  }
  /* Words in place of a number ("slightly more than half"): half size, two lines in the same height. */
  .words .big {
    font-size: calc(var(--_value-size) / 2);
    min-height: 2.2em;
  }
  .unit {
    font-size: 0.4em;
    font-weight: 700;
  }
  .number {
    display: inline-grid;
    justify-items: end;
  }
  .number > * {
    grid-area: 1 / 1;
  }
  .counting .final {
    visibility: hidden;
  }
  .label {
    margin-block-start: 0.3em;
    font-weight: 700;
    line-height: 1.3;
  }
  .meta {
    margin-block-start: 0.3em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.6em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .meta > span + span:not(.estimate)::before {
    content: '·';
    margin-inline-end: 0.6em;
  }
  .context {
    font-size: 0.875em;
  }
  .differs {
    font-size: 0.875em;
    background: var(--_color-surface);
    border-inline-start: 3px solid var(--_color-accent);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.75em;
  }
  .differs-title {
    font-weight: 700;
  }
  .differs ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.1em;
  }
  .inline a {
    color: inherit;
  }
  .inline a:focus-visible {
    outline-color: currentColor;
  }
  .cite {
    font-size: 0.875em;
  }
  @media print {
    .tick {
      display: none;
    }
    .final {
      visibility: visible !important;
    }
  }
  @media (forced-colors: active) {
    .differs {
      border: 1px solid CanvasText;
    }
  }
`;

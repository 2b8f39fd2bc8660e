import { css } from 'lit';

/** Styles of `<pe-victim-breakdown>`: bars, waffle, grid of forms; narrow layout below 34em. */
export const styles = css`
  :host {
    --_placeholder-h: 13em;
    --_rest: repeating-linear-gradient(-45deg, var(--_color-muted) 0 2px, transparent 2px 5px);
    --_more: repeating-linear-gradient(90deg, var(--_cat-1) 0 2px, transparent 2px 5px);
    container-type: inline-size;
  }
  .base,
  .detail,
  .choices,
  .other {
    margin: 0 0 0.6em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .detail {
    min-height: 2.9em;
    margin: 0.5em 0 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .choices button {
    font-size: 1em;
    text-align: start;
  }
  .choices [aria-current='true'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-bg);
  }
  .other {
    margin: 0.75em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_color-border);
    color: var(--_color-text);
  }
  .other p {
    margin: 0 0 0.25em;
  }
  /* Its source line at the size of every other source line (not 0.875 of 0.875). */
  .other .source {
    font-size: 1em;
  }
  .item {
    display: grid;
    align-items: center;
    gap: 0.2em 0.75em;
    width: 100%;
    padding: 0.35em 0.45em;
  }
  .item.on {
    background: var(--_color-surface);
    border-color: var(--_color-border);
  }
  /* The chosen category: filled with a tint of the accent colour and ringed inside in it. The fill tells it
     from the focus ring (an outline outside, no fill) and from hover (grey). */
  .item[aria-pressed='true'],
  .forms .item[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_color-accent) 15%, var(--_color-bg));
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 2px var(--_color-accent);
  }
  /* Words for accessible names and copied text only (": " after a name, "(type: …)" around a tag): zero-size
     inline text. A visually hidden box would be a block, and browsers read blocks with spaces around them. */
  .sep {
    font-size: 0;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  /* Rows share one set of columns (subgrid), so every track has the same length. */
  .bars {
    grid-template-columns: minmax(0, 1fr) fit-content(45%);
  }
  .bars li,
  .bars .item {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 1 / -1;
  }
  .track {
    grid-column: 1 / -1;
  }
  @container (min-width: 34em) {
    .bars {
      grid-template-columns: minmax(7em, max-content) minmax(0, 1fr) fit-content(30%);
    }
    .bars .label {
      max-width: 14em;
    }
    .track {
      grid-area: 1 / 2;
    }
  }
  .track {
    position: relative;
    height: 0.95em;
    /* The whole base (100%), so a part is seen as a part. */
    box-shadow: inset 0 0 0 1px var(--_color-border);
    border-radius: 2px;
    margin-inline-end: 1.6em;
  }
  .bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_w);
    background: var(--_cat-1);
    border-radius: 2px;
  }
  .rest .bar {
    background: var(--_rest);
    box-shadow: inset 0 0 0 1px var(--_color-muted);
  }
  /* A lower bound: stripes past the end of the bar (the notes say so). */
  .lower::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 100%;
    width: 1.5em;
    background: var(--_more);
  }
  .half {
    position: absolute;
    inset-block: -0.25em;
    inset-inline-start: 50%;
    border-inline-start: 2px solid var(--_color-text);
  }
  .waffle-wrap {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 1.5em;
    align-items: flex-start;
  }
  .waffle {
    display: grid;
    grid-template-columns: repeat(10, 1fr);
    gap: 2px;
    width: min(100%, 15em);
    aspect-ratio: 1;
  }
  .keys-wrap {
    flex: 1 1 14em;
    min-width: 0;
    container: keys / inline-size;
  }
  .lead {
    margin: 0 0 0.4em;
    font-size: 1.25em;
  }
  /* The key: swatch, name, value. The host breaks text anywhere (long ids must not spill out), which
     would let a wordy value ("slightly more than half") squeeze a name to a letter per line: names
     and values break between words, a value takes at most 40% of a row, and in a narrow key
     (beside the waffle or on a phone) it goes under its name. */
  .keys .item {
    grid-template-columns: 1em minmax(0, 1fr) fit-content(40%);
  }
  .keys .label,
  .keys .value {
    overflow-wrap: break-word;
  }
  @container keys (max-width: 22em) {
    .keys .item {
      grid-template-columns: 1em minmax(0, 1fr);
      align-items: start;
    }
    .keys .sw {
      margin-block-start: 0.2em;
    }
    .keys .value {
      grid-column: 2;
      text-align: start;
    }
  }
  .cell {
    display: block;
    min-height: 0.5em;
    border-radius: 2px;
    background: var(--_c, none);
    box-shadow: inset 0 0 0 1px var(--_color-border);
    aspect-ratio: 1;
  }
  .k0 {
    --_c: var(--_cat-1);
  }
  .k1 {
    --_c: var(--_cat-2);
  }
  .k2 {
    --_c: var(--_cat-3);
  }
  .k3 {
    --_c: var(--_cat-4);
  }
  .k4 {
    --_c: var(--_cat-5);
  }
  .k5 {
    --_c: var(--_cat-6);
  }
  .cell.rest {
    --_c: var(--_rest);
  }
  /* The square after a lower bound: striped like a bar's end, "and a little more" (the notes say so). */
  .cell.more {
    background: var(--_more);
  }
  .dim .cell:not(.on) {
    opacity: 0.3;
  }
  .forms {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.5em;
  }
  .forms .item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
    height: 100%;
    border-color: var(--_color-border);
    background: var(--_color-surface);
  }
  .forms .item.on {
    border-color: var(--_color-accent);
  }
  /* Words break only when a table cannot fit otherwise; then it scrolls rather than spill out. */
  .scroll {
    overflow-x: auto;
  }
  th,
  td {
    overflow-wrap: break-word;
  }
  @container (max-width: 24em) {
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding-inline: 0.25em;
    }
  }
  .tag {
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  /* In the table, the tag goes under the form's name, as in the list. */
  th .tag {
    display: block;
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .bar,
    .cell,
    .track,
    .half,
    .choices [aria-current='true'] {
      forced-color-adjust: none;
    }
    .bar,
    .cell {
      --_rest: repeating-linear-gradient(-45deg, CanvasText 0 2px, Canvas 2px 5px);
      --_more: repeating-linear-gradient(90deg, CanvasText 0 2px, Canvas 2px 5px);
    }
    .bar,
    .k0 {
      background: CanvasText;
    }
    .k1 {
      background: Highlight;
    }
    .k2 {
      background: LinkText;
    }
    .k3 {
      background: GrayText;
    }
    .k4 {
      background: VisitedText;
    }
    .k5 {
      background: ButtonBorder;
    }
    .rest .bar,
    .cell.rest {
      background: var(--_rest);
    }
    .cell.more,
    .lower::after {
      background: var(--_more);
    }
    .track,
    .cell {
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .half {
      border-color: CanvasText;
    }
    .item.on {
      border-color: Highlight;
    }
    /* Shadows are dropped in forced colours: the chosen category gets an inner outline (the focus ring stays outside). */
    .item[aria-pressed='true'] {
      border-color: Highlight;
    }
    .item[aria-pressed='true']:not(:focus-visible) {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    .choices [aria-current='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

import { css } from 'lit';

/**
 * Styles of <pe-hub-map>. Colours come from the --pe-* tokens through private --_* ones, so dark
 * mode needs nothing here and forced colours only remap the private tokens.
 */
export const styles = css`
  :host {
    --_land: color-mix(in srgb, var(--_color-border) 75%, var(--_color-bg));
    --_nb: var(--_color-surface);
    --_edge: var(--_color-bg);
    --_line: var(--_color-muted);
    --_ink: var(--_color-text);
    --_halo: var(--_color-bg);
    --_t: var(--_cat-1);
    --_m: var(--_cat-2);
    --_p: var(--_cat-3);
    --_pf: color-mix(in srgb, var(--_cat-3) 30%, var(--_color-bg));
    --_nd: var(--_color-no-data);
    --_sel: var(--_color-text);
    --_focus: var(--_color-accent);
    min-width: min(280px, 100%);
  }
  @media (forced-colors: active) {
    :host {
      --_land: Canvas;
      --_nb: Canvas;
      --_edge: CanvasText;
      --_line: CanvasText;
      --_ink: CanvasText;
      --_halo: Canvas;
      --_t: CanvasText;
      --_m: CanvasText;
      --_p: CanvasText;
      --_pf: Canvas;
      --_nd: Canvas;
      --_sel: Highlight;
      --_focus: CanvasText;
    }
  }
  .body {
    container-type: inline-size;
  }
  /* The loading placeholder: the map's proportions plus about the height of the heading, legend,
     toolbar, sources and notes (more lines at narrower widths), so the page hardly shifts. */
  .placeholder {
    box-sizing: content-box;
    min-height: 0;
    aspect-ratio: 520 / 744;
    padding-bottom: max(12em, calc(69em - 138%));
  }
  .wrap {
    display: grid;
    gap: var(--_space);
  }
  /* The table view: words wrap between words, never inside one (the frame's overflow-wrap: anywhere
     split "vinculados" at 320 px); a table that still cannot fit scrolls in its own box, not the page. */
  .scroll {
    grid-column: 1 / -1;
    overflow-x: auto;
  }
  table {
    overflow-wrap: normal;
  }
  /* Narrow widgets (the three columns need about 360 px): each row shows the region and its value side
     by side, its hubs and drivers on a second line across both; the header row reads the same way.
     Still a table (rows, cells, headers); subgrid keeps the columns aligned from row to row. */
  @container (width < 420px) {
    table,
    thead,
    tbody,
    tr {
      display: grid;
      grid-template-columns: minmax(min-content, 3fr) minmax(min-content, 2fr);
    }
    thead,
    tbody,
    tr {
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
    }
    tr {
      border-bottom: 1px solid var(--_color-border);
    }
    th,
    td {
      border-bottom: 0;
      padding-inline: 0.3em;
    }
    th:first-child {
      grid-column: 1;
    }
    .facts {
      grid-column: 1 / -1;
      padding-top: 0;
    }
    .facts:empty {
      padding: 0;
    }
  }
  @container (min-width: 600px) {
    .wrap {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .placeholder {
      aspect-ratio: 520 / 446;
      padding-bottom: calc(17em - 14%);
    }
  }
  .map[hidden] {
    display: none;
  }
  .map {
    position: relative;
    aspect-ratio: 520 / 744;
    container-type: inline-size;
  }
  .m {
    display: block;
    width: 100%;
    height: 100%;
    -webkit-tap-highlight-color: transparent;
  }
  .nb {
    fill: var(--_nb);
    stroke: var(--_color-border);
    stroke-width: 0.8;
  }
  .rg {
    fill: var(--_land);
    stroke: var(--_edge);
    stroke-linejoin: round;
  }
  .s1 {
    fill: var(--_seq-1);
  }
  .s2 {
    fill: var(--_seq-2);
  }
  .s3 {
    fill: var(--_seq-3);
  }
  .s4 {
    fill: var(--_seq-4);
  }
  .s5 {
    fill: var(--_seq-5);
  }
  .nd {
    fill: url(#pn0);
  }
  .n0 {
    fill: var(--_nd);
  }
  .hn {
    stroke: var(--_line);
    stroke-width: 0.6;
  }
  .h0 {
    stroke: var(--_halo);
    fill: var(--_halo);
    stroke-width: 2.8;
  }
  .h1 {
    stroke: var(--_t);
    stroke-width: 1.4;
  }
  .h2 {
    fill: var(--_m);
  }
  .ot {
    fill: url(#pt0);
    stroke: var(--_t);
    stroke-width: 1.4;
  }
  .om {
    fill: url(#pm0);
    stroke: var(--_m);
    stroke-width: 1.4;
  }
  .in path {
    vector-effect: non-scaling-stroke;
  }
  .in .ot {
    fill: url(#pt1);
  }
  .in .om {
    fill: url(#pm1);
  }
  .in .nd {
    fill: url(#pn1);
  }
  .cv,
  .lk {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 1.6;
  }
  .pr {
    stroke-dasharray: 5 3;
  }
  .le {
    fill: var(--_ink);
  }
  .pa {
    fill: var(--_pf);
    stroke: var(--_p);
    stroke-width: 1.2;
  }
  .lr,
  .ib {
    fill: none;
    stroke: var(--_line);
    stroke-width: 0.8;
  }
  .ib {
    fill: var(--_color-bg);
  }
  .mh,
  .mt {
    fill: var(--_ink);
    stroke: var(--_halo);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .mt {
    fill: var(--_m);
  }
  .hit {
    fill: transparent;
  }
  .ov {
    pointer-events: none;
  }
  [data-k] {
    pointer-events: auto;
    cursor: pointer;
  }
  .m [tabindex] {
    outline: none;
  }
  .sl,
  .fh,
  .fr {
    fill: none;
    stroke: var(--_sel);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  /* The focus ring is two-tone, in screen pixels at any map size: a 3 px accent line on a 7 px halo of
     the background colour, so it stands out on every fill (the accent alone is about 1.5:1 on the
     darkest class, the halo alone too faint on the lightest). */
  .fh,
  .fr {
    display: none;
    vector-effect: non-scaling-stroke;
  }
  .fh {
    stroke: var(--_halo);
    stroke-width: 7px;
  }
  .fr {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .m:has(:focus-visible) :is(.fh, .fr) {
    display: inline;
  }
  .lb {
    display: none;
    fill: var(--_ink);
    stroke: var(--_halo);
    stroke-width: 0.25em;
    stroke-linejoin: round;
    paint-order: stroke;
    font-size: 20px;
  }
  .hub,
  .partner {
    font-weight: 700;
  }
  .country {
    fill: var(--_color-muted);
  }
  .t1 {
    font-size: 14px;
  }
  .t2 {
    font-size: 10.5px;
  }
  @container (width < 360px) {
    .t0 {
      display: inline;
    }
  }
  @container (360px <= width < 560px) {
    .t1 {
      display: inline;
    }
  }
  @container (width >= 560px) {
    .t2 {
      display: inline;
    }
  }
  .tip {
    position: absolute;
    max-width: min(18em, 90%);
    width: max-content;
    padding: 0.4em 0.6em;
    background: var(--_color-bg);
    border: 1px solid var(--_ink);
    border-radius: calc(var(--_radius) / 2);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tip.hov {
    pointer-events: auto;
  }
  .tip span {
    display: block;
  }
  .legend {
    font-size: 0.875em;
  }
  .legend p {
    margin: 0 0 0.3em;
  }
  .legend ul {
    margin: 0 0 0.6em;
    gap: 0.35em;
  }
  .legend li {
    display: flex;
    gap: 0.5em;
  }
  .legend svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .sel > * {
    background: var(--_color-surface);
    font-weight: 700;
  }
  small {
    color: var(--_color-muted);
  }
`;

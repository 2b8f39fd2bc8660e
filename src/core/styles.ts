import { css } from 'lit';

/**
 * Public theme tokens (--pe-*) are read here, on :host, into private ones (--_*) with their defaults, and
 * the styles use only the private ones. So a page may set a token on the element
 * (`pe-stat-card { --pe-color-accent: #7a1f5c }`) or on any ancestor (`:root { … }`, a section of the page):
 * the :host rules do not declare the public names, so they inherit.
 * Dark values apply when the widget's resolved scheme is dark (attribute data-scheme="dark",
 * set by the widget from `theme`, the page's `dark` class / data-theme, or prefers-color-scheme).
 * Category colours follow the Okabe–Ito hues, darkened (light) or lightened (dark) so every one
 * has at least 4.5:1 contrast on the background (checked in test/core.test.ts).
 */
export const tokens = css`
  :host {
    --_font-family: var(--pe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--pe-font-size, max(1rem, 15px));
    --_radius: var(--pe-radius, 8px);
    --_space: var(--pe-space, 1em);
    --_color-text: var(--pe-color-text, #1c1f24);
    --_color-muted: var(--pe-color-muted, #565e69);
    --_color-bg: var(--pe-color-bg, #ffffff);
    --_color-surface: var(--pe-color-surface, #f5f6f8);
    --_color-border: var(--pe-color-border, #c9cfd6);
    --_color-accent: var(--pe-color-accent, #0a58a8);
    --_color-error: var(--pe-color-error, #b3261e);
    --_cat-1: var(--pe-cat-1, #0b62a4);
    --_cat-2: var(--pe-cat-2, #b04a00);
    --_cat-3: var(--pe-cat-3, #00734f);
    --_cat-4: var(--pe-cat-4, #9c3d85);
    --_cat-5: var(--pe-cat-5, #7d5a00);
    --_cat-6: var(--pe-cat-6, #4f5d6b);
    --_seq-1: var(--pe-seq-1, #dbe9f6);
    --_seq-2: var(--pe-seq-2, #a6cbe8);
    --_seq-3: var(--pe-seq-3, #5f9fd4);
    --_seq-4: var(--pe-seq-4, #2b6cb0);
    --_seq-5: var(--pe-seq-5, #0d3d73);
    --_color-no-data: var(--pe-color-no-data, #eceef1);
  }
  :host([data-scheme='dark']) {
    --_color-text: var(--pe-color-text, #e8eaed);
    --_color-muted: var(--pe-color-muted, #a3acb7);
    --_color-bg: var(--pe-color-bg, #15171c);
    --_color-surface: var(--pe-color-surface, #20242b);
    --_color-border: var(--pe-color-border, #414852);
    --_color-accent: var(--pe-color-accent, #73b7ff);
    --_color-error: var(--pe-color-error, #ff8f86);
    --_cat-1: var(--pe-cat-1, #63b3f0);
    --_cat-2: var(--pe-cat-2, #ff9a5c);
    --_cat-3: var(--pe-cat-3, #3fcf9d);
    --_cat-4: var(--pe-cat-4, #ec9fd6);
    --_cat-5: var(--pe-cat-5, #e8c14e);
    --_cat-6: var(--pe-cat-6, #b4c0cc);
    --_seq-1: var(--pe-seq-1, #1d3550);
    --_seq-2: var(--pe-seq-2, #27567f);
    --_seq-3: var(--pe-seq-3, #3b7fb8);
    --_seq-4: var(--pe-seq-4, #74b0e3);
    --_seq-5: var(--pe-seq-5, #bfe0ff);
    --_color-no-data: var(--pe-color-no-data, #2a2f37);
  }
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: light;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_color-text);
    text-align: start;
    direction: ltr;
    overflow-wrap: anywhere;
  }
  :host([data-scheme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's rules on the host element (e.g. * { font-family: … !important }) beat :host, and
     inherited properties would carry them inside; the frame sets them again. */
  .frame {
    box-sizing: border-box;
    font: normal 400 var(--_font-size) / 1.45 var(--_font-family);
    font-variant-numeric: normal;
    color: var(--_color-text);
    -webkit-text-fill-color: currentcolor;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    cursor: auto;
    list-style: disc outside;
    border-collapse: separate;
    border-spacing: 0;
    caption-side: top;
    fill: initial;
    stroke: initial;
    stroke-width: initial;
    direction: ltr;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Styles of the shared frame: heading, source line, notes, toolbar, table, loading and error states. */
export const frameStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    background: var(--_color-bg);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    height: 100%;
    unicode-bidi: isolate;
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .body {
    flex: 1 1 auto;
    min-width: 0;
  }
  .source,
  .notes {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .notes {
    padding-inline-start: 1.1em;
  }
  /* Unlinked titles look like linked ones (which are not italic either): one font face fewer to load. */
  cite {
    font-style: normal;
  }
  .notes:empty {
    display: none;
  }
  a {
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_color-accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.7em;
    cursor: pointer;
    min-height: 2em;
  }
  button:hover {
    border-color: var(--_color-accent);
  }
  /* Shared by the widgets: unstyled lists, borderless buttons, pill labels. */
  [role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .bare {
    font-size: 1em;
    color: inherit;
    background: none;
    border-color: transparent;
    min-height: 0;
    text-align: start;
  }
  .pill {
    border: 1px solid;
    border-radius: 1em;
    padding: 0 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4em;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_color-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .placeholder {
    min-height: var(--_placeholder-h, 8em);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface);
    display: grid;
    place-items: center;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .fallback {
    margin: 0 0 0.75em;
  }
  .error {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: 0.75em;
  }
  .error-title {
    margin: 0 0 0.35em;
    font-weight: 700;
    color: var(--_color-error);
  }
  .error ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.1em;
    font-size: 0.875em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    .error {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;

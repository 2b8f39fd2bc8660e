import { css } from 'lit';

/**
 * Vertical by default. `.horizontal` lays the events in a scrolling row, but only when the
 * widget itself (the `.tl` container, not the viewport) is at least 560px wide. A row wider than
 * the widget gets `.more` (and `.more-start` / `.more-end` for the sides holding events out of
 * view, which fade out) from the component, and the `.hint` line above it.
 */
export const timelineStyles = css`
  :host {
    --_placeholder-h: var(--pe-timeline-placeholder-h, 80em);
  }
  :host([orientation='horizontal']) {
    --_placeholder-h: var(--pe-timeline-placeholder-h, 34em);
  }
  .tl {
    container: pe-tl / inline-size;
  }
  .count,
  .hint,
  .empty {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .hint::after {
    content: ' →' / '';
  }
  .more {
    position: relative;
  }
  /* Focus and snapping keep events clear of the fades (see keepInView): the fades' width. */
  .more ol {
    scroll-padding-inline: 3em;
  }
  /* Fades over the cards (stopping above the scrollbar) on the sides that hold more events. */
  .more::before,
  .more::after {
    content: '';
    position: absolute;
    z-index: 1;
    top: 0;
    bottom: 1.5em;
    width: 3em;
    pointer-events: none;
    opacity: 0;
  }
  .more::before {
    left: 0;
    background: linear-gradient(to left, transparent, var(--_color-bg));
  }
  .more::after {
    right: 0;
    background: linear-gradient(to right, transparent, var(--_color-bg));
  }
  .more-start::before,
  .more-end::after {
    opacity: 1;
  }
  .tl ol {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .ev {
    --_c: var(--_cat-6);
    position: relative;
    padding: 0.1em 0.5em 0.5em 1.75em;
    border-radius: calc(var(--_radius) / 2);
  }
  .cat-law { --_c: var(--_cat-1); }
  .cat-figures { --_c: var(--_cat-2); }
  .cat-policy { --_c: var(--_cat-3); }
  .cat-international { --_c: var(--_cat-4); }
  .cat-report { --_c: var(--_cat-5); }
  /* The rail joining the events, and each event's dot on it. */
  .ev::before {
    content: '';
    position: absolute;
    left: 0.55em;
    top: 0.3em;
    bottom: -1.3em;
    border-left: 2px solid var(--_color-border);
  }
  .ev:last-child::before {
    bottom: 0;
  }
  .dot {
    position: absolute;
    left: 0.125em;
    top: 0.3em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--_c);
    border: 3px solid var(--_color-bg);
  }
  .hl {
    box-shadow: inset 0 0 0 2px var(--_color-accent);
  }
  .hl .dot {
    outline: 2px solid var(--_color-accent);
  }
  .sel {
    background: var(--_color-surface);
  }
  /* An event's title (role heading): the line height its button inherits. */
  .title {
    line-height: 1.3;
  }
  .pick {
    font-weight: 700;
    border: 0;
    padding: 0;
  }
  .pick:hover {
    text-decoration: underline;
  }
  .sel .pick {
    text-decoration: underline 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin: 0.2em 0;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  time {
    font-weight: 700;
    color: var(--_color-text);
  }
  .badge {
    color: var(--_c);
  }
  .mark {
    color: var(--_color-accent);
    font-weight: 700;
  }
  .mark::before {
    content: '★ ' / '';
  }
  .desc {
    margin: 0 0 0.3em;
    font-size: 1em;
  }
  @container pe-tl (min-width: 560px) {
    .horizontal ol {
      flex-direction: row;
      align-items: flex-start;
      overflow-x: auto;
      padding-block-end: 0.5em;
      scroll-snap-type: x proximity;
    }
    .horizontal .ev {
      flex: 0 0 15em;
      padding: 1.6em 0.5em 0.5em;
      scroll-snap-align: start;
    }
    .horizontal .ev::before {
      left: 0.5em;
      right: -1.5em;
      top: 0.55em;
      bottom: auto;
      border-left: 0;
      border-top: 2px solid var(--_color-border);
    }
    .horizontal .ev:last-child::before {
      right: 0.5em;
    }
    .horizontal .dot {
      left: 0.5em;
      top: 0.125em;
    }
  }
  @media (forced-colors: active) {
    .more::before,
    .more::after {
      display: none;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
    }
    .hl,
    .sel {
      outline: 2px solid Highlight;
    }
    .badge,
    .mark {
      color: CanvasText;
    }
  }
`;

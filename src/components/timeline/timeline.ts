import { html, nothing, type PropertyValues } from 'lit';
import { PeElement, type Problem } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { frame, sourceLine } from '../../core/frame.js';
import { rove } from '../../core/keys.js';
import type { Dataset } from '../../data/types.js';
import { messages } from './messages.js';
import { timelineModel, type EventItem, type Orientation, type TimelineView } from './model.js';
import { timelineStyles } from './timeline.styles.js';

/**
 * What happened when: the dataset's dated events as an ordered list, each with its date (keeping
 * its precision: a day, a month, a year or a range), category, place, description and sources.
 *
 * Order: by start date, a date known only to the year or month counting as the end of that year
 * or month (so a range such as 2007–2013 follows a point dated 16 January 2007); equal dates keep
 * the dataset's order. `from`/`to` keep every event that overlaps the window.
 *
 * Keyboard: Tab reaches the list once; Arrow Down/Right and Up/Left move between events,
 * Home/End go to the first/last; Enter or Space selects the event (fires `pe-select`).
 *
 * Headings: the widget's title is a heading at level `heading-level` (3 by default), each event's
 * title a heading one level below (at most 6).
 *
 * Horizontal: when the row of events is wider than the widget, it scrolls sideways within the
 * widget, says so in a line above it, fades the sides that hold more events, and is itself a
 * labelled tab stop (arrow keys scroll it). The list starts scrolled so the highlighted event is
 * in view, and an event reached from the keyboard is scrolled whole into view, clear of the fades
 * (the list scrolls, never the page).
 *
 * @summary A timeline of events with dates, categories and sources, in Spanish or English.
 *
 * @fires pe-select - An event was chosen (click, Enter or Space): `{ type: 'event', id, label, selected: true }`.
 * @fires pe-error - Bad data or attributes; the widget shows the same messages.
 * @fires pe-data-load - The data shown was loaded and validated.
 *
 * @csspart frame - The outer box.
 * @csspart heading - The title (a heading at level `heading-level`).
 * @csspart body - The content area.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (list item).
 * @csspart source - An event's source line.
 * @csspart empty - The message shown when no event matches.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop [--pe-cat-1=#0b62a4] - Colour of the "law" category. Dark theme: `#63b3f0`.
 * @cssprop [--pe-cat-2=#b04a00] - Colour of the "figures" category. Dark theme: `#ff9a5c`.
 * @cssprop [--pe-cat-3=#00734f] - Colour of the "policy" category. Dark theme: `#3fcf9d`.
 * @cssprop [--pe-cat-4=#9c3d85] - Colour of the "international" category. Dark theme: `#ec9fd6`.
 * @cssprop [--pe-cat-5=#7d5a00] - Colour of the "report" category. Dark theme: `#e8c14e`.
 * @cssprop --pe-color-accent - Highlight, links and focus ring. Dark theme: `#73b7ff`.
 * @cssprop --pe-timeline-placeholder-h - Height reserved while `src` loads (default 80em vertical, 34em horizontal: the embedded events at about 900px wide; set it for your own data).
 */
export class PeTimeline extends PeElement<TimelineView> {
  static override tagName = 'pe-timeline';
  static override styles = [...PeElement.styles, timelineStyles];
  static override properties = {
    orientation: { reflect: true },
    from: {},
    to: {},
    category: {},
    highlight: {},
    selected: { attribute: false },
    active: { attribute: false },
    more: { attribute: false },
  };

  /** `vertical` (default) or `horizontal`; horizontal becomes vertical when the widget is narrower than 560px. */
  orientation: Orientation = 'vertical';

  /** First date shown (a date such as `2013`, `2014-11` or `2007-01-16`); events overlapping it are kept. An invalid date is an error. */
  from = '';

  /** Last date shown (same format as `from`); events overlapping it are kept. */
  to = '';

  /** Show only these categories: one or several of law, figures, policy, international, report (space or comma separated). */
  category = '';

  /** Id of one event to mark as highlighted (an id not in the data is an error; it stays hidden if a filter excludes it). */
  highlight = '';

  /** Id of the event chosen last (click, Enter or Space). */
  private selected = '';
  /** Id of the event that holds the list's single tab stop. */
  private active = '';
  /** '' while the list fits; else `more`, plus `more-start` / `more-end` for the sides scrolled out of view. */
  private more = '';

  /** The list shown, watched for size changes (the row appears when the widget gets wide enough). */
  private list?: HTMLOListElement;
  private resizes?: ResizeObserver;
  /** The highlighted event is still to be scrolled into view: done once the list scrolls sideways. */
  private revealPending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.list) this.resizes?.observe(this.list);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ol = this.renderRoot.querySelector('ol') ?? undefined;
    const fresh = ol !== this.list;
    if (fresh) {
      this.resizes?.disconnect();
      this.list = ol;
      if (ol) (this.resizes ??= new ResizeObserver(this.measure)).observe(ol);
      else this.more = '';
    }
    if (ol && (fresh || ['highlight', 'orientation', 'from', 'to', 'category', 'data'].some((k) => changed.has(k)))) {
      this.revealPending = true;
      // A new list is measured by the ResizeObserver once laid out (reading its size here would force a
      // layout of the page in the middle of the first render); a changed one at once.
      if (!fresh) this.measure();
    }
  }

  /** Notes which sides of a sideways-scrolling list hold events out of view, and reveals the highlight once it scrolls. */
  private measure = (): void => {
    const ol = this.list;
    if (!ol?.isConnected) return;
    const max = ol.scrollWidth - ol.clientWidth;
    const scrolls = max > 1 && getComputedStyle(ol).overflowX !== 'visible';
    if (scrolls && this.revealPending) {
      this.revealPending = false;
      this.reveal(ol);
    }
    const x = ol.scrollLeft;
    this.more = scrolls ? `more${x > 1 ? ' more-start' : ''}${x < max - 1 ? ' more-end' : ''}` : '';
  };

  /**
   * Scrolls the list itself so the highlighted event is in the middle (or to the start without one).
   * Not scrollIntoView, which would scroll the page too; not animated.
   */
  private reveal(ol: HTMLElement): void {
    const li = ol.querySelector<HTMLElement>('.hl');
    ol.scrollLeft = li
      ? li.getBoundingClientRect().left - ol.getBoundingClientRect().left + ol.scrollLeft - (ol.clientWidth - li.offsetWidth) / 2
      : 0;
  }

  protected model(dataset: Dataset): TimelineView | Problem {
    const { from, to, category, highlight, orientation } = this;
    return timelineModel(dataset, this.locale, { from, to, category, highlight, orientation });
  }

  private choose(e: EventItem): void {
    this.selected = this.active = e.id;
    emit(this, 'pe-select', { type: 'event', id: e.id, label: e.title, selected: true });
  }

  /** Arrow keys, Home and End move the focus; the focus handler below moves the tab stop with it. */
  private onKey(ev: KeyboardEvent): void {
    rove(ev, [...this.renderRoot.querySelectorAll<HTMLElement>('.pick')]);
  }

  private onFocus(ev: FocusEvent): void {
    const pick = ev.target as HTMLElement;
    const id = pick.dataset?.id;
    if (!id) return;
    this.active = id;
    // Reached from the keyboard (arrow keys, Tab) in a row that scrolls: the whole event, focus ring
    // included, in view and clear of the faded sides. Not on a click, whose target must stay put.
    if (this.more && pick.matches(':focus-visible')) this.keepInView(pick.closest('li')!);
  }

  /**
   * Scrolls the list itself, not the page (as scrollIntoView would), so `li` lies whole within its visible
   * box less the fades (the list's scroll-padding). By scrollBy: a scroll with a direction, which the list's
   * scroll snapping ends at or past the place asked for, never back where it came from.
   */
  private keepInView(li: HTMLElement): void {
    const ol = this.list!;
    const pad = parseFloat(getComputedStyle(ol).scrollPaddingLeft);
    const box = ol.getBoundingClientRect();
    const card = li.getBoundingClientRect();
    // How far the event's start is past the start fade, and its end past the end fade (> 0: hidden).
    const start = card.left - box.left - pad;
    const end = card.right - box.left - ol.clientWidth + pad;
    // Back to show its start; else forward to show its end, but never so far that its start goes under a fade.
    ol.scrollBy(start < 0 ? start : Math.max(0, Math.min(end, start)), 0);
  }

  private item(e: EventItem, i: number, active: string, level: number) {
    const m = messages[this.locale];
    const selected = e.id === this.selected;
    // No whitespace text between block children (one DOM node fewer each); spaces stay between inline parts.
    return html`<li class="ev cat-${e.category} ${e.highlighted ? 'hl' : ''} ${selected ? 'sel' : ''}" part="event"
      ><span class="dot" aria-hidden="true"></span
      ><div class="title" role="heading" aria-level=${level}><button
          type="button"
          class="pick bare"
          data-id=${e.id}
          tabindex=${e.id === active ? 0 : -1}
          aria-current=${selected ? 'true' : nothing}
          aria-describedby="m${i}"
          @click=${() => this.choose(e)}
        >${e.title}</button></div
      ><p class="meta" id="m${i}"
        ><time datetime=${e.datetime}>${e.date}</time>
        <span class="badge pill">${e.categoryLabel}</span>${e.highlighted ? html` <span class="mark">${m.highlighted}</span>` : nothing}${e.place
          ? html` <span>${e.place}</span>`
          : nothing}</p
      >${e.description ? html`<p class="desc">${e.description}</p>` : nothing}${sourceLine(e.sources, this.locale)}</li>`;
  }

  protected renderView(v: TimelineView): unknown {
    const m = messages[this.locale];
    const items = v.items;
    const active = items.find((e) => e.id === this.active)?.id ?? items.find((e) => e.highlighted)?.id ?? items[0]?.id;
    const more = this.more;
    // Each event's title is a heading one level below the widget's.
    const level = Math.min(this.level + 1, 6);
    const body = items.length
      ? html`${v.filtered ? html`<p class="count">${m.count(items.length, v.total)}</p>` : nothing}${more
            ? html`<p class="hint" id="tl-hint">${m.scroll(items.length)}</p>`
            : nothing}
          <div class="tl ${v.orientation} ${more}">
            <ol
              part="list"
              role="list"
              aria-label=${m.list}
              tabindex=${more ? 0 : nothing}
              aria-describedby=${more ? 'tl-hint' : nothing}
              @keydown=${this.onKey}
              @focusin=${this.onFocus}
              @scroll=${this.measure}
            >${items.map((e, i) =>
              this.item(e, i, active!, level),
            )}</ol>
          </div>`
      : html`<p class="empty" part="empty">${m.empty}</p>`;
    return frame({ locale: this.locale, level: this.level, heading: this.heading || m.heading, body, className: 'timeline' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-timeline': PeTimeline;
  }
}

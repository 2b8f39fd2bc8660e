import { html, nothing } from 'lit';
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
 * @summary A timeline of events with dates, categories and sources, in Spanish or English.
 *
 * @fires pe-select - An event was chosen (click, Enter or Space): `{ type: 'event', id, label }`.
 * @fires pe-error - Bad data or attributes; the widget shows the same messages.
 * @fires pe-data-load - The data shown was loaded and validated.
 *
 * @csspart frame - The outer box.
 * @csspart heading - The title (h3).
 * @csspart body - The content area.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (list item).
 * @csspart source - An event's source line.
 * @csspart empty - The message shown when no event matches.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --pe-cat-1 - Colour of the "law" category (--pe-cat-2 figures, -3 policy, -4 international, -5 report).
 * @cssprop --pe-color-accent - Highlight, links and focus ring.
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

  protected model(dataset: Dataset): TimelineView | Problem {
    const { from, to, category, highlight, orientation } = this;
    return timelineModel(dataset, this.locale, { from, to, category, highlight, orientation });
  }

  private choose(e: EventItem): void {
    this.selected = this.active = e.id;
    emit(this, 'pe-select', { type: 'event', id: e.id, label: e.title });
  }

  /** Arrow keys, Home and End move the focus; the focus handler below moves the tab stop with it. */
  private onKey(ev: KeyboardEvent): void {
    rove(ev, [...this.renderRoot.querySelectorAll<HTMLElement>('.pick')]);
  }

  private onFocus(ev: FocusEvent): void {
    const id = (ev.target as HTMLElement).dataset?.id;
    if (id) this.active = id;
  }

  private item(e: EventItem, i: number, active: string) {
    const m = messages[this.locale];
    const selected = e.id === this.selected;
    // No whitespace text between block children (one DOM node fewer each); spaces stay between inline parts.
    return html`<li class="ev cat-${e.category} ${e.highlighted ? 'hl' : ''} ${selected ? 'sel' : ''}" part="event"
      ><span class="dot" aria-hidden="true"></span
      ><h4><button
          type="button"
          class="pick bare"
          data-id=${e.id}
          tabindex=${e.id === active ? 0 : -1}
          aria-current=${selected ? 'true' : nothing}
          aria-describedby="m${i}"
          @click=${() => this.choose(e)}
        >${e.title}</button></h4
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
    const body = items.length
      ? html`${v.filtered ? html`<p class="count">${m.count(items.length, v.total)}</p>` : nothing}
          <div class="tl ${v.orientation}">
            <ol part="list" role="list" aria-label=${m.list} @keydown=${this.onKey} @focusin=${this.onFocus}>${items.map((e, i) =>
              this.item(e, i, active!),
            )}</ol>
          </div>`
      : html`<p class="empty" part="empty">${m.empty}</p>`;
    return frame({ locale: this.locale, heading: this.heading || m.heading, body, className: 'timeline' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-timeline': PeTimeline;
  }
}

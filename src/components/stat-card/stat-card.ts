import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PeElement, type Problem } from '../../core/base.js';
import { frame, notesList } from '../../core/frame.js';
import { safeUrl } from '../../data/text.js';
import type { Dataset, Locale, Source } from '../../data/types.js';
import { msg } from '../../i18n/catalog.js';
import { uncap } from '../../i18n/format.js';
import { messages } from './messages.js';
import { shortSource, statModel, tickText, type OtherFigure, type StatInput, type StatView } from './model.js';
import { statCardStyles } from './stat-card.styles.js';

export type StatCardVariant = 'default' | 'compact' | 'inline';

const DURATION = 1200;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** "Diálogo, 2014; InSight Crime, 2014", each linked to its source when the URL is http(s). */
function cites(sources: readonly Source[], locale: Locale): unknown[] {
  return sources.map((s, i) => {
    const url = safeUrl(s.url);
    const text = shortSource(s, locale);
    return html`${i ? '; ' : ''}${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>` : text}`;
  });
}

/**
 * One headline figure with its qualifier, what it counts, period, place and source — from the
 * dataset (`stat`) or your own (`value`, `label`, `source`…). Where the dataset links a figure
 * from another source that differs, the card shows that one too.
 *
 * Screen readers get the card as one sentence ("41 convictions for human trafficking in Peru in
 * 2013."), followed by the linked source line, which names the sources once; the big number and its
 * parts are a visual copy hidden from them, so `animate` never changes what they read. The inline
 * variant is read as it is shown: the figure, then its parenthetical citation.
 *
 * With neither `stat` nor `value`, the card shows an error that lists the dataset's figure ids.
 * A custom figure needs `value` (a plain number such as `312` or `0.85`), `label` and `source`.
 *
 * @summary A headline figure with its source, qualifier and context.
 *
 * @fires pe-data-load - The data is ready and shown. Detail: `{ dataset, origin }`.
 * @fires pe-error - Bad attributes (unknown `stat`, non-numeric `value`, …) or bad data; the card shows the same message. Detail: `{ kind, errors, origin }`.
 *
 * @csspart frame - The card (default and compact variants).
 * @csspart heading - The title, when `heading` is set.
 * @csspart body - The figure, context and differing-source note.
 * @csspart value - The number with its qualifier and unit.
 * @csspart label - What the number counts.
 * @csspart meta - Place, period and who estimated the value.
 * @csspart context - A sentence of context from the dataset.
 * @csspart differs - The note with the figures of other sources that differ.
 * @csspart source - The source line (in the inline variant: the parenthetical citation).
 * @csspart notes - Notes and caveats.
 * @csspart inline - The whole figure in the inline variant.
 * @csspart error - The error message.
 * @csspart placeholder - The loading placeholder.
 *
 * @cssprop --pe-color-accent - The number, links and the differing-source note's rule. Dark theme: `#73b7ff`.
 * @cssprop --pe-color-text - Text. Dark theme: `#e8eaed`.
 * @cssprop --pe-color-muted - Place, period, source line and notes. Dark theme: `#a3acb7`.
 * @cssprop --pe-color-bg - Card background. Dark theme: `#15171c`.
 * @cssprop --pe-color-surface - Background of the differing-source note. Dark theme: `#20242b`.
 * @cssprop --pe-color-border - Card border. Dark theme: `#414852`.
 * @cssprop --pe-font-family - Font (the inline variant uses the surrounding text's font).
 * @cssprop --pe-font-size - Base font size; the number is 2.5 times it (1.75 in compact).
 * @cssprop --pe-space - Padding.
 * @cssprop --pe-radius - Corner radius.
 */
export class PeStatCard extends PeElement<StatView> {
  static override tagName = 'pe-stat-card';
  static override styles = [...PeElement.styles, statCardStyles];
  protected static override textAttributes = ['heading', 'label', 'place', 'period', 'source'];
  static override properties = {
    stat: {},
    value: {},
    label: {},
    unit: {},
    qualifier: {},
    period: {},
    place: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    variant: { reflect: true },
    countUp: { type: Boolean, attribute: 'animate' },
    tick: { attribute: false },
  };

  /** Id of a figure in the dataset, e.g. `convictions-2013`. Wins over the custom-figure attributes. */
  stat = '';

  /** Your own figure: a plain number, digits with a point for decimals (`1500`, not `1,500` or `1.500`; `0.85` with `unit="share"` for 85%). A count is a whole number. Anything else shows an error saying how to write it. */
  value: string | number = '';

  /** Your own figure: what the number counts, written to follow it ("victims assisted"). Required with `value`. */
  label = '';

  /** Your own figure: `count` (default), `share` (a value from 0 to 1) or `years`. */
  unit = '';

  /**
   * Your own figure: `exact` (default), `more-than`, `at-least`, `less-than`, `approximately` or
   * `slightly-more-than-half` (only with `unit="share"` and `value="0.5"`: shown in words, without a number).
   */
  qualifier = '';

  /** Your own figure: when, as `2023`, `2023-05`, `2023-05-31` or a range `2019/2023` (other text is shown as written). */
  period = '';

  /** Your own figure: where ("Lima"). */
  place = '';

  /** Your own figure: who publishes it (your organisation). Required with `value`. */
  source = '';

  /** Your own figure: a link to the source; only http(s) URLs are linked. */
  sourceUrl = '';

  /**
   * `default`; `compact` (smaller number and padding, no context sentence, differing figures
   * without their explanation); or `inline`, for use inside a sentence of text: no box, the
   * text's own font and colour, the value and label followed by a short linked citation
   * "(period; estimate; Publisher, year; another source differs: …)". Empty: `default`; anything else: an error message (and `pe-error`), as for the other widgets' options.
   */
  variant: StatCardVariant = 'default';

  /**
   * Counts the number up the first time the card is seen (attribute `animate`). Skipped under
   * `prefers-reduced-motion`, in the inline variant and for ranges and verbal values. Only the
   * visual copy moves: screen readers always get the final figure.
   */
  countUp = false;

  /** The visual number while counting up; undefined once done (or never started). */
  private tick?: string;
  private counted = false;
  private observer?: IntersectionObserver;
  private frameId = 0;
  private checkId = 0;
  private running = false;

  protected model(dataset: Dataset): StatView | Problem {
    const input = Object.fromEntries(
      (['stat', 'value', 'label', 'unit', 'qualifier', 'period', 'place', 'source', 'sourceUrl'] as const).map((k) => [k, this[k] == null ? '' : String(this[k])]),
    );
    return statModel(dataset, { ...(input as unknown as StatInput), variant: this.variant || 'default' }, this.locale);
  }

  private get inline(): boolean {
    return this.variant === 'inline';
  }

  /** Whether a count-up is still to run for the current view. */
  private get pending(): boolean {
    const v = this.view as StatView | undefined;
    return (
      this.countUp &&
      !this.counted &&
      !this.inline &&
      this.state.status === 'ready' &&
      !!v?.target &&
      typeof IntersectionObserver !== 'undefined' &&
      !reducedMotion()
    );
  }

  protected override render(): unknown {
    if (this.inline && this.state.status === 'loading') {
      return html`<span role="status">${msg(this.locale).loading}</span>`;
    }
    return super.render();
  }

  protected renderView(v: StatView): unknown {
    return this.inline ? this.renderInline(v) : this.renderCard(v);
  }

  private renderCard(v: StatView): TemplateResult {
    const locale = this.locale;
    const compact = this.variant === 'compact';
    const words = !v.value.number.match(/\d/);
    const tick = this.tick;
    const body = html`<div class="figure">
        <p class="visually-hidden">${v.sentence}</p>
        <div aria-hidden="true">
          <p class="value ${words ? 'words' : ''}" part="value">
            <span class="qualifier">${v.value.qualifier}</span>
            <span class="big"
              ><span class="number ${tick === undefined ? '' : 'counting'}"
                ><span class="final">${v.value.number}</span>${tick === undefined ? nothing : html`<span class="tick">${tick}</span>`}</span
              >${v.value.unit ? html` <span class="unit">${v.value.unit}</span>` : nothing}</span
            >
          </p>
          <p class="label" part="label">${v.label}</p>
          ${v.place || v.period || v.estimate
            ? html`<p class="meta" part="meta">
                ${v.place ? html`<span>${v.place}</span>` : nothing} ${v.period ? html`<span>${v.period}</span>` : nothing}
                ${v.estimate ? html`<span class="estimate pill">${v.estimate}</span>` : nothing}
              </p>`
            : nothing}
        </div>
      </div>
      ${v.context && !compact ? html`<p class="context" part="context">${v.context}</p>` : nothing}
      ${v.differs.length ? this.renderDiffers(v.differs, compact) : nothing} ${notesList(v.notes, locale)}`;
    return frame({
      locale,
      level: this.level,
      heading: this.heading || undefined,
      body,
      sources: v.sources,
      className: `card ${compact ? 'compact' : ''}`,
    });
  }

  private renderDiffers(others: OtherFigure[], compact: boolean): TemplateResult {
    const locale = this.locale;
    return html`<div class="differs" part="differs" role="note">
      <p class="differs-title">${others.length > 1 ? messages[locale].differ : msg(locale).differs}</p>
      <ul>
        ${others.map(
          (o) => html`<li>${o.statement} (${cites(o.sources, locale)}).${o.note && !compact ? ` ${o.note}` : ''}</li>`,
        )}
      </ul>
    </div>`;
  }

  /** In a sentence: "41 convictions for human trafficking (2013; US Department of State, 2014)". */
  private renderInline(v: StatView): TemplateResult {
    const locale = this.locale;
    const parts: unknown[] = [v.period, v.estimate].filter(Boolean);
    if (v.sources.length) parts.push(cites(v.sources, locale));
    for (const o of v.differs) {
      parts.push(html`${uncap(msg(locale).differs)}: ${o.value} ${o.label}${o.period ? `, ${o.period}` : ''}, ${cites(o.sources, locale)}`);
    }
    return html`<span class="inline" part="inline"
      ><span class="num" part="value">${v.value.text}</span> <span part="label">${v.label}</span>
      <span class="cite" part="source">(${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)})</span></span
    >`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
    // A count-up cut short ends at the final figure.
    if (this.running) {
      cancelAnimationFrame(this.frameId);
      this.running = false;
      this.counted = true;
      this.tick = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watch();
  }

  /**
   * Waits for the card's first view when a count-up is pending. Until it starts, the visual copy
   * shows the final figure, so a page that never renders frames (print, a screenshot tool) never
   * shows a wrong number; a card already in view starts in the next frame, before it is painted.
   */
  private watch(): void {
    if (!this.pending || this.running) return this.unwatch();
    if (this.observer || !this.isConnected) return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.count();
    });
    this.observer.observe(this);
    this.checkId = requestAnimationFrame(() => {
      const r = this.getBoundingClientRect();
      if (r.height && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth) this.count();
    });
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.checkId);
  }

  private count(): void {
    this.unwatch();
    this.running = true;
    let start = 0;
    const step = (now: number) => {
      const v = this.view as StatView | undefined;
      start ||= now;
      const p = Math.min(1, (now - start) / DURATION);
      if (p >= 1 || !v?.target || !this.pending) {
        this.running = false;
        this.counted = true;
        this.tick = undefined;
        return;
      }
      this.tick = tickText(v.target, 1 - (1 - p) ** 3, this.locale);
      this.frameId = requestAnimationFrame(step);
    };
    this.frameId = requestAnimationFrame(step);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-stat-card': PeStatCard;
  }
}

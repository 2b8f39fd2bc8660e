import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PeElement, type Problem } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { toCsv, download } from '../../core/export.js';
import { rove } from '../../core/keys.js';
import { frame, sourceLine, sourceText } from '../../core/frame.js';
import type { Dataset } from '../../data/types.js';
import { msg, sourcesLabel } from '../../i18n/catalog.js';
import { messages } from './messages.js';
import { csvRows, detail, ofEvery100, typeTag, viewModel, waffleCells, type Row, type View, type ViewModel } from './model.js';
import { styles } from './victim-breakdown.styles.js';

/**
 * Who the victims are, shown honestly: one breakdown of victims (by sex, age, recruitment,
 * form of exploitation, or any dimension of the dataset) as labelled horizontal bars or a
 * 10×10 waffle, with its base ("of victims in reported cases, 2007–2013") and its source.
 *
 * - What the categories given leave out is shown as "not specified", never stretched to 100%.
 * - Verbal qualifiers stay words: "slightly more than half" is a bar to the half mark with a
 *   striped end (a lower bound; in the waffle, a striped square), never a precise percentage.
 * - A qualitative breakdown (forms named without figures) is a labelled grid with no numbers.
 * - When a dimension has several breakdowns, buttons switch between them, and every breakdown
 *   linked by `related` (e.g. 85% in the articles vs 79.6% from the Public Ministry) is
 *   summarised under the chart with its own source, so differing sources are always both shown.
 *
 * Defaults: with no `dimension` and no `breakdown`, the dataset's first breakdown's dimension;
 * with a dimension, its first breakdown in dataset order (in the embedded data, the articles'
 * figures, with the Public Ministry's linked as differing).
 *
 * Custom data (`src` or `data`, see data/README.md): a `breakdowns` list whose categories use
 * Human Trafficking Case Data Standard names (Feminine, Masculine, NonSpecifiedUnknown,
 * SexualExploitation, ForcedLabour, ForcedBegging, FalsePromises, …) get translated labels;
 * counts are shown with their share of `total`, or of their sum (said in a note) without one.
 *
 * Each category is a button named "Female: 85%" (the colon is zero-size text, so copied text
 * reads the same); a form's standard type tag is part of its name ("… (type: Forced labour)").
 * Hover or focus on a category shows its exact value, base and source below the chart; its
 * accessible description is the part of that line its name does not already say. Arrow keys,
 * Home and End move between categories. Click, Enter or Space chooses a category (a pressed
 * toggle button, tinted and outlined; its squares stay bright in the waffle; its detail stays
 * below the chart while nothing else is hovered or focused) and fires `pe-select`; choosing it
 * again unselects it. The buttons that switch between breakdowns are a group of exclusive choices;
 * the one shown is `aria-current="true"`. The waffle's squares are drawn for the eye only: its
 * headline ("85 of every 100: Female") and the key's buttons carry the figures for screen readers.
 * "Show as table" shows the same rows as a table (a form's type tag under its name, as in the list);
 * "Download CSV" saves them, with the linked breakdowns, including source and HTCDS columns.
 *
 * @summary A breakdown of trafficking victims as bars, a waffle or a list, with base, remainder and sources.
 *
 * @fires pe-select - A category was chosen, or unselected by choosing it again: `{ type: 'category', id, label, selected }`; the remainder's id is `not-specified`.
 * @fires pe-error - Bad data or attributes (unknown dimension or breakdown, bad variant), with every problem.
 * @fires pe-data-load - The dataset in use was loaded and validated.
 *
 * @csspart frame - The outer box.
 * @csspart heading - The title.
 * @csspart base - The line stating what the shares are of.
 * @csspart choices - The buttons that switch between breakdowns of the dimension (the one shown is `aria-current="true"`).
 * @csspart chart - The bars, the waffle or the grid of forms.
 * @csspart detail - The line showing the hovered or focused category's exact value and source.
 * @csspart other - A linked breakdown from another source.
 * @csspart table - The table view.
 * @csspart toolbar - The table and CSV buttons.
 * @csspart source - The source line.
 * @csspart notes - The notes (remainder, lower bounds, the breakdown's own notes).
 *
 * @cssprop [--pe-cat-1=#0b62a4] - Bar colour, and the waffle's first category. Dark theme: `#63b3f0`.
 * @cssprop [--pe-cat-2=#b04a00] - The waffle's second category. Dark theme: `#ff9a5c`.
 * @cssprop [--pe-cat-3=#00734f] - The waffle's third category. Dark theme: `#3fcf9d`.
 * @cssprop [--pe-cat-4=#9c3d85] - The waffle's fourth category. Dark theme: `#ec9fd6`.
 * @cssprop [--pe-cat-5=#7d5a00] - The waffle's fifth category. Dark theme: `#e8c14e`.
 * @cssprop [--pe-cat-6=#4f5d6b] - The waffle's sixth category. Dark theme: `#b4c0cc`.
 * @cssprop --pe-color-muted - Hatching of "not specified", secondary text. Dark theme: `#a3acb7`.
 * @cssprop --pe-color-accent - The chosen source button, focus rings, links. Dark theme: `#73b7ff`.
 * @cssprop --pe-color-border - Bar tracks, waffle squares, frame. Dark theme: `#414852`.
 */
export class PeVictimBreakdown extends PeElement<ViewModel> {
  static override tagName = 'pe-victim-breakdown';
  static override styles = [...PeElement.styles, styles];
  static override properties = {
    dimension: {},
    breakdown: {},
    variant: {},
    picked: { attribute: false },
    table: { attribute: false },
    active: { attribute: false },
    chosen: { attribute: false },
  };

  /** What to break down: `sex`, `age`, `recruitment`, `exploitation` or any dimension in the dataset. Default: the first one in the dataset. */
  dimension = '';

  /** Id of the breakdown to show first when a dimension has several (e.g. `sex-mp`). Default: the dimension's first. */
  breakdown = '';

  /** `bars` (default) or `waffle` (10×10 squares, "85 of every 100"). Qualitative breakdowns are always a list. */
  variant: 'bars' | 'waffle' = 'bars';

  /** The breakdown the reader switched to. */
  private picked = '';
  /** Whether the table is shown instead of the chart. */
  private table = false;
  /** The hovered or focused category (-1: none). */
  private active = -1;
  /** Id of the category the reader chose (pressed), or ''. */
  private chosen = '';
  /** The category that takes Tab focus (roving tabindex). */
  private focusIndex = 0;

  protected override willUpdate(changed: PropertyValues): void {
    if (['dimension', 'breakdown', 'data', 'src'].some((k) => changed.has(k))) {
      this.picked = '';
      this.focusIndex = 0;
      this.active = -1;
      this.chosen = '';
    }
  }

  protected model(dataset: Dataset): ViewModel | Problem {
    return viewModel(
      dataset,
      { dimension: this.dimension || undefined, breakdown: this.picked || this.breakdown || undefined, variant: this.variant },
      this.locale,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Bar lengths through the CSSOM: a style attribute would break a strict CSP (style-src-attr).
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-w]')) bar.style.setProperty('--_w', `${bar.dataset.w}%`);
  }

  private pick(id: string): void {
    this.picked = id;
    this.focusIndex = 0;
    this.active = -1;
    this.chosen = '';
  }

  /** Chooses a category, or unselects it when it is already chosen (a toggle button). */
  private select(r: Row): void {
    this.chosen = this.chosen === r.id ? '' : r.id;
    emit(this, 'pe-select', { type: 'category', id: r.id, label: r.label, selected: !!this.chosen });
  }

  /** The category the detail line describes: the hovered or focused one, else the chosen one (-1: none). */
  private shown(v: View): number {
    return v.rows[this.active] ? this.active : v.rows.findIndex((r) => r.id === this.chosen);
  }

  private onKey(e: KeyboardEvent): void {
    rove(e, [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-i]')]);
  }

  private onFocus(i: number): void {
    this.focusIndex = i;
    this.active = i;
  }

  private downloadCsv(vm: ViewModel): void {
    download(`${vm.current.id}.csv`, toCsv(csvRows([vm.current, ...vm.others.map((o) => o.view)], this.locale)));
  }

  /** The categories as buttons: the chart's keyboard and pointer targets. */
  private items(v: View, className: string, content: (r: Row, i: number) => unknown): TemplateResult {
    const focus = Math.min(this.focusIndex, v.rows.length - 1);
    const shown = this.shown(v);
    // One set of listeners on the list, not three per category: the category is the button's data-i.
    const at = (e: Event, then: (i: number) => void) => {
      const i = Number((e.target as Element).closest?.('[data-i]')?.getAttribute('data-i') ?? NaN);
      if (v.rows[i]) then(i);
    };
    return html`<ul
      class=${className}
      role="list"
      @keydown=${this.onKey}
      @click=${(e: Event) => at(e, (i) => this.select(v.rows[i]))}
      @focusin=${(e: Event) => at(e, (i) => this.onFocus(i))}
      @mouseover=${(e: Event) => at(e, (i) => (this.active = i))}
      @mouseleave=${() => (this.active = this.matches(':focus-within') ? this.focusIndex : -1)}
      @focusout=${() => (this.active = -1)}
    >
${v.rows.map(
        // The shown (focused, hovered, else chosen) category is described by one hidden element beside the
        // detail line (what the line adds to the name: base, source…), instead of a hidden copy per row.
        (r, i) => html`<li><button
            type="button"
            class="item bare ${r.rest ? 'rest' : ''} ${i === this.active ? 'on' : ''}"
            data-i=${i}
            tabindex=${i === focus ? 0 : -1}
            aria-pressed=${r.id === this.chosen ? 'true' : 'false'}
            aria-describedby=${i === shown ? 'detail-desc' : nothing}
          >${content(r, i)}</button></li>`,
      )}</ul>`;
  }

  private bars(v: View): TemplateResult {
    // The ": " is zero-size text inside the name's span (.sep): in the accessible name and copied text
    // ("Female: 85%"), not drawn. A box of its own between name and value would be read "Female : 85%".
    // Static markup, not a nested template: no Lit part per row.
    return this.items(
      v,
      'bars',
      (r) => html`<span class="label">${r.label}<span class="sep">: </span></span><span class="value">${r.value}</span><span class="track" aria-hidden="true"
          ><span class="bar ${r.lower ? 'lower' : ''}" data-w=${(r.share ?? 0) * 100}></span
          >${r.verbal && !r.rest ? html`<span class="half"></span>` : nothing}</span
        >`,
    );
  }

  private waffle(v: View): TemplateResult {
    const cells = waffleCells(v.rows);
    const squares = v.rows.map((_, i) => cells.filter((c) => c === i).length);
    const cls = (k: number) => (k < 0 ? '' : v.rows[k].rest ? 'rest' : `k${k % 6}`);
    const lastOf = (k: number) => cells.lastIndexOf(k);
    const more = new Set(v.rows.flatMap((r, k) => (r.lower && squares[k] ? [lastOf(k) + 1] : [])));
    const first = v.rows[0];
    const every = (r: Row) => ofEvery100(r, this.locale);
    // The hovered or focused category's squares stay bright, else the chosen one's.
    const shown = this.shown(v);
    // The squares are for the eye: the headline above the key and the key's buttons say the same once, in words.
    return html`<div class="waffle-wrap">
      <div
        class="waffle ${shown >= 0 ? 'dim' : ''}"
        aria-hidden="true"
        @mouseover=${(e: Event) => {
          const k = Number((e.target as HTMLElement).dataset.k ?? -1);
          if (k >= 0) this.active = k;
        }}
        @mouseleave=${() => (this.active = -1)}
      >
        ${cells.map(
          (k, n) => html`<span class="cell ${cls(k)} ${k === shown ? 'on' : ''} ${more.has(n) ? 'more' : ''}" data-k=${k}></span>`,
        )}
      </div>
      <div class="keys-wrap">
        <p class="lead"><strong>${every(first)}</strong>${`: ${first.label}`}</p>
        ${this.items(
          v,
          'keys',
          (r, i) => html`<span class="sw cell ${cls(i)}" aria-hidden="true"></span><span class="label">${r.label}<span class="sep">: </span></span><span
              class="value"
              >${r.value}</span
            >`,
        )}
      </div>
    </div>`;
  }

  private forms(v: View): TemplateResult {
    return this.items(v, 'forms', (r) => this.formName(r));
  }

  /**
   * A form's name and, under it, its standard type tag when that says more. The tag is read once, as part of
   * the name ("… mining (type: Forced labour)"): the words around it are zero-size text (.sep), so copied text
   * reads the same. In the list and in the table's row headers.
   */
  private formName(r: Row): TemplateResult {
    const type = typeTag(r, this.locale);
    return type
      ? html`<span class="label">${r.label}<span class="sep">${` (${messages[this.locale].type}: `}</span></span><span class="tag">${type}<span class="sep">)</span></span>`
      : html`<span class="label">${r.label}</span>`;
  }

  private tableView(v: View): TemplateResult {
    const m = messages[this.locale];
    // A source column only when some row cites other sources than the source line below; "Sources" when a cell lists several.
    const src = v.rows.some((r) => r.sources.length !== v.sources.length);
    // A qualitative list's row headers carry the forms' type tags as the list does (in the cell, not a column of
    // their own: three columns of long words do not fit a phone).
    const qualitative = v.kind === 'qualitative';
    return html`<div class="scroll"><table part="table">
      <caption>
        ${v.title}. ${v.base}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.category}</th>
          ${qualitative ? nothing : html`<th scope="col" class="num">${m.value}</th>`}
          ${src ? html`<th scope="col">${sourcesLabel(Math.max(...v.rows.map((r) => r.sources.length)), this.locale)}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.rows.map(
          (r) => html`<tr>
            <th scope="row">${qualitative ? this.formName(r) : r.label}</th>
            ${qualitative ? nothing : html`<td class="num">${r.value}</td>`}
            ${src ? html`<td>${sourceText(r.sources, this.locale)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  protected renderView(vm: ViewModel): unknown {
    const locale = this.locale;
    const m = messages[locale];
    const c = msg(locale);
    const v = vm.current;
    const chart = v.kind === 'qualitative' ? this.forms(v) : vm.variant === 'waffle' ? this.waffle(v) : this.bars(v);
    const active = v.rows[this.shown(v)];
    const said = active ? detail(active, v, locale) : undefined;
    const body = html`<p class="base" part="base">${v.base}</p>${vm.choices.length
        ? html`<div class="choices" part="choices" role="group" aria-labelledby="choose"
            ><span id="choose">${m.chooseSource}:</span>${vm.choices.map(
              // Exclusive choices, not toggles: the one shown is "current" (choosing it again changes nothing).
              (ch) => html`<button type="button" aria-current=${ch.id === v.id ? 'true' : nothing} @click=${() => this.pick(ch.id)}>${ch.label}</button>`,
            )}</div>`
        : nothing}${this.table
        ? this.tableView(v)
        : html`<div class="chart" part="chart">${chart}</div><p class="detail" part="detail">${said ? said.text : v.kind === 'qualitative' ? m.hintQualitative : m.hint}</p
            ><span id="detail-desc" hidden>${said?.description ?? ''}</span>`}${vm.others.map(
        // One text binding for the sentence: one text node instead of nine. "Another source differs. Victims by
        // sex: Female 79.6%, … (share of victims in complaints, Jan 2007–Apr 2014)." (a note after it, ending in a period).
        (o) => html`<div class="other" part="other"><p><strong>${o.relation === 'differs' ? `${c.differs}.` : o.relation === 'confirms' ? `${c.confirms}.` : m.seeAlso}</strong> ${`${o.view.title}: ${o.view.summary} (${o.view.baseInline}).${o.note ? ` ${o.note}${/[.!?…]$/.test(o.note) ? '' : '.'}` : ''}`}</p>${sourceLine(o.view.sources, locale)}</div>`,
      )}`;
    const toolbar = html`<button type="button" @click=${() => (this.table = !this.table)}>
        ${this.table ? c.showChart : c.showTable}</button
      ><button type="button" @click=${() => this.downloadCsv(vm)}>${c.downloadCsv}</button>`;
    return frame({ locale, level: this.level, heading: this.heading || v.title, body, toolbar, sources: v.sources, notes: v.notes });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-victim-breakdown': PeVictimBreakdown;
  }
}

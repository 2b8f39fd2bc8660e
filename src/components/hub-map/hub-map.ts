import { html, nothing, svg, type PropertyValues } from 'lit';
import { PeElement, Problem } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { download, toCsv } from '../../core/export.js';
import { frame, sourceText } from '../../core/frame.js';
import { sourcesById, t } from '../../data/text.js';
import type { Dataset } from '../../data/types.js';
import { msg, sourcesLabel } from '../../i18n/catalog.js';
import { numText as n } from '../../i18n/format.js';
import { styles } from './hub-map.styles.js';
import { messages } from './messages.js';
import { arrowStep, buildView, CALLAO_HIT, DEFAULT_LAYERS, HUB_RING, INSET, insetOf, inHull, placeTip, ringBox, type Box, type HubView, type Item, type MapView, type Move, type RegionRow } from './model.js';
import { peruGeo } from './projection.js';

// NB: the production build minifies these templates as HTML. In svg`` fragments every element is
// closed explicitly (<path …></path>, never <path …/>) and every attribute binding is quoted.

const [, , W, H] = peruGeo.viewBox;
const VIEWBOX = peruGeo.viewBox.map(n).join(' ');

/**
 * How long (ms) a pointer that left an item for its tooltip may rest on the way (over another region or the
 * sea) before the tooltip follows what is under it (WCAG 1.4.13: the tooltip can be hovered).
 */
export const TIP_GRACE = 300;
/** Radius (px) around the point where the pointer left an item that still counts as on the way to the tooltip. */
const TIP_SLACK = 8;

/** A 16 × 16 legend swatch drawn with the map's own classes (and patterns). */
const swatch = (cls: string) =>
  cls === 'mh'
    ? svg`<circle class="mh" cx="8" cy="8" r="5"></circle>`
    : cls === 'mt'
      ? svg`<path class="mt" d="M8 2l6 11H2z"></path>`
      : cls.startsWith('lk')
        ? svg`<path class="${cls}" d="M1 8h14"></path>`
        : svg`<rect class="${cls}" x="1" y="1" width="14" height="14"></rect>`;

/** A hub marker: a dot for a prosecutor hub, a triangle for a mining town; `k` scales it. */
const marker = (h: HubView, x: number, y: number, k = 1) =>
  h.role === 'mining-town'
    ? svg`<path class="mt" d="${`M${n(x)} ${n(y - 7 * k)}l${n(6.5 * k)} ${n(11.5 * k)}h${n(-13 * k)}z`}"></path>`
    : svg`<circle class="mh" cx="${n(x)}" cy="${n(y)}" r="${n(5.5 * k)}"></circle>`;

/**
 * A map of Peru's 25 regions and Lima Metropolitana with the four planned special-prosecutor hubs
 * (Lima, Iquitos, Piura, Tacna), the tourist and illegal-mining areas the sources name among the regions
 * with the most cases, the mining town La Rinconada, Tacna's presumed coverage, the cooperation
 * partners Chile and Ecuador, and a choropleth of regional figures. Every region and hub is
 * reachable with the keyboard (Tab into the map, arrow keys, Home/End, Enter or Space selects), has
 * an accessible name and a tooltip; a table view and CSV/SVG downloads carry the same data and sources.
 * The arrow opposite to the last one goes back where it came from. A hover tooltip can itself be hovered,
 * and Escape hides it wherever the focus is.
 *
 * @summary Map of Peru's regions, special-prosecutor hubs and regional figures.
 *
 * @fires pe-select - A region or hub was chosen (click, tap, Enter or Space). Detail: `{ type: 'region' | 'hub', id, label, selected: true }`; `id` is the ISO 3166-2:PE code or the hub's id.
 * @fires pe-data-load - The data shown changed. Detail: `{ dataset, origin }`.
 * @fires pe-error - Bad data or attribute (unknown region code or layer, no values for the values layer). Detail: `{ kind, errors, origin }`.
 *
 * @csspart frame - The outer frame.
 * @csspart heading - The title.
 * @csspart body - The map and legend, or the table.
 * @csspart map - The box holding the SVG map (keeps the map's aspect ratio).
 * @csspart tooltip - The tooltip over the map.
 * @csspart legend - The legend.
 * @csspart table - The table view.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart source - The source line.
 * @csspart notes - Notes and caveats.
 *
 * @cssprop [--pe-seq-1=#dbe9f6] - Lowest choropleth class (layer `values`). Dark theme: `#1d3550`.
 * @cssprop [--pe-seq-2=#a6cbe8] - Second choropleth class. Dark theme: `#27567f`.
 * @cssprop [--pe-seq-3=#5f9fd4] - Third choropleth class. Dark theme: `#3b7fb8`.
 * @cssprop [--pe-seq-4=#2b6cb0] - Fourth choropleth class. Dark theme: `#74b0e3`.
 * @cssprop [--pe-seq-5=#0d3d73] - Highest choropleth class. Dark theme: `#bfe0ff`.
 * @cssprop [--pe-color-no-data=#eceef1] - Regions without a value (with hatching). Dark theme: `#2a2f37`.
 * @cssprop [--pe-cat-1=#0b62a4] - Hatching of tourist areas among the regions with most cases. Dark theme: `#63b3f0`.
 * @cssprop [--pe-cat-2=#b04a00] - Dots of illegal mining areas among the regions with most cases; the mining-town marker. Dark theme: `#ff9a5c`.
 * @cssprop [--pe-cat-3=#00734f] - Cooperation partner countries. Dark theme: `#3fcf9d`.
 * @cssprop --pe-color-accent - Focus ring (drawn on a halo of the background colour). Dark theme: `#73b7ff`.
 */
export class PeHubMap extends PeElement<MapView> {
  static override tagName = 'pe-hub-map';
  static override styles = [...PeElement.styles, styles];
  static override properties = {
    layers: {},
    region: {},
    selected: { attribute: false },
    focusKey: { attribute: false },
    hoverKey: { attribute: false },
    focused: { attribute: false },
    tipHidden: { attribute: false },
    table: { attribute: false },
  };

  /** Layers to draw, separated by spaces: any of `hubs`, `incidence`, `coverage`, `partners`, `values`. Default: `hubs incidence coverage`, or `values` for data with region values and no hubs or region drivers (your own counts by region). */
  layers = DEFAULT_LAYERS;

  /** ISO 3166-2:PE code of a region to select at start, e.g. `PE-LOR`. */
  region = '';

  private selected?: string;
  private focusKey?: string;
  private hoverKey?: string;
  private focused = false;
  private tipHidden = false;
  private table = false;
  private cache?: { key: unknown[]; view: MapView | Problem };
  /** The item whose tooltip is shown, placed in updated(). */
  private tipItem?: Item;
  /** The last arrow-key move, which the opposite arrow undoes. */
  private lastMove?: Move;
  /** Where the pointer last was over the hovered item (client px): the start of its way to the tooltip. */
  private apex?: [number, number];
  /** The item under a pointer on its way to the tooltip, shown if the pointer rests there (TIP_GRACE). */
  private pending?: { key?: string; at: [number, number]; timer: ReturnType<typeof setTimeout> };
  /** Whether Escape is listened for on the document (only while a hover tooltip is shown). */
  private escapeOn = false;
  /** Whether the last pointer was a mouse or pen: only their tooltip can be hovered (a finger taps through it). */
  private mouse = false;

  override connectedCallback(): void {
    // No pointer is over a widget that was just put in the page.
    this.hoverKey = undefined;
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settle();
    this.listenEscape(false);
  }

  protected model(data: Dataset): MapView | Problem {
    const key = [data, this.locale, this.layers, this.region];
    if (!this.cache?.key.every((k, i) => k === key[i])) {
      // '' when the page chose no layers (the default, which own region values replace with their own layer).
      const layers = this.hasAttribute('layers') || this.layers !== DEFAULT_LAYERS ? this.layers : '';
      this.cache = { key, view: buildView(data, { locale: this.locale, layers, region: this.region }) };
    }
    return this.cache.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.selected = (this.region ?? '').trim().toUpperCase() || undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // No map drawn (loading, or an error instead of a view): no tooltip, no pointer over it, and nothing
    // may change when the map comes back.
    if (!this.view || this.view instanceof Problem) {
      this.tipItem = undefined;
      this.hoverTo(undefined);
    }
    this.placeTip();
    // WCAG 1.4.13: Escape hides a hover tooltip wherever the keyboard focus is.
    this.listenEscape(this.isConnected && !!this.tipItem && this.tipItem.key === this.hoverKey);
  }

  private readonly onDocumentKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.tipHidden = true;
  };

  private listenEscape(on: boolean): void {
    if (on === this.escapeOn) return;
    this.escapeOn = on;
    if (on) document.addEventListener('keydown', this.onDocumentKey, true);
    else document.removeEventListener('keydown', this.onDocumentKey, true);
  }

  /**
   * Puts the tooltip beside the item's ring, off its anchor point and inside the map box (model's
   * placeTip), once its size is known. Through the CSSOM: a style attribute would break a strict CSP
   * (style-src). In percent of the map box, so it stays about right if the widget is resized.
   */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const box = tip?.parentElement;
    const it = this.tipItem;
    if (!tip || !box || !it) return;
    const bw = box.clientWidth, bh = box.clientHeight;
    if (!bw || !bh) return;
    const kx = bw / W, ky = bh / H;
    const r = ringBox(it);
    // The ring's box grown by half its halo (.fh is 7 px wide).
    const ring: Box = [r[0] * kx - 4, r[1] * ky - 4, r[2] * kx + 4, r[3] * ky + 4];
    const [x, y] = placeTip([it.tip[0] * kx, it.tip[1] * ky], ring, [tip.offsetWidth, tip.offsetHeight], [bw, bh]);
    const pct = (v: number, of: number) => `${n(Math.round((v / of) * 10000) / 100)}%`;
    tip.style.left = pct(x, bw);
    tip.style.top = pct(y, bh);
  }

  /**
   * The place names (about 70 <text> elements, most hidden at a given width), built once per view as
   * plain SVG nodes with their text as text: one Lit part instead of three per label, and nothing to
   * diff on hover or focus updates.
   */
  private labelCache?: [MapView['labels'], SVGGElement];

  private labelsOf(v: MapView): SVGGElement {
    if (this.labelCache?.[0] !== v.labels) {
      const ns = 'http://www.w3.org/2000/svg';
      const g = document.createElementNS(ns, 'g');
      for (const l of v.labels) {
        const el = g.appendChild(document.createElementNS(ns, 'text'));
        const attrs = { class: `lb t${n(l.tier)} ${l.kind}`, x: n(l.x), y: n(l.y), dy: '.35em', 'text-anchor': l.anchor };
        for (const [k, x] of Object.entries(attrs)) el.setAttribute(k, x);
        el.textContent = l.text;
      }
      this.labelCache = [v.labels, g];
    }
    return this.labelCache[1];
  }

  private get items(): Item[] {
    return (this.view as MapView).items;
  }

  private item(e: Event): Item | undefined {
    const k = (e.target as Element).closest?.('[data-k]')?.getAttribute('data-k');
    return this.items.find((i) => i.key === k);
  }

  private focusOn(key: string): void {
    this.renderRoot.querySelector<SVGElement>(`[role=option][data-k="${key}"]`)?.focus();
  }

  private select(it: Item): void {
    this.selected = it.key;
    emit(this, 'pe-select', { type: it.type, id: it.id, label: it.label, selected: true });
  }

  private onKey(e: KeyboardEvent): void {
    const it = this.item(e);
    const k = e.key;
    if (!it) return;
    const i = this.items.indexOf(it);
    let j = -1;
    if (k.startsWith('Arrow')) {
      j = arrowStep(this.items, i, k, this.lastMove);
      if (j >= 0) this.lastMove = { from: it.key, to: this.items[j].key, key: k };
    } else if (k === 'Home' || k === 'End') {
      j = k === 'Home' ? 0 : this.items.length - 1;
      this.lastMove = undefined;
    } else if (k === 'Enter' || k === ' ') this.select(it);
    else if (k === 'Escape') this.tipHidden = true;
    else return;
    e.preventDefault();
    if (j >= 0) this.focusOn(this.items[j].key);
  }

  private onClick(e: Event): void {
    const it = this.item(e);
    if (it) {
      this.select(it);
      this.focusOn(it.key);
    }
  }

  private onFocus(e: FocusEvent): void {
    this.focused = e.type === 'focusin';
    this.tipHidden = false;
    if (this.focused) this.focusKey = this.item(e)?.key;
    // Only the move just made can be undone: focus that went elsewhere by other means forgets it.
    if (this.focused && this.focusKey !== this.lastMove?.to) this.lastMove = undefined;
  }

  /**
   * Pointer over or moving in the map. A mouse's tooltip can be hovered (WCAG 1.4.13): over the tooltip nothing
   * changes, and on the way there from the item (the hull of where the pointer left the item and the tooltip)
   * the tooltip stays for TIP_GRACE from when the pointer left the item (not restarted by further moves), then
   * follows what is under it; leaving that way, it follows at once. Anywhere else it follows at once.
   */
  private onPointer(e: PointerEvent): void {
    this.mouse = e.pointerType !== 'touch';
    const at: [number, number] = [e.clientX, e.clientY];
    if ((e.target as Element).closest?.('.tip')) {
      // On the tooltip: keep it; leaving it, follow the pointer at once.
      this.settle();
      this.apex = undefined;
      return;
    }
    const k = this.item(e)?.key;
    if (k === this.hoverKey) {
      this.settle();
      if (k) this.apex = at;
      return;
    }
    if (this.apex && this.tipItem && this.tipItem.key === this.hoverKey && this.onTheWay(this.apex, at)) {
      if (this.pending) Object.assign(this.pending, { key: k, at });
      else this.pending = { key: k, at, timer: setTimeout(() => this.pending && this.hoverTo(this.pending.key, this.pending.at), TIP_GRACE) };
      return;
    }
    this.hoverTo(k, at);
  }

  /** Whether `p` is on the way from `apex` to the tooltip (within a few px of the straight ways). */
  private onTheWay(apex: [number, number], p: [number, number]): boolean {
    const tip = this.renderRoot.querySelector('.tip')?.getBoundingClientRect();
    if (!tip) return false;
    const [x, y] = apex, r = TIP_SLACK;
    return inHull([[x - r, y], [x + r, y], [x, y - r], [x, y + r], [tip.left, tip.top], [tip.right, tip.top], [tip.left, tip.bottom], [tip.right, tip.bottom]], p);
  }

  private hoverTo(k: string | undefined, at?: [number, number]): void {
    this.settle();
    if (k !== this.hoverKey) this.tipHidden = false;
    this.hoverKey = k;
    this.apex = k ? at : undefined;
  }

  /** Drops a pending tooltip change. */
  private settle(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  /** The map as a standalone SVG file: colours inlined, with its legend, sources and notes below it. */
  svgText(): string {
    const v = this.view as MapView;
    const root = this.renderRoot;
    const hidden: Element[] = [];
    const set = (el: Element, attrs: Record<string, unknown>) => {
      for (const k in attrs) el.setAttribute(k, String(attrs[k]));
      return el;
    };
    const inline = (from: Element) => {
      const out = from.cloneNode(true) as Element;
      const src = [from, ...from.querySelectorAll('*')];
      [out, ...out.querySelectorAll('*')].forEach((el, i) => {
        const cs = getComputedStyle(src[i]);
        const up = i ? getComputedStyle(src[i].parentElement!) : undefined;
        if (cs.display === 'none') hidden.push(el);
        // Presentation attributes (not style attributes, which a strict CSP blocks), where they differ from the parent's.
        for (const p of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-style', 'paint-order', 'vector-effect']) {
          const x = cs.getPropertyValue(p);
          if (x !== up?.getPropertyValue(p) && !(p === 'vector-effect' && x === 'none')) el.setAttribute(p, x.replace(/url\("?[^#]*(#\w+)"?\)/, 'url($1)'));
        }
        for (const a of ['tabindex', 'role', 'aria-selected', 'aria-label', 'aria-hidden', 'class', 'data-k']) el.removeAttribute(a);
      });
      return out;
    };
    const out = inline(root.querySelector('svg.m')!);
    const add = (name: string, attrs: Record<string, unknown>, text = '') => {
      const el = set(document.createElementNS(out.namespaceURI, name), attrs);
      el.textContent = text;
      return out.appendChild(el);
    };
    let y = H + 4;
    const lines = (text: string, x = 8, weight = 400) => {
      for (const part of text.replace(/\s+/g, ' ').match(/.{1,105}(\s|$)/g) ?? []) {
        add('text', { x, y: (y += 12), 'font-size': 9, 'font-weight': weight, fill: 'currentColor' }, part.trim());
      }
    };
    for (const el of root.querySelectorAll('.legend p, .legend li')) {
      const sw = el.querySelector('svg');
      if (sw) set(out.appendChild(inline(sw)), { x: 8, y: y + 3 });
      lines(el.textContent!, sw ? 24 : 8, el.querySelector('b') ? 700 : 400);
    }
    lines(`${sourcesLabel(v.sources.length, this.locale)}: ${sourceText(v.sources, this.locale)}`);
    v.notes.forEach((n) => lines(n));
    hidden.forEach((el) => el.remove());
    const frameStyle = getComputedStyle(root.querySelector('.frame')!);
    const h = y + 8;
    out.prepend(add('rect', { width: W, height: h, fill: frameStyle.backgroundColor }));
    out.prepend(add('title', {}, this.heading || v.heading));
    set(out, { viewBox: `0 0 ${W} ${h}`, width: W, height: h, color: frameStyle.color, 'font-family': frameStyle.fontFamily });
    return new XMLSerializer().serializeToString(out).replace(/<!--[^]*?-->/g, '');
  }

  /** The regions as CSV rows, header first: value, unit, period, grouped parts, hubs and drivers, source. */
  csvRows(): string[][] {
    const v = this.view as MapView;
    const l = this.locale;
    return [
      ['code', 'region', 'value', 'unit', 'period', 'grouped_from', 'hubs_and_drivers', 'source'],
      ...v.regions.map((r) => {
        const x = r.value;
        return [r.code, r.label, String(x?.value ?? ''), t(x?.unit, l), x?.period ?? '', r.parts, r.facts.join('; '),
          sourceText(sourcesById((this.state as { dataset: Dataset }).dataset.sources, x?.sourceIds), l)];
      }),
    ];
  }

  private renderMap(v: MapView, active: string) {
    const on = (l: string) => v.layers.has(l as never);
    const m = messages[this.locale];
    const inset = insetOf();
    const fill = (r: RegionRow) => (on('values') ? (r.bin < 0 ? 'nd' : `s${n(v.bins[r.bin].tone)}`) : '');
    const small = v.regions.filter((r) => INSET.codes.includes(r.code));
    const hubIn = v.hubs.filter((h) => INSET.codes.includes(h.hub.region as never));
    // Selection and focus rings, on the main map or the inset.
    const ring = (key: string | undefined, cls: string, inInset: boolean) => {
      const r = (inInset ? small : v.regions).find((x) => x.key === key);
      const h = inInset ? undefined : v.hubs.find((x) => x.key === key);
      return r ? svg`<path class="${cls}" d="${r.d}"></path>` : h ? svg`<circle class="${cls}" cx="${n(h.x)}" cy="${n(h.y)}" r="${n(HUB_RING)}"></circle>` : nothing;
    };
    const overlays = (rs: readonly RegionRow[], inInset = false) => svg`
      ${on('incidence') ? rs.filter((r) => r.drivers.length).map((r) => svg`<path class="${r.drivers.includes('mining') ? 'om' : 'ot'}" d="${r.d}"></path>`) : nothing}
      ${on('coverage') ? rs.filter((r) => r.coveredBy.length).map((r) => svg`<path class="cv ${r.coveredBy.some((c) => c.presumed) ? 'pr' : ''}" d="${r.d}"></path>`) : nothing}
      ${ring(this.selected, 'sl', inInset)}${ring(this.focusKey, 'fh', inInset)}${ring(this.focusKey, 'fr', inInset)}`;
    const options = (label: string, items: readonly Item[], shape: (it: never) => unknown) =>
      svg`<g role="listbox" aria-label="${label}">${items.map(
        (it) => svg`<g role="option" data-k="${it.key}" tabindex="${it.key === active ? '0' : '-1'}" aria-selected="${it.key === this.selected}" aria-label="${it.name}">${shape(it as never)}</g>`,
      )}</g>`;
    const a = inset.box;
    const midY = (a[1] + a[3]) / 2;
    const tip = (this.tipItem = this.tipHidden ? undefined : this.items.find((i) => i.key === (this.hoverKey ?? (this.focused ? this.focusKey : undefined))));
    // Listeners sit on the div: Chrome makes an <svg> with focus listeners a tab stop of its own.
    return html`<div class="map" part="map" ?hidden="${this.table}" @keydown="${this.onKey}" @click="${this.onClick}"
      @pointerover="${this.onPointer}" @pointermove="${this.onPointer}" @pointerleave="${() => this.hoverTo(undefined)}" @focusin="${this.onFocus}" @focusout="${this.onFocus}">
      <svg class="m" viewBox="${VIEWBOX}" role="group" aria-label="${m.map}">
        <defs>
          ${[['0', ''], ['1', `scale(${n(1 / INSET.s)})`]].map(
            ([i, k]) => svg`<pattern id="pt${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)${k}"><path class="h0" d="M3 0v6"></path><path class="h1" d="M3 0v6"></path></pattern>
              <pattern id="pm${i}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="${k}"><circle class="h0" cx="4" cy="4" r="1.6"></circle><circle class="h2" cx="4" cy="4" r="1.3"></circle></pattern>
              <pattern id="pn${i}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)${k}"><rect class="n0" width="5" height="5"></rect><path class="hn" d="M2.5 0v5"></path></pattern>`,
          )}
        </defs>
        <g aria-hidden="true">${Object.entries(peruGeo.neighbours).map(([c, d]) => svg`<path class="nb ${v.partners.includes(c as never) ? 'pa' : ''}" d="${d}"></path>`)}</g>
        <g role="listbox" aria-label="${m.regions}">${v.regions.map(
          // The region's path in the option's own template: one Lit part fewer per region.
          (r) => svg`<g role="option" data-k="${r.key}" tabindex="${r.key === active ? '0' : '-1'}" aria-selected="${r.key === this.selected}" aria-label="${r.name}"><path class="rg ${fill(r)}" d="${r.d}"></path></g>`,
        )}</g>
        <g aria-hidden="true" class="ov">
          ${overlays(v.regions)}
          ${v.links.map((k) => svg`<path class="lk ${k.presumed ? 'pr' : ''}" d="${`M${n(k.x1)} ${n(k.y1)}L${n(k.x2)} ${n(k.y2)}`}"></path><circle class="le" cx="${n(k.x2)}" cy="${n(k.y2)}" r="2.5"></circle>`)}
          <rect class="lr" x="${n(a[0] - 3)}" y="${n(a[1] - 3)}" width="${n(a[2] - a[0] + 6)}" height="${n(a[3] - a[1] + 6)}"></rect>
          <path class="lr" d="${`M${n(a[0] - 3)} ${n(midY)}H${n(INSET.x + INSET.w)}`}"></path>
          <rect class="ib" x="${n(INSET.x)}" y="${n(INSET.y)}" width="${n(INSET.w)}" height="${n(INSET.h)}"></rect>
          <svg class="in" x="${n(INSET.x)}" y="${n(INSET.y)}" width="${n(INSET.w)}" height="${n(INSET.h)}" viewBox="${[INSET.x, INSET.y, INSET.w, INSET.h].map(n).join(' ')}" overflow="hidden">
            <g transform="${inset.transform}">${small.map((r) => svg`<path class="rg ${fill(r)}" d="${r.d}" data-k="${r.key}"></path>`)}${overlays(small, true)}</g>
            <circle class="hit" data-k="PE-CAL" cx="${n(inset.callao[0])}" cy="${n(inset.callao[1])}" r="${n(CALLAO_HIT)}"></circle>
            ${hubIn.map((h) => {
              const [x, y] = inset.at([h.x, h.y]);
              return svg`<g data-k="${h.key}"><circle class="hit" cx="${n(x)}" cy="${n(y)}" r="12"></circle>${marker(h, x, y, 0.7)}</g>`;
            })}
          </svg>
          ${this.labelsOf(v)}
        </g>
        ${v.hubs.length ? options(m.hubs, v.hubs, (h: HubView) => svg`<circle class="hit" cx="${n(h.x)}" cy="${n(h.y)}" r="14"></circle>${marker(h, h.x, h.y)}`) : nothing}
      </svg>
      ${tip
        ? // Only a mouse's tooltip takes the pointer (to be hovered); pressing on it keeps the keyboard focus where it is.
          html`<div class="tip ${tip.key === this.hoverKey && this.mouse ? 'hov' : ''}" part="tooltip" aria-hidden="true" @mousedown="${(e: Event) => e.preventDefault()}"><b>${tip.label}</b>${tip.lines.map((x) => html`<span>${x}</span>`)}</div>`
        : nothing}
    </div>`;
  }

  protected renderView(v: MapView) {
    const l = this.locale;
    const m = messages[l];
    const heading = this.heading || v.heading;
    const active = [this.focusKey, this.selected].find((k) => this.items.some((i) => i.key === k)) ?? this.items[0].key;
    const values = v.bins.length > 0;
    // The table scrolls inside its own box (a focusable, named region) if it cannot fit; never the page.
    // Its rows in the reader's alphabetical order, sorted only when the table is shown: the first
    // localeCompare in a page creates a collator (about 12 ms, cold).
    const body = html`<div class="wrap">${this.renderMap(v, active)}${this.table
      ? html`<div class="scroll" role="region" tabindex="0" aria-label="${m.table}"><table part="table">
          <caption class="visually-hidden">${heading}</caption>
          <thead><tr><th scope="col">${m.regionCol}</th>${values ? html`<th scope="col" class="num">${v.valuesTitle}</th>` : nothing}<th scope="col" class="facts">${m.roles}</th></tr></thead>
          <tbody>${[...v.regions].sort((a, b) => a.label.localeCompare(b.label, l)).map(
            // The selected region's row says so (aria-current: aria-selected belongs to grids and listboxes).
            (r) => html`<tr class="${r.key === this.selected ? 'sel' : ''}" aria-current="${r.key === this.selected ? 'true' : nothing}"><th scope="row">${r.label}</th>${values
                ? html`<td class="num">${r.value ? r.valueNumber : msg(l).noData}${r.parts ? html` <br /><small>(${m.parts}: ${r.parts})</small>` : nothing}</td>`
                : nothing}<td class="facts">${r.facts.join('; ')}</td></tr>`,
          )}</tbody>
        </table></div>`
      : html`<div class="legend" part="legend">${v.legend.map(
          (g) => html`${g.title ? html`<p><b>${g.title}</b></p>` : nothing}${g.note ? html`<p>${g.note}</p>` : nothing}
            <ul role="list">${g.items.map((i) => html`<li><svg viewBox="0 0 16 16" aria-hidden="true">${swatch(i.sw)}</svg>${i.text}</li>`)}</ul>`,
        )}</div>`}</div>`;
    return frame({
      locale: l,
      level: this.level,
      heading,
      body,
      sources: v.sources,
      notes: v.notes,
      toolbar: html`<button type="button" @click="${() => (this.table = !this.table)}">${this.table ? m.showMap : msg(l).showTable}</button>
        <button type="button" @click="${() => download('pe-hub-map.csv', toCsv(this.csvRows()))}">${msg(l).downloadCsv}</button>
        ${this.table ? nothing : html`<button type="button" @click="${() => download('pe-hub-map.svg', this.svgText(), 'image/svg+xml')}">${m.svg}</button>`}`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pe-hub-map': PeHubMap;
  }
}

/**
 * Pure view model of <pe-hub-map>: dataset + language + attributes → what the map draws.
 * No DOM here: rows per region, hub markers, choropleth classes, accessible names, legend,
 * label placement and keyboard neighbours are all plain functions, tested on their own.
 */
import { dataset as embedded } from '../../data/dataset.js';
import { sourcesById, t } from '../../data/text.js';
import { REGION_CODES, type Dataset, type Driver, type Hub, type HubRole, type Locale, type RegionCode, type RegionValue, type Source } from '../../data/types.js';
import { msg } from '../../i18n/catalog.js';
import { cap, formatDate, formatList, formatNumber, numText } from '../../i18n/format.js';
import { Problem, problem } from '../../core/base.js';
import { messages } from './messages.js';
import { peruGeo, project, type NeighbourCode } from './projection.js';

export const LAYERS = ['hubs', 'incidence', 'coverage', 'partners', 'values'] as const;
export type Layer = (typeof LAYERS)[number];
export const DEFAULT_LAYERS = 'hubs incidence coverage';

/**
 * Peru's cooperation partners against trafficking. The dataset has no structured field for this,
 * so it is kept here, in one place: the countries are those of the `chile-ecuador-meetings` event
 * (sources insightcrime-2014, dialogo-2014). The layer cites that event's sources when the dataset
 * has the event, else these source ids if the dataset has them, else it draws nothing.
 */
export const PARTNERS = {
  event: 'chile-ecuador-meetings',
  countries: ['CHL', 'ECU'] as NeighbourCode[],
  sourceIds: ['insightcrime-2014', 'dialogo-2014'],
};

/** The inset that enlarges Lima Metropolitana and Callao, in view-box units (over the Pacific). */
export const INSET = { x: 6, y: 436, w: 142, h: 204, s: 4, codes: ['PE-LIM', 'PE-LMA', 'PE-CAL'] as RegionCode[] };
/** Font size of labels (view-box units) for map widths < 360 px, < 560 px and above. */
export const TIER_FONT = [20, 14, 10.5];

// ------------------------------------------------------------------ geometry facts

// A region's area (`a`) and bounding box (`b`) are computed by scripts/build-geo.mjs and stored with its path.
export type Box = [number, number, number, number];

export interface Inset {
  /** View-box point → the same place drawn in the inset. */
  at: (p: readonly number[]) => [number, number];
  /** Box of Lima Metropolitana and Callao on the main map. */
  box: Box;
  /** SVG transform of the inset's content. */
  transform: string;
  /** Centre of Callao's extra touch target in the inset: its sea-side edge, away from Lima Metropolitana. */
  callao: [number, number];
}
/**
 * Radius of Callao's touch target in the inset (view-box units): 48 units across, at least 24 CSS px
 * (WCAG 2.5.8) from a 260 px wide map up (a 320 px column). Callao itself is about 23 × 17 units there.
 */
export const CALLAO_HIT = 24;
let inset: Inset | undefined;
/** The inset enlarging Lima Metropolitana and Callao (computed once). */
export const insetOf = (): Inset => (inset ??= makeInset());
function makeInset(): Inset {
  const a = peruGeo.regions['PE-LMA'].b, b = peruGeo.regions['PE-CAL'].b;
  const box: Box = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
  // Lima and Callao sit at the inset's right, leaving sea on the left for Callao's name.
  const ox = INSET.x + INSET.w - 3 - box[2] * INSET.s, oy = INSET.y + INSET.h / 2 - ((box[1] + box[3]) / 2) * INSET.s;
  return {
    at: (p) => [ox + p[0] * INSET.s, oy + p[1] * INSET.s],
    box,
    transform: `translate(${numText(ox)} ${numText(oy)}) scale(${numText(INSET.s)})`,
    callao: [ox + b[0] * INSET.s, oy + ((b[1] + b[3]) / 2) * INSET.s],
  };
}

// ------------------------------------------------------------------ choropleth classes

/** The roundest number r with lo < r ≤ hi (multiples of 10ⁿ, 5·10ⁿ, 2.5·10ⁿ, 2·10ⁿ, coarse first). */
export function roundBetween(lo: number, hi: number): number {
  for (let e = Math.ceil(Math.log10(Math.max(hi, 1e-9))); e > -12; e--) {
    for (const m of [1, 0.5, 0.25, 0.2]) {
      const step = m * 10 ** e;
      // The next multiple of step above lo. Binary fractions can put lo / step just under a whole number
      // (0.3 / 0.1 = 2.999…), and rounding to 12 digits can land on lo itself: then the one after.
      const k = Math.floor(lo / step);
      let r = +((k + 1) * step).toPrecision(12);
      if (r <= lo) r = +((k + 2) * step).toPrecision(12);
      if (r > lo && r <= hi) return r;
    }
  }
  return hi;
}


/**
 * Class thresholds for a choropleth: quantile classes (each holds about the same number of
 * regions), each threshold moved to the roundest number between the two values it separates,
 * so no value changes class. At most `n` classes; fewer when there are few distinct values.
 */
export function breaks(values: readonly number[], n = 5): number[] {
  const v = [...values].sort((a, b) => a - b);
  const ints = v.every(Number.isInteger);
  const out: number[] = [];
  for (let i = 1; i < n; i++) {
    let j = Math.max(1, Math.round((i * v.length) / n));
    while (j < v.length && v[j - 1] === v[j]) j++;
    if (j >= v.length) continue;
    let b = roundBetween(v[j - 1], v[j]);
    if (ints) b = Math.ceil(b);
    if (b > (out[out.length - 1] ?? -Infinity)) out.push(b);
  }
  return out;
}

export interface Bin {
  /** Lowest value in the class (the data minimum for the first class). */
  lo: number;
  /** Values below this belong to the class; the last class includes its `hi` (the data maximum). */
  hi: number;
  /** 1–5: which --pe-seq-N colour. */
  tone: number;
  /** "25–34" (integers) or "2.5 to under 5". */
  label: string;
}

/** The classes for a set of values, labelled with formatted numbers. */
export function bins(values: readonly number[], locale: Locale): Bin[] {
  if (!values.length) return [];
  const m = messages[locale];
  const th = breaks(values);
  const max = Math.max(...values);
  const ints = values.every(Number.isInteger);
  const edges = [Math.min(...values), ...th, max];
  const f = (n: number) => formatNumber(n, locale);
  const k = th.length + 1;
  return edges.slice(0, -1).map((lo, i) => {
    const last = i === k - 1;
    const hi = edges[i + 1];
    const top = last ? hi : ints ? hi - 1 : hi;
    const label = top === lo ? f(lo) : last || ints ? m.range(f(lo), f(top)) : m.under(f(lo), f(hi));
    return { lo, hi, tone: k === 1 ? 3 : 1 + Math.round((i * 4) / (k - 1)), label };
  });
}

/** Index of the class a value falls in. */
export const binOf = (value: number, classes: readonly Bin[]): number => {
  let i = 0;
  while (i < classes.length - 1 && value >= classes[i].hi) i++;
  return i;
};

// ------------------------------------------------------------------ view model

export interface Item {
  /** Unique key within the map: the region code, or `h` + the hub's index. */
  key: string;
  type: 'region' | 'hub';
  /** What `pe-select` reports: the region code or the hub id. */
  id: string;
  /** Visible name. */
  label: string;
  /** Accessible name: the label and every fact, "Loreto — 211 complaints, Jan 2007–Apr 2014; hub: Iquitos". */
  name: string;
  /** The facts, one per tooltip line. */
  lines: string[];
  /** Anchor point (label point of a region, position of a hub), view-box units. */
  x: number;
  y: number;
  /** Where its tooltip points: the anchor, or its place in the inset for Lima Metropolitana and Callao. */
  tip: [number, number];
}

export interface RegionRow extends Item {
  type: 'region';
  code: RegionCode;
  d: string;
  value?: RegionValue;
  /** The value alone, formatted: "211". */
  valueNumber: string;
  /** Hubs, drivers and coverage, in words: ["hub: Iquitos", "among the regions with most cases: illegal mining area"]. */
  facts: string[];
  /** Choropleth class index, -1 without a value. */
  bin: number;
  drivers: Driver[];
  /** Hubs covering this region, with whether the source only presumes it. */
  coveredBy: { hub: Hub; presumed: boolean }[];
  /** "Huaura 20, Cañete 7" when the value groups several parts (shown after the words of `messages.parts`). */
  parts: string;
}

export interface HubView extends Item {
  type: 'hub';
  role: HubRole;
  hub: Hub;
}

export interface LegendGroup {
  title?: string;
  note?: string;
  /** `sw`: the class of the swatch, the same as on the map (mh, mt, ot, om, lk, lk pr, pa, nd, s1…s5). */
  items: { sw: string; text: string }[];
}

export interface Label {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** 0, 1 or 2: the width tier in which this label is shown (font TIER_FONT[tier]). */
  tier: number;
  kind: 'region' | 'hub' | 'country' | 'partner';
}

export interface MapView {
  heading: string;
  layers: ReadonlySet<Layer>;
  regions: RegionRow[];
  hubs: HubView[];
  /** Everything the keyboard reaches: regions, then hubs when that layer is shown. */
  items: Item[];
  /** Coverage lines from a hub to a covered region's label point. */
  links: { x1: number; y1: number; x2: number; y2: number; presumed: boolean }[];
  partners: NeighbourCode[];
  bins: Bin[];
  /** "Complaints, Jan 2007–Apr 2014": what the values are. */
  valuesTitle: string;
  legend: LegendGroup[];
  labels: Label[];
  sources: Source[];
  notes: string[];
}

/** A localised problem for an attribute value that is not one of `valid`. */
const unknown = (path: string, what: 'region' | 'layer', id: string, valid: readonly string[]): Problem =>
  problem(path, (m, c) => c.unknownId(m[what], id, valid.join(', ')), messages);

/** The layers named in the `layers` attribute (space- or comma-separated), or a problem. */
export function parseLayers(attr: string | null | undefined): Set<Layer> | Problem {
  const words = (attr?.trim() ? attr : DEFAULT_LAYERS).split(/[\s,]+/).filter(Boolean);
  const bad = words.find((w) => !(LAYERS as readonly string[]).includes(w));
  return bad ? unknown('layers', 'layer', bad, LAYERS) : new Set(words as Layer[]);
}

export interface Options {
  locale: Locale;
  layers?: string;
  region?: string;
}

/** The whole view model; a Problem for a bad attribute or values asked for but missing. */
export function buildView(data: Dataset, o: Options): MapView | Problem {
  const { locale: l } = o;
  const m = messages[l];
  // Data with region values and nothing for the default layers (an NGO's own counts by region) shows its
  // values without layers="values": the default would draw an empty map under a heading about prosecutor hubs.
  const own = !data.hubs?.length && !data.regions?.some((r) => r.drivers?.length) && !!data.regionValues?.length;
  const layers = parseLayers(own && !o.layers?.trim() ? 'values' : o.layers);
  if (layers instanceof Problem) return layers;
  const region = o.region?.trim().toUpperCase();
  if (region && !(REGION_CODES as readonly string[]).includes(region)) return unknown('region', 'region', o.region!, REGION_CODES);
  const on = (x: Layer) => layers.has(x);
  const values = data.regionValues ?? [];
  if (on('values') && !values.length) {
    return problem('regionValues', (m) => m.noValues, messages);
  }
  const src = (ids?: readonly string[]) => sourcesById(data.sources, ids);
  const by = (ids?: readonly string[]) => [...new Set(src(ids).map((s) => t(s.publisher, l)))].join('; ');
  // Region names come from the dataset; a dataset without them borrows the embedded names (names only).
  const nameOf = (code: string) =>
    t((data.regions?.find((r) => r.code === code) ?? embedded.regions?.find((r) => r.code === code))?.name, l) || code;

  const hubsAll = data.hubs ?? [];
  const classes = bins(values.map((v) => v.value), l);
  const unit = t(values[0]?.unit, l);
  const period = formatDate(values[0]?.period, l);

  const regions: RegionRow[] = REGION_CODES.map((code) => {
    const geo = peruGeo.regions[code];
    const value = values.find((v) => v.region === code);
    const info = data.regions?.find((r) => r.code === code);
    const drivers = info?.drivers ?? [];
    const hubs = hubsAll.filter((h) => h.region === code);
    const coveredBy = hubsAll.flatMap((hub) =>
      (hub.covers ?? []).filter((c) => c.region === code).map((c) => ({ hub, presumed: !!c.presumed })),
    );
    const valueText = value
      ? [[formatNumber(value.value, l), t(value.unit, l)].filter(Boolean).join(' '), formatDate(value.period, l)].filter(Boolean).join(', ')
      : values.length
        ? msg(l).noData
        : '';
    const parts = (value?.districts ?? []).map((p) => `${p.name} ${formatNumber(p.value, l)}`).join(', ');
    const facts = [
      ...hubs.map((h) => `${m.role[h.role]}: ${t(h.city, l)}`),
      ...drivers.map((d) => m.driver[d]),
      ...coveredBy.map((c) => m.covered(t(c.hub.city, l), c.presumed)),
    ];
    const lines = [valueText, parts && `${m.parts}: ${parts}`, ...facts].filter(Boolean);
    const label = nameOf(code);
    return {
      key: code, type: 'region', id: code, code, label, lines, facts,
      name: lines.length ? `${label} — ${lines.join('; ')}` : label,
      x: geo.c[0], y: geo.c[1], tip: code === 'PE-LMA' || code === 'PE-CAL' ? insetOf().at(geo.c) : geo.c,
      d: geo.d, value, valueNumber: value ? formatNumber(value.value, l) : '',
      bin: value ? binOf(value.value, classes) : -1,
      drivers, coveredBy, parts,
    };
  });

  const hubs: HubView[] = hubsAll.map((hub, i) => {
    const [x, y] = project(hub.lon, hub.lat, peruGeo.projection);
    const covers = hub.covers ?? [];
    const lines = [`${m.roleLegend[hub.role]}, ${nameOf(hub.region)}`];
    for (const presumed of [true, false]) {
      const names = covers.filter((c) => !!c.presumed === presumed).map((c) => nameOf(c.region));
      if (names.length) lines.push(m.covers(formatList(names, l), presumed));
    }
    const label = t(hub.city, l);
    return { key: `h${numText(i)}`, type: 'hub', id: hub.id, label, lines, name: `${label} — ${lines.join('; ')}`, x, y, tip: [x, y], role: hub.role, hub };
  });

  const links = on('coverage')
    ? hubs.flatMap((h) =>
        (h.hub.covers ?? []).map((c) => {
          const to = peruGeo.regions[c.region as RegionCode].c;
          return { x1: h.x, y1: h.y, x2: to[0], y2: to[1], presumed: !!c.presumed };
        }),
      )
    : [];

  const event = data.events?.find((e) => e.id === PARTNERS.event);
  const partnerSources = src(event?.sourceIds ?? PARTNERS.sourceIds);
  const partners = on('partners') && partnerSources.length ? PARTNERS.countries : [];

  // Legend, sources and notes of the layers shown. `item` adds a legend line citing its sources.
  const legend: LegendGroup[] = [];
  const sourceIds: string[] = [];
  const notes: string[] = [];
  const items: LegendGroup['items'] = [];
  const item = (sw: string, text: string, ids: string[]) => {
    items.push({ sw, text: ids.length ? `${text} (${by(ids)})` : text });
    sourceIds.push(...ids);
  };
  const valuesTitle = [cap(unit), period].filter(Boolean).join(', ');
  // The values are shown whenever the data has them (in the regions' names, tooltips and table), so their
  // sources and notes are cited whenever there are values: in the legend with the values layer, else with
  // the other sources and notes.
  const valueNotes = [...new Set(values.map((v) => t(v.note, l)).filter(Boolean))];
  const valueSources = values.flatMap((v) => v.sourceIds);
  if (on('values')) {
    legend.push({
      title: valuesTitle,
      note: valueNotes.join(' '),
      items: classes.map((b) => ({ sw: `s${numText(b.tone)}`, text: b.label })).concat(regions.some((r) => r.bin < 0) ? [{ sw: 'nd', text: msg(l).noData }] : []),
    });
    sourceIds.push(...valueSources);
  }
  if (on('hubs')) {
    for (const role of ['prosecutor-hub', 'mining-town'] as const) {
      const of = hubsAll.filter((h) => h.role === role);
      if (of.length) item(role === 'mining-town' ? 'mt' : 'mh', m.roleLegend[role], of.flatMap((h) => h.sourceIds));
      notes.push(...of.map((h) => t(h.note, l)));
    }
  }
  if (on('incidence')) {
    for (const d of ['tourism', 'mining'] as const) {
      const of = (data.regions ?? []).filter((r) => r.drivers?.includes(d));
      if (of.length) item(d === 'mining' ? 'om' : 'ot', cap(m.driver[d]), of.flatMap((r) => r.sourceIds ?? []));
    }
  }
  if (on('coverage')) {
    for (const h of hubsAll) {
      for (const presumed of [true, false]) {
        const cs = (h.covers ?? []).filter((c) => !!c.presumed === presumed);
        if (cs.length) item(presumed ? 'lk pr' : 'lk', m.coverageLegend(t(h.city, l), presumed), cs.flatMap((c) => c.sourceIds ?? h.sourceIds));
      }
      if (h.covers?.length) notes.push(t(h.note, l));
    }
  }
  if (partners.length) {
    // "Cooperation partners: Chile and Ecuador (meetings, September 2014)": the countries drawn, then what the event was.
    const what = event ? ` (${[m.meetings, formatDate(event.date, l)].filter(Boolean).join(', ')})` : '';
    item('pa', `${m.partners}: ${formatList(partners.map((c) => m.countries[c]), l)}${what}`, partnerSources.map((s) => s.id));
  }
  if (items.length) legend.push({ items });
  if (!on('values')) {
    sourceIds.push(...valueSources);
    notes.push(...valueNotes);
  }
  // The map's credit in the reader's language (data/peru-geo.json keeps the same credit in English).
  notes.push(m.mapCredit);

  const shown = on('hubs') ? hubs : [];
  return {
    heading: on('values') ? m.valuesHeading(unit, period) : m.heading,
    layers,
    regions,
    hubs: shown,
    items: [...regions, ...shown],
    links,
    partners,
    bins: classes,
    valuesTitle,
    legend,
    labels: placeLabels(regions, shown, partners, l),
    sources: src(sourceIds),
    notes: [...new Set(notes.filter(Boolean))],
  };
}

// ------------------------------------------------------------------ labels

/** Estimated box of a label (system-ui is about 0.56 em per character on average). */
function labelBox(text: string, x: number, y: number, anchor: Label['anchor'], f: number): Box {
  const w = text.length * 0.57 * f;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [x0, y - f * 0.6, x0 + w, y + f * 0.6];
}
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Chooses which labels to show at each width tier so that none overlap each other, a hub
 * marker or the inset frame, and region names only where they fit the region. Greedy by
 * priority: hubs, partner countries, regions (largest first), other countries.
 */
export function placeLabels(regions: readonly RegionRow[], hubs: readonly HubView[], partners: readonly NeighbourCode[], l: Locale): Label[] {
  const inset = insetOf();
  type Spot = [number, number, Label['anchor']];
  type Cand = { text: string; kind: Label['kind']; spots: (f: number) => Spot[]; fit?: number };
  const cands: Cand[] = hubs.map((h) => ({
    text: h.label,
    kind: 'hub',
    spots: (f) => {
      const o = 6 + f * 0.2;
      return [[h.x + o, h.y, 'start'], [h.x - o, h.y, 'end'], [h.x, h.y - o - f / 2, 'middle'], [h.x, h.y + o + f / 2, 'middle']] as Spot[];
    },
  }));
  const countries = Object.keys(peruGeo.neighbourLabels) as NeighbourCode[];
  const country = (c: NeighbourCode): Cand => {
    const [x, y] = peruGeo.neighbourLabels[c];
    return { text: messages[l].countries[c], kind: partners.includes(c) ? 'partner' : 'country', spots: () => [[x, y, 'middle']] };
  };
  cands.push(...partners.map(country));
  const byArea = [...regions].sort((a, b) => +!a.drivers.length - +!b.drivers.length || peruGeo.regions[b.code].a - peruGeo.regions[a.code].a);
  for (const r of byArea) {
    const small = INSET.codes.includes(r.code) && r.code !== 'PE-LIM';
    const p = small ? inset.at([r.x, r.y]) : [r.x, r.y];
    const { a: area, b: box } = peruGeo.regions[r.code];
    const fit = Math.sqrt(area) * (small ? INSET.s : 1) * 1.8;
    // Callao's shape is tiny even in the inset: its name goes beside it, over the sea.
    const spots = (f: number): Spot[] =>
      r.code === 'PE-CAL'
        ? [[inset.at(box)[0] - 3, p[1], 'end'], [inset.at(box)[0], inset.at(box)[1] + (box[3] - box[1]) * INSET.s + f, 'middle']]
        : small
          ? [-1.5, 1.5, 3, -3].map((k) => [p[0], p[1] + k * f, 'middle'])
          : [[p[0], p[1], 'middle']];
    cands.push({ text: r.label, kind: 'region', spots, fit: r.code === 'PE-CAL' ? Infinity : fit });
  }
  cands.push(...countries.filter((c) => !partners.includes(c)).map(country));

  const out: Label[] = [];
  TIER_FONT.forEach((f, tier) => {
    const taken: Box[] = [[INSET.x, INSET.y, INSET.x + INSET.w, INSET.y + 1], [INSET.x, INSET.y + INSET.h - 1, INSET.x + INSET.w, INSET.y + INSET.h]];
    for (const h of hubs) {
      taken.push([h.x - 7, h.y - 7, h.x + 7, h.y + 7]);
      if (INSET.codes.includes(h.hub.region as RegionCode)) {
        const [x, y] = inset.at([h.x, h.y]);
        taken.push([x - 7, y - 7, x + 7, y + 7]);
      }
    }
    for (const c of cands) {
      if (c.fit !== undefined && c.text.length * 0.57 * f > c.fit) continue;
      for (const [x, y, anchor] of c.spots(f)) {
        const b = labelBox(c.text, x, y, anchor, f);
        if (b[0] < 2 || b[1] < 2 || b[2] > 518 || b[3] > 742 || taken.some((o) => overlaps(o, b))) continue;
        taken.push(b);
        out.push({ text: c.text, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, anchor, tier, kind: c.kind });
        break;
      }
    }
  });
  return out;
}

// ------------------------------------------------------------------ keyboard

const DIRS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/**
 * The item an arrow key moves to from `from`: the nearest item ahead in that direction,
 * preferring those straight ahead (sideways distance counts double). -1 when there is none.
 */
export function neighbour(items: readonly { x: number; y: number }[], from: number, key: string): number {
  const d = DIRS[key];
  const a = items[from];
  let best = -1, score = Infinity;
  if (!d || !a) return -1;
  items.forEach((b, i) => {
    const dx = b.x - a.x, dy = b.y - a.y;
    const ahead = dx * d[0] + dy * d[1];
    const s = ahead + 2 * Math.abs(dx * d[1] - dy * d[0]);
    if (i !== from && ahead > 0 && s < score) {
      score = s;
      best = i;
    }
  });
  return best;
}

/** An arrow-key move: from and to which item (by key), with which arrow. */
export interface Move {
  from: string;
  to: string;
  key: string;
}
const OPPOSITE: Record<string, string> = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight', ArrowDown: 'ArrowUp', ArrowUp: 'ArrowDown' };

/**
 * Where an arrow key moves from item `from`, given the `last` arrow move: the opposite arrow pressed where
 * that move arrived goes back where it started (so every move can be undone: Amazonas ↑ Tumbes ↓ Amazonas,
 * although Tumbes' nearest region below is Piura); otherwise the nearest item that way (neighbour).
 * The way back always lies in the opposite direction, since the move went the other way. -1 when there is none.
 */
export function arrowStep(items: readonly { key: string; x: number; y: number }[], from: number, key: string, last?: Move): number {
  if (last && last.to === items[from]?.key && OPPOSITE[last.key] === key) {
    const back = items.findIndex((it) => it.key === last.from);
    if (back >= 0) return back;
  }
  return neighbour(items, from, key);
}

// ------------------------------------------------------------------ tooltip

/** Radius (view-box units) of the ring drawn around a focused or selected hub. */
export const HUB_RING = 10;

/**
 * The box (view-box units) of the ring drawn around an item when it is focused: its region's outline,
 * or its hub's ring. Lima Metropolitana and Callao are ringed twice, on the map and in the inset (where
 * their tooltips point): the box holds both.
 */
export function ringBox(it: Item): Box {
  if (it.type === 'hub') return [it.x - HUB_RING, it.y - HUB_RING, it.x + HUB_RING, it.y + HUB_RING];
  const b = peruGeo.regions[it.id as RegionCode].b;
  if (it.tip[0] === it.x && it.tip[1] === it.y) return [...b];
  const [x0, y0] = insetOf().at([b[0], b[1]]), [x1, y1] = insetOf().at([b[2], b[3]]);
  return [Math.min(x0, b[0]), Math.min(y0, b[1]), Math.max(x1, b[2]), Math.max(y1, b[3])];
}

/**
 * Where a tooltip of `size` [w, h] goes (its top-left corner) in a box of `area` [w, h], all in px:
 * never over the anchor point `p` where the box allows, and covering as little of the ring's box `ring`
 * as it can: beside the ring (above, below, right, left), else beside the point, kept inside the box.
 * Among equals, the one nearest the point wins, then the earlier in that order.
 */
export function placeTip(p: readonly [number, number], ring: Box, size: readonly [number, number], area: readonly [number, number], gap = 8): [number, number] {
  const [px, py] = p, [w, h] = size;
  const clamp = (v: number, hi: number) => Math.max(0, Math.min(v, hi));
  const candidates: [number, number][] = [
    [px - w / 2, ring[1] - gap - h],
    [px - w / 2, ring[3] + gap],
    [ring[2] + gap, py - h / 2],
    [ring[0] - gap - w, py - h / 2],
    [px - w / 2, py - gap - h],
    [px - w / 2, py + gap],
    [px + gap, py - h / 2],
    [px - gap - w, py - h / 2],
  ].map(([x, y]) => [clamp(x, area[0] - w), clamp(y, area[1] - h)]);
  let best = candidates[0], score = [Infinity, Infinity, Infinity];
  for (const c of candidates) {
    const [x, y] = c;
    // Over the point (with a margin for its marker)?
    const covers = px > x - gap / 2 && px < x + w + gap / 2 && py > y - gap / 2 && py < y + h + gap / 2 ? 1 : 0;
    const over = Math.max(0, Math.min(x + w, ring[2]) - Math.max(x, ring[0])) * Math.max(0, Math.min(y + h, ring[3]) - Math.max(y, ring[1]));
    const dist = Math.hypot(Math.max(x - px, 0, px - x - w), Math.max(y - py, 0, py - y - h));
    const s = [covers, Math.round(over), dist];
    if (s[0] < score[0] || (s[0] === score[0] && (s[1] < score[1] || (s[1] === score[1] && s[2] < score[2] - 0.5)))) {
      best = c;
      score = s;
    }
  }
  return best;
}

/**
 * Whether point `p` lies in the convex hull of `points` (edges included): the way from where the pointer
 * left an item to the item's tooltip. Monotone chain, then the point against every edge.
 */
export function inHull(points: readonly (readonly [number, number])[], p: readonly [number, number]): boolean {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return false;
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: (readonly [number, number])[]) => {
    const out: (readonly [number, number])[] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], q) <= 0) out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  // Counter-clockwise (in y-up terms); every edge has the inside on its left.
  const hull = [...half(pts), ...half([...pts].reverse())];
  if (hull.length < 3) return false;
  return hull.every((a, i) => cross(a, hull[(i + 1) % hull.length], p) >= 0);
}

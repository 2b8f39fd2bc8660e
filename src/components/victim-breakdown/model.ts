/**
 * Pure view-model functions of `<pe-victim-breakdown>`: dataset + language + attributes in,
 * plain data out. No DOM. The honesty rules live here: the base is always stated, what the
 * shares given leave out becomes a "not specified" row (never stretched to 100%), verbal
 * qualifiers stay words, a qualitative breakdown has no numbers, and linked breakdowns
 * (sources that differ) travel together.
 */
import { Problem, problem } from '../../core/base.js';
import { sourceText } from '../../core/frame.js';
import { sourcesById, t } from '../../data/text.js';
import type { Breakdown, BreakdownKind, Category, Dataset, Locale, Qualifier, Relation, Source } from '../../data/types.js';
import { msg, sourcesLabel } from '../../i18n/catalog.js';
import { cap, decimal, formatDate, formatNumber, formatShare, formatValue, uncap } from '../../i18n/format.js';
import { messages } from './messages.js';

export const VARIANTS = ['bars', 'waffle'];
export type Variant = 'bars' | 'waffle';

/** Id of the row that holds what the categories given leave out. */
export const REST_ID = 'not-specified';

export interface Row {
  /** Category id, or `not-specified` for the remainder. */
  id: string;
  label: string;
  /** HTCDS picklist name, when the id or `htcds` is one. */
  htcds?: string;
  /** Share of the base (0–1); for counts, of the total (or of the sum: View.ofSum). */
  share?: number;
  count?: number;
  qualifier: Qualifier;
  /** The value as shown: "85%", "250 (80.1%)", "slightly more than half"; empty for qualitative. */
  value: string;
  /** The value is a lower bound (more than, at least, slightly more than half). */
  lower: boolean;
  /** The value is words only ("slightly more than half"): never shown or exported as a number. */
  verbal: boolean;
  /** The row is the unknown remainder. */
  rest: boolean;
  sources: Source[];
  note: string;
}

export interface View {
  id: string;
  dimension: string;
  kind: BreakdownKind;
  title: string;
  /** The base as a line: "Share of victims in reported cases, 2007–2013". */
  base: string;
  /** The base inside a sentence: "share of victims in reported cases, 2007–2013" (a base given as it is stays as it is). */
  baseInline: string;
  period: string;
  total?: number;
  /** For counts without a total: the sum the shares are of. */
  ofSum?: number;
  rows: Row[];
  sources: Source[];
  /** The breakdown's notes and the notes its rows need (remainder, lower bound, sum). */
  notes: string[];
  /** "Female 79.6%, Male 16.1%, Not specified/unknown 4.3%" (labels only for qualitative). */
  summary: string;
}

export interface ViewModel {
  variant: Variant;
  dimension: string;
  current: View;
  /** Every breakdown of the dimension, in dataset order, when there are several. */
  choices: { id: string; label: string }[];
  /** Breakdowns linked from the current one by `related` (differs, confirms, context). */
  others: { view: View; relation: Relation; note: string }[];
}

const LOWER: readonly Qualifier[] = ['more-than', 'at-least', 'slightly-more-than-half'];
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const has = (o: object, k: string | undefined) => !!k && Object.hasOwn(o, k);

/** An HTCDS label in the language ("ForcedBegging" → "Forced begging"), or undefined for other names. */
export function htcdsLabel(name: string | undefined, locale: Locale): string | undefined {
  if (!has(messages.es.htcds, name)) return undefined;
  return messages[locale].htcds[name!] ?? name!.replace(/\B[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** The label of a category: its own, else the HTCDS label of its id or `htcds`, else an age range ("13–17 years"), else its id. */
export function categoryLabel(c: Category, locale: Locale): string {
  const range = /^(\d+)-(\d+)$/.exec(c.id);
  return (
    t(c.label, locale) ||
    htcdsLabel(c.id, locale) ||
    htcdsLabel(c.htcds, locale) ||
    (range ? msg(locale).years(`${range[1]}–${range[2]}`) : c.id)
  );
}

/**
 * One breakdown as rows, with its remainder, base line, sources and notes. `variant` is how it is
 * drawn (bars by default): the lower-bound note names that variant's marker.
 */
export function breakdownView(dataset: Dataset, b: Breakdown, locale: Locale, variant: Variant = 'bars'): View {
  const m = messages[locale];
  const cited = sourcesById(dataset.sources, b.sourceIds);
  const notes = (b.notes ?? []).map((n) => t(n, locale));
  const base = t(b.base, locale);
  const kind = b.kind;
  const counts = kind === 'count';
  const known = b.categories.reduce((s, c) => s + ((counts ? c.count : c.share) ?? 0), 0);
  const ofSum = counts && b.total === undefined ? known : undefined;
  const whole = counts ? (b.total ?? known) : 1;
  const value = (n: number | undefined, share: number | undefined, q: Qualifier) => {
    if (!counts || q === 'slightly-more-than-half') {
      return share === undefined ? '' : formatValue({ value: share, qualifier: q, unit: 'share' }, locale).text;
    }
    const text = formatValue({ value: n, qualifier: q, unit: 'count' }, locale).text;
    return share === undefined ? text : `${text} (${formatShare(share, locale)})`;
  };
  /** A row from a share, or a count (`n`); `verbal` marks words-only values. */
  const row = (
    id: string,
    label: string,
    n: number | undefined,
    q: Qualifier,
    own: Source[],
    note: string,
    rest = false,
    verbal = q === 'slightly-more-than-half',
  ): Row => {
    const share = kind === 'qualitative' ? undefined : counts ? (whole > 0 ? round(n! / whole) : undefined) : n;
    return {
      id,
      label,
      share,
      count: counts ? n : undefined,
      qualifier: q,
      value: rest && verbal ? m.slightlyLessThanHalf : value(n, share, q),
      lower: !rest && LOWER.includes(q),
      verbal,
      rest,
      sources: own.length ? own : cited,
      note,
    };
  };

  const rows = b.categories.map((c) => {
    const r = row(c.id, categoryLabel(c, locale), counts ? (c.count ?? 0) : c.share, c.qualifier ?? 'exact', sourcesById(dataset.sources, c.sourceIds), t(c.note, locale));
    r.htcds = htcdsLabel(c.id, 'en') ? c.id : htcdsLabel(c.htcds, 'en') && c.htcds;
    return r;
  });
  // The source line: the breakdown's sources and those only categories cite.
  const sources = [...new Set([...cited, ...rows.flatMap((r) => r.sources)])];

  const rest = round(whole - known);
  if (kind !== 'qualitative' && ofSum === undefined && rest > (counts ? 0 : 0.0005)) {
    const qs = rows.map((r) => r.qualifier);
    // What lower bounds leave is an upper bound, and the other way round; mixed bounds are approximate.
    const q: Qualifier = qs.every((x) => x === 'exact')
      ? 'exact'
      : qs.every((x) => x === 'exact' || LOWER.includes(x))
        ? 'less-than'
        : qs.every((x) => x === 'exact' || x === 'less-than')
          ? 'more-than'
          : 'approximately';
    // "slightly more than half" leaves "slightly less than half": words for words.
    const r = row(REST_ID, m.notSpecified, rest, q, [], m.remainder, true, qs.length === 1 && qs[0] === 'slightly-more-than-half');
    rows.push(r);
    notes.push(m.remainderNote(r.value));
  }
  if (rows.some((r) => r.lower)) notes.push(m.lowerBoundNote[variant]);
  if (ofSum !== undefined) notes.push(m.ofSumNote(formatNumber(ofSum, locale)));
  if (kind === 'qualitative') notes.push(m.qualitativeNote);

  // "Share of victims …" is our wording: lower-cased inside a sentence; a base the data gives as it is keeps its case.
  const worded = kind !== 'qualitative' && (counts ? m.countBase : m.shareBase)(base);
  return {
    id: b.id,
    dimension: b.dimension,
    kind,
    title: t(b.title, locale) || (has(m.title, b.dimension) && m.title[b.dimension]) || `${m.by} ${b.dimension}`,
    base: worded || cap(base),
    baseInline: worded ? uncap(worded) : base,
    period: formatDate(b.period, locale),
    total: b.total,
    ofSum,
    rows,
    sources,
    notes,
    summary: rows.map((r) => `${r.label} ${r.value}`.trim()).join(', '),
  };
}

/** A problem in both languages from this component's messages. */
const fail = (path: string, text: (m: (typeof messages)['en']) => string) => problem(path, text, messages);

/**
 * The widget's view model, or a Problem for bad attributes. Defaults: `dimension` empty → the
 * dimension of the dataset's first breakdown; `breakdown` empty → the dimension's first
 * breakdown in dataset order (in the embedded data, the articles' figures, with the differing
 * Public Ministry figures linked so both are shown).
 */
export function viewModel(
  dataset: Dataset,
  choice: { dimension?: string; breakdown?: string; variant?: string },
  locale: Locale,
): ViewModel | Problem {
  const all = dataset.breakdowns ?? [];
  const variant = (choice.variant || 'bars') as Variant;
  if (!VARIANTS.includes(variant)) return fail('variant', (m) => m.badVariant(variant));
  if (!all.length) return fail('breakdowns', (m) => m.noBreakdowns);
  const id = choice.breakdown;
  const dimension = choice.dimension || all.find((x) => x.id === id)?.dimension || all[0].dimension;
  const same = all.filter((x) => x.dimension === dimension);
  if (!same.length) {
    return fail('dimension', (m) => m.unknownDimension(dimension, [...new Set(all.map((x) => x.dimension))].join(', ')));
  }
  const b = id ? same.find((x) => x.id === id) : same[0];
  // A breakdown of another dimension counts as unknown here: the valid ids are this dimension's.
  if (!b) return fail('breakdown', (m) => m.unknownBreakdown(id!, (choice.dimension ? same : all).map((x) => x.id).join(', ')));
  const view = (x: Breakdown) => breakdownView(dataset, x, locale, variant);
  const current = view(b);
  return {
    variant,
    dimension,
    current,
    choices:
      same.length > 1
        ? same.map((x) => {
            const v = x === b ? current : view(x);
            const who = v.sources.map((s) => t(s.publisher, locale)).join('; ');
            return { id: x.id, label: v.period ? `${who} (${v.period})` : who };
          })
        : [],
    others: (b.related ?? []).flatMap((r) => {
      const o = all.find((x) => x.id === r.id && x !== b);
      return o ? [{ view: view(o), relation: r.relation, note: t(r.note, locale) }] : [];
    }),
  };
}

/** The rows of a dimension's first (or the given) breakdown: `breakdownRows(dataset, 'sex', 'en')`. */
export function breakdownRows(dataset: Dataset, dimension: string, locale: Locale, id?: string): Row[] {
  const vm = viewModel(dataset, { dimension, breakdown: id }, locale);
  return vm instanceof Problem ? [] : vm.current.rows;
}

/**
 * Which row each of the 100 waffle squares belongs to (-1: none), by the largest-remainder
 * method so the squares add up to the shares rounded to whole squares.
 */
export function waffleCells(rows: readonly Row[]): number[] {
  const exact = rows.map((r) => (r.share ?? 0) * 100);
  const whole = exact.map((x) => Math.floor(x + 1e-9));
  let left = Math.round(exact.reduce((s, x) => s + x, 0)) - whole.reduce((s, n) => s + n, 0);
  for (const [, i] of exact.map((x, i) => [x - whole[i], i]).sort((a, b) => b[0] - a[0])) if (left-- > 0) whole[i]++;
  const cells = whole.flatMap((n, i) => Array<number>(n).fill(i));
  while (cells.length < 100) cells.push(-1);
  return cells.slice(0, 100);
}

/** "85 of every 100", "about 80 of every 100" (79.6%), "less than 50 of every 100"; words stay words. */
export function ofEvery100(row: Row, locale: Locale): string {
  const m = messages[locale];
  if (row.verbal) return row.value;
  const n = Math.round(row.share! * 100);
  const q = msg(locale).qualifier[row.qualifier] || (Math.abs(row.share! * 100 - n) > 1e-6 ? m.about : '');
  return `${q} ${m.ofEvery100(formatNumber(n, locale))}`.trim();
}

/** A share with all its digits (up to 0.001%): the exact value for the detail line. */
export const exactShare = (share: number, locale: Locale): string => decimal(share, locale, true, 3);

/** A row's standard (HTCDS) type when it says more than its label ("Forced labour" for "Forced labour in logging"), else undefined. */
export function typeTag(row: Row, locale: Locale): string | undefined {
  const type = htcdsLabel(row.htcds, locale);
  return type && type !== row.label ? type : undefined;
}

export interface Detail {
  /**
   * The detail line as shown: the row's exact value, base and source ("Female: 85% — Share of victims
   * in reported cases, 2007–2013 — Source: Diálogo, 7 November 2014"), or for a qualitative breakdown
   * its HTCDS type and where it is named.
   */
  text: string;
  /**
   * The category's accessible description: only what its name ("Female: 85%") does not say, so a
   * screen reader does not read label and value twice: the exact value when it says more than the
   * value shown, the row's note, the base, the source ("Share of victims … — Source: Diálogo, …"),
   * or where a form is named ("Named in: …").
   */
  description: string;
}

/** The detail line of a row, and its accessible description (see Detail). */
export function detail(row: Row, view: View, locale: Locale): Detail {
  const m = messages[locale];
  const c = msg(locale);
  const src = sourceText(row.sources, locale);
  const note = row.note ? ` (${row.note})` : '';
  if (view.kind === 'qualitative') {
    const type = typeTag(row, locale);
    const named = `${m.namedIn}: ${src}`;
    return { text: `${row.label}${type ? ` (${m.type}: ${type})` : ''}${note} — ${named}`, description: [row.note, named].filter(Boolean).join(' — ') };
  }
  let value = row.value;
  if (!row.verbal && row.share !== undefined) {
    const share = exactShare(row.share, locale);
    value =
      row.count !== undefined
        ? `${formatValue({ value: row.count, qualifier: row.qualifier, unit: 'count' }, locale).text} ${m.of} ${formatNumber(view.total ?? view.ofSum!, locale)} (${share})`
        : `${c.qualifier[row.qualifier]} ${share}`.trim();
  }
  const cited = `${sourcesLabel(row.sources.length, locale)}: ${src}`;
  // The name already gives the value shown: the exact one only when it says more ("250 of 312 (80.128%)").
  return {
    text: `${row.label}: ${value}${note} — ${view.base} — ${cited}`,
    description: [value === row.value ? '' : value, row.note, view.base, cited].filter(Boolean).join(' — '),
  };
}

/** The CSV rows (header first) for the given views: every row with its source and URL. */
export function csvRows(views: readonly View[], locale: Locale): (string | number | undefined)[][] {
  const out: (string | number | undefined)[][] = [
    'breakdown dimension category htcds label count total share qualifier value base period note source source_url'.split(' '),
  ];
  for (const v of views) {
    for (const r of v.rows) {
      out.push([
        v.id,
        v.dimension,
        r.id,
        r.htcds,
        r.label,
        r.count,
        v.total ?? v.ofSum,
        r.verbal ? undefined : r.share,
        r.qualifier,
        r.value,
        v.base,
        v.period,
        r.note,
        sourceText(r.sources, locale),
        r.sources.map((s) => s.url).filter(Boolean).join(' '),
      ]);
    }
  }
  return out;
}

// The pure view model of <pe-stat-card>: a dataset, the language and the element's attributes in,
// every text the card shows (already formatted) out, or a Problem naming each bad attribute.
import { notANumber, problem, Problem } from '../../core/base.js';
import { parseDate } from '../../data/dates.js';
import { quote } from '../../data/messages.js';
import { safeUrl, sourcesById, t } from '../../data/text.js';
import { QUALIFIERS, UNITS, type Dataset, type Figure, type Locale, type Source } from '../../data/types.js';
import type { Messages } from '../../i18n/catalog.js';
import { cap, formatDate, formatNumber, formatShare, formatValue, type FormattedValue } from '../../i18n/format.js';
import { messages, type StatMessages } from './messages.js';

/** The attributes a card is built from (empty text = not given). */
export interface StatInput {
  stat: string;
  value: string;
  label: string;
  unit: string;
  qualifier: string;
  period: string;
  place: string;
  source: string;
  sourceUrl: string;
  /** `default`, `compact` or `inline`; anything else is a Problem, as for the other widgets' options. */
  variant?: string;
}

const VARIANTS = ['default', 'compact', 'inline'];

/** Another source's figure that differs from the card's. */
export interface OtherFigure {
  value: string;
  label: string;
  /** Formatted period, or empty. */
  period: string;
  /** "79.6% of victims were women in Peru from January 2007 to April 2014", capitalised (no source). */
  statement: string;
  sources: Source[];
  /** Why it differs (the dataset's note on the link), or empty. */
  note: string;
}

export interface StatView {
  /** The figure's id in the dataset; empty for a custom figure. */
  id: string;
  value: FormattedValue;
  /** The number to count up to (visual only), when the value is one plain number. */
  target?: { to: number; share: boolean; decimals: number };
  label: string;
  place: string;
  period: string;
  /** Who estimated the value ("police estimate"), or empty. */
  estimate: string;
  context: string;
  notes: string[];
  sources: Source[];
  /**
   * The card as one sentence, what assistive technology reads: qualifier, number, unit, label, place,
   * period and estimate. Without the sources: the card's source line, read right after it, names them.
   */
  sentence: string;
  differs: OtherFigure[];
}

/** A problem whose message is written once per language, with the card's and the shared words. */
const issue = (path: string, text: (c: StatMessages, m: Messages) => string) => problem(path, text, messages);

/** "Diálogo, 2014": publisher and year, for sentences and short citations. */
export function shortSource(s: Source, locale: Locale): string {
  const year = /^\d{4}/.exec(s.date ?? '')?.[0];
  return [t(s.publisher, locale), year].filter(Boolean).join(', ');
}

/**
 * "in 2013", "on November 7, 2014", "from January 2007 to April 2014": a formatted period as words for a
 * sentence, each end of a range with its month in full (the short "Jan 2007–Apr 2014" is for the eye).
 */
function when(period: string, spec: string | undefined, locale: Locale): string {
  const c = messages[locale];
  if (!period) return '';
  const d = parseDate(spec ?? '');
  const day = d?.start.precision === 'day';
  if (!d?.end) return c.period(period, day);
  // A parsed range is "start/end"; formatDate writes one date in full ("enero de 2007", "July 31, 2014").
  const [from, to] = spec!.split('/') as [string, string];
  return c.span(formatDate(from, locale), formatDate(to, locale), day, d.end.precision === 'day');
}

/** "more than 1,500 cases in Peru from 2007 to 2013 (police estimate)". */
function statement(value: string, label: string, place: string, period: string, estimate: string, locale: Locale): string {
  const c = messages[locale];
  // A label ending where the place begins ("… in La Rinconada", place "La Rinconada, Puno") says it once:
  // "… in La Rinconada, Puno".
  const head = place.split(',')[0]!.trim();
  const what = place && head && label.endsWith(head) ? label + place.slice(place.indexOf(head) + head.length) : [label, place && c.place(place)];
  return [value, what, period, estimate && `(${estimate})`].flat().filter(Boolean).join(' ');
}

/** The view of one figure (from the dataset or built from attributes). */
function view(f: Figure, sources: Source[], locale: Locale, differs: OtherFigure[]): StatView {
  const value = formatValue(f, locale);
  const label = t(f.label, locale);
  const place = t(f.place, locale);
  const period = formatDate(f.period, locale);
  const estimate = t(f.estimate, locale);
  const said = cap(statement(value.text, label, place, when(period, f.period, locale), estimate, locale)).replace(/[\s.]+$/, '');
  const plain = f.value !== undefined && !f.range && f.qualifier !== 'slightly-more-than-half';
  const scaled = f.unit === 'share' ? (f.value ?? 0) * 100 : (f.value ?? 0);
  return {
    id: f.id,
    value,
    target: plain ? { to: f.value!, share: f.unit === 'share', decimals: Number.isInteger(Math.round(scaled * 1e6) / 1e6) ? 0 : 1 } : undefined,
    label,
    place,
    period,
    estimate,
    context: t(f.context, locale),
    notes: (f.notes ?? []).map((n) => t(n, locale)).filter(Boolean),
    sources,
    // No "Sources: …" here: every variant that reads this sentence (default, compact) renders the source
    // line after it, and the inline variant reads its own citation instead. Said once, not twice.
    sentence: `${said}.`,
    differs,
  };
}

/** The figures of other sources that the dataset marks as differing from `f`. */
function differing(f: Figure, dataset: Dataset, locale: Locale): OtherFigure[] {
  const out: OtherFigure[] = [];
  for (const r of f.related ?? []) {
    const o = r.relation === 'differs' && dataset.figures?.find((x) => x.id === r.id);
    if (!o) continue;
    const value = formatValue(o, locale).text;
    const label = t(o.label, locale);
    const period = formatDate(o.period, locale);
    out.push({
      value,
      label,
      period,
      // An item of a list: starts with a capital ("More than 1,500 …"), as the card's own sentence does.
      statement: cap(statement(value, label, t(o.place, locale), when(period, o.period, locale), t(o.estimate, locale), locale)),
      sources: sourcesById(dataset.sources, o.sourceIds),
      note: t(r.note, locale),
    });
  }
  return out;
}

/**
 * The card's view model: the figure `stat` names in the dataset, or a custom figure from
 * `value`, `label`, `unit`, `qualifier`, `period`, `place`, `source` and `source-url`.
 * `stat` wins when both are given. With neither, a Problem asks for one and lists the ids.
 */
export function statModel(dataset: Dataset, input: StatInput, locale: Locale): StatView | Problem {
  if (input.variant !== undefined && !VARIANTS.includes(input.variant)) {
    return issue('variant', (c) => c.oneOf('variant', quote(input.variant), VARIANTS.join(', ')));
  }
  const figures = dataset.figures ?? [];
  const ids = figures.map((f) => f.id).join(', ') || '—';
  const stat = input.stat.trim();
  if (stat) {
    const f = figures.find((x) => x.id === stat);
    if (!f) return issue('stat', (c, m) => (figures.length ? m.unknownId(c.figure, stat, ids) : c.noFigures));
    return view(f, sourcesById(dataset.sources, f.sourceIds), locale, differing(f, dataset, locale));
  }
  const raw = input.value.trim();
  if (!raw) return issue('stat', (c) => (figures.length ? c.missing(ids) : c.noFigures));

  const bad: Problem[] = [];
  const value = Number(raw);
  // "1,500", "85%": written as in a text, not as a number; "1.500" (Spanish thousands) of a count: 1.5 things.
  if (!Number.isFinite(value)) bad.push(/^[\d.,\s%]+$/.test(raw) ? issue('value', (c) => c.digits(raw)) : notANumber('value', raw));
  const unit = (input.unit.trim() || 'count') as Figure['unit'];
  if (!UNITS.includes(unit)) bad.push(issue('unit', (c) => c.oneOf('unit', quote(input.unit), UNITS.join(', '))));
  else if (unit === 'share' && Number.isFinite(value) && (value < 0 || value > 1)) bad.push(issue('value', (c) => c.share(raw)));
  else if (unit === 'count' && !Number.isInteger(value) && Number.isFinite(value)) {
    bad.push(issue('value', (c) => c.whole(raw, /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : '', value > 0 && value < 1)));
  }
  const qualifier = (input.qualifier.trim() || 'exact') as NonNullable<Figure['qualifier']>;
  if (!QUALIFIERS.includes(qualifier)) {
    bad.push(issue('qualifier', (c) => c.oneOf('qualifier', quote(input.qualifier), QUALIFIERS.join(', '))));
  } else if (qualifier === 'slightly-more-than-half' && unit !== 'share') {
    // In words and without the number: of a count it would hide the number and say what no source said.
    bad.push(issue('qualifier', (c) => c.half));
  }
  // A number is never shown without what it counts and who says so.
  if (!input.label.trim()) bad.push(issue('label', (_, m) => m.missingAttr('label')));
  if (!input.source.trim()) bad.push(issue('source', (_, m) => m.missingAttr('source')));
  if (bad.length) return new Problem(bad.flatMap((p) => p.errors));

  const source: Source = { id: 'custom', publisher: input.source.trim(), url: safeUrl(input.sourceUrl.trim()) };
  const figure: Figure = {
    id: '',
    value,
    unit,
    qualifier,
    label: input.label.trim(),
    period: input.period.trim() || undefined,
    place: input.place.trim() || undefined,
    sourceIds: [],
  };
  return view(figure, [source], locale, []);
}

/** The visual text of a count-up frame: `progress` (0–1) of the way to the target, formatted like it. */
export function tickText(target: NonNullable<StatView['target']>, progress: number, locale: Locale): string {
  const scale = target.share ? 100 : 1;
  const step = 10 ** target.decimals;
  const n = Math.round(target.to * scale * progress * step) / step / scale;
  return target.share ? formatShare(n, locale) : formatNumber(n, locale);
}

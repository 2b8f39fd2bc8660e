import { parseDate, type DatePoint } from '../data/dates.js';
import type { DateSpec, Figure, Locale, Qualifier } from '../data/types.js';
import { msg } from './catalog.js';
import { INTL_TAG } from './locale.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(locale: Locale, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `n${locale}${style}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(INTL_TAG[locale], { style, maximumFractionDigits: 1 })));
  return f;
}
function df(locale: Locale, kind: 'day' | 'month' | 'short-month' | 'short-day'): Intl.DateTimeFormat {
  const key = `d${locale}${kind}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const month = kind === 'day' || kind === 'month' ? 'long' : 'short';
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month };
    if (kind === 'day' || kind === 'short-day') opts.day = 'numeric';
    cache.set(key, (f = new Intl.DateTimeFormat(INTL_TAG[locale], opts)));
  }
  return f;
}

/** "complaints" → "Complaints". */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** 1976 → "1,976" (both es-PE and en group thousands with a comma). */
export const formatNumber = (n: number, locale: Locale): string => nf(locale, 'decimal').format(n);

/** 0.796 → "79.6%". */
export const formatShare = (share: number, locale: Locale): string => nf(locale, 'percent').format(share);

/** A low–high range with an en dash: "8–25". */
export const formatRange = (lo: string, hi: string): string => `${lo}–${hi}`;

export interface FormattedValue {
  /** The qualifier words, e.g. "more than"; empty when exact. */
  qualifier: string;
  /** The number as shown, e.g. "1,500", "85%", "8–25"; for a verbal qualifier, the words. */
  number: string;
  /** Unit words after the number, e.g. "years"; empty otherwise. */
  unit: string;
  /** The whole value as one phrase: "more than 1,500", "8–25 years", "slightly more than half". */
  text: string;
}

/**
 * Formats a value with its qualifier kept. A verbal qualifier ("slightly more than half")
 * replaces the number entirely, so it never turns into a precise-looking percentage.
 */
export function formatValue(
  v: { value?: number; range?: [number, number]; qualifier?: Qualifier; unit?: Figure['unit'] },
  locale: Locale,
): FormattedValue {
  const m = msg(locale);
  const q = v.qualifier ?? 'exact';
  if (q === 'slightly-more-than-half') {
    const words = m.qualifier[q];
    return { qualifier: '', number: words, unit: '', text: words };
  }
  const one = (n: number) => (v.unit === 'share' ? formatShare(n, locale) : formatNumber(n, locale));
  const number = v.range ? formatRange(one(v.range[0]), one(v.range[1])) : v.value !== undefined ? one(v.value) : '';
  const qualifier = m.qualifier[q];
  const withUnit = v.unit === 'years' ? m.years(number) : number;
  const unit = v.unit === 'years' ? withUnit.replace(number, '').trim() : '';
  return { qualifier, number, unit, text: qualifier ? `${qualifier} ${withUnit}` : withUnit };
}

function point(p: DatePoint, locale: Locale, short: boolean): string {
  if (p.precision === 'year') return String(p.year);
  const date = Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  if (p.precision === 'month') return df(locale, short ? 'short-month' : 'month').format(date);
  return df(locale, short ? 'short-day' : 'day').format(date);
}

/**
 * Formats a date keeping its precision: "16 January 2007" style for a day, "November 2014"
 * for a month, "2013" for a year, "2007–2013" or "Jan 2007–Apr 2014" for a range.
 * Returns the text unchanged when it does not parse (the validator reports that).
 */
export function formatDate(spec: DateSpec | undefined, locale: Locale): string {
  if (!spec) return '';
  const d = parseDate(spec);
  if (!d) return spec;
  if (!d.end) return point(d.start, locale, false);
  return formatRange(point(d.start, locale, true), point(d.end, locale, true));
}

/** Joins words as a list: "a, b and c" / "a, b y c". */
export function formatList(items: string[], locale: Locale): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${msg(locale).and} ${items[items.length - 1]}`;
}

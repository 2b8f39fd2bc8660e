import { parseDate, utc, type DatePoint } from '../data/dates.js';
import type { DateSpec, Figure, Locale, Qualifier } from '../data/types.js';
import { msg } from './catalog.js';
import { INTL_TAG } from './locale.js';

/*
 * Numbers and dates are formatted here without Intl: the first Intl.NumberFormat or DateTimeFormat in a
 * page costs 12–28 ms (Chromium loads its ICU data on first use), more than rendering a widget. The output
 * is the same as Intl's for es-PE and en with the options below (test/i18n.test.ts compares them over
 * thousands of values and every month); anything outside the simple cases (exponent notation, years before
 * 1000) still goes through Intl.
 */
const intl = new Map<string, Intl.NumberFormat>();
const viaIntl = (n: number, locale: Locale, percent: boolean, digits: number): string => {
  const key = `${locale}${percent}${digits}`;
  let f = intl.get(key);
  if (!f) intl.set(key, (f = new Intl.NumberFormat(INTL_TAG[locale], { style: percent ? 'percent' : 'decimal', maximumFractionDigits: digits })));
  return f.format(n);
};

/**
 * Intl's rounding, done on the number's shortest decimal form (so 0.15 → "0.2" and 2.25 → "2.3" as Intl
 * gives, not toFixed's "0.1"): round half away from zero to `digits` decimals, drop trailing zeros, group
 * thousands with a comma. es-PE and en agree on every sign here ("1,976.5", "79.6%").
 */
export function decimal(n: number, locale: Locale, percent = false, digits = 1): string {
  // The shortest decimal form, as String(n) gives it (numText: without V8's number-to-string cache).
  if (!Number.isFinite(n)) return viaIntl(n, locale, percent, digits);
  const text = numText(Math.abs(n));
  if (text.includes('e')) return viaIntl(n, locale, percent, digits);
  let [int, frac = ''] = text.split('.') as [string, string?];
  if (percent) {
    frac = frac.padEnd(2, '0');
    int = (int + frac.slice(0, 2)).replace(/^0+(?=\d)/, '');
    frac = frac.slice(2);
  }
  let digitsText = int + frac.slice(0, digits).padEnd(digits, '0');
  if (frac.charCodeAt(digits) >= 53 /* "5" */) digitsText = (BigInt(digitsText) + 1n).toString().padStart(digitsText.length, '0');
  const whole = digitsText.slice(0, digitsText.length - digits) || '0';
  const decimals = digitsText.slice(digitsText.length - digits).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped}${decimals ? '.' + decimals : ''}${percent ? '%' : ''}`;
}

const MONTHS: Record<Locale, string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A number as String(n) writes it ("12.5", "-3"), through JSON.stringify: String(n), `${n}` and setting a
 * number as an attribute or text go through V8's number-to-string caches, which grow to 64 KB (integers)
 * and 48 KB (other numbers) of the page's heap at the first collision (measured on the map: 112 KB).
 */
export const numText = (n: number): string => (Number.isFinite(n) ? JSON.stringify(n) : String(n));

/** "complaints" → "Complaints". */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "Share of victims…" → "share of victims…", for a phrase inside a sentence. */
export const uncap = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * 1976 → "1,976" (both es-PE and en group thousands with a comma). A number is shown as given, up to six
 * decimals (14.75 years stays 14.75, not 14.8: a figure no source gave); shares are rounded (formatShare).
 */
export const formatNumber = (n: number, locale: Locale): string => decimal(n, locale, false, 6);

/** 0.796 → "79.6%". */
export const formatShare = (share: number, locale: Locale): string => decimal(share, locale, true);

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

/** "9 de setiembre de 2014" / "September 9, 2014"; short: "9 set. 2014" / "Sep 9, 2014"; without a day, the month and year. */
function point(p: DatePoint, locale: Locale, short: boolean): string {
  const { year, month = 1, day, precision } = p;
  if (precision === 'year') return numText(year);
  if (year < 1000) {
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: short ? 'short' : 'long' };
    if (precision === 'day') opts.day = 'numeric';
    return new Intl.DateTimeFormat(INTL_TAG[locale], opts).format(utc(year, month - 1, day ?? 1));
  }
  const long = MONTHS[locale][month - 1]!;
  const name = short ? long.slice(0, 3) + (locale === 'es' ? '.' : '') : long;
  const d = precision === 'day' && day ? numText(day) : '';
  const y = numText(year);
  if (locale === 'es') return short ? `${d ? d + ' ' : ''}${name} ${y}` : `${d ? d + ' de ' : ''}${name} de ${y}`;
  return `${name} ${d ? d + ', ' : ''}${y}`;
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
  const ends = formatDateEnds(spec, locale);
  return ends ? formatRange(...ends) : point(d.start, locale, false);
}

/** A range's two ends as formatDate writes them (["Jan 2007", "Apr 2014"]); undefined for one date or text that does not parse. */
export function formatDateEnds(spec: DateSpec | undefined, locale: Locale): [string, string] | undefined {
  const d = parseDate(spec ?? '');
  return d?.end ? [point(d.start, locale, true), point(d.end, locale, true)] : undefined;
}

/** Joins words as a list: "a, b and c" / "a, b y c". */
export function formatList(items: string[], locale: Locale): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${msg(locale).and} ${items[items.length - 1]}`;
}

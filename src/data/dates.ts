import type { DateSpec } from './types.js';

export type Precision = 'day' | 'month' | 'year';

/** One end of a date: year, and month/day as far as the precision goes. */
export interface DatePoint {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
  precision: Precision;
}

export interface ParsedDate {
  start: DatePoint;
  /** Present for ranges. */
  end?: DatePoint;
  precision: Precision | 'range';
}

/** Milliseconds since 1970 of a UTC date, for any year: Date.UTC reads the years 0–99 as 1900–1999. */
export const utc = (year: number, monthIndex: number, day: number): number => new Date(0).setUTCFullYear(year, monthIndex, day);

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePoint(text: string): DatePoint | null {
  const m = POINT.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const d = new Date(utc(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day, precision: 'day' };
}

/** Parses a DateSpec; null when it is not one. A range's end may not come before its start. */
export function parseDate(spec: DateSpec): ParsedDate | null {
  if (typeof spec !== 'string') return null;
  const parts = spec.split('/');
  if (parts.length > 2) return null;
  const start = parsePoint(parts[0]);
  if (!start) return null;
  if (parts.length === 1) return { start, precision: start.precision };
  const end = parsePoint(parts[1]);
  if (!end || sortKey(end, true) < sortKey(start, false)) return null;
  return { start, end, precision: 'range' };
}

/**
 * A number that orders dates: the first (or, with `last`, the final) day the point covers,
 * as days since 1970. Used to sort events and to filter by `from`/`to`.
 */
export function sortKey(p: DatePoint, last = false): number {
  const month = p.month ?? (last ? 12 : 1);
  const day = p.day ?? (last ? new Date(utc(p.year, month, 0)).getUTCDate() : 1);
  return utc(p.year, month - 1, day) / 86_400_000;
}

/** ISO text for a `<time datetime>`: `2007-01-16`, `2014-11`, `2013`, or `2007/2013`. */
export function isoText(d: ParsedDate): string {
  const one = (p: DatePoint) =>
    [String(p.year).padStart(4, '0'), p.month && pad(p.month), p.day && pad(p.day)].filter(Boolean).join('-');
  return d.end ? `${one(d.start)}/${one(d.end)}` : one(d.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

import { parseDate } from './dates.js';
import { M, type Bilingual, type Expected } from './messages.js';
import {
  BREAKDOWN_KINDS,
  DRIVERS,
  EVENT_CATEGORIES,
  HUB_ROLES,
  QUALIFIERS,
  REGION_CODES,
  RELATIONS,
  UNITS,
  type DataError,
  type Dataset,
} from './types.js';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** At most this many errors are listed; the last one says how many more there were. */
export const MAX_ERRORS = 12;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Whether a and b differ by at most one insertion, deletion, substitution or swap of two adjacent letters. */
const near1 = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1) || (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2));
};
/** The path of key `k` of the object at `path` ('' for the top level), or '' when a path cannot name it (only letters can). */
const sub = (path: string, k: string) => (/^[a-z]+$/i.test(k) ? (path ? `${path}.${k}` : k) : '');

/** The lists a field's value must be one of, by the letter that names them in the field specs below. */
const LISTS: Record<string, readonly string[]> = {
  L: ['es', 'en'],
  U: UNITS,
  Q: QUALIFIERS,
  K: BREAKDOWN_KINDS,
  E: EVENT_CATEGORIES,
  H: HUB_ROLES,
  Z: RELATIONS,
};

/**
 * Checks that `input` is a dataset in the documented format and returns it typed, or every
 * problem found, each with the JSON path of the field and a message in es and en.
 * Never throws. The input is not modified; the dataset returned is the same object.
 */
export function validate(input: unknown): ValidationResult {
  const errors: DataError[] = [];
  const add = (path: string, message: Bilingual) => errors.push({ path, message });

  if (!isObj(input)) {
    add('$', M.root(input));
    return { ok: false, errors };
  }
  // A key that is nearly a field ("qualifer", "Label") would drop that field silently; other keys ("name",
  // "code2" beside "code") are the user's own. Worked out once per list of names and key.
  const nearCache = new Map<string, string | undefined>();
  const typos = (o: Obj, names: readonly string[], path = '') => {
    for (const k of Object.keys(o)) {
      const ck = `${names}|${k}`;
      const l = k.toLowerCase();
      if (!nearCache.has(ck)) {
        nearCache.set(
          ck,
          names.includes(k) ? '' : (names.find((n) => n.toLowerCase() === l) ?? names.find((n) => k.length > 3 && n.length > 3 && near1(l, n.toLowerCase()))),
        );
      }
      const near = nearCache.get(ck);
      const p = sub(path, k);
      if (near && !(near in o)) add(p || path || '$', M.typo(near, p ? '' : k));
    }
  };

  const parts = ['sources', 'figures', 'breakdowns', 'events', 'hubs', 'regions', 'regionValues'] as const;
  if (!parts.some((p) => p in input)) add('$', M.empty());
  // "regionvalues" or "Events" would be ignored.
  typos(input, parts);

  // Each check returns false when it added an error, so callers can skip dependent checks.
  const want = (path: string, v: unknown, what: Expected, ok: boolean) => (ok ? true : (add(path, M.expected(what, v)), false));
  const text = (path: string, v: unknown, required = true): boolean => {
    if (v === undefined && !required) return true;
    if (v === undefined) return add(path, M.required()), false;
    if (typeof v === 'string') return v.trim() ? true : (add(path, M.notEmpty()), false);
    if (isObj(v)) {
      // "ES", "es-PE" or "en_US" would be read as no text in that language; other keys ("qu") are ignored.
      const bad = Object.keys(v).filter((k) => k !== 'es' && k !== 'en' && /^(es|en)([-_]|$)/i.test(k));
      for (const k of bad) add(sub(path, k) || path, M.lang(k));
      if (typeof v.es === 'string' || typeof v.en === 'string') {
        return (['es', 'en'] as const).every(
          (k) => v[k] === undefined || (want(`${path}.${k}`, v[k], 'text', typeof v[k] === 'string') && ((v[k] as string).trim() ? true : (add(`${path}.${k}`, M.notEmpty()), false))),
        ) && !bad.length;
      }
      if (bad.length) return false;
    }
    return want(path, v, 'text', false);
  };
  const num = (path: string, v: unknown, required = true): v is number => {
    if (v === undefined && !required) return false;
    if (v === undefined) return add(path, M.required()), false;
    return want(path, v, 'number', isNum(v));
  };
  const nonNegative = (path: string, v: unknown, required = true) =>
    num(path, v, required) && (v >= 0 || (add(path, M.negative(v)), false));
  const count = (path: string, v: unknown, required = true) =>
    nonNegative(path, v, required) && (Number.isInteger(v) || (add(path, M.whole(v)), false));
  const share = (path: string, v: unknown, required = true) =>
    num(path, v, required) && ((v >= 0 && v <= 1) || (add(path, M.share(v)), false));
  const oneOf = (path: string, v: unknown, valid: readonly string[], required = true) => {
    if (v === undefined) return required ? (add(path, M.required()), false) : true;
    return valid.includes(v as string) || (add(path, M.oneOf(valid, v)), false);
  };
  const region = (path: string, v: unknown) => {
    if (v === undefined) return add(path, M.required()), false;
    return (REGION_CODES as readonly string[]).includes(v as string) || (add(path, M.region(REGION_CODES, v)), false);
  };
  const date = (path: string, v: unknown, required = true) => {
    if (v === undefined) return required ? (add(path, M.required()), false) : true;
    return want(path, v, 'date', typeof v === 'string' && parseDate(v) !== null);
  };
  const list = (path: string, v: unknown): v is unknown[] => want(path, v, 'list', Array.isArray(v));
  /** A list that may be absent: checked, and each entry checked with `each`. */
  const optList = (path: string, v: unknown, each: (x: unknown, path: string) => unknown) =>
    v !== undefined && list(path, v) && v.forEach((x, i) => each(x, `${path}[${i}]`));
  /** `v` must have the type when given. */
  const optional = (what: Expected, type: string) => (path: string, v: unknown) => v === undefined || want(path, v, what, typeof v === type);
  const within = (limit: number) => (path: string, v: unknown) =>
    num(path, v) && (v < -limit || v > limit) && add(path, M.between(-limit, limit, v));

  // Ids must be unique within a list; the id sets are used to check references afterwards.
  const ids = (path: string, items: Obj[], key: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = item[key];
      const p = `${path}[${i}].${key}`;
      if (id === undefined) add(p, M.required());
      else if (typeof id !== 'string' || !id.trim()) want(p, id, 'id', false);
      else if (id !== id.trim()) add(p, M.spaces(id));
      else if (seen.has(id)) add(p, M.duplicate(id));
      else seen.add(id);
    });
    return seen;
  };

  let sourceIds = new Set<string>();
  const cites = (path: string, v: unknown, required = true) => {
    if (v === undefined && !required) return;
    if (v === undefined) return void add(path, M.noSource());
    if (!list(path, v)) return;
    if (required && v.length === 0) add(path, M.noSource());
    v.forEach((id, i) => {
      if (typeof id !== 'string') want(`${path}[${i}]`, id, 'id', false);
      else if (!sourceIds.has(id)) add(`${path}[${i}]`, M.source(id, [...sourceIds]));
    });
  };
  // `related` entries are checked once all ids of their list are known.
  const pendingRelated: [string, unknown, Set<string>][] = [];

  type Custom = (o: Obj, path: string) => void;
  /**
   * The checks of a field spec such as `'label:t period:d? value *'`: field name, check letter, `?` when
   * the field is optional; a name alone is a field the custom check reads; `*` runs the object's custom
   * check at that point. The order of the fields is the order of the errors.
   */
  const CHECKS: Record<string, (path: string, v: unknown, required: boolean, known: Set<string>) => unknown> = {
    t: text,
    d: date,
    N: nonNegative,
    r: region,
    c: cites,
    i: (path, v) => (v === undefined ? add(path, M.required()) : want(path, v, 'id', typeof v === 'string' && v.trim() !== '')),
    u: optional('text', 'string'),
    b: optional('bool', 'boolean'),
    h: (path, v) => v === undefined || want(path, v, 'id', typeof v === 'string' && v.trim() !== ''),
    a: within(90),
    o: within(180),
    n: (path, v) => optList(path, v, (x, p) => text(p, x)),
    W: (path, v) => optList(path, v, (x, p) => oneOf(p, x, DRIVERS)),
    R: (path, v, _, known) => optList(path, v, (x, p) => each(x, p, 'id relation:Z note:t? *', (r) => pendingRelated.push([`${p}.id`, r.id, known]))),
    C: (path, v) => optList(path, v, (x, p) => each(x, p, 'region:r presumed:b sourceIds:c?')),
    X: (path, v) => optList(path, v, (x, p) => each(x, p, 'name:t value:N')),
  };
  for (const [k, valid] of Object.entries(LISTS)) CHECKS[k] = (path, v, required) => oneOf(path, v, valid, required);

  const fields = (o: Obj, path: string, spec: string, custom?: Custom, known = new Set<string>()) => {
    const names = spec.split(' ').map((f) => {
      const [k, c] = f.split(':');
      if (k === '*') custom!(o, path);
      else if (c) CHECKS[c[0]](`${path}.${k}`, o[k], !c[1], known);
      return k;
    });
    typos(o, names, path);
  };
  /** One entry of a list: an object, then its fields. */
  const each = (x: unknown, path: string, spec: string, custom?: Custom) =>
    isObj(x) ? fields(x, path, spec, custom) : want(path, x, 'object', false);
  /** A list of objects with ids: every entry an object, unique ids, then each object's fields. */
  const objects = (path: string, v: unknown[], spec: string, custom?: Custom, key = 'id') => {
    const items: Obj[] = [];
    v.forEach((item, i) => (isObj(item) ? items.push(item) : want(`${path}[${i}]`, item, 'object', false)));
    const seen = ids(path, items, key);
    v.forEach((item, i) => isObj(item) && fields(item, `${path}[${i}]`, `${key} ${spec}`, custom, seen));
    return seen;
  };
  /** One top-level list. */
  const part = (name: (typeof parts)[number], spec: string, custom?: Custom, key?: string) => {
    const v = input[name];
    return v !== undefined && list(name, v) ? objects(name, v, spec, custom, key) : new Set<string>();
  };

  sourceIds = part('sources', 'publisher:t title:t? url:u date:d? language:L?');

  part('figures', 'unit:U value range * qualifier:Q? estimate:t? label:t period:d? place:t? context:t? sourceIds:c notes:n related:R', (f, p) => {
    const hasValue = f.value !== undefined;
    const check = f.unit === 'share' ? share : f.unit === 'count' ? count : nonNegative;
    // "Slightly more than half" is shown in words and drawn at the half mark: of a count or a range it
    // would hide the number and say something the source did not.
    if (f.qualifier === 'slightly-more-than-half' && (f.unit !== 'share' || !hasValue)) add(`${p}.qualifier`, M.half());
    if (hasValue === (f.range !== undefined)) add(p, M.valueOrRange());
    else if (hasValue) check(`${p}.value`, f.value);
    else if (want(`${p}.range`, f.range, 'pair', Array.isArray(f.range) && f.range.length === 2)) {
      const [lo, hi] = f.range as unknown[];
      if (check(`${p}.range[0]`, lo) && check(`${p}.range[1]`, hi) && (lo as number) > (hi as number)) {
        add(`${p}.range`, M.rangeOrder());
      }
    }
  });

  part('breakdowns', 'dimension:i kind:K title:t? base:t total period:d? sourceIds:c notes:n related:R categories *', (b, p) => {
    const kind = b.kind;
    (kind === 'count' ? count : nonNegative)(`${p}.total`, b.total, false);
    const path = `${p}.categories`;
    const cats = b.categories;
    if (cats === undefined) return void add(path, M.required());
    if (!list(path, cats)) return;
    if (cats.length === 0) return void add(path, M.notEmpty());
    let sum = 0;
    let summed = true;
    objects(path, cats, 'label:t? htcds:h qualifier:Q? note:t? sourceIds:c? share count *', (c, cp) => {
      if (c.qualifier === 'slightly-more-than-half' && kind !== 'share') add(`${cp}.qualifier`, M.half());
      if (kind === 'qualitative') {
        if (c.share !== undefined || c.count !== undefined) add(cp, M.qualitative());
      } else if (kind === 'share' || kind === 'count') {
        const v = c[kind];
        if (v === undefined) {
          summed = false;
          add(`${cp}.${kind}`, M.shareKind(kind));
        } else if (kind === 'share' ? share(`${cp}.share`, v) : count(`${cp}.count`, v)) {
          sum += v as number;
        } else summed = false;
      }
    });
    const total = isNum(b.total) && b.total >= 0 ? b.total : undefined;
    if (summed && kind === 'share' && sum > 1.0005) add(path, M.sumOver(`${Math.round(sum * 1000) / 10}%`));
    if (summed && kind === 'count' && total !== undefined && sum > total) add(path, M.totalUnder(sum, total));
  });

  part('events', 'date:d category:E title:t description:t? place:t? sourceIds:c');
  part('hubs', 'city:t region:r lat:a lon:o * role:H note:t? sourceIds:c covers:C', (h, p) => {
    // The map shows Peru only: a hub elsewhere (often lat and lon swapped) would be drawn off the map.
    const { lat, lon } = h;
    if (isNum(lat) && isNum(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat >= -18.4 && lat <= 0 && lon >= -81.4 && lon <= -68.6)) {
      add(p, M.outsidePeru());
    }
  });
  part('regions', 'code:r name:t drivers:W sourceIds:c?', undefined, 'code');
  part('regionValues', 'region:r value:N unit:t? period:d? sourceIds:c note:t? districts:X', undefined, 'region');

  for (const [path, id, known] of pendingRelated) {
    if (typeof id !== 'string') want(path, id, 'id', false);
    else if (!known.has(id)) add(path, M.related(id));
  }

  if (errors.length === 0) return { ok: true, dataset: input as Dataset };
  if (errors.length > MAX_ERRORS) {
    const rest = errors.length - (MAX_ERRORS - 1);
    errors.splice(MAX_ERRORS - 1, Infinity, { path: '…', message: M.more(rest) });
  }
  return { ok: false, errors };
}

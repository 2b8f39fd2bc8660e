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
  const parts = ['sources', 'figures', 'breakdowns', 'events', 'hubs', 'regions', 'regionValues'] as const;
  if (!parts.some((p) => p in input)) add('$', M.empty());

  // Each check returns false when it added an error, so callers can skip dependent checks.
  const want = (path: string, v: unknown, what: Expected, ok: boolean) => (ok ? true : (add(path, M.expected(what, v)), false));
  const text = (path: string, v: unknown, required = true): boolean => {
    if (v === undefined && !required) return true;
    if (v === undefined) return add(path, M.required()), false;
    if (typeof v === 'string') return v.trim() ? true : (add(path, M.notEmpty()), false);
    if (isObj(v) && (typeof v.es === 'string' || typeof v.en === 'string')) {
      return (['es', 'en'] as const).every((k) => v[k] === undefined || want(`${path}.${k}`, v[k], 'text', typeof v[k] === 'string'));
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

  // Ids must be unique within a list; the id sets are used to check references afterwards.
  const ids = (path: string, items: Obj[], key = 'id') => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = item[key];
      const p = `${path}[${i}].${key}`;
      if (id === undefined) add(p, M.required());
      else if (typeof id !== 'string' || !id.trim()) want(p, id, 'id', false);
      else if (seen.has(id)) add(p, M.duplicate(id));
      else seen.add(id);
    });
    return seen;
  };

  // Walks one top-level list: checks it is a list of objects and runs `each` on the objects.
  const part = (name: (typeof parts)[number], each: (item: Obj, path: string) => void, key?: string) => {
    const v = input[name];
    if (v === undefined) return new Set<string>();
    if (!list(name, v)) return new Set<string>();
    const items: Obj[] = [];
    v.forEach((item, i) => (isObj(item) ? items.push(item) : want(`${name}[${i}]`, item, 'object', false)));
    const seen = ids(name, items, key);
    v.forEach((item, i) => isObj(item) && each(item, `${name}[${i}]`));
    return seen;
  };

  const sourceIds = part('sources', (s, p) => {
    text(`${p}.publisher`, s.publisher);
    text(`${p}.title`, s.title, false);
    if (s.url !== undefined) want(`${p}.url`, s.url, 'text', typeof s.url === 'string');
    date(`${p}.date`, s.date, false);
    oneOf(`${p}.language`, s.language, ['es', 'en'], false);
  });

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
  const notes = (path: string, v: unknown) => {
    if (v !== undefined && list(path, v)) v.forEach((n, i) => text(`${path}[${i}]`, n));
  };
  // `related` entries are checked once all ids of their list are known.
  const pendingRelated: [string, unknown, () => Set<string>][] = [];
  const related = (path: string, v: unknown, known: () => Set<string>) => {
    if (v === undefined || !list(path, v)) return;
    v.forEach((r, i) => {
      const p = `${path}[${i}]`;
      if (!isObj(r)) return void want(p, r, 'object', false);
      oneOf(`${p}.relation`, r.relation, RELATIONS);
      text(`${p}.note`, r.note, false);
      pendingRelated.push([`${p}.id`, r.id, known]);
    });
  };

  const figureIds = part('figures', (f, p) => {
    const hasValue = f.value !== undefined;
    const hasRange = f.range !== undefined;
    const unit = f.unit;
    oneOf(`${p}.unit`, unit, UNITS);
    const check = unit === 'share' ? share : nonNegative;
    if (hasValue === hasRange) add(p, M.valueOrRange());
    else if (hasValue) check(`${p}.value`, f.value);
    else if (want(`${p}.range`, f.range, 'pair', Array.isArray(f.range) && f.range.length === 2)) {
      const [lo, hi] = f.range as unknown[];
      if (check(`${p}.range[0]`, lo) && check(`${p}.range[1]`, hi) && (lo as number) > (hi as number)) {
        add(`${p}.range`, M.rangeOrder());
      }
    }
    oneOf(`${p}.qualifier`, f.qualifier, QUALIFIERS, false);
    text(`${p}.estimate`, f.estimate, false);
    text(`${p}.label`, f.label);
    date(`${p}.period`, f.period, false);
    text(`${p}.place`, f.place, false);
    text(`${p}.context`, f.context, false);
    cites(`${p}.sourceIds`, f.sourceIds);
    notes(`${p}.notes`, f.notes);
    related(`${p}.related`, f.related, () => figureIds);
  });

  const breakdownIds = part('breakdowns', (b, p) => {
    if (b.dimension === undefined) add(`${p}.dimension`, M.required());
    else want(`${p}.dimension`, b.dimension, 'id', typeof b.dimension === 'string' && b.dimension.trim() !== '');
    const kind = b.kind;
    oneOf(`${p}.kind`, kind, BREAKDOWN_KINDS);
    text(`${p}.title`, b.title, false);
    text(`${p}.base`, b.base);
    const total = b.total !== undefined && nonNegative(`${p}.total`, b.total) ? (b.total as number) : undefined;
    date(`${p}.period`, b.period, false);
    cites(`${p}.sourceIds`, b.sourceIds);
    notes(`${p}.notes`, b.notes);
    related(`${p}.related`, b.related, () => breakdownIds);
    const cats = b.categories;
    if (cats === undefined) return void add(`${p}.categories`, M.required());
    if (!list(`${p}.categories`, cats)) return;
    if (cats.length === 0) return void add(`${p}.categories`, M.notEmpty());
    const objs: Obj[] = [];
    cats.forEach((c, i) => (isObj(c) ? objs.push(c) : want(`${p}.categories[${i}]`, c, 'object', false)));
    ids(`${p}.categories`, objs);
    let sum = 0;
    let summed = true;
    cats.forEach((c, i) => {
      if (!isObj(c)) return;
      const cp = `${p}.categories[${i}]`;
      text(`${cp}.label`, c.label, false);
      if (c.htcds !== undefined) want(`${cp}.htcds`, c.htcds, 'id', typeof c.htcds === 'string');
      oneOf(`${cp}.qualifier`, c.qualifier, QUALIFIERS, false);
      text(`${cp}.note`, c.note, false);
      cites(`${cp}.sourceIds`, c.sourceIds, false);
      if (kind === 'qualitative') {
        if (c.share !== undefined || c.count !== undefined) add(cp, M.qualitative());
      } else if (kind === 'share' || kind === 'count') {
        const v = c[kind];
        if (v === undefined) {
          summed = false;
          add(`${cp}.${kind}`, M.shareKind(kind));
        } else if (kind === 'share' ? share(`${cp}.share`, v) : nonNegative(`${cp}.count`, v)) {
          sum += v as number;
        } else summed = false;
      }
    });
    if (summed && kind === 'share' && sum > 1.0005) add(`${p}.categories`, M.sumOver(`${Math.round(sum * 1000) / 10}%`));
    if (summed && kind === 'count' && total !== undefined && sum > total) add(`${p}.categories`, M.totalUnder(sum, total));
  });

  part('events', (e, p) => {
    date(`${p}.date`, e.date);
    oneOf(`${p}.category`, e.category, EVENT_CATEGORIES);
    text(`${p}.title`, e.title);
    text(`${p}.description`, e.description, false);
    text(`${p}.place`, e.place, false);
    cites(`${p}.sourceIds`, e.sourceIds);
  });

  part('hubs', (h, p) => {
    text(`${p}.city`, h.city);
    region(`${p}.region`, h.region);
    if (num(`${p}.lat`, h.lat) && (h.lat < -90 || h.lat > 90)) add(`${p}.lat`, M.between(-90, 90, h.lat));
    if (num(`${p}.lon`, h.lon) && (h.lon < -180 || h.lon > 180)) add(`${p}.lon`, M.between(-180, 180, h.lon));
    oneOf(`${p}.role`, h.role, HUB_ROLES);
    text(`${p}.note`, h.note, false);
    cites(`${p}.sourceIds`, h.sourceIds);
    if (h.covers !== undefined && list(`${p}.covers`, h.covers)) {
      h.covers.forEach((c, i) => {
        const cp = `${p}.covers[${i}]`;
        if (!isObj(c)) return void want(cp, c, 'object', false);
        region(`${cp}.region`, c.region);
        if (c.presumed !== undefined) want(`${cp}.presumed`, c.presumed, 'bool', typeof c.presumed === 'boolean');
        cites(`${cp}.sourceIds`, c.sourceIds, false);
      });
    }
  });

  part(
    'regions',
    (r, p) => {
      region(`${p}.code`, r.code);
      text(`${p}.name`, r.name);
      if (r.drivers !== undefined && list(`${p}.drivers`, r.drivers)) {
        r.drivers.forEach((d, i) => oneOf(`${p}.drivers[${i}]`, d, DRIVERS));
      }
      cites(`${p}.sourceIds`, r.sourceIds, false);
    },
    'code',
  );

  part(
    'regionValues',
    (v, p) => {
      region(`${p}.region`, v.region);
      nonNegative(`${p}.value`, v.value);
      text(`${p}.unit`, v.unit, false);
      date(`${p}.period`, v.period, false);
      cites(`${p}.sourceIds`, v.sourceIds);
      text(`${p}.note`, v.note, false);
      if (v.districts !== undefined && list(`${p}.districts`, v.districts)) {
        v.districts.forEach((d, i) => {
          const dp = `${p}.districts[${i}]`;
          if (!isObj(d)) return void want(dp, d, 'object', false);
          text(`${dp}.name`, d.name);
          nonNegative(`${dp}.value`, d.value);
        });
      }
    },
    'region',
  );

  for (const [path, id, known] of pendingRelated) {
    if (typeof id !== 'string') want(path, id, 'id', false);
    else if (!known().has(id)) add(path, M.related(id));
  }

  if (errors.length === 0) return { ok: true, dataset: input as Dataset };
  if (errors.length > MAX_ERRORS) {
    const rest = errors.length - (MAX_ERRORS - 1);
    errors.splice(MAX_ERRORS - 1, Infinity, { path: '…', message: M.more(rest) });
  }
  return { ok: false, errors };
}

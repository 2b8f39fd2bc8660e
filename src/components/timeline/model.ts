/**
 * The view model of `<pe-timeline>`: pure functions of the dataset, the language and the
 * attributes (no DOM).
 *
 * Order: events are sorted by their start date, each date read as the LAST day its precision
 * covers. So an event dated only to a year or a month comes after the day-dated events inside
 * that year or month ("41 convictions in 2013" is a count known once 2013 is over), and a range
 * sorts by its start read the same way (`2007/2013` sorts at the end of 2007, after a law of
 * 16 January 2007 that falls in that year). Events whose keys are equal (the same date, or e.g.
 * `2007` and `2007/2013`) keep their order in the dataset.
 *
 * Window: `from` and `to` keep every event whose span overlaps the window, from the first day of
 * `from` to the last day of `to` (`from="2013"` keeps the range 2007–2013).
 */
import { Problem, problem } from '../../core/base.js';
import { isoText, parseDate, sortKey, type ParsedDate } from '../../data/dates.js';
import { describe } from '../../data/messages.js';
import { sourcesById, t } from '../../data/text.js';
import { EVENT_CATEGORIES, type Dataset, type EventCategory, type Locale, type Source, type TimelineEvent } from '../../data/types.js';
import { formatDate } from '../../i18n/format.js';
import { messages, type TimelineMessages } from './messages.js';

export type Orientation = 'vertical' | 'horizontal';

export interface TimelineOptions {
  from?: string;
  to?: string;
  /** One or several categories, separated by spaces or commas. */
  category?: string;
  highlight?: string;
  orientation?: string;
}

export interface EventItem {
  id: string;
  title: string;
  description: string;
  place: string;
  /** The date as shown, keeping its precision: "16 January 2007", "2007–2013". */
  date: string;
  /** A valid `<time datetime>`: the date's ISO text, or a range's start. */
  datetime: string;
  category: EventCategory;
  categoryLabel: string;
  sources: Source[];
  highlighted: boolean;
}

export interface TimelineView {
  items: EventItem[];
  /** How many events the dataset has before filtering. */
  total: number;
  /** Whether from, to or category narrowed the list. */
  filtered: boolean;
  orientation: Orientation;
}

/** A problem in both languages, written with this component's words. */
const fail = (path: string, text: (m: TimelineMessages) => string) => problem(path, text, messages);

/** Sort key of a date: the last day covered by its start (see the module comment). */
export const startKey = (d: ParsedDate): number => sortKey(d.start, true);

/** The first and last day an event covers, as sort keys. */
const span = (d: ParsedDate): [number, number] => [sortKey(d.start), sortKey(d.end ?? d.start, true)];

/** Events in date order; equal keys keep dataset order. Events whose date does not parse go last. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => {
      const d = parseDate(e.date);
      return { e, i, k: d ? startKey(d) : Infinity };
    })
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.e);
}

/** The categories named in `category` (spaces or commas between them), or the first unknown one. */
export function parseCategories(value: string): { ok: EventCategory[] } | { bad: string } {
  const names = value.split(/[\s,]+/).filter(Boolean);
  const bad = names.find((n) => !(EVENT_CATEGORIES as readonly string[]).includes(n));
  return bad === undefined ? { ok: names as EventCategory[] } : { bad };
}

/** The window [first day, last day] set by `from` and `to`, or a problem naming the bad attribute. */
export function dateWindow(from = '', to = ''): [number, number] | Problem {
  let lo = -Infinity;
  let hi = Infinity;
  if (from) {
    const d = parseDate(from.trim());
    if (!d) return fail('from', (m) => m.badDate('from', describe(from)));
    lo = span(d)[0];
  }
  if (to) {
    const d = parseDate(to.trim());
    if (!d) return fail('to', (m) => m.badDate('to', describe(to)));
    hi = span(d)[1];
  }
  if (lo > hi) return fail('from', (m) => m.fromAfterTo(from, to));
  return [lo, hi];
}

/** Whether an event's span overlaps the window. */
export function inWindow(e: TimelineEvent, [lo, hi]: [number, number]): boolean {
  const d = parseDate(e.date);
  if (!d) return false;
  const [a, b] = span(d);
  return a <= hi && b >= lo;
}

/** One event as shown. */
export function eventItem(e: TimelineEvent, dataset: Dataset, locale: Locale, highlight = ''): EventItem {
  const d = parseDate(e.date);
  return {
    id: e.id,
    title: t(e.title, locale),
    description: t(e.description, locale),
    place: t(e.place, locale),
    date: formatDate(e.date, locale),
    datetime: d ? isoText({ start: d.start, precision: d.start.precision }) : '',
    category: e.category,
    categoryLabel: messages[locale].category[e.category] ?? e.category,
    sources: sourcesById(dataset.sources, e.sourceIds),
    highlighted: !!highlight && e.id === highlight,
  };
}

/** The timeline for a dataset, language and attributes, or the problem to show instead. */
export function timelineModel(dataset: Dataset, locale: Locale, o: TimelineOptions = {}): TimelineView | Problem {
  const orientation = (o.orientation || 'vertical').trim();
  if (orientation !== 'vertical' && orientation !== 'horizontal') {
    return fail('orientation', (m) => m.badOrientation(describe(o.orientation)));
  }
  const events = dataset.events;
  if (!events?.length) return fail('events', (m) => m.noEvents);
  const window = dateWindow(o.from, o.to);
  if (window instanceof Problem) return window;
  const cats = parseCategories(o.category ?? '');
  if ('bad' in cats) return fail('category', (m) => m.unknownCategory(describe(cats.bad), EVENT_CATEGORIES.join(', ')));
  const highlight = (o.highlight ?? '').trim();
  if (highlight && !events.some((e) => e.id === highlight)) {
    return fail('highlight', (m) => m.unknownEvent(describe(highlight), events.map((e) => e.id).join(', ')));
  }
  const shown = sortEvents(events).filter(
    (e) => inWindow(e, window) && (!cats.ok.length || cats.ok.includes(e.category)),
  );
  return {
    items: shown.map((e) => eventItem(e, dataset, locale, highlight)),
    total: events.length,
    filtered: !!(o.from || o.to || cats.ok.length),
    orientation,
  };
}

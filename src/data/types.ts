/**
 * The dataset format shared by every widget: the embedded default (data/dataset.json) and any
 * dataset a page supplies through `src` or the `data` property. Every part is optional, so a
 * user's dataset may hold only what one widget needs. See data/README.md for a complete example.
 */

export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Human-readable text: one string for both languages, or one per language (at least one given). */
export type Text = string | { es?: string; en?: string };

/**
 * A date with its precision, written as text:
 * `2007-01-16` (day), `2014-11` (month), `2013` (year), or a range of any two of these
 * joined by `/` (ISO 8601 interval): `2007/2013`, `2007-01/2014-04`.
 */
export type DateSpec = string;

/** How a value is qualified. Qualifiers travel with the value and are always shown. */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'at-least',
  'less-than',
  'approximately',
  'slightly-more-than-half',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How a figure's value is read: a count of things, a share (0–1) or a number of years. */
export const UNITS = ['count', 'share', 'years'] as const;
export type Unit = (typeof UNITS)[number];

/** How a figure relates to another: it differs (show both), confirms it, or gives context. */
export const RELATIONS = ['differs', 'confirms', 'context'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Related {
  /** Id of another figure (for figures) or breakdown (for breakdowns) in the same dataset. */
  id: string;
  relation: Relation;
  note?: Text;
}

export interface Source {
  id: string;
  publisher: Text;
  title?: Text;
  /** Only http(s) URLs are linked. */
  url?: string;
  date?: DateSpec;
  /** Language of the source document. */
  language?: Locale;
}

export interface Figure {
  id: string;
  /** The value; for `unit: 'share'` a number from 0 to 1. Exactly one of `value` or `range`. */
  value?: number;
  /** An inclusive range, e.g. [8, 25] years. */
  range?: [number, number];
  qualifier?: Qualifier;
  /** Who estimated the value, when it is an estimate (e.g. "police estimate"). */
  estimate?: Text;
  unit: Unit;
  /** What the value counts, written to follow the number: "convictions for human trafficking". */
  label: Text;
  period?: DateSpec;
  place?: Text;
  sourceIds: string[];
  /** One sentence of context. */
  context?: Text;
  notes?: Text[];
  related?: Related[];
}

export const BREAKDOWN_KINDS = ['share', 'count', 'qualitative'] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export interface Category {
  /**
   * Category id. Use the Human Trafficking Case Data Standard names where one fits
   * (Feminine, Masculine, NonSpecifiedUnknown, SexualExploitation, ForcedLabour, FalsePromises, …)
   * so labels come translated; any other id needs a `label`.
   */
  id: string;
  /** HTCDS picklist name when `id` is not one (several categories may share one HTCDS name). */
  htcds?: string;
  label?: Text;
  /** Share of the base, 0–1 (breakdowns of kind `share`). */
  share?: number;
  /** Count (breakdowns of kind `count`). */
  count?: number;
  qualifier?: Qualifier;
  sourceIds?: string[];
  note?: Text;
}

export interface Breakdown {
  id: string;
  /** sex, age, recruitment, exploitation, or any other dimension a dataset defines. */
  dimension: string;
  kind: BreakdownKind;
  title?: Text;
  /** What the shares are of: "of victims in reported cases, 2007–2013". */
  base: Text;
  /** For `count` breakdowns: the total the counts are part of, when known. */
  total?: number;
  period?: DateSpec;
  categories: Category[];
  sourceIds: string[];
  notes?: Text[];
  related?: Related[];
}

export const EVENT_CATEGORIES = ['law', 'figures', 'policy', 'international', 'report'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export interface TimelineEvent {
  id: string;
  date: DateSpec;
  category: EventCategory;
  title: Text;
  description?: Text;
  place?: Text;
  sourceIds: string[];
}

export const HUB_ROLES = ['prosecutor-hub', 'mining-town'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export interface Coverage {
  region: string;
  /** True where the source only presumes the coverage. */
  presumed?: boolean;
  sourceIds?: string[];
}

export interface Hub {
  id: string;
  city: Text;
  /** ISO 3166-2:PE code of the region the city is in. */
  region: string;
  lat: number;
  lon: number;
  role: HubRole;
  covers?: Coverage[];
  note?: Text;
  sourceIds: string[];
}

export const DRIVERS = ['tourism', 'mining'] as const;
export type Driver = (typeof DRIVERS)[number];

export interface Region {
  /** ISO 3166-2:PE code, e.g. PE-LOR. */
  code: string;
  name: Text;
  /** What the sources say drives trafficking there. */
  drivers?: Driver[];
  sourceIds?: string[];
}

export interface RegionValue {
  /** ISO 3166-2:PE code, e.g. PE-LOR. */
  region: string;
  value: number;
  /** What is counted: "complaints". */
  unit?: Text;
  period?: DateSpec;
  sourceIds: string[];
  note?: Text;
  /** The parts the value adds up, when it groups several units (e.g. prosecutorial districts). */
  districts?: { name: string; value: number }[];
}

export interface Dataset {
  sources?: Source[];
  figures?: Figure[];
  breakdowns?: Breakdown[];
  events?: TimelineEvent[];
  hubs?: Hub[];
  regions?: Region[];
  regionValues?: RegionValue[];
}

/** The parts of a dataset, as named in the JSON. */
export type DatasetPart = Exclude<keyof Dataset, 'sources'>;

/** A problem found in a dataset or an attribute, with the JSON path of the bad field. */
export interface DataError {
  /** JSON path of the field, e.g. `figures[3].value`; an attribute's name for bad attributes. */
  path: string;
  /** The message in both languages, naming the field. */
  message: { es: string; en: string };
}

/** ISO 3166-2:PE codes of Peru's 25 regions and Lima Metropolitana. */
export const REGION_CODES = [
  'PE-AMA', 'PE-ANC', 'PE-APU', 'PE-ARE', 'PE-AYA', 'PE-CAJ', 'PE-CAL', 'PE-CUS', 'PE-HUV',
  'PE-HUC', 'PE-ICA', 'PE-JUN', 'PE-LAL', 'PE-LAM', 'PE-LIM', 'PE-LMA', 'PE-LOR', 'PE-MDD',
  'PE-MOQ', 'PE-PAS', 'PE-PIU', 'PE-PUN', 'PE-SAM', 'PE-TAC', 'PE-TUM', 'PE-UCA',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

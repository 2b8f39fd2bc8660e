import type { DataError, Dataset } from '../data/types.js';
import type { LoadErrorKind } from '../data/load.js';

/** Where a widget's data came from. */
export type DataOrigin = 'default' | 'src' | 'data';

/** What went wrong: loading (network, http, timeout, parse, too-large), validation, or an attribute (input). */
export type ErrorKind = LoadErrorKind | 'input';

/** Detail of `pe-error`: every problem shown in the widget, with the JSON path or attribute name. */
export interface PeErrorDetail {
  kind: ErrorKind;
  errors: DataError[];
  origin: DataOrigin;
}

/** Detail of `pe-data-load`: the validated dataset the widget now shows. */
export interface PeDataLoadDetail {
  dataset: Dataset;
  origin: DataOrigin;
}

/** Detail of `pe-select`: what the reader chose (a region, hub, breakdown category or event). */
export interface PeSelectDetail {
  type: 'region' | 'hub' | 'category' | 'event';
  id: string;
  /** The visible label, in the widget's language. */
  label: string;
  /** false when the reader unselects it (a breakdown category chosen again); else true. */
  selected: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'pe-error': CustomEvent<PeErrorDetail>;
    'pe-data-load': CustomEvent<PeDataLoadDetail>;
    'pe-select': CustomEvent<PeSelectDetail>;
  }
}

/** Dispatches a bubbling, composed `pe-*` event. */
export function emit<K extends 'pe-error' | 'pe-data-load' | 'pe-select'>(
  target: EventTarget,
  name: K,
  detail: HTMLElementEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * pe-widgets/data: the typed dataset, its validator and loader. No DOM needed.
 * `import { dataset, validate } from 'pe-widgets/data'`
 */
export * from './types.js';
export { dataset } from './dataset.js';
export { validate, MAX_ERRORS, type ValidationResult } from './validate.js';
export { loadDataset, LoadError, DEFAULT_TIMEOUT, type LoadErrorKind, type LoadOptions } from './load.js';
export { parseDate, sortKey, isoText, type ParsedDate, type DatePoint, type Precision } from './dates.js';
export { t, safeUrl, sourcesById } from './text.js';

import json from '../../data/dataset.json';
import type { Dataset } from './types.js';

/**
 * The default dataset embedded in the bundle: every figure from the two source articles with its
 * qualifier and source, and the primary-source figures that confirm or differ from them.
 * Where each figure comes from: data/README.md. It is checked by the test suite, not at run time.
 */
export const dataset: Dataset = json as Dataset;

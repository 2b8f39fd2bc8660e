import type { Locale, Qualifier } from '../data/types.js';

/**
 * Shared words of the widgets. English defines the shape; Spanish must provide every key
 * (the type checker enforces it). Component-specific words live beside each component.
 */
const en = {
  source: 'Source',
  sources: 'Sources',
  loading: 'Loading data…',
  errorTitle: 'This widget cannot show its data',
  retry: 'Try again',
  notes: 'Notes',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  downloadCsv: 'Download CSV',
  differs: 'Another source differs',
  confirms: 'Another source confirms',
  noData: 'No data',
  and: 'and',
  estimate: 'estimate',
  unknownId: (what: string, id: string, valid: string) => `unknown ${what} "${id}"; valid ids are ${valid}`,
  notNumber: (name: string, got: string) => `"${name}" must be a number, got "${got}"`,
  missingAttr: (name: string) => `set the "${name}" attribute`,
  typographicQuotes:
    'the editor made the code\'s straight quotes (") curly (“ ”); paste it again in its HTML view',
  /** Qualifiers, written before the number. */
  qualifier: {
    exact: '',
    'more-than': 'more than',
    'at-least': 'at least',
    'less-than': 'less than',
    approximately: 'about',
    'slightly-more-than-half': 'slightly more than half',
  } satisfies Record<Qualifier, string>,
  years: (range: string) => `${range} years`,
};
export type Messages = typeof en;

const es: Messages = {
  source: 'Fuente',
  sources: 'Fuentes',
  loading: 'Cargando datos…',
  errorTitle: 'Este widget no puede mostrar sus datos',
  retry: 'Reintentar',
  notes: 'Notas',
  showTable: 'Ver como tabla',
  showChart: 'Ver como gráfico',
  downloadCsv: 'Descargar CSV',
  differs: 'Otra fuente difiere',
  confirms: 'Otra fuente lo confirma',
  noData: 'Sin datos',
  and: 'y',
  estimate: 'estimación',
  unknownId: (what, id, valid) => `no hay ${what} con el identificador "${id}"; los identificadores válidos son ${valid}`,
  notNumber: (name, got) => `"${name}" debe ser un número, se recibió "${got}"`,
  missingAttr: (name) => `indique el atributo "${name}"`,
  typographicQuotes:
    'el editor cambió las comillas rectas (") del código por tipográficas (“ ”); vuelva a pegarlo en su vista HTML',
  qualifier: {
    exact: '',
    'more-than': 'más de',
    'at-least': 'al menos',
    'less-than': 'menos de',
    approximately: 'alrededor de',
    'slightly-more-than-half': 'algo más de la mitad',
  },
  years: (range) => `${range} años`,
};

export const catalogs: Record<Locale, Messages> = { en, es };
export const msg = (locale: Locale): Messages => catalogs[locale];
/** "Source" before one source, "Sources" before several. */
export const sourcesLabel = (count: number, locale: Locale): string => (count > 1 ? msg(locale).sources : msg(locale).source);

/** A catalog per language for one component, English defining the shape. */
export function defineMessages<T>(en: T, es: NoInfer<T>): Record<Locale, T> {
  return { en, es };
}

import { defineMessages } from '../../i18n/catalog.js';

/** Words of <pe-stat-card>; shared words (source, qualifiers, errors) come from src/i18n/catalog.ts. */
export const messages = defineMessages(
  {
    /** "in Peru", after the label in the accessible sentence. */
    place: (place: string) => `in ${place}`,
    /** "in 2013" / "on November 7, 2014", after the place. */
    period: (period: string, day: boolean) => `${day ? 'on' : 'in'} ${period}`,
    /** "from January 2007 to April 2014", for a period with a start and an end (each end in full). */
    span: (from: string, to: string, _fromDay: boolean, _toDay: boolean) => `from ${from} to ${to}`,
    /** Title of the note when more than one other source differs. */
    differ: 'Other sources differ',
    /** What a `stat` id names, in the unknown-id error. */
    figure: 'figure',
    noFigures: 'the dataset has no figures',
    missing: (ids: string) => `set "stat" to a figure id (${ids}) or "value" to your own number`,
    oneOf: (name: string, got: string, valid: string) => `"${name}" must be one of ${valid}; got "${got}"`,
    share: (got: string) => `"value" must be from 0 to 1 when "unit" is "share" (0.85 for 85%), got "${got}"`,
    half: '"slightly-more-than-half" needs unit="share" and value="0.5"',
    digits: (got: string) => `"value" must be digits only, with a point for decimals (1500, 0.85); got "${got}"`,
    /** A count that is not whole: `meant` is the number a thousands point hid ("1.500" → "1500"); `share` for a value under 1. */
    whole: (got: string, meant: string, share: boolean) =>
      `"value" of a count must be a whole number, got "${got}"${meant ? ` (if you meant ${meant}, write it without a thousands separator)` : share ? ' (a share? add unit="share")' : ''}`,
  },
  {
    // Peruvian usage: "en el Perú", as the dataset's own texts say it; other places as given ("en Lima").
    place: (place) => `en ${place === 'Perú' ? 'el Perú' : place}`,
    period: (period, day) => `${day ? 'el' : 'en'} ${period}`,
    // "del 1 de enero de 2007 al 31 de julio de 2014", "de 2007 a 2013": the article goes with each end's precision.
    span: (from, to, fromDay, toDay) => `${fromDay ? 'del' : 'de'} ${from} ${toDay ? 'al' : 'a'} ${to}`,
    differ: 'Otras fuentes difieren',
    figure: 'dato',
    noFigures: 'el conjunto de datos no tiene cifras',
    missing: (ids) => `indique en "stat" el identificador de un dato (${ids}) o en "value" su propia cifra`,
    oneOf: (name, got, valid) => `"${name}" debe ser uno de ${valid}; se recibió "${got}"`,
    share: (got) => `"value" debe ir de 0 a 1 cuando "unit" es "share" (0.85 para 85%), se recibió "${got}"`,
    half: '"slightly-more-than-half" requiere unit="share" y value="0.5"',
    digits: (got) => `"value" debe llevar solo cifras, con punto para los decimales (1500, 0.85); se recibió "${got}"`,
    whole: (got, meant, share) =>
      `"value" de un conteo debe ser un número entero, se recibió "${got}"${meant ? ` (si quiso decir ${meant}, escríbalo sin separador de miles)` : share ? ' (¿una proporción? añada unit="share")' : ''}`,
  },
);
export type StatMessages = (typeof messages)['en'];

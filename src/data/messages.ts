/**
 * Validation messages in both languages. Kept with the data module (no DOM) so that
 * `validate()` can be used on its own and its errors still read well in es and en.
 */
export interface Bilingual {
  es: string;
  en: string;
}

/** What was expected, in words. */
export const EXPECTED = {
  number: { en: 'a number', es: 'un número' },
  text: { en: 'text (or { "es": …, "en": … })', es: 'un texto (o { "es": …, "en": … })' },
  list: { en: 'a list', es: 'una lista' },
  object: { en: 'an object', es: 'un objeto' },
  date: {
    en: 'a date such as 2014, 2014-11, 2014-11-07 or 2007/2013',
    es: 'una fecha como 2014, 2014-11, 2014-11-07 o 2007/2013',
  },
  id: { en: 'an id (non-empty text)', es: 'un identificador (texto no vacío)' },
  pair: { en: 'two numbers [low, high]', es: 'dos números [mínimo, máximo]' },
  bool: { en: 'true or false', es: 'true o false' },
} satisfies Record<string, Bilingual>;
export type Expected = keyof typeof EXPECTED;

/** A short, safe description of a bad value to quote in a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** `describe` without the quotes around text, for messages that quote it themselves. */
export const quote = (value: unknown): string => describe(value).replace(/^"|"$/g, '');

const both = (en: string, es: string): Bilingual => ({ en, es });
/** `en`/`es` followed by "got …" and a hint; null (what an empty spreadsheet cell often becomes) reads as empty. */
const got = (en: string, es: string, v: unknown, [he, hs] = ['', '']) => {
  const [n, d] = v === null ? ['an empty value (null)', 'un valor vacío (null)'] : [describe(v), describe(v)];
  return both(`${en}got ${n}${he}`, `${es}se recibió ${d}${hs}`);
};

export const M = {
  // A number written as text ("1,500", "85%", "312"): say how to write it.
  expected: (what: Expected, v: unknown) =>
    got(`expected ${EXPECTED[what].en}, `, `se esperaba ${EXPECTED[what].es}, `, v,
      what === 'number' && typeof v === 'string' && /^[-+]?[\d.,\s]*\d[\d.,\s]*%?$/.test(v.trim())
        ? [
            ': write digits only, without quotes, thousands separators or %, with a point for decimals (0.85 for a share of 85%)',
            ': escriba solo cifras, sin comillas, separadores de miles ni %, con punto decimal (0.85 para una proporción del 85%)',
          ]
        : undefined),
  required: () => both('is required', 'es obligatorio'),
  notEmpty: () => both('must not be empty', 'no puede estar vacío'),
  spaces: (id: string) =>
    both(`id ${describe(id)} starts or ends with a space (attributes that name it cannot match)`, `el identificador ${describe(id)} empieza o termina con un espacio (los atributos que lo nombran no pueden coincidir)`),
  // 85 for 85%: say what to write.
  share: (v: unknown) => {
    const s = typeof v === 'number' && v > 1 && v <= 100 && Math.round(v * 1e4) / 1e6;
    return got('a share must be between 0 and 1 (0% to 100%), ', 'una proporción debe estar entre 0 y 1 (0% a 100%), ', v, s ? [` (write ${s} for ${v}%)`, ` (escriba ${s} para ${v}%)`] : undefined);
  },
  negative: (v: unknown) => got('must not be negative, ', 'no puede ser negativo, ', v),
  // JSON reads 1.500 (a Spanish thousands separator) as 1.5.
  whole: (v: unknown) => {
    const k = /^[1-9]\d*\.\d{1,3}$/.test(String(v)) && Math.round(Number(v) * 1000);
    return got('a count must be a whole number, ', 'un conteo debe ser un número entero, ', v, k ? [
      ` (if you meant ${k}, write it without a thousands separator)`,
      ` (si quiso decir ${k}, escríbalo sin separador de miles)`,
    ] : undefined);
  },
  between: (lo: number, hi: number, v: unknown) => got(`must be between ${lo} and ${hi}, `, `debe estar entre ${lo} y ${hi}, `, v),
  oneOf: (valid: readonly string[], v: unknown) => got(`must be one of ${valid.join(', ')}; `, `debe ser uno de ${valid.join(', ')}; `, v),
  /** A key that is nearly a field's name; `key` when the path cannot name it. */
  typo: (field: string, key = '') => {
    const k = key && ` ${describe(key)}`;
    return both(`unknown field${k}; did you mean "${field}"?`, `campo desconocido${k}; ¿quiso decir "${field}"?`);
  },
  lang: (key: string) =>
    got('use "es" and "en" (lower case) as language keys, ', 'use "es" y "en" (en minúsculas) como claves de idioma, ', key),
  region: (valid: readonly string[], got: unknown) => {
    // "pe-cus", "cus": the code meant, rather than the 26.
    const near = typeof got === 'string' && valid.find((c) => [c, c.slice(3)].includes(got.trim().toUpperCase()));
    return near
      ? both(`unknown region code ${describe(got)}; did you mean "${near}"?`, `código de región desconocido ${describe(got)}; ¿quiso decir "${near}"?`)
      : both(
          `unknown region code ${describe(got)}; valid ISO 3166-2:PE codes are ${valid.join(', ')}`,
          `código de región desconocido ${describe(got)}; los códigos ISO 3166-2:PE válidos son ${valid.join(', ')}`,
        );
  },
  outsidePeru: () =>
    both(
      'is outside Peru (latitude -18.4 to 0, longitude -81.4 to -68.6: both negative); are lat and lon swapped, or a minus sign missing?',
      'queda fuera del Perú (latitud -18.4 a 0, longitud -81.4 a -68.6: ambas negativas); ¿están lat y lon intercambiadas, o falta un signo menos?',
    ),
  source: (got: unknown, valid: readonly string[]) =>
    valid.length
      ? both(
          `unknown source id ${describe(got)}; this dataset's sources are ${valid.join(', ')}`,
          `fuente desconocida ${describe(got)}; las fuentes de este conjunto de datos son ${valid.join(', ')}`,
        )
      : both(
          `unknown source id ${describe(got)}: the dataset has no "sources" list`,
          `fuente desconocida ${describe(got)}: el conjunto de datos no tiene lista "sources"`,
        ),
  noSource: () =>
    both('needs at least one source id (every figure shows its source)', 'necesita al menos una fuente (cada cifra muestra su fuente)'),
  duplicate: (id: string) => both(`duplicate id ${describe(id)}`, `identificador repetido ${describe(id)}`),
  related: (id: unknown) =>
    both(`refers to ${describe(id)}, which is not in the same list`, `remite a ${describe(id)}, que no está en la misma lista`),
  sumOver: (pct: string) =>
    both(`shares add up to ${pct}, more than 100%`, `las proporciones suman ${pct}, más del 100%`),
  totalUnder: (sum: number, total: number) =>
    both(
      `counts add up to ${sum}, more than the total ${total}`,
      `los conteos suman ${sum}, más que el total ${total}`,
    ),
  rangeOrder: () => both('the range must go from low to high', 'el rango debe ir de menor a mayor'),
  valueOrRange: () => both('give either "value" or "range", not both or neither', 'indique "value" o "range", no ambos ni ninguno'),
  shareKind: (kind: string) =>
    both(`every category of a "${kind}" breakdown needs a "${kind}"`, `cada categoría de un desglose "${kind}" necesita "${kind}"`),
  half: () =>
    both(
      'only for a single share ("unit": "share", or a category of a "share" breakdown), stored as 0.5',
      'solo para una proporción ("unit": "share", o una categoría de un desglose "share"), guardada como 0.5',
    ),
  qualitative: () =>
    both('a qualitative breakdown lists categories without numbers', 'un desglose cualitativo enumera categorías sin cifras'),
  root: (got: unknown) =>
    both(
      `a dataset must be a JSON object with lists such as "figures" or "events", got ${describe(got)}`,
      `un conjunto de datos debe ser un objeto JSON con listas como "figures" o "events", se recibió ${describe(got)}`,
    ),
  empty: () =>
    both(
      'the dataset has none of sources, figures, breakdowns, events, hubs, regions, regionValues',
      'el conjunto de datos no tiene ninguna de estas listas: sources, figures, breakdowns, events, hubs, regions, regionValues',
    ),
  more: (n: number) => both(`and ${n} more problems`, `y ${n} problemas más`),
};

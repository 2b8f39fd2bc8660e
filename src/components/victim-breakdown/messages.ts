import { defineMessages } from '../../i18n/catalog.js';

/**
 * Labels of the Human Trafficking Case Data Standard picklists that fit a breakdown
 * (../shared/reference/htcds_fields.txt): prs_Gender, vic_TypeOfExploitation and, from
 * vic_MethodsOfControl, FalsePromises and DebtBondage. English labels are the names split into
 * words ("ForcedBegging" → "Forced begging") except where listed in `htcdsEn`. Gender labels
 * follow the sources' wording (female / mujeres) rather than the standard's adjective
 * ("Feminine"); the standard's names stay in the CSV, for data users (not in the reader's table).
 */
const htcdsEs = {
  Feminine: 'Mujeres',
  Masculine: 'Hombres',
  TransgenderFeminine: 'Mujeres trans',
  TransgenderMasculine: 'Hombres trans',
  NonConforming: 'Género no conforme',
  NonSpecifiedUnknown: 'No especificado o desconocido',
  ForcedLabour: 'Trabajo forzoso',
  SexualExploitation: 'Explotación sexual',
  ChildLabour: 'Trabajo infantil',
  ForcedMarriage: 'Matrimonio forzado',
  Servitude: 'Servidumbre',
  ForcedMilitaryByNonStateActors: 'Reclutamiento forzoso por actores no estatales',
  OrganRemoval: 'Extracción de órganos',
  ForcedBegging: 'Mendicidad forzada',
  ForcedAdoption: 'Adopción forzada',
  Surrogacy: 'Gestación subrogada',
  Other: 'Otro',
  FalsePromises: 'Falsas promesas',
  DebtBondage: 'Servidumbre por deudas',
};
export type HtcdsName = keyof typeof htcdsEs;

/** English labels that are not just the name split into words. */
const htcdsEn: Partial<Record<HtcdsName, string>> = {
  Feminine: 'Female',
  Masculine: 'Male',
  TransgenderFeminine: 'Transgender female',
  TransgenderMasculine: 'Transgender male',
  NonConforming: 'Gender non-conforming',
  NonSpecifiedUnknown: 'Not specified or unknown',
  ForcedMilitaryByNonStateActors: 'Forced military service by non-state actors',
};

/** Words of `<pe-victim-breakdown>`; English defines the shape, Spanish must give every key. */
export const messages = defineMessages(
  {
    htcds: htcdsEn as Record<string, string>,
    /** Titles for breakdowns without their own `title`; other dimensions get "Victims by <dimension>". */
    title: { sex: 'Victims by sex', age: 'Victims by age', recruitment: 'How victims were recruited', exploitation: 'Forms of exploitation' } as Record<string, string>,
    by: 'Victims by',
    /** Prefixes a base that reads "of victims in …"; any other base is shown as it is. */
    shareBase: (base: string) => (/^of\s/i.test(base) ? `Share ${base}` : ''),
    countBase: (base: string) => (/^of\s/i.test(base) ? `Number ${base}` : ''),
    notSpecified: 'Not specified',
    slightlyLessThanHalf: 'slightly less than half',
    remainderNote: (rest: string) => `Not specified by the source: ${rest}.`,
    remainder: 'the rest of the base',
    /** The lower-bound note names the marker each variant draws: stripes past a bar's end, or a striped square. */
    lowerBoundNote: { bars: 'Stripes past the end of a bar mark a lower bound: the true share is larger.', waffle: 'A striped square after a category\'s squares marks a lower bound: the true share is larger.' },
    ofSumNote: (sum: string) => `No total given: shares are of the ${sum} counted.`,
    of: 'of',
    qualitativeNote: 'The sources give no figures for these categories.',
    namedIn: 'Named in',
    ofEvery100: (n: string) => `${n} of every 100`,
    about: 'about',
    /** The detail line before anything is hovered, focused or chosen: figures, or (qualitative) the sources naming a form. */
    hint: 'Hover over a category or move to it with the keyboard to see its exact value and source.',
    hintQualitative: 'Hover over a category or move to it with the keyboard to see which sources name it.',
    /** Labels the buttons that switch between breakdowns (some have no figures, so "data", not "figures"). */
    chooseSource: 'Data from',
    seeAlso: 'See also',
    category: 'Category',
    value: 'Value',
    /** Says what a form's standard tag is, to screen readers and in copied text: "… (type: Forced labour)". */
    type: 'type',
    noBreakdowns: 'the dataset has no breakdowns',
    unknownDimension: (got: string, valid: string) => `unknown dimension "${got}"; valid dimensions are ${valid}`,
    unknownBreakdown: (got: string, valid: string) => `unknown breakdown "${got}"; valid ids are ${valid}`,
    badVariant: (got: string) => `"variant" must be bars or waffle; got "${got}"`,
  },
  {
    htcds: htcdsEs as Record<string, string>,
    title: { sex: 'Víctimas por sexo', age: 'Víctimas por edad', recruitment: 'Cómo fueron captadas las víctimas', exploitation: 'Formas de explotación' },
    by: 'Víctimas por',
    shareBase: (base) => (/^del?\s/i.test(base) ? `Proporción ${base}` : ''),
    countBase: (base) => (/^del?\s/i.test(base) ? `Número ${base}` : ''),
    notSpecified: 'No especificado',
    slightlyLessThanHalf: 'algo menos de la mitad',
    remainderNote: (rest) => `No especificado por la fuente: ${rest}.`,
    remainder: 'el resto de la base',
    lowerBoundNote: { bars: 'Las rayas tras el final de una barra indican un mínimo: la proporción real es mayor.', waffle: 'Un cuadro rayado tras los de una categoría indica un mínimo: la proporción real es mayor.' },
    ofSumNote: (sum) => `Sin total: las proporciones son sobre los ${sum} contabilizados.`,
    of: 'de',
    qualitativeNote: 'Las fuentes no dan cifras para estas categorías.',
    namedIn: 'Se menciona en',
    ofEvery100: (n) => `${n} de cada 100`,
    about: 'alrededor de',
    hint: 'Pase el cursor sobre una categoría o llegue a ella con el teclado para ver su valor exacto y su fuente.',
    hintQualitative: 'Pase el cursor sobre una categoría o llegue a ella con el teclado para ver qué fuentes la mencionan.',
    chooseSource: 'Datos de',
    seeAlso: 'Véase también',
    category: 'Categoría',
    value: 'Valor',
    type: 'tipo',
    noBreakdowns: 'el conjunto de datos no tiene desgloses',
    unknownDimension: (got, valid) => `dimensión desconocida "${got}"; las dimensiones válidas son ${valid}`,
    unknownBreakdown: (got, valid) => `desglose desconocido "${got}"; los identificadores válidos son ${valid}`,
    badVariant: (got) => `"variant" debe ser bars o waffle; se recibió "${got}"`,
  },
);
export type BreakdownMessages = (typeof messages)['en'];

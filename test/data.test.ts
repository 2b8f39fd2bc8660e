import { expect } from '@open-wc/testing';
import { dataset, validate, parseDate, sortKey, isoText, t, safeUrl, loadDataset, REGION_CODES, MAX_ERRORS } from '../src/data/index.js';
import type { DataError, Dataset, LoadError } from '../src/data/index.js';
import { notJson } from '../src/data/load.js';
import { VERSION } from '../src/version.js';

const REQUIRED_FIGURES = [
  'cases-filed-2007-2013',
  'convictions-2013',
  'convictions-2014',
  'sentence-years',
  'special-prosecutors',
  'la-rinconada-girls',
  'victims-female-share',
  'victims-13-17-share',
  'false-job-offers-share',
  'complaints-2007-2014',
];

const clone = (): Dataset => structuredClone(dataset);
/** Validates and returns the errors, failing the test if the data was accepted. */
function errorsOf(input: unknown): DataError[] {
  const r = validate(input);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.errors;
}
const paths = (errs: DataError[]) => errs.map((e) => e.path);

describe('default dataset', () => {
  it('passes its own validator', () => {
    const r = validate(dataset);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors, null, 1)).to.equal(true);
  });

  it('has every figure id pages refer to, each with a source', () => {
    const ids = dataset.figures!.map((f) => f.id);
    for (const id of REQUIRED_FIGURES) expect(ids, id).to.include(id);
    for (const f of dataset.figures!) expect(f.sourceIds.length, f.id).to.be.greaterThan(0);
  });

  it('keeps the qualifiers of the articles', () => {
    const fig = (id: string) => dataset.figures!.find((f) => f.id === id)!;
    expect(fig('cases-filed-2007-2013')).to.include({ value: 1500, qualifier: 'more-than' });
    expect(fig('la-rinconada-girls')).to.include({ value: 4500, qualifier: 'more-than' });
    expect(t(fig('la-rinconada-girls').estimate, 'en')).to.equal('police estimate');
    expect(fig('false-job-offers-share').qualifier).to.equal('slightly-more-than-half');
    expect(fig('sentence-years').range).to.deep.equal([8, 25]);
  });

  it('links the articles\' figures to the primary sources that differ', () => {
    const female = dataset.figures!.find((f) => f.id === 'victims-female-share')!;
    const rel = female.related!.find((r) => r.relation === 'differs')!;
    const other = dataset.figures!.find((f) => f.id === rel.id)!;
    expect(female.value).to.equal(0.85);
    expect(other.value).to.equal(0.796);
    expect(other.sourceIds).to.deep.equal(['mp-observatorio-2014']);
    expect(t(other.notes![0], 'en')).to.contain('4.3% unknown');
  });

  it('has all 26 regions and regional complaints adding up to the national total', () => {
    expect(dataset.regions!.map((r) => r.code).sort()).to.deep.equal([...REGION_CODES].sort());
    const total = dataset.regionValues!.reduce((s, v) => s + v.value, 0);
    const national = dataset.figures!.find((f) => f.id === 'complaints-2007-2014')!.value;
    expect(total).to.equal(national);
    expect(total).to.equal(1976);
    const lima = dataset.regionValues!.find((v) => v.region === 'PE-LMA')!;
    expect(lima.value).to.equal(428);
    expect(t(lima.note, 'en')).to.contain('Prosecutorial districts grouped by region');
  });

  it('has both languages for every text', () => {
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('en' in o && typeof o.en === 'string') expect(typeof o.es, `${path}.es`).to.equal('string');
        if ('es' in o && typeof o.es === 'string') expect(typeof o.en, `${path}.en`).to.equal('string');
        for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
      }
    };
    walk(dataset, '$');
  });

  it('matches the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('validate', () => {
  it('accepts a partial dataset with only the parts a widget needs', () => {
    const r = validate({
      sources: [{ id: 's', publisher: 'NGO' }],
      regionValues: [{ region: 'PE-LOR', value: 12, sourceIds: ['s'] }],
    });
    expect(r.ok).to.equal(true);
  });

  it('rejects what is not a dataset', () => {
    for (const bad of [null, 42, 'text', [], undefined]) {
      expect(paths(errorsOf(bad))).to.deep.equal(['$']);
    }
    expect(errorsOf({ figure: [] })[0].message.en).to.contain('has none of');
  });

  it('names the field and the bad value for wrong types', () => {
    const d = clone();
    (d.figures![3] as unknown as Record<string, unknown>).value = 'abc';
    const [e] = errorsOf(d);
    expect(e.path).to.equal('figures[3].value');
    expect(e.message.en).to.equal('expected a number, got "abc"');
    expect(e.message.es).to.equal('se esperaba un número, se recibió "abc"');
  });

  it('rejects shares outside 0–1 and negative counts', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      figures: [
        { id: 'a', value: 85, unit: 'share', label: 'x', sourceIds: ['s'] },
        { id: 'b', value: -3, unit: 'count', label: 'x', sourceIds: ['s'] },
      ],
      regionValues: [{ region: 'PE-CUS', value: -1, sourceIds: ['s'] }],
    });
    expect(paths(errs)).to.deep.equal(['figures[0].value', 'figures[1].value', 'regionValues[0].value']);
    expect(errs[0].message.en).to.contain('between 0 and 1');
    expect(errs[1].message.en).to.contain('must not be negative');
  });

  it('rejects breakdown shares that add up to more than 100%', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      breakdowns: [
        { id: 'b', dimension: 'sex', kind: 'share', base: 'x', sourceIds: ['s'], categories: [
          { id: 'Feminine', share: 0.8 },
          { id: 'Masculine', share: 0.4 },
        ] },
      ],
    });
    expect(errs[0].path).to.equal('breakdowns[0].categories');
    expect(errs[0].message.en).to.equal('shares add up to 120%, more than 100%');
  });

  it('accepts "slightly more than half" only on a single share, never on a count or a range', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      figures: [
        { id: 'ok', value: 0.5, qualifier: 'slightly-more-than-half', unit: 'share', label: 'x', sourceIds: ['s'] },
        { id: 'count', value: 1500, qualifier: 'slightly-more-than-half', unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'range', range: [0.5, 0.6], qualifier: 'slightly-more-than-half', unit: 'share', label: 'x', sourceIds: ['s'] },
      ],
      breakdowns: [
        { id: 'b', dimension: 'sex', kind: 'count', base: 'x', sourceIds: ['s'], categories: [
          { id: 'Feminine', count: 12, qualifier: 'slightly-more-than-half' },
          { id: 'Masculine', count: 9 },
        ] },
        { id: 'c', dimension: 'sex', kind: 'share', base: 'x', sourceIds: ['s'], categories: [
          { id: 'Feminine', share: 0.5, qualifier: 'slightly-more-than-half' },
        ] },
      ],
    });
    expect(paths(errs)).to.deep.equal(['figures[1].qualifier', 'figures[2].qualifier', 'breakdowns[0].categories[0].qualifier']);
    expect(errs[0].message.en).to.equal(
      'only for a single share ("unit": "share", or a category of a "share" breakdown), stored as 0.5',
    );
    expect(errs[0].message.es).to.equal(
      'solo para una proporción ("unit": "share", o una categoría de un desglose "share"), guardada como 0.5',
    );
  });

  it('names the valid region codes for an unknown one', () => {
    const [e] = errorsOf({ sources: [{ id: 's', publisher: 'x' }], regionValues: [{ region: 'PE-XXX', value: 1, sourceIds: ['s'] }] });
    expect(e.path).to.equal('regionValues[0].region');
    expect(e.message.en).to.contain('PE-XXX').and.contain('PE-LOR').and.contain('PE-LMA');
  });

  it('suggests the code meant for a code in lower case or without "PE-"', () => {
    for (const got of ['pe-cus', 'CUS', 'Pe-Cus']) {
      const [e] = errorsOf({ sources: [{ id: 's', publisher: 'x' }], regionValues: [{ region: got, value: 1, sourceIds: ['s'] }] });
      expect(e.message.en, got).to.equal(`unknown region code ${JSON.stringify(got)}; did you mean "PE-CUS"?`);
      expect(e.message.es, got).to.equal(`código de región desconocido ${JSON.stringify(got)}; ¿quiso decir "PE-CUS"?`);
    }
  });

  it('rejects a hub outside Peru, which the map could not show (lat and lon swapped, a sign lost)', () => {
    const hub = (lat: number, lon: number) => ({ id: 'h', city: 'Cusco', region: 'PE-CUS', lat, lon, role: 'prosecutor-hub', sourceIds: ['s'] });
    const sources = [{ id: 's', publisher: 'x' }];
    expect(validate({ sources, hubs: [hub(-13.53, -71.97)] }).ok).to.equal(true);
    for (const [lat, lon] of [[-71.97, -13.53], [13.53, -71.97], [-13.53, 71.97]]) {
      const errs = errorsOf({ sources, hubs: [hub(lat, lon)] });
      expect(errs.map((e) => [e.path, e.message.en]), `${lat}, ${lon}`).to.deep.equal([
        ['hubs[0]', 'is outside Peru (latitude -18.4 to 0, longitude -81.4 to -68.6: both negative); are lat and lon swapped, or a minus sign missing?'],
      ]);
      expect(errs[0].message.es).to.equal(
        'queda fuera del Perú (latitud -18.4 a 0, longitud -81.4 a -68.6: ambas negativas); ¿están lat y lon intercambiadas, o falta un signo menos?',
      );
    }
    // Out of the globe's range is said as such, once.
    expect(paths(errorsOf({ sources, hubs: [hub(-95, -71.97)] }))).to.deep.equal(['hubs[0].lat']);
  });

  it('rejects dates that do not parse and unknown categories', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      events: [
        { id: 'a', date: '2014-13', category: 'law', title: 'x', sourceIds: ['s'] },
        { id: 'b', date: '2014-02-30', category: 'law', title: 'x', sourceIds: ['s'] },
        { id: 'c', date: '2013/2007', category: 'law', title: 'x', sourceIds: ['s'] },
        { id: 'd', date: '2014', category: 'gossip', title: 'x', sourceIds: ['s'] },
      ],
    });
    expect(paths(errs)).to.deep.equal(['events[0].date', 'events[1].date', 'events[2].date', 'events[3].category']);
    expect(errs[3].message.en).to.contain('law, figures, policy, international, report');
  });

  it('requires sources: missing, empty and unknown source ids are errors', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      figures: [
        { id: 'a', value: 1, unit: 'count', label: 'x' },
        { id: 'b', value: 1, unit: 'count', label: 'x', sourceIds: [] },
        { id: 'c', value: 1, unit: 'count', label: 'x', sourceIds: ['nope'] },
      ],
    });
    expect(paths(errs)).to.deep.equal(['figures[0].sourceIds', 'figures[1].sourceIds', 'figures[2].sourceIds[0]']);
    expect(errs[2].message.en).to.contain('"nope"').and.contain('s');
    const [e] = errorsOf({ events: [{ id: 'a', date: '2014', category: 'law', title: 'x', sourceIds: ['s'] }] });
    expect(e.message.en).to.contain('no "sources" list');
  });

  it('rejects duplicate ids, dangling related ids and value/range mixups', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }, { id: 's', publisher: 'y' }],
      figures: [
        { id: 'a', value: 1, range: [1, 2], unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'b', range: [9, 2], unit: 'years', label: 'x', sourceIds: ['s'], related: [{ id: 'zz', relation: 'differs' }] },
      ],
    });
    expect(paths(errs)).to.deep.equal(['sources[1].id', 'figures[0]', 'figures[1].range', 'figures[1].related[0].id']);
  });

  it('rejects ids with surrounding spaces, which a trimmed attribute could never select', () => {
    const [e] = errorsOf({ sources: [{ id: 's', publisher: 'x' }], figures: [{ id: ' convictions ', value: 1, unit: 'count', label: 'x', sourceIds: ['s'] }] });
    expect(e.path).to.equal('figures[0].id');
    expect(e.message.en).to.contain('" convictions " starts or ends with a space');
    expect(e.message.es).to.contain('empieza o termina con un espacio');
  });

  it('keeps hostile strings as data, unchanged', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202e\u0000😀';
    const input = { sources: [{ id: 's', publisher: hostile, url: 'javascript:alert(1)' }], figures: [
      { id: 'a', value: 1, unit: 'count', label: hostile, sourceIds: ['s'] },
    ] };
    const r = validate(input);
    expect(r.ok).to.equal(true);
    if (r.ok) expect(t(r.dataset.figures![0].label, 'es')).to.equal(hostile);
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
  });

  it('caps the list of errors and says how many more there were', () => {
    const figures = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, value: 'x', unit: 'count', label: 'x', sourceIds: [] }));
    const errs = errorsOf({ sources: [], figures });
    expect(errs.length).to.equal(MAX_ERRORS);
    expect(errs[MAX_ERRORS - 1].message.en).to.match(/^and \d+ more problems$/);
  });

  it('names a misspelt field and the field meant, and ignores the user\'s own fields', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x', Title: 'Informe', comment: 'for us' }],
      figures: [
        { id: 'a', value: 312, unit: 'count', qualifer: 'more-than', label: 'x', sourceIds: ['s'], notes_internal: 'check' },
        { id: 'b', vaule: 3, range: [1, 2], unit: 'count', label: 'x', sourceIds: ['s'], related: [{ id: 'a', relation: 'differs', Note: 'x' }] },
      ],
      breakdowns: [
        { id: 'c', dimension: 'sex', kind: 'qualitative', base: 'x', sourceIds: ['s'], categories: [{ ID: 'Feminine', shares: 0.5, 'source ids': ['s'] }] },
      ],
    });
    expect(paths(errs)).to.deep.equal([
      'sources[0].Title',
      'figures[0].qualifer',
      'figures[1].related[0].Note',
      'figures[1].vaule',
      'breakdowns[0].categories[0].id',
      'breakdowns[0].categories[0].ID',
      'breakdowns[0].categories[0].shares',
      'breakdowns[0].categories[0]',
    ]);
    expect(errs[1].message.en).to.equal('unknown field; did you mean "qualifier"?');
    expect(errs[1].message.es).to.equal('campo desconocido; ¿quiso decir "qualifier"?');
    expect(errs[0].message.en).to.equal('unknown field; did you mean "title"?');
    expect(errs[2].message.en).to.equal('unknown field; did you mean "note"?');
    expect(errs[3].message.en).to.equal('unknown field; did you mean "value"?');
    expect(errs[5].message.en).to.equal('unknown field; did you mean "id"?');
    expect(errs[6].message.en).to.equal('unknown field; did you mean "share"?');
    // A key a path cannot name is named in the message.
    expect(errs[7].message.en).to.equal('unknown field "source ids"; did you mean "sourceIds"?');
    expect(errs[7].message.es).to.equal('campo desconocido "source ids"; ¿quiso decir "sourceIds"?');
  });

  it('takes keys two letters from a field, or beside the field itself, for the user\'s own', () => {
    const r = validate({
      sources: [{ id: 's', publisher: 'x', name: 'Mi ONG', time: '10:00' }],
      events: [{ id: 'e', date: '2014', category: 'law', title: 'x', sourceIds: ['s'], name: 'x', data: 'x', time: 'x' }],
      breakdowns: [{ id: 'b', dimension: 'sex', kind: 'qualitative', base: 'x', date: '2014', sourceIds: ['s'], categories: [{ id: 'Feminine' }] }],
      hubs: [{ id: 'h', city: 'Cusco', region: 'PE-CUS', lat: -13.53, lon: -71.97, role: 'prosecutor-hub', sourceIds: ['s'], name: 'x' }],
      regions: [{ code: 'PE-CUS', name: 'Cusco', code2: 'CUS' }],
      regionValues: [{ region: 'PE-CUS', value: 1, sourceIds: ['s'], name: 'Cusco', districts: [{ name: 'Cusco', value: 1, note: 'x' }] }],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).to.equal(true);
  });

  it('names a misspelt top-level list, which would be ignored', () => {
    let errs = errorsOf({ sources: [{ id: 's', publisher: 'x' }], regionvalues: [], Events: [], 'region values': [], Hubs: [], hubs: [], extra: [] });
    expect(errs.map((e) => [e.path, e.message.en])).to.deep.equal([
      ['regionvalues', 'unknown field; did you mean "regionValues"?'],
      ['Events', 'unknown field; did you mean "events"?'],
      ['$', 'unknown field "region values"; did you mean "regionValues"?'],
    ]);
    expect(errs[0].message.es).to.equal('campo desconocido; ¿quiso decir "regionValues"?');
    errs = errorsOf({ figure: [] });
    expect(paths(errs)).to.deep.equal(['$', 'figure']);
    expect(errs[1].message.en).to.equal('unknown field; did you mean "figures"?');
  });

  it('names language keys other than "es" and "en", which would leave a language without text', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: { ES: 'Mi ONG', EN: 'My NGO' } }],
      figures: [{ id: 'a', value: 1, unit: 'count', label: { 'es-PE': 'víctimas', en: 'victims' }, place: { 'en-US': 'Cusco' }, sourceIds: ['s'] }],
    });
    expect(paths(errs)).to.deep.equal(['sources[0].publisher.ES', 'sources[0].publisher.EN', 'figures[0].label', 'figures[0].place']);
    expect(errs[0].message.en).to.equal('use "es" and "en" (lower case) as language keys, got "ES"');
    expect(errs[2].message.en).to.equal('use "es" and "en" (lower case) as language keys, got "es-PE"');
    expect(errs[2].message.es).to.equal('use "es" y "en" (en minúsculas) como claves de idioma, se recibió "es-PE"');
    expect(errs[3].message.en).to.equal('use "es" and "en" (lower case) as language keys, got "en-US"');
    // Other languages are the user's own; only a spelling of es or en is named.
    expect(validate({ sources: [{ id: 's', publisher: { es: 'Mi ONG', en: 'My NGO', qu: 'Ñuqanchik', esp: 'x' } }] }).ok).to.equal(true);
    const [e] = errorsOf({ sources: [{ id: 's', publisher: { es: 'Mi ONG', en_US: 'My NGO' } }] });
    expect([e.path, e.message.en]).to.deep.equal(['sources[0].publisher', 'use "es" and "en" (lower case) as language keys, got "en_US"']);
  });

  it('rejects counts that are not whole numbers (JSON reads 1.500 as 1.5), but not years or region values', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      figures: [
        { id: 'a', value: 1.5, unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'b', range: [2, 2.5], unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'c', value: 7.5, unit: 'years', label: 'x', sourceIds: ['s'] },
        { id: 'e', value: 1.2345, unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'f', value: 0.5, unit: 'count', label: 'x', sourceIds: ['s'] },
      ],
      breakdowns: [
        { id: 'd', dimension: 'sex', kind: 'count', total: 10.5, base: 'x', sourceIds: ['s'], categories: [{ id: 'Feminine', count: 2.5 }, { id: 'Masculine', count: 3 }] },
      ],
      regionValues: [{ region: 'PE-CUS', value: 2.5, sourceIds: ['s'] }],
    });
    expect(paths(errs)).to.deep.equal([
      'figures[0].value',
      'figures[1].range[1]',
      'figures[3].value',
      'figures[4].value',
      'breakdowns[0].total',
      'breakdowns[0].categories[0].count',
    ]);
    // The user's own number, when it could be one written with a thousands point.
    expect(errs[0].message.en).to.equal('a count must be a whole number, got 1.5 (if you meant 1500, write it without a thousands separator)');
    expect(errs[0].message.es).to.equal('un conteo debe ser un número entero, se recibió 1.5 (si quiso decir 1500, escríbalo sin separador de miles)');
    expect(errs[4].message.en).to.equal('a count must be a whole number, got 10.5 (if you meant 10500, write it without a thousands separator)');
    expect(errs[2].message.en).to.equal('a count must be a whole number, got 1.2345');
    expect(errs[3].message.es).to.equal('un conteo debe ser un número entero, se recibió 0.5');
  });

  it('says how to write a number given as text or as a percentage, and calls null an empty value', () => {
    const errs = errorsOf({
      sources: [{ id: 's', publisher: 'x' }],
      figures: [
        { id: 'a', value: '85%', unit: 'share', label: 'x', sourceIds: ['s'] },
        { id: 'b', value: '1.500', unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'c', value: 79.6, unit: 'share', label: 'x', sourceIds: ['s'] },
        { id: 'd', value: null, unit: 'count', label: 'x', sourceIds: ['s'] },
        { id: 'e', value: 'unknown', unit: 'count', label: 'x', sourceIds: ['s'] },
      ],
    });
    expect(paths(errs)).to.deep.equal(['figures[0].value', 'figures[1].value', 'figures[2].value', 'figures[3].value', 'figures[4].value']);
    const [pct, sep, share, empty, word] = errs.map((e) => e.message);
    expect(pct.en).to.equal(
      'expected a number, got "85%": write digits only, without quotes, thousands separators or %, with a point for decimals (0.85 for a share of 85%)',
    );
    expect(pct.es).to.equal(
      'se esperaba un número, se recibió "85%": escriba solo cifras, sin comillas, separadores de miles ni %, con punto decimal (0.85 para una proporción del 85%)',
    );
    expect(sep.en).to.equal(pct.en.replace('"85%"', '"1.500"'));
    expect(share.en).to.equal('a share must be between 0 and 1 (0% to 100%), got 79.6 (write 0.796 for 79.6%)');
    expect(share.es).to.equal('una proporción debe estar entre 0 y 1 (0% a 100%), se recibió 79.6 (escriba 0.796 para 79.6%)');
    expect(empty.en).to.equal('expected a number, got an empty value (null)');
    expect(empty.es).to.equal('se esperaba un número, se recibió un valor vacío (null)');
    expect(word.en).to.equal('expected a number, got "unknown"');
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { figures: [] };
    (cyclic.figures as unknown[]).push(cyclic);
    const weird = [Symbol('x'), () => 1, new Date(), cyclic, { figures: [BigInt(1)] }, { events: [{ date: 5 }] }];
    for (const w of weird) expect(() => validate(w)).not.to.throw();
  });
});

describe('loadDataset: a file that is not a dataset', () => {
  /** Loads `body` as a file; returns the error, failing the test if it loaded. */
  async function loadError(body: BlobPart): Promise<LoadError> {
    const url = URL.createObjectURL(new Blob([body]));
    try {
      return await loadDataset(url).then(
        () => {
          throw new Error('expected the file to be rejected');
        },
        (e: LoadError) => e,
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  /** The message shown for a file, after checking it is a parse error about `src`. */
  async function shown(body: BlobPart) {
    const e = await loadError(body);
    expect(e.kind).to.equal('parse');
    expect(e.errors.map((x) => x.path)).to.deep.equal(['src']);
    return e.errors[0].message;
  }

  it('says where the JSON is broken: line, column and the line itself, and the usual cause', async () => {
    // A comma before } (the parser gives a position).
    let m = await shown(
      ['{', '  "sources": [{ "id": "ngo-2023", "publisher": "Mi ONG" }],', '  "figures": [', '    { "id": "a", "value": 312, "unit": "count", "label": "x",', '    "sourceIds": ["ngo-2023"],  }', '  ]', '}'].join('\n'),
    );
    expect(m.en).to.equal('the file is not valid JSON: line 5, column 33 ("sourceIds": ["ngo-2023"],  }): a comma before } or ] is not allowed; remove it');
    expect(m.es).to.equal('el archivo no es JSON válido: línea 5, columna 33 ("sourceIds": ["ngo-2023"],  }): no se admite una coma antes de } o ]; quítela');
    // A comma before ] (the parser quotes the text around it instead), with Windows line ends.
    m = await shown(['{', '  "sources": [{ "id": "ngo-2023", "publisher": "Mi ONG" },', '  ],', '  "figures": []', '}'].join('\r\n'));
    expect(m.en).to.equal('the file is not valid JSON: line 3, column 3 (],): a comma before } or ] is not allowed; remove it');
    // Comments.
    m = await shown('{\n  // our figures\n  "figures": []\n}');
    expect(m.en).to.equal('the file is not valid JSON: line 2, column 3 (// our figures): JSON has no comments; remove them');
    expect(m.es).to.equal('el archivo no es JSON válido: línea 2, columna 3 (// our figures): JSON no admite comentarios; quítelos');
    // Typographic quotes around a text, and single quotes around a name.
    m = await shown('{\n  "sources": [\n    { "id": "s", "publisher": \u201cMi ONG\u201d }\n  ]\n}');
    expect(m.en).to.equal('the file is not valid JSON: line 3, column 31 ({ "id": "s", "publisher": \u201cMi ONG\u201d }): use straight double quotes "');
    expect(m.es).to.equal('el archivo no es JSON válido: línea 3, columna 31 ({ "id": "s", "publisher": \u201cMi ONG\u201d }): use comillas dobles rectas "');
    m = await shown("{ 'figures': [] }");
    expect(m.en).to.equal('the file is not valid JSON: line 1, column 3 ({ \'figures\': [] }): use straight double quotes "');
    // No cause we can name: only where.
    m = await shown('{\n  "figures": []\n  "events": []\n}');
    expect(m.en).to.equal('the file is not valid JSON: line 3, column 3 ("events": [])');
    expect(m.es).to.equal('el archivo no es JSON válido: línea 3, columna 3 ("events": [])');
  });

  it('finds an unexpected line end, names typographic quotes and a leading comment, and says an empty file is empty', async () => {
    // The parser quotes the line end itself as the token: line 3, not the end of the file.
    let m = await shown(`{\n  "sources": [{ "id": "s", "publisher": "x" }],\n  "a": tru\n  ,"figures": []\n}\n`);
    expect(m.en).to.equal('the file is not valid JSON: line 3, column 11 ("a": tru)');
    m = await shown('{ "sources": [{ "id": "s", "publisher": \u00abMi ONG\u00bb }] }');
    expect(m.en).to.equal('the file is not valid JSON: line 1, column 41 ({ "sources": [{ "id": "s", "publisher": \u00abMi ONG\u00bb }] }): use straight double quotes "');
    m = await shown('{ "publisher": \u201eMi ONG\u201c }');
    expect(m.es).to.equal('el archivo no es JSON válido: línea 1, columna 16 ({ "publisher": \u201eMi ONG\u201c }): use comillas dobles rectas "');
    // A first line with commas or semicolons that is a comment, not a spreadsheet.
    for (const [c, column] of [['// Datos de la ONG, 2023', 1], ['\ufeff  /* Fuente: MIMP; 2023 */', 3]] as const) {
      m = await shown(`${c}\n{ "figures": [] }`);
      expect(m.en, c).to.equal(`the file is not valid JSON: line 1, column ${column} (${c.trim()}): JSON has no comments; remove them`);
    }
    for (const empty of ['', ' \r\n\t', '\ufeff']) {
      m = await shown(empty);
      expect([m.en, m.es], JSON.stringify(empty)).to.deep.equal(['the file is empty', 'el archivo está vacío']);
    }
  });

  it('leaves out line and column when the parser says nowhere (Safari), except at the end of the file', () => {
    const body = '{\n  "figures": [],\n}';
    expect(notJson(body, 'JSON Parse error: Property name must be a string literal')).to.deep.equal({
      en: 'the file is not valid JSON',
      es: 'el archivo no es JSON válido',
    });
    expect(notJson('{\n  "figures": [', 'JSON Parse error: Unexpected EOF').en).to.equal('the file is not valid JSON: line 2, column 15 ("figures": [)');
    expect(notJson('{\n  "figures": [', 'Unexpected end of JSON input').es).to.equal('el archivo no es JSON válido: línea 2, columna 15 ("figures": [)');
  });

  it('quotes at most 60 characters of a long line, around the column', async () => {
    // Minified: one long line, the ] after a stray comma at column 148.
    const m = await shown(`{"sources":[${'{"id":"s","publisher":"x"},'.repeat(5)}],"figures":[${'1,'.repeat(40)}1]}`);
    expect(m.en).to.equal(
      'the file is not valid JSON: line 1, column 148 (…lisher":"x"},{"id":"s","publisher":"x"},],"figures":[1,1,1,1…): a comma before } or ] is not allowed; remove it',
    );
  });

  it('recognises a web page (a wrong path answered by the site)', async () => {
    const m = await shown('\n<!DOCTYPE html><html><body>Not found</body></html>');
    expect(m.en).to.equal('the address returned a web page, not a data file: check the path in src');
    expect(m.es).to.equal('la dirección devolvió una página web, no un archivo de datos: revise la ruta de src');
  });

  it('recognises a spreadsheet saved as CSV (commas, or semicolons as Spanish Excel writes)', async () => {
    for (const csv of ['region,value\nPE-LOR,12\n', 'región;valor\r\nPE-LOR;12']) {
      const m = await shown(csv);
      expect(m.en).to.equal('the file looks like a spreadsheet (CSV), not JSON: see data/README.md for the format');
      expect(m.es).to.equal('el archivo parece una hoja de cálculo (CSV), no JSON: vea el formato en data/README.md');
    }
  });

  it('recognises a file not saved as UTF-8, even when its JSON is valid', async () => {
    // Latin-1, as Excel saves: "ó" is one byte that is not UTF-8.
    const latin1 = Uint8Array.from('{"sources": [{"id": "s", "publisher": "Asociaci\xf3n"}]}', (c) => c.charCodeAt(0));
    const m = await shown(latin1);
    expect(m.en).to.equal('the file is not saved as UTF-8 (accented letters come out as \ufffd): save it again as UTF-8');
    expect(m.es).to.equal('el archivo no está guardado como UTF-8 (las letras con tilde salen como \ufffd): guárdelo de nuevo como UTF-8');
  });
});

describe('dates', () => {
  it('parses day, month, year and range with their precision', () => {
    expect(parseDate('2007-01-16')!.precision).to.equal('day');
    expect(parseDate('2014-11')!.precision).to.equal('month');
    expect(parseDate('2013')!.precision).to.equal('year');
    const r = parseDate('2007-01/2014-04')!;
    expect(r.precision).to.equal('range');
    expect(isoText(r)).to.equal('2007-01/2014-04');
    expect(parseDate('2014-1')).to.equal(null);
    expect(parseDate('yesterday')).to.equal(null);
  });

  it('orders by first day, or last day for range ends', () => {
    const y = parseDate('2014')!.start;
    expect(sortKey(y)).to.be.lessThan(sortKey(parseDate('2014-06')!.start));
    expect(sortKey(y, true)).to.equal(sortKey(parseDate('2014-12-31')!.start));
  });

  it('reads the years 0000–0099 as themselves, not as 1900–1999', () => {
    expect(sortKey(parseDate('0050')!.start)).to.be.lessThan(sortKey(parseDate('1000')!.start));
    expect(parseDate('0000-02-29'), 'year 0 is a leap year, 1900 is not').to.not.equal(null);
    expect(parseDate('0050-02-29')).to.equal(null);
    expect(parseDate('0050/1950')).to.not.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import { dataset, validate, parseDate, sortKey, isoText, t, safeUrl, REGION_CODES, MAX_ERRORS } from '../src/data/index.js';
import type { DataError, Dataset } from '../src/data/index.js';
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

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { figures: [] };
    (cyclic.figures as unknown[]).push(cyclic);
    const weird = [Symbol('x'), () => 1, new Date(), cyclic, { figures: [BigInt(1)] }, { events: [{ date: 5 }] }];
    for (const w of weird) expect(() => validate(w)).not.to.throw();
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

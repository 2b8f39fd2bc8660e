// Issue 8, "Bad data, systematically": property-based tests (fast-check) of the validator with
// thousands of random and mutated datasets. The widgets get the same treatment in
// test/hardening-fuzz-widgets.test.ts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dataset } from '../src/data/index.js';
import { MAX_ERRORS, validate, type ValidationResult } from '../src/data/validate.js';
import { allPaths, clone, datasetLike, FIELDS, HOSTILE, mutationOf, mutationsOf, pathText, relatedPath, shapeOf, type Json } from './fixtures/hardening/mutate.js';

const base = clone(dataset) as unknown as Json;
/** A JSON path as the validator writes them: `$`, `…` (more errors) or `figures[3].label.en`. */
const PATH = /^(\$|…|[A-Za-z]+(\[\d+\]|\.[A-Za-z]+)*)$/;

/** The answer is either the same object, typed, or 1..MAX_ERRORS errors with a path and a message in es and en. */
function checkAnswer(input: unknown, r: ValidationResult) {
  if (r.ok) {
    expect(r.dataset).to.equal(input);
    return;
  }
  expect(r.errors.length).to.be.within(1, MAX_ERRORS);
  for (const e of r.errors) {
    expect(e.path).to.match(PATH);
    for (const text of [e.message.en, e.message.es]) {
      expect(text).to.be.a('string').and.not.equal('');
      expect(text, 'a readable message').not.to.match(/\[object |\bundefined\b|function /);
    }
  }
  // "… and N more" can only be the last entry of a full list.
  r.errors.forEach((e, i) => e.path === '…' && expect(i).to.equal(MAX_ERRORS - 1));
}

describe('hardening: validator under random and mutated data', () => {
  it('accepts the embedded dataset (the base of every mutation)', () => {
    expect(validate(base).ok).to.equal(true);
  });

  it('never throws on any value, JSON or not, and answers in the documented shape (3,000 values)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), fc.jsonValue()), (v) => {
        let r!: ValidationResult;
        expect(() => (r = validate(v))).not.to.throw();
        checkAnswer(v, r);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on dataset-shaped junk (every documented key, random values) and never modifies it (2,000 datasets)', () => {
    const junk = datasetLike();
    fc.assert(
      fc.property(junk, (d) => {
        const before = JSON.stringify(d);
        let r!: ValidationResult;
        expect(() => (r = validate(d))).not.to.throw();
        checkAnswer(d, r);
        expect(JSON.stringify(d), 'the input is not modified').to.equal(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the field for every single mutation of the real dataset, and keeps valid ones valid (3,000 mutations)', () => {
    fc.assert(
      fc.property(mutationOf(base), (m) => {
        const d = clone(base);
        m.apply(d);
        const before = JSON.stringify(d);
        const r = validate(d);
        checkAnswer(d, r);
        expect(JSON.stringify(d)).to.equal(before);
        const where = `${m.path}: ${m.what}`;
        if (m.expect === 'valid') {
          expect(r.ok, `${where} should stay valid but got ${r.ok ? '' : r.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`).to.equal(true);
        } else {
          expect(r.ok, `${where} should be rejected`).to.equal(false);
          if (m.expect === 'related' && !r.ok) {
            const paths = r.errors.map((e) => e.path);
            expect(paths.some((p) => relatedPath(p, m.path)), `${where}: errors at ${paths.join(', ')}`).to.equal(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on several mutations at once, and keeps a dataset valid when every change was legal (1,500 datasets)', () => {
    fc.assert(
      fc.property(mutationsOf(base, 4), (ms) => {
        const d = clone(base);
        ms.forEach((m) => m.apply(d));
        let r!: ValidationResult;
        expect(() => (r = validate(d))).not.to.throw();
        checkAnswer(d, r);
        if (ms.every((m) => m.expect === 'valid')) expect(r.ok, ms.map((m) => `${m.path}: ${m.what}`).join('; ')).to.equal(true);
      }),
      { numRuns: 1500 },
    );
  });

  // Found by the property above (an "id" must be non-empty text, as the validator's own message says).
  it('rejects an empty HTCDS name on a category, naming the field', () => {
    for (const bad of ['', '   ']) {
      const d = clone(base) as { breakdowns: { categories: { htcds?: string }[] }[] };
      d.breakdowns[5].categories[0].htcds = bad;
      const r = validate(d);
      expect(r.ok, `htcds ${JSON.stringify(bad)}`).to.equal(false);
      if (!r.ok) expect(r.errors.map((e) => e.path)).to.include('breakdowns[5].categories[0].htcds');
    }
  });

  // A text given per language whose part is empty would show a blank label in that language
  // (t() returns the empty string, not the other language), with no error.
  it('rejects a per-language text whose es or en part is empty, naming the part', () => {
    for (const [label, path] of [
      [{ es: 'condenas', en: '' }, 'figures[0].label.en'],
      [{ es: ' ', en: 'convictions' }, 'figures[0].label.es'],
    ] as const) {
      const d = clone(base) as { figures: { label: unknown }[] };
      d.figures[0].label = label;
      const r = validate(d);
      expect(r.ok, JSON.stringify(label)).to.equal(false);
      if (!r.ok) expect(r.errors.map((e) => e.path)).to.include(path);
    }
  });

  it('accepts hostile but legal text in every text field (it is the renderer\'s job to show it as text)', () => {
    const textPaths = allPaths(base).filter((k) => {
      const s = shapeOf(pathText(k));
      return FIELDS[s] === 'text' || (/\.(es|en)$/.test(s) && FIELDS[s.slice(0, -3)] === 'text');
    });
    expect(textPaths.length).to.be.greaterThan(100);
    for (const s of HOSTILE) {
      const d = clone(base);
      for (const keys of textPaths) {
        let o = d as Record<string | number, Json>;
        for (const k of keys.slice(0, -1)) o = o[k] as Record<string | number, Json>;
        if (typeof o[keys[keys.length - 1]] === 'string') o[keys[keys.length - 1]] = s;
      }
      const r = validate(d);
      expect(r.ok, `${JSON.stringify(s.slice(0, 40))}: ${r.ok ? '' : r.errors.map((e) => e.path).join(', ')}`).to.equal(true);
    }
  });
});

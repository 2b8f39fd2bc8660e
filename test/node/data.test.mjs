// `pe-widgets/data` must work without a DOM: this runs the built npm entry in Node itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const entry = new URL(`../../${pkg.exports['./data'].default}`, import.meta.url);

test('pe-widgets/data loads in Node, with no DOM, and validates the embedded dataset', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const data = await import(entry.href);
  assert.equal(data.validate(data.dataset).ok, true);
  assert.ok(data.dataset.figures.some((f) => f.id === 'convictions-2013' && f.value === 41));
});

test('pe-widgets/data reports bad data with a path and both languages', async () => {
  const { validate } = await import(entry.href);
  const r = validate({ sources: [{ id: 's', publisher: 'x' }], regionValues: [{ region: 'PE-XXX', value: 1, sourceIds: ['s'] }] });
  assert.equal(r.ok, false);
  assert.equal(r.errors[0].path, 'regionValues[0].region');
  assert.match(r.errors[0].message.en, /unknown region code "PE-XXX"/);
  assert.match(r.errors[0].message.es, /código de región desconocido "PE-XXX"/);
});

test('pe-widgets/data does not pull in Lit (entry and every chunk it imports)', () => {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const code = readFileSync(url, 'utf8');
    assert.doesNotMatch(code, /from\s*["'](lit|@lit\/)/, url.pathname);
    for (const m of code.matchAll(/from\s*["'](\.[^"']+)["']/g)) visit(new URL(m[1], url));
  };
  visit(entry);
  assert.ok(seen.size >= 2);
});

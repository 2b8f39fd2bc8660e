// Every path package.json exports exists after `npm run build` (which `npm test` runs first), and each
// widget's own one-file build is exported beside the full one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(targets));

test('every exported path exists', () => {
  for (const [name, value] of Object.entries(pkg.exports)) {
    for (const path of targets(value)) assert.ok(existsSync(new URL(path, root)), `${name} → ${path}`);
  }
});

test('each widget has its one-file build exported as pe-widgets/<tag>.js, beside pe-widgets/pe-widgets.js', () => {
  for (const tag of ['pe-widgets', 'pe-stat-card', 'pe-victim-breakdown', 'pe-timeline', 'pe-hub-map']) {
    assert.equal(pkg.exports[`./${tag}.js`], `./dist/${tag}.js`);
  }
});

// Three kinds of output from the same sources:
// 1. dist/pe-widgets.js — ONE self-contained ES module for <script type="module">: lit, @lit/task,
//    the default dataset and the map geometry inlined, minified, with a source map.
// 2. dist/pe-<widget>.js — the same for one widget only (pe-stat-card.js, …), for pages with one kind.
// 3. dist/esm/ — per-entry modules for npm users and bundlers (index, data, one per component),
//    sharing chunks, with lit and @lit/task left as imports (they are dependencies).
// Entries for (3) are every file in src/entries/, so no list is kept by hand. The minified files keep
// Lit's @license comments (THIRD-PARTY-NOTICES.md).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The map geometry (data/peru-geo.json: long path strings) as `JSON.parse('…')`: V8 scans a JSON string
 * faster than it parses and compiles the same object as a JavaScript literal. Measured on the stat card
 * page (12 cold loads each): module evaluation 8.2 → 6.5 ms, for +150 B gzipped and +9 KB of heap.
 * The dataset stays a literal: as JSON it cost +60 KB of heap (its strings are no longer shared with
 * the literal's constants) and gained nothing measurable.
 */
const DATA_JSON = /[\\/]data[\\/]peru-geo\.json$/;
const jsonParse = () => ({
  name: 'json-parse',
  transform(code, id) {
    if (!DATA_JSON.test(id)) return null;
    const text = JSON.stringify(JSON.parse(code))
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
    return { code: `export default JSON.parse('${text}');`, map: { mappings: '' } };
  },
});

const plugins = () => [
  jsonParse(),
  json({ compact: true, preferConst: true, exclude: ['data/peru-geo.json'] }),
  nodeResolve({ exportConditions: ['production'] }),
  // Minifies the markup and CSS inside Lit's html`` / css`` templates (terser leaves strings alone).
  // conservativeCollapse keeps one space where text meets an expression ("Diálogo, Perú …");
  // keepClosingSlash keeps `<path …/>` self-closing inside svg`` fragments.
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true } },
  }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2021' }),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: 'some' },
  }),
];

/**
 * The one-file bundle's entry: src/index.ts, with these modules imported first. Rollup writes modules
 * in the order they are first imported, and gzip compresses like with like best (it has a 32 KiB
 * window and per-block codes), so the bundle holds the map geometry and dataset first, then the
 * words (messages and the validator that uses them), Lit, the styles and last our code: about
 * 1.5 KiB gzipped less than in the code's own import order. Nothing else changes: same modules,
 * same code. (Measured by building; a module cannot come before the modules it imports.)
 */
const FIRST = [
  'src/components/hub-map/projection.ts',
  'src/data/dataset.ts',
  'src/data/messages.ts',
  'src/i18n/catalog.ts',
  'src/components/stat-card/messages.ts',
  'src/components/timeline/messages.ts',
  'src/components/victim-breakdown/messages.ts',
  'src/components/hub-map/messages.ts',
  'src/data/validate.ts',
  'node_modules/lit-html/lit-html.js',
  'node_modules/@lit/reactive-element/reactive-element.js',
  'node_modules/lit-element/lit-element.js',
  'src/data/load.ts',
  'src/core/styles.ts',
  'src/components/stat-card/stat-card.styles.ts',
  'src/components/timeline/timeline.styles.ts',
  'src/components/victim-breakdown/victim-breakdown.styles.ts',
  'src/components/hub-map/hub-map.styles.ts',
  'src/components/stat-card/stat-card.ts',
  'src/components/timeline/timeline.ts',
  'src/components/victim-breakdown/victim-breakdown.ts',
];
const ENTRY = '\0pe-widgets-entry';
const orderedEntry = (entry) => ({
  name: 'ordered-entry',
  resolveId: (id) => (id === ENTRY ? id : null),
  load: (id) =>
    id === ENTRY
      ? [...FIRST, entry].map((f) => `import ${JSON.stringify(resolve(f))};`).join('\n') + `\nexport * from ${JSON.stringify(resolve(entry))};`
      : null,
});

const entries = Object.fromEntries(
  readdirSync('src/entries')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `src/entries/${f}`]),
);

/** The four widgets (their entries in src/entries/ and folders in src/components/). */
const WIDGETS = ['stat-card', 'victim-breakdown', 'timeline', 'hub-map'];

export default [
  {
    input: ENTRY,
    output: { file: 'dist/pe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [orderedEntry('src/index.ts'), ...plugins()],
  },
  // One self-contained file per widget (dist/pe-stat-card.js, …) for pages that show one kind only: the
  // same modules in the same order; the other widgets' code, styles, words and geometry have no side
  // effects and are tree-shaken out (test/smoke.test.ts checks each file's tags and size).
  ...WIDGETS.map((w) => ({
    input: ENTRY,
    output: { file: `dist/pe-${w}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [orderedEntry(`src/entries/pe-${w}.ts`), ...plugins()],
  })),
  {
    input: { index: 'src/index.ts', ...entries },
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
];

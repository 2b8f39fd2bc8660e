// Two outputs from the same sources:
// 1. dist/pe-widgets.js — ONE self-contained ES module for <script type="module">: lit, @lit/task,
//    the default dataset and the map geometry inlined, minified, with a source map.
// 2. dist/esm/ — per-entry modules for npm users and bundlers (index, data, one per component),
//    sharing chunks, with lit and @lit/task left as imports (they are dependencies).
// Entries for (2) are every file in src/entries/, so no list is kept by hand.
import { readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  json({ compact: true, preferConst: true }),
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
    format: { comments: false },
  }),
];

const entries = Object.fromEntries(
  readdirSync('src/entries')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `src/entries/${f}`]),
);

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/pe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    input: { index: 'src/index.ts', ...entries },
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
];

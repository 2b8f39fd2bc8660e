/**
 * Builds everything the benchmark serves into bench/.out/:
 * - one minified ESM bundle per peer page (esbuild, everything inlined, including the data the page shows,
 *   read from data/dataset.json and per.topo.json at bundle time through the virtual modules `bench:*`);
 * - pe-widgets.js: a copy of dist/pe-widgets.js (rebuilt with rollup when missing or older than src/ and data/);
 *   if the full bundle cannot be built (components still missing), an esbuild bundle of the components
 *   that exist, clearly marked as partial in the results;
 * - the one-file build of a widget (dist/pe-<widget>.js, made by the same rollup run) for our pages that load
 *   one (`script`), skipped when missing or older than src/ and data/ (unless BENCH_NO_BUILD=1);
 * - per-widget sizes of our library (one widget alone, with lit and the data inlined): those one-file builds,
 *   or esbuild bundles of the entries when they are missing or stale.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { breakdownData, loadDataset, regionData, repoPath } from './data.mjs';
import { peruGeoJSON } from './geo.mjs';

export const OUT = repoPath('bench/.out');

export function sizes(bytes) {
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

/** The newest modification time in src/ and data/, read once per run (building writes only dist/). */
let sourcesTime;
const newestSource = () => (sourcesTime ??= Math.max(newest(repoPath('src')), newest(repoPath('data'))));

/** Whether a built file exists and is not older than src/ and data/. */
const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= newestSource();

/** Whether a file in dist/ can be measured: fresh, or merely present with BENCH_NO_BUILD=1. */
const freshDist = (file) => (process.env.BENCH_NO_BUILD === '1' ? existsSync(file) : fresh(file));

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const COMPONENTS = ['stat-card', 'victim-breakdown', 'timeline', 'hub-map'];
const CLASS = { 'stat-card': 'PeStatCard', 'victim-breakdown': 'PeVictimBreakdown', timeline: 'PeTimeline', 'hub-map': 'PeHubMap' };

const esbuildBase = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
  loader: { '.json': 'json' },
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: repoPath(''),
  tsconfig: repoPath('tsconfig.json'),
};

/** Our bundle: dist/pe-widgets.js when it can be had, else an esbuild bundle of the components that exist. */
function ourBundle(log) {
  const dist = repoPath('dist/pe-widgets.js');
  let why = '';
  if (!fresh(dist) && process.env.BENCH_NO_BUILD !== '1') {
    log(existsSync(dist) ? 'dist/pe-widgets.js is older than src/ or data/: rebuilding with rollup…' : 'dist/pe-widgets.js missing: building with rollup…');
    try {
      execFileSync(repoPath('node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: repoPath(''), stdio: 'pipe' });
    } catch (e) {
      // eslint-disable-next-line no-control-regex
      why = String(e.stderr || e.message).replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? 'rollup failed';
      log(`  rollup failed: ${why}`);
    }
  }
  const present = COMPONENTS.filter((c) => existsSync(repoPath(`src/components/${c}/${c}.ts`)));
  if (fresh(dist)) return { code: readFileSync(dist), origin: 'dist/pe-widgets.js (rollup)', partial: false, present: COMPONENTS };
  if (existsSync(dist) && process.env.BENCH_NO_BUILD === '1') {
    return { code: readFileSync(dist), origin: 'dist/pe-widgets.js (rollup; older than src/, BENCH_NO_BUILD=1)', partial: false, present: COMPONENTS };
  }
  const partial = present.length < COMPONENTS.length;
  log(`  using an esbuild bundle of: ${present.join(', ') || '(no component yet)'}`);
  const entry = [
    ...present.map((c) => `import { ${CLASS[c]} } from './src/components/${c}/${c}.ts';`),
    ...present.map((c) => `${CLASS[c]}.define();`),
  ].join('\n');
  const r = esbuild.buildSync({ ...esbuildBase, stdin: { contents: entry, resolveDir: repoPath(''), loader: 'ts' } });
  return {
    code: Buffer.from(r.outputFiles[0].contents),
    origin: `esbuild bundle of ${partial ? present.join(', ') : 'all four widgets'} (rollup: ${why || 'not run'})`,
    partial,
    present,
    entry,
  };
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into numbers. */
function vlq(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = B64[ch];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function groupOf(f) {
  if (f.startsWith('node_modules/@lit/task/')) return '@lit/task';
  if (/^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(f)) return 'lit';
  if (f === 'data/dataset.json') return 'data/dataset.json (embedded dataset)';
  if (f === 'data/peru-geo.json') return 'data/peru-geo.json (map geometry)';
  const m = f.match(/^src\/(components\/[^/]+|core|data|i18n)\//);
  return m ? `src/${m[1]}` : 'other';
}

/**
 * Which part of the bundle the bytes come from: the same entry bundled by esbuild with a source map; every
 * generated byte is attributed to its source file, and the bytes of each group are gzipped on their own
 * ("gzip alone": an indication, since gzip of the whole is not the sum of its parts).
 */
function composition(ours) {
  const entry = ours.entry
    ? { stdin: { contents: ours.entry, resolveDir: repoPath(''), loader: 'ts', sourcefile: 'entry.ts' } }
    : { entryPoints: [repoPath('src/index.ts')] };
  try {
    const r = esbuild.buildSync({ ...esbuildBase, ...entry, sourcemap: 'external', outfile: join(OUT, 'composition.js') });
    const js = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
    const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map')).text);
    // Source paths are relative to the output file (bench/.out/): make them relative to the repo.
    const groups = map.sources.map((src) => groupOf(join('bench/.out', src).replace(/\\/g, '/')));
    const parts = {};
    const add = (g, text) => (parts[g] ??= []).push(text);
    const lines = js.split('\n');
    let src = 0;
    map.mappings.split(';').forEach((line, li) => {
      const text = lines[li] ?? '';
      let col = 0;
      let prev = { col: 0, g: 'other' };
      for (const seg of line.split(',').filter(Boolean)) {
        const v = vlq(seg);
        col += v[0];
        add(prev.g, text.slice(prev.col, col));
        if (v.length >= 4) src += v[1];
        prev = { col, g: v.length >= 4 ? groups[src] : 'other' };
      }
      add(prev.g, `${text.slice(prev.col)}\n`);
    });
    const out = {};
    for (const [g, texts] of Object.entries(parts)) {
      const buf = Buffer.from(texts.join(''));
      out[g] = { min: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    }
    return Object.fromEntries(Object.entries(out).sort((a, b) => b[1].min - a[1].min));
  } catch (e) {
    return { error: String(e.message || e) };
  }
}

/**
 * Sizes of each widget alone (lit + core + data inlined): the shipped one-file build dist/pe-<widget>.js
 * (rollup + terser, like dist/pe-widgets.js) when it exists, else the entry bundled by esbuild.
 */
function entrySizes(present) {
  const out = {};
  for (const c of present) {
    const file = repoPath(`dist/pe-${c}.js`);
    try {
      if (freshDist(file)) out[`dist/pe-${c}.js`] = sizes(readFileSync(file));
      else {
        const r = esbuild.buildSync({ ...esbuildBase, entryPoints: [repoPath(`src/entries/pe-${c}.ts`)] });
        out[`pe-${c} (esbuild)`] = sizes(Buffer.from(r.outputFiles[0].contents));
      }
    } catch {
      /* the entry may not build yet */
    }
  }
  return out;
}

function virtualModules(config) {
  return {
    name: 'bench-virtual',
    setup(build) {
      build.onResolve({ filter: /^bench:/ }, (a) => ({ path: a.path, namespace: 'bench' }));
      build.onLoad({ filter: /.*/, namespace: 'bench' }, (a) => {
        const name = a.path.slice('bench:'.length);
        const value = config[name];
        if (value === undefined) throw new Error(`bench: unknown virtual module ${a.path}`);
        return { contents: JSON.stringify(value), loader: 'json' };
      });
    },
  };
}

/**
 * @param {Array<{id: string, entry?: string, count?: number}>} pages
 * @returns {Promise<{ files: Record<string, {min: number, gz: number}>, ours: object, geo: object, data: object }>}
 */
export async function buildAll(pages, log = console.log) {
  mkdirSync(OUT, { recursive: true });
  const dataset = loadDataset();
  const bar = breakdownData(dataset, 'sex-mp');
  const region = regionData(dataset);
  const geo = peruGeoJSON(region);
  const mapModule = { title: region.title, unit: region.unit, geojson: geo.geojson };
  const files = {};

  const ours = ourBundle(log);
  writeFileSync(join(OUT, 'pe-widgets.js'), ours.code);
  files['pe-widgets.js'] = sizes(ours.code);
  // Pages of ours that load one widget's own file (dist/pe-<widget>.js) instead of the whole library.
  for (const p of pages.filter((q) => q.ours && q.script)) {
    const file = repoPath(`dist/${p.script}`);
    if (!freshDist(file)) continue; // reported as skipped (not built)
    const code = readFileSync(file);
    writeFileSync(join(OUT, p.script), code);
    files[p.script] = sizes(code);
  }

  await Promise.all(
    pages
      .filter((p) => p.entry)
      .map(async (p) => {
        const r = await esbuild.build({
          ...esbuildBase,
          entryPoints: [repoPath(`bench/pages/${p.entry}`)],
          plugins: [virtualModules({ bar, map: mapModule, config: { count: p.count ?? 1 } })],
        });
        const code = Buffer.from(r.outputFiles[0].contents);
        writeFileSync(join(OUT, `${p.id}.js`), code);
        files[`${p.id}.js`] = sizes(code);
      }),
  );
  return {
    files,
    ours: { origin: ours.origin, partial: ours.partial, present: ours.present, entries: entrySizes(ours.present), composition: composition(ours) },
    geo: { mode: geo.mode, peerVertices: geo.vertices },
    data: { bar },
  };
}

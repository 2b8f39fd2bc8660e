#!/usr/bin/env node
/**
 * `npm run bench` — pe-widgets against Chart.js, Observable Plot, Vega-Lite (vega-embed) and ECharts,
 * in one run, on the same machine, in headless Chromium. See bench/README.md for what is measured and how.
 *
 * Environment:
 *   BENCH_RUNS=15      cold loads per page that count (after the warm-ups)
 *   BENCH_WARMUP=2     warm-up loads per page, not counted
 *   BENCH_MANY=50      instances on the "many" pages
 *   BENCH_HOVER=40     map hover/focus updates measured
 *   BENCH_ONLY=bar,map pages whose id starts with one of these prefixes (the blank page is always kept)
 *   BENCH_PEER_GEO=simplified|full   peers' map geometry (see lib/geo.mjs)
 *   BENCH_NO_BUILD=1   never run rollup; use dist/pe-widgets.js as it is
 *   BENCH_TRACE=3      also trace this many cold loads per page: main-thread time by activity (medians)
 *   BENCH_SHOTS=1      also save a screenshot of every page to bench/.out/shots/ (to check they draw what they should)
 *   BENCH_PHONE=1      the phone profile: every load over a throttled network (Lighthouse's slow 4G as DevTools
 *                      throttling applies it, gzipped responses) with the CPU slowed 4×; writes
 *                      bench/results/phone.md and .json instead of latest.*
 *   CHROME_PATH        Chromium binary (default /usr/bin/chromium)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { buildAll, OUT } from './lib/build.mjs';
import { repoPath } from './lib/data.mjs';
import { pageHtml } from './lib/html.mjs';
import { coldLoad, launch, PHONE, stats } from './lib/measure.mjs';
import { hoverProbe } from './lib/hover.mjs';
import { traceLoad } from './lib/trace.mjs';
import { domComposition } from './lib/dom.mjs';
import { report } from './lib/report.mjs';
import { serve } from './lib/server.mjs';

const int = (name, d) => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? v : d;
};
const RUNS = Math.max(1, int('BENCH_RUNS', 15));
const WARMUP = int('BENCH_WARMUP', 2);
const MANY = Math.max(1, int('BENCH_MANY', 50));
const HOVER = int('BENCH_HOVER', 40);
const PHONE_MODE = process.env.BENCH_PHONE === '1';
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const log = (...a) => console.error(...a);
const round1 = (x) => Math.round(x * 10) / 10;

// ---- The pages ---------------------------------------------------------------------------------------
// Our widgets' markup is what a journalist pastes; attribute names as documented by each component.
const BAR_PE = '<pe-victim-breakdown dimension="sex" breakdown="sex-mp" lang="en"></pe-victim-breakdown>';
const MAP_PE = '<pe-hub-map layers="values" lang="en"></pe-hub-map>';
const CHART_BOX = '.chart { height: 200px; margin-bottom: 8px; }';
const MANY_PE = Array(MANY).fill(BAR_PE).join('\n');
const CV_CSS = 'pe-victim-breakdown { content-visibility: auto; contain-intrinsic-size: auto 26em; }';

const PAGES = [
  { id: 'blank', group: 'baseline', lib: 'blank page', ours: false },

  { id: 'bar-chartjs', group: 'bar', lib: 'Chart.js', entry: 'bar-chartjs.js', css: CHART_BOX },
  { id: 'bar-plot', group: 'bar', lib: 'Observable Plot', entry: 'bar-plot.js' },
  { id: 'bar-vegalite', group: 'bar', lib: 'Vega-Lite (vega-embed)', entry: 'bar-vegalite.js' },
  { id: 'bar-echarts', group: 'bar', lib: 'ECharts', entry: 'bar-echarts.js', css: CHART_BOX },
  { id: 'bar-pe', group: 'bar', lib: 'pe-widgets', ours: true, body: BAR_PE, needs: ['victim-breakdown'] },
  // The same page loading only the breakdown's own file, for a page that shows one kind of widget
  // (for information: the targets compare the whole library).
  { id: 'bar-pe-one', group: 'bar', lib: 'pe-widgets, dist/pe-victim-breakdown.js alone', ours: true, script: 'pe-victim-breakdown.js', body: BAR_PE, needs: ['victim-breakdown'] },

  { id: 'map-plot', group: 'map', lib: 'Observable Plot (d3-geo)', entry: 'map-plot.js' },
  { id: 'map-vegalite', group: 'map', lib: 'Vega-Lite (vega-embed)', entry: 'map-vegalite.js' },
  { id: 'map-echarts', group: 'map', lib: 'ECharts', entry: 'map-echarts.js', css: '#root { width: 520px; height: 744px; }' },
  { id: 'map-pe', group: 'map', lib: 'pe-widgets', ours: true, body: MAP_PE, needs: ['hub-map'] },

  {
    id: 'all-pe',
    group: 'one of each',
    lib: 'pe-widgets (4 widgets)',
    ours: true,
    body: [
      '<pe-stat-card stat="convictions-2013" lang="en"></pe-stat-card>',
      BAR_PE,
      '<pe-timeline lang="en"></pe-timeline>',
      '<pe-hub-map lang="en"></pe-hub-map>',
    ].join('\n'),
    needs: ['stat-card', 'victim-breakdown', 'timeline', 'hub-map'],
  },

  { id: 'many-plot', group: `${MANY} bars`, lib: `Observable Plot ×${MANY}`, entry: 'bar-plot.js', count: MANY },
  { id: 'many-chartjs', group: `${MANY} bars`, lib: `Chart.js ×${MANY}`, entry: 'bar-chartjs.js', count: MANY, css: CHART_BOX },
  { id: 'many-pe', group: `${MANY} bars`, lib: `pe-widgets ×${MANY}`, ours: true, body: MANY_PE, needs: ['victim-breakdown'] },
  // The same page when the embedding page opts in to skipping off-screen widgets (README "Performance");
  // shown for information, not used for any target: the targets compare the default.
  {
    id: 'many-pe-cv',
    group: `${MANY} bars`,
    lib: `pe-widgets ×${MANY}, page CSS content-visibility: auto`,
    ours: true,
    css: CV_CSS,
    body: MANY_PE,
    needs: ['victim-breakdown'],
  },
];

// ---- Build -------------------------------------------------------------------------------------------
const started = Date.now();
let pages = PAGES.filter((p) => p.id === 'blank' || !ONLY.length || ONLY.some((o) => p.id.startsWith(o)));
log('bench: building pages…');
const built = await buildAll(pages, log);
const skipped = [];
pages = pages.filter((p) => {
  const missing = (p.needs ?? []).filter((c) => !built.ours.present.includes(c));
  if (missing.length) skipped.push({ id: p.id, missing });
  return !missing.length;
});
for (const p of pages) writeFileSync(join(OUT, `${p.id}.html`), pageHtml(p));
pages = pages.filter((p) => {
  if (!p.script || built.files[p.script]) return true;
  skipped.push({ id: p.id, missing: [`dist/${p.script}`] });
  return false;
});
for (const s of skipped) log(`  skipping ${s.id}: not built (or older than src/ and data/): ${s.missing.join(', ')}`);
for (const p of pages) p.bytes = p.ours ? built.files[p.script ?? 'pe-widgets.js'] : p.entry ? built.files[`${p.id}.js`] : { min: 0, gz: 0 };
log(`  our bundle: ${built.ours.origin}, ${built.files['pe-widgets.js'].gz} B gzipped`);

// ---- Measure -----------------------------------------------------------------------------------------
const { server, base } = await serve(OUT, { gzip: PHONE_MODE });
const browser = await launch();
const version = await browser.version();
const samples = Object.fromEntries(pages.map((p) => [p.id, []]));
const errors = {};
const failures = {};
const loadStart = os.loadavg()[0];
let hover = null;
const traces = {};
const dom = {};
try {
  // Every round loads every page once, in a shuffled order, so drift on a shared machine hits all pages alike.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < WARMUP + RUNS; round++) {
    const order = pages.filter((p) => !errors[p.id]).map((p) => [rand(), p]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    for (const p of order) {
      try {
        const r = await coldLoad(browser, `${base}/${p.id}.html`, { phone: PHONE_MODE });
        if (round >= WARMUP) samples[p.id].push({ round: round - WARMUP, ...r });
      } catch (e) {
        // A load can time out on a busy machine: give a page three strikes before dropping it.
        const msg = String(e.message || e).split('\n')[0];
        failures[p.id] = (failures[p.id] ?? 0) + 1;
        log(`  ${p.id}: ${msg}`);
        if (failures[p.id] >= 3) errors[p.id] = msg;
      }
    }
    log(`  round ${round + 1}/${WARMUP + RUNS}${round < WARMUP ? ' (warm-up)' : ''} — ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (process.env.BENCH_SHOTS === '1') {
    mkdirSync(join(OUT, 'shots'), { recursive: true });
    for (const p of pages) {
      const ctx = await browser.createBrowserContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/${p.id}.html`, { waitUntil: 'load' });
      await page.evaluate(() => window.__bench.ready).catch(() => {});
      await page.screenshot({ path: join(OUT, 'shots', `${p.id}.png`), fullPage: !p.id.startsWith('many') });
      await ctx.close();
    }
    log(`  screenshots in ${join(OUT, 'shots')}`);
  }
  const TRACE = int('BENCH_TRACE', 0);
  if (TRACE > 0) {
    for (const p of pages) {
      if (errors[p.id]) continue;
      const runs = [];
      for (let i = 0; i < TRACE; i++) runs.push(await traceLoad(browser, `${base}/${p.id}.html`));
      const ok = runs.filter((t) => !t.error);
      if (!ok.length) traces[p.id] = runs[0];
      else traces[p.id] = Object.fromEntries(Object.keys(Object.assign({}, ...ok)).map((k) => [k, stats(ok.map((t) => t[k] ?? 0)).median]));
    }
    log(`  traced ${TRACE} load(s) per page`);
  }
  for (const p of pages) if (p.ours && !errors[p.id]) dom[p.id] = await domComposition(browser, `${base}/${p.id}.html`);
  // Traces, screenshots and DOM counts are taken without the phone profile's throttling; the hover probe
  // is left to the default run.
  if (HOVER > 0 && !PHONE_MODE && pages.some((p) => p.id === 'map-pe') && !errors['map-pe']) {
    log('  map hover/focus updates…');
    hover = await hoverProbe(browser, `${base}/map-pe.html`, HOVER);
    if (hover.error) log(`  hover: ${hover.error}`);
  }
} finally {
  await browser.close();
  server.close();
}

// ---- Report ------------------------------------------------------------------------------------------
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    browser: version,
    loadavg: { start: loadStart, end: os.loadavg()[0] },
  },
  config: { runs: RUNS, warmup: WARMUP, many: MANY, hover: HOVER, peerGeo: built.geo.mode, peerGeoVertices: built.geo.peerVertices, phone: PHONE_MODE ? PHONE : null },
  ours: built.ours,
  skipped,
  errors,
  failures,
  pages: pages.map((p) => {
    const s = samples[p.id];
    return {
      id: p.id,
      group: p.group,
      lib: p.lib,
      bytes: p.bytes,
      n: s.length,
      signal: stats(s.map((x) => x.signal)),
      frame: stats(s.map((x) => x.frame)),
      heap: stats(s.map((x) => x.heap)),
      embedder: stats(s.map((x) => x.embedder).filter((x) => x != null)),
      nodes: stats(s.map((x) => x.nodes).filter((x) => x != null)),
      samples: s.map((x) => ({ round: x.round, signal: round1(x.signal), frame: round1(x.frame), heap: x.heap })),
    };
  }),
  hover,
  traces,
  dom,
  seconds: Math.round((Date.now() - started) / 1000),
};
const md = report(results);
mkdirSync(repoPath('bench/results'), { recursive: true });
const name = PHONE_MODE ? 'phone' : 'latest';
writeFileSync(repoPath(`bench/results/${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(repoPath(`bench/results/${name}.md`), md);
console.log(md);
log(`bench: done in ${results.seconds} s — bench/results/${name}.md, bench/results/${name}.json`);

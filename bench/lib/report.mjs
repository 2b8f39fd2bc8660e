import { stats } from './measure.mjs';

/** Markdown for bench/results/latest.md: the side-by-side table, the targets of issue 9, hover, sizes. */
const KiB = (b) => (b / 1024).toFixed(1);
const MiB = (b) => (b / 2 ** 20).toFixed(2);
const ms = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(1) : Math.round(x).toString()) : '–');

export const FRAME_MS = 1000 / 60;

export function targets(r) {
  const page = (id) => r.pages.find((p) => p.id === id && p.n > 0);
  const t = [];
  const add = (name, measured, limit, ratio, note = '') => t.push({ name, measured, limit, ratio, pass: Number.isFinite(ratio) ? ratio <= 1 : null, note });
  const bundle = r.pages.find((p) => p.id.endsWith('-pe'))?.bytes ?? null;
  if (bundle) add('full bundle ≤ 30 KiB gzipped', `${KiB(bundle.gz)} KiB`, '30 KiB', bundle.gz / (30 * 1024), r.ours.partial ? 'PARTIAL bundle: not all widgets yet' : '');
  const ratio = (name, a, b, f, metric, fmt, unit, note) => {
    const A = page(a), B = page(b);
    if (!A || !B) return add(name, '–', '–', NaN, `not measured (${!A ? a : b} missing)`);
    const x = A[metric].median, y = B[metric].median;
    // For times, also the paired ratio: page A's load over page B's load in the same round (seconds apart),
    // median and p25–p75 over rounds; it cancels most of the drift of a shared machine. The medians decide.
    let alt = '';
    if (metric === 'frame' && A.samples && B.samples) {
      const byRound = new Map(B.samples.map((b) => [b.round, b.frame]));
      const pr = stats(A.samples.filter((a) => byRound.has(a.round)).map((a) => a.frame / byRound.get(a.round)));
      if (pr.n) alt = ` (paired by round: ${pr.median.toFixed(2)}×, p25–p75 ${pr.p25.toFixed(2)}–${pr.p75.toFixed(2)})`;
    }
    add(name, `${fmt(x)} ${unit} vs ${fmt(y)} ${unit}`, `≤ ${f}×`, x / y / f, `${(x / y).toFixed(2)}×${alt}${note ?? ''}`.trim());
  };
  ratio('one of each (4 widgets) vs Chart.js single bar chart: time', 'all-pe', 'bar-chartjs', 1, 'frame', ms, 'ms');
  ratio('our map vs Plot map: time', 'map-pe', 'map-plot', 0.6, 'frame', ms, 'ms');
  const many = r.pages.find((p) => p.id === 'many-pe')?.group ?? 'many';
  ratio(`${many}: ours vs Plot: time`, 'many-pe', 'many-plot', 0.5, 'frame', ms, 'ms');
  if (r.hover && !r.hover.error) {
    for (const k of ['pointer', 'focus']) {
      const h = r.hover[k];
      if (h?.work?.n) add(`map ${k === 'pointer' ? 'hover' : 'keyboard focus'} update < 1 frame`, `${ms(h.work.median)} ms (p75 ${ms(h.work.p75)})`, `${ms(FRAME_MS)} ms`, h.work.median / FRAME_MS, 'median work per update');
    }
  } else add('map hover/focus update < 1 frame', '–', `${ms(FRAME_MS)} ms`, NaN, r.hover?.error ? `error: ${r.hover.error}` : 'not measured');
  const floor = page('blank')?.heap.median;
  const above = (a, b) => (floor && page(a) && page(b) ? `; above the blank page: ${((page(a).heap.median - floor) / (page(b).heap.median - floor)).toFixed(2)}×` : '');
  ratio('JS heap: one of each vs Chart.js bar page', 'all-pe', 'bar-chartjs', 1, 'heap', MiB, 'MiB', above('all-pe', 'bar-chartjs'));
  ratio(`JS heap: ${many}, ours vs Plot`, 'many-pe', 'many-plot', 0.5, 'heap', MiB, 'MiB', above('many-pe', 'many-plot'));
  return t;
}

export function report(r) {
  const L = [];
  const oursGz = r.pages.find((p) => p.id.endsWith('-pe'))?.bytes?.gz;
  const phone = r.config.phone;
  L.push(`# Benchmark${phone ? ' (phone profile)' : ''}: pe-widgets vs Chart.js, Observable Plot, Vega-Lite, ECharts`, '');
  if (phone)
    L.push(
      `**Phone profile** (\`BENCH_PHONE=1\`, a simulated phone): Lighthouse's mobile profile (${phone.rtt} ms round trip, 1.6 Mbit/s down, ` +
        `750 kbit/s up, CPU slowed ${phone.cpuSlowdown}×) as Lighthouse applies it through Chromium's DevTools throttling: ` +
        `${phone.latency} ms of latency per request, ${((phone.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ` +
        `${Math.round((phone.uploadThroughput * 8) / 1e3)} kbit/s up; the server gzips every response. ` +
        'Same pages, same 640 px column. The issue\'s targets are judged on the default run (latest.md); here they are for information.',
      '',
    );
  L.push(
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC · ${r.machine.browser} headless · ${r.machine.cpus} × ${r.machine.cpu} · Node ${r.machine.node} · ` +
      `${r.config.runs} cold loads per page after ${r.config.warmup} warm-ups, a new browser context per load, pages interleaved · ${r.seconds} s` +
      (r.machine.loadavg ? ` · load average ${r.machine.loadavg.start.toFixed(1)} at start, ${r.machine.loadavg.end.toFixed(1)} at end (other work on the machine).` : '.'),
    '',
    `Our bundle: ${r.ours.origin}${r.ours.partial ? ' — **partial: not every widget exists yet**' : ''}. ` +
      `Peers' map geometry: ${r.config.peerGeo} (${r.config.peerGeoVertices} vertices; ours is pre-projected in data/peru-geo.json).`,
    '',
  );
  if (r.skipped.length) L.push(`Skipped (not built, or older than src/ and data/): ${r.skipped.map((s) => `${s.id} (${s.missing.join(', ')})`).join('; ')}.`, '');
  for (const [id, e] of Object.entries(r.errors)) L.push(`**${id} failed:** ${e}`, '');
  const retried = Object.entries(r.failures ?? {}).filter(([id]) => !r.errors[id]);
  if (retried.length) L.push(`Loads that failed and were not counted: ${retried.map(([id, n]) => `${id} ×${n}`).join(', ')}.`, '');

  L.push(
    '| what | library | JS min KiB | JS gzip KiB | rendered ms, median (p25–p75) | min–max | library signal ms | JS heap MiB | DOM nodes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const p of r.pages) {
    if (!p.n) continue;
    const mine = /-pe(-|$)/.test(p.id);
    const b = (s) => (mine ? `**${s}**` : s);
    L.push(
      `| ${p.group} | ${b(p.lib)} | ${p.bytes.min ? KiB(p.bytes.min) : '–'} | ${p.bytes.gz ? b(KiB(p.bytes.gz)) : '–'} | ` +
        `${b(ms(p.frame.median))} (${ms(p.frame.p25)}–${ms(p.frame.p75)}) | ${ms(p.frame.min)}–${ms(p.frame.max)} | ${ms(p.signal.median)} | ` +
        `${b(MiB(p.heap.median))} | ${p.nodes.n ? Math.round(p.nodes.median) : '–'} |`,
    );
  }
  L.push(
    '',
    '"rendered" = the first frame after the library said it was done (ms since navigation start); "library signal" = the moment it said so. ' +
      'JS heap = V8 used heap after a forced GC (the blank page is the floor). Our pages load the same full bundle (all four widgets, data and map)' +
      (r.pages.some((p) => p.id === 'bar-pe-one' && p.n)
        ? ', except the "dist/pe-victim-breakdown.js alone" row: the bar page loading only that widget\'s own file, for a page that shows one kind of widget (for information: the targets compare the whole library).'
        : '.') +
      (r.pages.some((p) => p.id === 'many-pe-cv' && p.n)
        ? ' The "page CSS content-visibility: auto" row is the 50-widget page with one rule in the page\'s own CSS, so the browser skips layout and paint of widgets off screen; the widgets and their DOM are the same. It is for information: the targets compare the default page.'
        : ''),
    '',
  );

  L.push(phone ? '## Targets (issue 9, ratios in this run; for information: the phone profile)' : '## Targets (issue 9, ratios in this run)', '', '| target | measured | limit | ratio | met |', '| --- | --- | --- | --- | :---: |');
  for (const t of targets(r)) {
    L.push(`| ${t.name} | ${t.measured} | ${t.limit} | ${t.note || (Number.isFinite(t.ratio) ? t.ratio.toFixed(2) : '')} | ${t.pass == null ? '–' : t.pass ? 'yes' : '**no**'} |`);
  }
  L.push('');

  if (r.hover && !r.hover.error) {
    L.push('## Map hover and keyboard focus (`<pe-hub-map>`, warm page)', '');
    L.push('| input | updates | work ms, median (p75, max) | to next frame ms, median (p75) |', '| --- | ---: | ---: | ---: |');
    for (const [k, name] of [['pointer', 'mouse over a region (real pointer input)'], ['focus', 'arrow key to the next region (real key input)']]) {
      const h = r.hover[k];
      if (!h?.work?.n) {
        L.push(`| ${name} | 0 | – | – |`);
        continue;
      }
      L.push(`| ${name} | ${h.work.n} | ${ms(h.work.median)} (${ms(h.work.p75)}, ${ms(h.work.max)}) | ${ms(h.frame.median)} (${ms(h.frame.p75)}) |`);
    }
    L.push('', `work = from the input event reaching the page to the widget's update done and the tooltip laid out; to next frame also waits for the next vsync (≤ ${ms(FRAME_MS)} ms at 60 Hz).`, '');
    if (r.hover.note) L.push(r.hover.note, '');
  }

  const doms = Object.entries(r.dom ?? {}).filter(([, d]) => !d.error);
  if (doms.length) {
    L.push('## What our DOM nodes are (light DOM + shadow roots)', '', '| page | elements | text | whitespace-only text | comments (Lit markers) |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [id, d] of doms) L.push(`| ${id} | ${d.elements} | ${d.text} | ${d.whitespace} | ${d.comments} |`);
    L.push('');
  }

  const traced = Object.entries(r.traces ?? {}).filter(([, t]) => !t.error);
  if (traced.length) {
    const cols = ['compile', 'script', 'style', 'layout', 'paint', 'gc', 'document', 'other'];
    L.push('## Main-thread time by activity (median of traced cold loads, ms, navigation start → rendered)', '');
    L.push(`| page | ${cols.join(' | ')} | busy | rendered |`, `| --- | ${cols.map(() => '---:').join(' | ')} | ---: | ---: |`);
    for (const [id, t] of traced) L.push(`| ${id} | ${cols.map((c) => ms(t[c] ?? 0)).join(' | ')} | ${ms(t.total)} | ${ms(t.window)} |`);
    L.push('', 'Self time of trace events on the renderer main thread. Tracing slows the page down, so these loads are slower than the table above; "busy" less than "rendered" is time spent waiting (network, idle until vsync).', '');
  }

  const entries = Object.entries(r.ours.entries ?? {});
  if (entries.length) {
    L.push('## Our bytes by file (one widget alone: lit + core + data inlined, minified)', '', '| file | min KiB | gzip KiB |', '| --- | ---: | ---: |');
    for (const [name, s] of entries) L.push(`| ${name} | ${KiB(s.min)} | ${KiB(s.gz)} |`);
    if (oursGz) L.push(`| full bundle (dist/pe-widgets.js) | ${KiB(r.pages.find((p) => p.id.endsWith('-pe')).bytes.min)} | ${KiB(oursGz)} |`);
    L.push('');
  }
  const comp = Object.entries(r.ours.composition ?? {}).filter(([k]) => k !== 'error');
  if (comp.length) {
    const total = comp.reduce((a, [, b]) => a + b.min, 0);
    L.push(
      '## Where our bytes come from',
      '',
      'Each minified byte is attributed to its source through a source map of the same entry bundled with esbuild, which comes within a few per cent of rollup + terser. "gzip alone" compresses each part on its own, so the column does not add up to the bundle\'s gzip size.',
      '',
      '| part | min KiB | share | gzip alone KiB |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const [name, b] of comp) L.push(`| ${name} | ${KiB(b.min)} | ${((b.min / total) * 100).toFixed(0)}% | ${KiB(b.gz)} |`);
    L.push('');
  }
  return `${L.join('\n')}\n`;
}

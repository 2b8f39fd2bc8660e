/**
 * Where the main thread's time goes on a cold load (BENCH_TRACE=n loads per page): a Chromium performance trace
 * (devtools.timeline), self time of each trace event on the renderer's main thread from navigation start to
 * the "rendered" frame, grouped into compile, script (run), style, layout, paint, gc, document (navigation
 * commit, HTML parsing, preload scanning) and other.
 * Indicative, for explaining the timings, not for comparing them (tracing slows the page).
 */
const GROUPS = [
  ['compile', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ParseFunction|v8\.produceCache|v8\.produceModuleCache|CompileScript|CompileModule)/],
  ['script', /^(EvaluateScript|v8\.evaluateModule|v8\.run|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.callFunction|V8\.|v8\.|HandlePostMessage|RunTask)/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)/],
  ['layout', /^(Layout|UpdateLayer|IntersectionObserverController)/],
  ['paint', /^(Paint|PrePaint|Layerize|CompositeLayers|PaintImage|Commit|RasterTask|UpdateLayerTree)/],
  ['gc', /^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState)/],
  ['document', /^(ParseHTML|Resource|DocumentLoader|HTMLDocumentParser|DecodedDataDocumentParser|LocalWindowProxy|ContextCreatedNotification|InstallConditionalFeatures|PageTimingMetricsSender|FlushInstructionCache)/],
];
const groupOf = (name) => GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';

export async function traceLoad(browser, url) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing', 'loading'] });
    await page.goto(url, { waitUntil: 'load' });
    const t = await page.evaluate(() => window.__bench.ready);
    const buf = await page.tracing.stop();
    const events = JSON.parse(new TextDecoder().decode(buf)).traceEvents;
    // The renderer main thread of this page, and navigation start on it.
    const threadName = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const nav = events.filter((e) => e.name === 'navigationStart' && threadName.some((th) => th.pid === e.pid)).pop();
    if (!nav) return { error: 'no navigationStart in trace' };
    const main = threadName.find((th) => th.pid === nav.pid && th.tid === nav.tid) ?? threadName.find((th) => th.pid === nav.pid);
    const t0 = nav.ts;
    const t1 = t0 + t.frame * 1000;
    const mine = events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0 && e.ts < t1 && e.ts + e.dur > t0)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self time: subtract children (events nested inside a parent on the same thread).
    const self = new Map();
    const stack = [];
    for (const e of mine) {
      const start = Math.max(e.ts, t0);
      const end = Math.min(e.ts + e.dur, t1);
      while (stack.length && stack[stack.length - 1].end <= start) stack.pop();
      const d = end - start;
      if (d <= 0) continue;
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent.e, (self.get(parent.e) ?? 0) - d);
      self.set(e, (self.get(e) ?? 0) + d);
      stack.push({ e, end });
    }
    const out = { total: 0 };
    for (const [e, d] of self) {
      if (d <= 0 || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') continue;
      const g = groupOf(e.name);
      out[g] = (out[g] ?? 0) + d / 1000;
      out.total += d / 1000;
    }
    out.window = t.frame;
    return out;
  } catch (e) {
    return { error: String(e.message || e) };
  } finally {
    await ctx.close();
  }
}

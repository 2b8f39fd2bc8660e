/**
 * The HTML of every benchmark page. All pages share the same shell: a 640 px column, system font, and the
 * probe below (an inline classic script, identical on every page, not counted in any library's bytes).
 *
 * The probe defines "rendered" the same way for everyone, in two steps:
 *   signal — the library says it is done (see each page's entry: Chart.js afterRender, Plot's SVG appended,
 *            vega-embed's promise, ECharts' 'finished', ours: every widget's updateComplete with real content);
 *   frame  — the first frame after the signal has run (a task posted from the next requestAnimationFrame
 *            runs after that frame's style, layout and paint on the main thread), so DOM/SVG libraries pay
 *            their layout and paint like canvas libraries do.
 * Times are performance.now(), i.e. milliseconds since navigation start.
 */
const PROBE = `(() => {
  let ok, ko;
  const b = (window.__bench = {
    ready: new Promise((r, j) => { ok = r; ko = j; }),
    done() {
      if (b.signal !== undefined) return;
      b.signal = performance.now();
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => { b.frame = performance.now(); ok({ signal: b.signal, frame: b.frame }); };
        c.port2.postMessage(0);
      });
    },
    fail(e) { ko(String((e && (e.stack || e.message)) || e)); },
  });
  addEventListener('error', (e) => b.fail(e.error || e.message));
  addEventListener('unhandledrejection', (e) => b.fail(e.reason));
})();`;

/**
 * Our pages: wait until every pe-* element is defined, has finished updating (updateComplete resolves to
 * true: no update pending) and shows real content — not the loading placeholder, not an error view.
 */
const OUR_PROBE = `const tags = [...new Set([...document.querySelectorAll('body *')].map((e) => e.localName).filter((n) => n.startsWith('pe-')))];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
const els = [...document.querySelectorAll(tags.join(','))];
const settled = async (el) => { while (!(await el.updateComplete)); };
const state = (el) => {
  const sr = el.shadowRoot;
  if (!sr || !sr.querySelector('*')) return 'empty';
  if (sr.querySelector('[part~="error"]')) return 'error: ' + sr.querySelector('[part~="error"]').textContent.trim().slice(0, 300);
  if (sr.querySelector('[part~="placeholder"]')) return 'loading';
  return 'ok';
};
await Promise.all(els.map(settled));
for (let i = 0; els.some((el) => state(el) !== 'ok'); i++) {
  const bad = els.find((el) => state(el).startsWith('error') || (i > 600 && state(el) !== 'ok'));
  if (bad) { window.__bench.fail('<' + bad.localName + '> ' + state(bad)); break; }
  await new Promise((r) => requestAnimationFrame(r));
  await Promise.all(els.map(settled));
}
window.__bench.done();`;

export function pageHtml(page) {
  const scripts = page.entry
    ? `<script type="module" src="${page.id}.js"></script>`
    : page.ours
      ? `<script type="module" src="${page.script ?? 'pe-widgets.js'}"></script>\n<script type="module">${OUR_PROBE}</script>`
      : `<script>addEventListener('load', () => window.__bench.done());</script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.id}</title>
<style>
body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
#root { width: 640px; margin: 0 auto; padding: 8px 0; }
${page.css ?? ''}
</style>
<script>${PROBE}</script>
</head>
<body>
<main id="root">${page.body ?? ''}</main>
${scripts}
</body>
</html>
`;
}

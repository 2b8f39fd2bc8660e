// 3-bar breakdown with Vega-Lite through vega-embed (compiled in the browser, SVG renderer, no actions menu).
// Rendered = embed() promise resolved.
import embed from 'vega-embed';
import bar from 'bench:bar';
import { count } from 'bench:config';

const root = document.getElementById('root');
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: bar.title, subtitle: bar.base },
  width: 520,
  data: { values: bar.rows },
  encoding: {
    y: { field: 'label', type: 'nominal', sort: null, title: null },
    x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, scale: { domain: [0, 1] }, title: null },
    tooltip: [{ field: 'label' }, { field: 'share', format: '.1%' }],
  },
  layer: [
    { mark: 'bar' },
    { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'share', format: '.1%' } } },
  ],
};
const jobs = [];
for (let i = 0; i < count; i++) {
  const box = document.createElement('div');
  box.className = 'chart';
  root.append(box);
  jobs.push(embed(box, spec, { renderer: 'svg', actions: false }));
}
Promise.all(jobs).then(() => window.__bench.done(), (e) => window.__bench.fail(e));

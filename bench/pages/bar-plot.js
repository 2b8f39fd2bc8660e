// 3-bar breakdown with Observable Plot: barX + text labels + tip. Rendered = the SVG figure appended.
import * as Plot from '@observablehq/plot';
import bar from 'bench:bar';
import { count } from 'bench:config';

const root = document.getElementById('root');
for (let i = 0; i < count; i++) {
  const box = document.createElement('div');
  box.className = 'chart';
  box.append(
    Plot.plot({
      title: bar.title,
      caption: bar.base,
      width: 600,
      height: 160,
      marginLeft: 70,
      x: { domain: [0, 100], percent: true, label: '%' },
      y: { label: null, domain: bar.rows.map((r) => r.label) },
      marks: [
        Plot.barX(bar.rows, { x: 'share', y: 'label', fill: 'steelblue', tip: true }),
        Plot.text(bar.rows, { x: 'share', y: 'label', text: (d) => `${(d.share * 100).toFixed(1)}%`, dx: 4, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
  root.append(box);
}
window.__bench.done();

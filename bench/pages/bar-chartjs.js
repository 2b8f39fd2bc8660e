// 3-bar breakdown with Chart.js, as a bundler user would write it: tree-shaken registration,
// horizontal bars, title, tooltip, no animation. Rendered = the plugin's first afterRender (canvas drawn).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import bar from 'bench:bar';
import { count } from 'bench:config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

const root = document.getElementById('root');
let pending = count;
const rendered = { id: 'bench-rendered', afterRender(chart) { if (!chart.$benchDone) { chart.$benchDone = true; if (--pending === 0) window.__bench.done(); } } };

for (let i = 0; i < count; i++) {
  const box = document.createElement('div');
  box.className = 'chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${bar.title}: ${bar.rows.map((r) => `${r.label} ${(r.share * 100).toFixed(1)}%`).join(', ')}`);
  box.append(canvas);
  root.append(box);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: bar.rows.map((r) => r.label), datasets: [{ data: bar.rows.map((r) => r.share * 100), backgroundColor: 'steelblue' }] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
      plugins: {
        title: { display: true, text: bar.title },
        tooltip: { callbacks: { label: (c) => `${c.parsed.x.toFixed(1)}% ${bar.base}` } },
      },
    },
    plugins: [rendered],
  });
}

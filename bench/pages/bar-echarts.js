// 3-bar breakdown with ECharts, tree-shaken (echarts/core + bar + grid + title + tooltip + canvas renderer).
// Rendered = the chart's first 'finished' event.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import bar from 'bench:bar';
import { count } from 'bench:config';

echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const root = document.getElementById('root');
let pending = count;
for (let i = 0; i < count; i++) {
  const box = document.createElement('div');
  box.className = 'chart';
  root.append(box);
  const chart = echarts.init(box);
  chart.on('finished', function once() {
    chart.off('finished', once);
    if (--pending === 0) window.__bench.done();
  });
  chart.setOption({
    animation: false,
    title: { text: bar.title, subtext: bar.base },
    tooltip: { valueFormatter: (v) => `${v.toFixed(1)}%` },
    grid: { left: 80, top: 60 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: bar.rows.map((r) => r.label) },
    series: [{ type: 'bar', data: bar.rows.map((r) => +(r.share * 100).toFixed(1)), label: { show: true, position: 'right', formatter: '{c}%' } }],
  });
}

// Peru region choropleth with ECharts, tree-shaken (map series + visualMap + title + tooltip + canvas renderer),
// GeoJSON registered with registerMap. Rendered = the chart's first 'finished' event.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import map from 'bench:map';

echarts.use([MapChart, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
echarts.registerMap('peru', map.geojson);

const box = document.getElementById('root');
const chart = echarts.init(box);
chart.on('finished', function once() {
  chart.off('finished', once);
  window.__bench.done();
});
const values = map.geojson.features.filter((f) => f.properties.value != null);
chart.setOption({
  animation: false,
  title: { text: map.title },
  tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${Number.isFinite(p.value) ? p.value : 'no data'} ${map.unit}` },
  visualMap: { type: 'piecewise', splitNumber: 5, min: 0, max: Math.max(...values.map((f) => f.properties.value)) },
  series: [{ type: 'map', map: 'peru', data: values.map((f) => ({ name: f.properties.name, value: f.properties.value })) }],
});

// Peru region choropleth with Observable Plot (its d3-geo projections): GeoJSON inlined at bundle time,
// Mercator fitted to Peru, quantized colour legend, tip on hover. Rendered = the SVG figure appended.
import * as Plot from '@observablehq/plot';
import map from 'bench:map';

const fc = map.geojson;
const figure = Plot.plot({
  title: map.title,
  width: 520,
  height: 744,
  projection: { type: 'mercator', domain: fc },
  color: { type: 'quantize', n: 5, scheme: 'blues', legend: true, label: map.unit, unknown: '#ddd' },
  marks: [
    Plot.geo(fc, { fill: (d) => d.properties.value, stroke: 'white', strokeWidth: 0.5 }),
    Plot.tip(fc.features, Plot.pointer(Plot.geoCentroid({ title: (d) => `${d.properties.name}: ${d.properties.value ?? 'no data'} ${map.unit}` }))),
  ],
});
document.getElementById('root').append(figure);
window.__bench.done();

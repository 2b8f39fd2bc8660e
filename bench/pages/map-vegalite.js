// Peru region choropleth with Vega-Lite through vega-embed: geoshape + Mercator fitted to the data,
// quantize colour scale, tooltip. Rendered = embed() promise resolved.
import embed from 'vega-embed';
import map from 'bench:map';

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: map.title,
  width: 520,
  height: 744,
  data: { values: map.geojson, format: { type: 'json', property: 'features' } },
  projection: { type: 'mercator' },
  mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.5 },
  encoding: {
    color: { field: 'properties.value', type: 'quantitative', scale: { type: 'quantize', scheme: 'blues' }, title: map.unit },
    tooltip: [{ field: 'properties.name', title: 'Region' }, { field: 'properties.value', title: map.unit }],
  },
};
const box = document.getElementById('root');
embed(box, spec, { renderer: 'svg', actions: false }).then(() => window.__bench.done(), (e) => window.__bench.fail(e));

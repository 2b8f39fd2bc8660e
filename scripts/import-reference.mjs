#!/usr/bin/env node
// Regenerates the `regions` and `regionValues` parts of data/dataset.json from the reference files in
// ../shared/reference (ISO 3166-2:PE codes and names; Public Ministry complaints by prosecutorial district).
// Run on demand: `node scripts/import-reference.mjs [path/to/shared/reference]`. Everything else in
// data/dataset.json is written by hand from the sources listed in data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ref = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const csv = (name) => {
  const [head, ...rows] = readFileSync(join(ref, name), 'utf8').trim().split('\n');
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
};

// English names differ from the Spanish ones only where English usage differs.
const EN = { 'PE-LMA': 'Metropolitan Lima', 'PE-CAL': 'Callao', 'PE-LIM': 'Lima (region)' };
const ES = { 'PE-LMA': 'Lima Metropolitana', 'PE-CAL': 'Callao', 'PE-LIM': 'Lima (región)', 'PE-ANC': 'Áncash' };
// Regions the articles name as most affected, 2006–2014 (InSight Crime) and by driver.
const DRIVERS = {
  'PE-LMA': ['tourism'], 'PE-CUS': ['tourism'], 'PE-PIU': ['tourism'],
  'PE-LOR': ['mining'], 'PE-MDD': ['mining'],
};

const isoRows = csv('peru_regions_iso.csv');
const regions = isoRows.map((r) => {
  const code = r.iso_3166_2;
  const region = { code, name: { en: EN[code] ?? ES[code] ?? r.name_es, es: ES[code] ?? r.name_es } };
  if (DRIVERS[code]) Object.assign(region, { drivers: DRIVERS[code], sourceIds: ['insightcrime-2014'] });
  return region;
});

const NOTE = {
  en: 'Prosecutorial districts grouped by region (the grouping is ours, not official).',
  es: 'Distritos fiscales agrupados por región (la agrupación es nuestra, no oficial).',
};
const byRegion = new Map();
let total = 0;
for (const row of csv('mp_denuncias_2007-01_2014-04.csv')) {
  const code = row.approx_region_iso_GUESS;
  const n = Number(row.denuncias);
  total += n;
  if (!byRegion.has(code)) byRegion.set(code, []);
  byRegion.get(code).push({ name: row.distrito_fiscal, value: n });
}
if (total !== 1976) throw new Error(`complaints add up to ${total}, expected 1976`);
const codes = new Set(regions.map((r) => r.code));
for (const code of byRegion.keys()) if (!codes.has(code)) throw new Error(`unknown code ${code}`);

const regionValues = regions
  .filter((r) => byRegion.has(r.code))
  .map((r) => {
    const districts = byRegion.get(r.code);
    const item = {
      region: r.code,
      value: districts.reduce((s, d) => s + d.value, 0),
      unit: { en: 'complaints', es: 'denuncias' },
      period: '2007-01/2014-04',
      sourceIds: ['mp-observatorio-2014'],
      note: NOTE,
    };
    if (districts.length > 1 || districts[0].name !== r.name.es) item.districts = districts;
    return item;
  });

const file = join(root, 'data', 'dataset.json');
const dataset = JSON.parse(readFileSync(file, 'utf8'));
dataset.regions = regions;
dataset.regionValues = regionValues;
writeFileSync(file, JSON.stringify(dataset, null, 2) + '\n');
console.log(`regions: ${regions.length}, regionValues: ${regionValues.length}, complaints: ${total}`);

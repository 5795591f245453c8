// Builds src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json (GB/T 2260 province / city /
// district codes) from the Ministry of Civil Affairs' yearly list of county-level and higher codes, as kept in the
// CC0 data set yescallop/areacodes (data/<year>.txt, one "code name" a line). See README-regions.md.
//
// Usage: node scripts/tools/build-regions.mjs <areacodes checkout> <year> [output file]
// The output defaults to the app's regions.json; another file is for Regions:File (an installation's own list).
//
// Codes in the list being replaced (the output file if it exists, else the app's regions.json) that the new year no
// longer has are kept as aliases ("a": true), so addresses saved with them still show their names; "s" points to
// the successor where the change is documented.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [source, year, outArg] = process.argv.slice(2);
if (!source || !/^\d{4}$/.test(year ?? '')) {
  console.error('usage: node scripts/tools/build-regions.mjs <areacodes checkout> <year> [output file]');
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shipped = join(root, 'src/BuildingBlocks/SharedWarehouse.BuildingBlocks/Regions/regions.json');
const out = outArg ? resolve(outArg) : shipped;
const previousPath = existsSync(out) ? out : shipped;

// Successors of codes that left the list, each from a published decision. Only codes the previous list had
// need one; a code with no entry stays an alias without a successor (it is shown, never matched or picked).
const documentedSuccessors = {
  // 国务院 2020-04-18: 三沙市 sets up 西沙区 (西沙群岛, and 中沙群岛 in its care) and 南沙区 (南沙群岛). The earlier
  // list carried the statistics bureau's island codes in their place.
  '460321': '460302',
  '460322': '460303',
  '460323': '460302',
  // 嘉峪关市 has no counties; the statistics bureau lists the city once more as 620201, GB/T 2260 does not.
  '620201': '620200',
};

const excludedProvinces = new Set(['71', '81', '82']); // 台湾, 香港, 澳门: no mainland courier address codes
const municipalities = new Set(['11', '12', '31', '50']);

const dataFile = join(source, 'data', `${year}.txt`);
const rows = readFileSync(dataFile, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => {
  const match = /^(\d{6})\s+(\S.*)$/.exec(line.trim());
  if (!match) throw new Error(`${dataFile}: not "code name": ${line}`);
  return { c: match[1], n: match[2].trim() };
}).filter((r) => !excludedProvinces.has(r.c.slice(0, 2)));

const byCode = new Map();
for (const r of rows) {
  if (byCode.has(r.c)) throw new Error(`duplicate code: ${r.c}`);
  byCode.set(r.c, r);
}

// GB/T 2260's grouping rows keep every county three levels down, under a city-level row, as the pickers and
// saved addresses expect: 市辖区 / 县 under the municipalities, and the counties a province governs directly.
const grouping = (code) => {
  const province = byCode.get(code.slice(0, 2) + '0000');
  if (!province) throw new Error(`county ${code} has no province`);
  if (municipalities.has(code.slice(0, 2))) {
    return { c: code.slice(0, 4) + '00', n: code.slice(2, 4) === '02' ? '县' : '市辖区', p: province.c };
  }
  if (code.slice(2, 4) === '90') {
    return { c: code.slice(0, 4) + '00', n: province.n.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划', p: province.c };
  }
  throw new Error(`county ${code} ${byCode.get(code).n} has no city ${code.slice(0, 4)}00 and is in no grouping`);
};

const provinces = [];
const cities = [];
const districts = [];
const groupings = new Map();
for (const r of rows) {
  if (r.c.endsWith('0000')) {
    provinces.push(r);
  } else if (r.c.endsWith('00')) {
    cities.push({ ...r, p: r.c.slice(0, 2) + '0000' });
  } else {
    const city = r.c.slice(0, 4) + '00';
    if (byCode.has(city)) {
      districts.push({ ...r, p: city });
    } else {
      const g = grouping(r.c);
      groupings.set(g.c, g);
      districts.push({ ...r, p: g.c });
    }
  }
}
for (const g of groupings.values()) {
  if (byCode.has(g.c)) throw new Error(`grouping ${g.c} clashes with ${byCode.get(g.c).n}`);
  cities.push(g);
}

const byCodeOrder = (a, b) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0);
const current = [...provinces.sort(byCodeOrder), ...cities.sort(byCodeOrder), ...districts.sort(byCodeOrder)];
const currentCodes = new Set(current.map((r) => r.c));
for (const r of current) {
  if (r.p !== undefined && !currentCodes.has(r.p)) throw new Error(`parent missing: ${JSON.stringify(r)}`);
}

const previous = existsSync(previousPath) ? JSON.parse(readFileSync(previousPath, 'utf8')) : [];
const aliases = previous.filter((r) => !currentCodes.has(r.c)).map((r) => {
  const s = documentedSuccessors[r.c] ?? r.s;
  return { c: r.c, n: r.n, ...(r.p !== undefined ? { p: r.p } : {}), a: true, ...(s ? { s } : {}) };
}).sort(byCodeOrder);
const allCodes = new Set([...currentCodes, ...aliases.map((a) => a.c)]);
for (const a of aliases) {
  if (a.p !== undefined && !allCodes.has(a.p)) throw new Error(`alias ${a.c} has parent ${a.p}, which is gone`);
  if (a.s !== undefined && !currentCodes.has(a.s)) throw new Error(`alias ${a.c} points to ${a.s}, which is not current`);
}

// One region a line: still small, and a regenerated file diffs readably.
const regions = [...current, ...aliases];
writeFileSync(out, '[\n' + regions.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`MCA ${year} (${dataFile}): ${provinces.length} provinces, ${cities.length} cities ` +
  `(${groupings.size} grouping rows), ${districts.length} districts; ${aliases.length} aliases ` +
  `(${aliases.filter((a) => a.s).length} with a successor) kept from ${previousPath} -> ${out}`);

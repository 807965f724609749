// Regenerates src/main/resources/gazetteer/nuts.tsv from Eurostat's Nuts2json label points: every NUTS
// region (levels 0-3) of each version, with the versions it belongs to, its label point, its
// national-language names, the codes that replaced it in the next version and, where it is not the code
// less its last character, its parent.
// Hand-kept English names and record spellings stay in nuts-names.tsv, which this script never touches.
// Usage: node build-nuts.mjs DIR, where DIR holds Nuts2json's pub/v2 folder as published
// (DIR/{version}/4326/nutspt_{level}.json, GeoJSON points whose properties are id and na).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSIONS = ['2010', '2013', '2016', '2021', '2024'];
const LEVELS = [0, 1, 2, 3];
const CODE = /^[A-Z]{2}[0-9A-Z]{0,3}$/;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', 'src', 'main', 'resources', 'gazetteer', 'nuts.tsv');

// Same folding as org.goodpractice.place.PlaceNames.key, so names compare as the Java side compares them.
const FOLD = { 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ı': 'i', 'þ': 'th' };
function key(name) {
  const lower = name.toLowerCase().replace(/[łøæœßđıþ]/g, c => FOLD[c]);
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function fail(message) {
  console.error(`build-nuts: ${message}`);
  process.exit(1);
}

function readLevel(dir, version, level) {
  const file = join(dir, version, '4326', `nutspt_${level}.json`);
  if (!existsSync(file)) fail(`${file} is missing; DIR must be a copy of Nuts2json's pub/v2 folder`);
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: not JSON (${e.message})`);
  }
  if (!Array.isArray(json.features)) fail(`${file}: no "features" array; is it a Nuts2json nutspt file?`);
  return json.features.map((f, i) => {
    const where = `${file}: feature ${i + 1}`;
    const { id, na } = f.properties ?? {};
    const [lon, lat] = f.geometry?.coordinates ?? [];
    if (typeof id !== 'string' || !CODE.test(id) || id.length !== level + 2) fail(`${where}: id "${id}" is not a NUTS-${level} code`);
    if (typeof na !== 'string' || !na.trim()) fail(`${where} (${id}): property "na" (the name) is missing`);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) fail(`${where} (${id}): geometry has no point coordinates`);
    return { code: id, name: na.trim().replace(/\s+/g, ' '), lon, lat };
  });
}

const dir = process.argv[2] ?? fail('usage: node build-nuts.mjs DIR (a copy of Nuts2json\'s pub/v2 folder)');
const versions = VERSIONS.filter(v => existsSync(join(dir, v)));
if (versions.length === 0) fail(`${dir} holds none of the versions ${VERSIONS.join(', ')}`);

const regions = new Map();
const codesByVersion = new Map();
for (const version of versions) {
  const codes = new Map();
  for (const level of LEVELS) {
    for (const r of readLevel(dir, version, level)) {
      const seen = codes.get(r.code);
      if (seen && seen.name === r.name) {
        console.warn(`build-nuts: ${version}: ${r.code} ${r.name} appears twice; kept once`); // 2024's LV00C
        continue;
      }
      if (seen) fail(`${version}: ${r.code} appears twice, as "${seen.name}" and "${r.name}"`);
      r.parent = level === 0 ? null : parentOf(r.code, codes, version);
      codes.set(r.code, r);
      const entry = regions.get(r.code) ?? { code: r.code, versions: [], names: [], lon: r.lon, lat: r.lat, later: new Set(), parents: new Set() };
      entry.versions.push(version);
      addName(entry.names, r.name);
      if (r.parent && r.parent !== r.code.slice(0, -1)) entry.parents.add(r.parent);
      regions.set(r.code, entry);
    }
  }
  codesByVersion.set(version, codes);
}

// Versions spell some names in capitals (2013's "VLAAMS GEWEST") or without a letter's accent (2013's
// "Lódzkie"): one name under the same key, in its first spelling unless that was all capitals.
function addName(names, name) {
  const i = names.findIndex(n => key(n) === key(name));
  if (i < 0) names.push(name);
  else if (names[i] === names[i].toUpperCase() && name !== name.toUpperCase()) names[i] = name;
}

// A code's parent is the code less its last character, except where Eurostat numbered on past 9 under
// one parent: NUTS 2016 and 2021 put UKN06 to UKN16 in UKN0, and there is no UKN1. Then the parent is
// the one region a level up that shares the grandparent.
function parentOf(code, codes, version) {
  const direct = code.slice(0, -1);
  if (codes.has(direct)) return direct;
  const grand = code.slice(0, -2);
  const candidates = [...codes.keys()].filter(c => c.length === direct.length && c.startsWith(grand));
  if (candidates.length !== 1) fail(`${version}: ${code} has no parent ${direct} in nutspt_${code.length - 3}.json`);
  return candidates[0];
}

// Links between versions, from each version to the next (a code that carries over is one IRI in both
// versions' schemes, its names in both kept as labels, so it needs no link). A code that a version drops:
//  - exact: a code the next version adds under the same name in the same country and level names the
//    same region recoded (SI012 Podravska became SI032 Podravska in 2013);
//  - close: otherwise, an added code of the same country and level whose name contains the dropped one's
//    or is contained in it, or whose label point lies within 0.05 degrees of the dropped one's, names a
//    similar territory (boundaries may have moved; Nuts2json's points do not say by how much).
const NEAR = 0.05;
for (let i = 1; i < versions.length; i++) {
  const before = codesByVersion.get(versions[i - 1]);
  const after = codesByVersion.get(versions[i]);
  const added = [...after.values()].filter(r => !before.has(r.code));
  for (const gone of [...before.values()].filter(r => !after.has(r.code))) {
    const peers = added.filter(r => r.code.length === gone.code.length && r.code.slice(0, 2) === gone.code.slice(0, 2));
    const same = peers.filter(r => key(r.name) === key(gone.name));
    const links = regions.get(gone.code).later;
    if (same.length > 0) {
      same.forEach(r => links.add(`exact:${r.code}`));
      continue;
    }
    for (const r of peers) {
      const a = ` ${key(r.name)} `, b = ` ${key(gone.name)} `;
      const near = Math.abs(r.lon - gone.lon) <= NEAR && Math.abs(r.lat - gone.lat) <= NEAR;
      if (a.includes(b) || b.includes(a) || near) links.add(`close:${r.code}`);
    }
  }
}

const header = [
  `# NUTS regions of the versions ${versions.join(', ')}, levels 0 to 3. Generated by scripts/gazetteer/build-nuts.mjs`,
  '# from Eurostat\'s Nuts2json label points (see README.md); do not edit: hand-kept names go in nuts-names.tsv.',
  '# Columns (tab-separated): NUTS code (the level is its length less 2), the NUTS versions that have the',
  '#   code, label point longitude and latitude (WGS84, of the first of those versions), the names in the',
  '#   national language(s) (the first version\'s first, then any later renaming, separated by "|"), the',
  '#   codes that replaced it in the next version ("exact:CODE" under the same name, "close:CODE" for a',
  '#   similar territory, separated by " ") and the parent code where it is not the code less its last',
  '#   character (UKN06 to UKN16 lie in UKN0).',
];
const rows = [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)).map(r =>
  [r.code, r.versions.join(' '), r.lon, r.lat, r.names.join('|'), [...r.later].join(' '), [...r.parents].join(' ')].join('\t').trimEnd());
writeFileSync(target, header.concat(rows).join('\n') + '\n');
console.log(`build-nuts: ${rows.length} regions of ${versions.join(', ')} written to ${target}`);

// nuts-added.tsv holds by hand the regions Nuts2json gives no point (the gazetteer merges it when it loads
// and refuses a code and version both files have): say which of its rows this Nuts2json now covers.
const added = join(dirname(target), 'nuts-added.tsv');
for (const line of readFileSync(added, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'))) {
  const [code, list] = line.split('\t');
  const covered = list.trim().split(/\s+/).filter(v => regions.get(code)?.versions.includes(v));
  if (covered.length > 0) console.warn(`build-nuts: Nuts2json now has ${code} of ${covered.join(' ')}; remove that from ${added}`);
}

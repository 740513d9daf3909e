#!/usr/bin/env node
// Transforms the npm package @etalab/decoupage-administratif into the compact referential
// the application ships under resources/geo/ (see README, « Référentiel des communes »).
//
//   cd "$(mktemp -d)" && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf *.tgz
//   node /path/to/repo/src/tools/geo/build-referential.mjs ./package /path/to/repo/resources/geo
//
// Output (UTF-8, tab-separated, one header line starting with '#'):
//   departements.tsv  code, name, region code
//   epci.tsv          SIREN code, name, type (CC, CA, CU, METRO…)
//   communes.tsv      INSEE code, name, département, postal codes (comma-separated),
//                     population, EPCI SIREN code (empty when none)
//   SOURCE.properties package, version, licence, population vintage, counts
// communes.tsv and epci.tsv are in alphabetical order of their folded names (see searchKey),
// the order the application ranks homonyms of equal population in: it then loads them
// without sorting (a test checks that the Java search keys are in this order).
// Only current communes ("commune-actuelle") are kept. An EPCI's population is not copied: the
// package's EPCI figures come from the DGCL file (an older population vintage than the
// communes'), so the application sums its member communes instead.
//
// The package does not state the population vintage in its data: VINTAGES below records it
// per package version, established from the package's README (INSEE page cited) and by
// comparing figures (see the comments). For another version, set POPULATION_VINTAGE (and
// POPULATION_VINTAGE_976 for Mayotte) or the file records the vintage as unknown.
import fs from 'node:fs';
import path from 'node:path';

const [, , packageDir, outDir] = process.argv;
if (!packageDir || !outDir) {
  console.error('usage: build-referential.mjs <package dir> <output dir>');
  process.exit(2);
}
const read = (name) => JSON.parse(fs.readFileSync(path.join(packageDir, 'data', name), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
// Package version → population vintage of communes.json.
//   6.0.0: README cites INSEE page 8680726 = « Populations légales 2023 » (en vigueur au
//          1er janvier 2026); Paris 2 103 778 (the 2022 figure, 2 113 705, is the one the DGCL
//          EPCI file of the same package carries). Mayotte: 2017 census (README; the 17
//          communes sum to 256 518, the 2017 census total).
const VINTAGES = {
  '6.0.0': {
    year: '2023',
    note: 'Populations légales millésime 2023, en vigueur au 1er janvier 2026 (INSEE, '
      + 'https://www.insee.fr/fr/statistiques/8680726) ; Mayotte : recensement de 2017',
    departements: { '976': '2017' },
  },
};
const vintage = process.env.POPULATION_VINTAGE
  ? {
    year: process.env.POPULATION_VINTAGE,
    note: process.env.POPULATION_VINTAGE_NOTE || `Populations légales millésime ${process.env.POPULATION_VINTAGE}`,
    departements: process.env.POPULATION_VINTAGE_976 ? { '976': process.env.POPULATION_VINTAGE_976 } : {},
  }
  : VINTAGES[pkg.version] || {
    year: '',
    note: 'millésime non précisé par le paquet (voir les sources citées dans son README)',
    departements: {},
  };
// The application's search key (SearchKeys.key in Java): no accents, lower case, separators as
// one space, « st » as « saint ». Only its order matters here.
const ABBREVIATIONS = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const searchKey = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[œ]/g, 'oe').replace(/[æ]/g, 'ae').replace(/ß/g, 'ss')
  .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').map((w) => ABBREVIATIONS[w] || w).join(' ');
const byName = (a, b) => {
  const ka = searchKey(a.nom);
  const kb = searchKey(b.nom);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
};
const clean = (text) => String(text).replace(/[\t\r\n]+/g, ' ').trim();

// Départements with a CPAM: metropolitan France and the five DROM (not the COM).
const departements = read('departements.json').filter((d) => d.zone !== 'com');
const epcis = read('epci.json').sort(byName);
const departementCodes = new Set(departements.map((d) => d.code));
const communes = read('communes.json')
  .filter((c) => c.type === 'commune-actuelle' && departementCodes.has(c.departement))
  .sort(byName);

const epciOfCommune = new Map();
for (const epci of epcis) {
  for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
}

const write = (name, header, rows) => {
  const lines = [`#${header.join('\t')}`, ...rows.map((r) => r.map(clean).join('\t'))];
  fs.writeFileSync(path.join(outDir, name), lines.join('\n') + '\n');
};

fs.mkdirSync(outDir, { recursive: true });
write('departements.tsv', ['code', 'name', 'region'],
  departements.map((d) => [d.code, d.nom, d.region]));
write('epci.tsv', ['code', 'name', 'type'],
  epcis.map((e) => [e.code, e.nom, e.type]));
write('communes.tsv', ['code', 'name', 'departement', 'postalCodes', 'population', 'epci'],
  communes.map((c) => [c.code, c.nom, c.departement, (c.codesPostaux || []).join(','),
    c.population ?? '', epciOfCommune.get(c.code) ?? '']));

const source = {
  'package': pkg.name,
  'package.version': pkg.version,
  'licence.data': 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  'licence.code': pkg.license,
  'population.source': 'INSEE population municipale',
  'population.vintage': vintage.year,
  'population.vintage.note': vintage.note,
  ...Object.fromEntries(Object.entries(vintage.departements)
    .map(([dep, year]) => [`population.vintage.${dep}`, year])),
  'communes.count': String(communes.length),
  'epci.count': String(epcis.length),
  'departements.count': String(departements.length),
};
fs.writeFileSync(path.join(outDir, 'SOURCE.properties'),
  '# Generated by src/tools/geo/build-referential.mjs; do not edit by hand.\n' +
  Object.entries(source).map(([k, v]) => `${k}=${v.replace(/[^\x00-\x7f]/g,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'))}`).join('\n') + '\n');
console.log(`communes ${communes.length}, EPCI ${epcis.length}, départements ${departements.length}`);

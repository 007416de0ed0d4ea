// Builds the wage table that demo and synthetic job postings take their pay ranges from
// (server/reference/postings/wages.json) out of the BLS OEWS May 2024 national file. Usage:
//   node scripts/build-posting-wages.mjs <national_M2024_dl.tsv> [output-folder]
// The TSV is the first sheet of BLS's national_M2024_dl.xlsx saved as tab-separated text. The
// output is deterministic: the same source always gives a byte-identical file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = process.argv[2];
const OUT = process.argv[3]
  ? path.resolve(process.argv[3])
  : path.join(ROOT, 'server/reference/postings');
if (!SOURCE) {
  console.error('Usage: node scripts/build-posting-wages.mjs <national_M2024_dl.tsv> [output]');
  process.exit(1);
}

// BLS marks a wage at or above $115.00 an hour ($239,200 a year) with "#": that floor stands in.
const TOP_HOURLY = 115;
const HOURS_A_YEAR = 2080;

/** An hourly wage from the hourly column, else the annual one; null where BLS suppressed both. */
function hourly(hourlyText, annualText) {
  if (hourlyText === '#') return TOP_HOURLY;
  const h = Number(hourlyText);
  if (hourlyText && Number.isFinite(h)) return h;
  if (annualText === '#') return TOP_HOURLY;
  const a = Number(annualText);
  return annualText && Number.isFinite(a) ? Math.round((a / HOURS_A_YEAR) * 100) / 100 : null;
}

const lines = fs.readFileSync(SOURCE, 'utf8').split(/\r?\n/);
const header = lines[0].split('\t');
const col = (name) => {
  const at = header.indexOf(name);
  if (at < 0) throw new Error(`${SOURCE} has no ${name} column`);
  return at;
};
const C = {
  code: col('OCC_CODE'),
  group: col('O_GROUP'),
  h25: col('H_PCT25'),
  h50: col('H_MEDIAN'),
  h75: col('H_PCT75'),
  a25: col('A_PCT25'),
  a50: col('A_MEDIAN'),
  a75: col('A_PCT75'),
  annual: col('ANNUAL'),
};
const wages = new Map();
for (const line of lines.slice(1)) {
  const f = line.split('\t');
  if (f[C.group] !== 'detailed') continue;
  const p25 = hourly(f[C.h25], f[C.a25]);
  const p50 = hourly(f[C.h50], f[C.a50]);
  const p75 = hourly(f[C.h75], f[C.a75]);
  if (p25 === null || p50 === null || p75 === null) continue;
  wages.set(f[C.code], [p25, p50, p75, f[C.annual] === 'TRUE' ? 1 : 0]);
}
const codes = [...wages.keys()].sort();
const body = codes.map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(wages.get(code))}`);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'wages.json'), `{\n${body.join(',\n')}\n}\n`);
console.log(`${codes.length} occupations written to ${path.join(OUT, 'wages.json')}`);

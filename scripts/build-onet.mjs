// Builds the O*NET occupation catalog that the server ships (server/reference/onet/) from the O*NET
// 29.2 text database. Usage: node scripts/build-onet.mjs [source-folder] [output-folder]
// (defaults: ../shared/data/onet-29.2 relative to the repository root, and server/reference/onet).
// The output is deterministic: the same source files always give byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Folders given on the command line are relative to the current directory.
const SOURCE = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(ROOT, '../shared/data/onet-29.2');
const OUT = process.argv[3]
  ? path.resolve(process.argv[3])
  : path.join(ROOT, 'server/reference/onet');
const VERSION = '29.2';

const MAX_TASKS = 15;
const MAX_TECHNOLOGY = 40;
const TASK_TYPES = ['Core', 'Supplemental'];
const RELATED_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'];

/** Reads one tab-delimited O*NET file into objects keyed by its header; "n/a" becomes null. */
function readTable(file, required) {
  const full = path.join(SOURCE, file);
  if (!fs.existsSync(full)) throw new Error(`Missing ${full}`);
  const lines = fs
    .readFileSync(full, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = lines.shift().split('\t');
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${file}: no column "${column}"`);
  }
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}, line ${i + 2}: ${cells.length} cells, expected ${header.length}`);
    }
    return Object.fromEntries(
      header.map((name, j) => {
        const value = cells[j].trim();
        return [name, value === 'n/a' || value === '' ? null : value];
      }),
    );
  });
}

/** Same normalization as the server's search (onet.catalog.ts), used here only to deduplicate. */
function normalize(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

const ABBREVIATIONS = new Set(['etc', 'inc', 'co', 'corp', 'ltd', 'dr', 'mr', 'mrs', 'ms', 'st']);

/** The first sentence, without splitting at "U.S.", "e.g." and the like. */
function firstSentence(text) {
  const end = /[.!?](?=\s+["'(]?[A-Z0-9])/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const word = text.slice(0, m.index).split(/\s+/).pop() ?? '';
    if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** One array element or object member per line: compact, yet diffs stay readable. */
function writeJson(name, value) {
  const body = Array.isArray(value)
    ? value.map((item) => JSON.stringify(item))
    : Object.keys(value)
        .sort(byString)
        .map((key) => `${JSON.stringify(key)}:${JSON.stringify(value[key])}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const text = `${open}\n${body.join(',\n')}\n${close}\n`;
  fs.writeFileSync(path.join(OUT, name), text);
  return { name, bytes: Buffer.byteLength(text) };
}

function groupByCode(rows, known, file) {
  const groups = new Map();
  for (const row of rows) {
    const code = row['O*NET-SOC Code'];
    if (!known.has(code)) throw new Error(`${file}: unknown O*NET-SOC code ${code}`);
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(row);
  }
  return groups;
}

// Occupations, with their job zone: the index table of titles.json.
const occupationRows = readTable('Occupation Data.txt', ['O*NET-SOC Code', 'Title', 'Description']);
const jobZones = new Map(
  readTable('Job Zones.txt', ['O*NET-SOC Code', 'Job Zone']).map((row) => [
    row['O*NET-SOC Code'],
    Number(row['Job Zone']),
  ]),
);
const occupations = occupationRows
  .map((row) => ({
    code: row['O*NET-SOC Code'],
    title: row.Title,
    description: firstSentence(row.Description ?? ''),
    jobZone: jobZones.get(row['O*NET-SOC Code']) ?? null,
  }))
  .sort((a, b) => byString(a.code, b.code));
const codes = new Set(occupations.map((o) => o.code));
if (codes.size !== occupations.length) throw new Error('Occupation Data.txt: duplicate codes');
for (const code of jobZones.keys()) {
  if (!codes.has(code)) throw new Error(`Job Zones.txt: unknown O*NET-SOC code ${code}`);
}
const codeIndex = new Map(occupations.map((o, i) => [o.code, i]));

// Alternate titles and short titles, one per (normalized title, code), with how many distinct
// O*NET sources reported it (the search's tie-breaker). Main titles are not repeated.
const altRows = readTable('Alternate Titles.txt', [
  'O*NET-SOC Code',
  'Alternate Title',
  'Short Title',
  'Source(s)',
]);
const titlesByCode = new Map(occupations.map((o) => [o.code, new Map()]));
const skipped = { sameAsMain: 0, merged: 0 };
for (const row of altRows) {
  const code = row['O*NET-SOC Code'];
  const perCode = titlesByCode.get(code);
  if (!perCode) throw new Error(`Alternate Titles.txt: unknown O*NET-SOC code ${code}`);
  const sources = (row['Source(s)'] ?? '').split(',').filter(Boolean);
  const mainKey = normalize(occupations[codeIndex.get(code)].title);
  for (const title of [row['Alternate Title'], row['Short Title']]) {
    if (!title) continue;
    const key = normalize(title);
    if (!key || key === mainKey) {
      skipped.sameAsMain += 1;
      continue;
    }
    const seen = perCode.get(key);
    if (seen) {
      skipped.merged += 1;
      for (const s of sources) seen.sources.add(s);
    } else perCode.set(key, { title, sources: new Set(sources) });
  }
}
const titles = [];
for (const [code, perCode] of titlesByCode) {
  const index = codeIndex.get(code);
  for (const { title, sources } of perCode.values()) titles.push([title, index, sources.size]);
}
titles.sort((a, b) => a[1] - b[1] || byString(a[0], b[0]));

// Task statements: Core, then Supplemental, then untyped, each in the file's order.
const taskRows = readTable('Task Statements.txt', ['O*NET-SOC Code', 'Task', 'Task Type']);
const tasks = {};
for (const [code, rows] of groupByCode(taskRows, codes, 'Task Statements.txt')) {
  const rank = (row) => {
    const i = TASK_TYPES.indexOf(row['Task Type']);
    return i === -1 ? TASK_TYPES.length : i;
  };
  const seen = new Set();
  tasks[code] = rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.order - b.order)
    .map(({ row }) => [row.Task.replace(/\s+/g, ' '), row['Task Type']])
    .filter(([task]) => !seen.has(task) && seen.add(task))
    .slice(0, MAX_TASKS);
}

// Related occupations, by relatedness tier, in the file's index order.
const relatedRows = readTable('Related Occupations.txt', [
  'O*NET-SOC Code',
  'Related O*NET-SOC Code',
  'Relatedness Tier',
  'Index',
]);
const related = {};
for (const [code, rows] of groupByCode(relatedRows, codes, 'Related Occupations.txt')) {
  const tiers = {};
  for (const row of [...rows].sort((a, b) => Number(a.Index) - Number(b.Index))) {
    const other = row['Related O*NET-SOC Code'];
    const tier = row['Relatedness Tier'];
    if (!codes.has(other)) throw new Error(`Related Occupations.txt: unknown code ${other}`);
    if (!RELATED_TIERS.includes(tier)) throw new Error(`Related Occupations.txt: tier ${tier}`);
    (tiers[tier] ??= []).push(other);
  }
  related[code] = Object.fromEntries(
    RELATED_TIERS.filter((tier) => tiers[tier]).map((tier) => [tier, tiers[tier]]),
  );
}

// Technology skills: [name, flags], flags 1 = Hot Technology, 2 = In Demand; hot ones first.
const techRows = readTable('Technology Skills.txt', [
  'O*NET-SOC Code',
  'Example',
  'Hot Technology',
  'In Demand',
]);
const technology = {};
for (const [code, rows] of groupByCode(techRows, codes, 'Technology Skills.txt')) {
  const flags = new Map();
  for (const row of rows) {
    const f = (row['Hot Technology'] === 'Y' ? 1 : 0) | (row['In Demand'] === 'Y' ? 2 : 0);
    flags.set(row.Example, (flags.get(row.Example) ?? 0) | f);
  }
  const score = (f) => (f & 1 ? 2 : 0) + (f & 2 ? 1 : 0);
  technology[code] = [...flags]
    .sort(
      (a, b) =>
        score(b[1]) - score(a[1]) ||
        byString(a[0].toLowerCase(), b[0].toLowerCase()) ||
        byString(a[0], b[0]),
    )
    .slice(0, MAX_TECHNOLOGY);
}

fs.mkdirSync(OUT, { recursive: true });
const written = [
  writeJson('occupations.json', occupations),
  writeJson('titles.json', titles),
  writeJson('tasks.json', tasks),
  writeJson('related.json', related),
  writeJson('technology.json', technology),
];

const SOURCE_MD = `# O*NET occupation catalog

This product includes information from the O*NET ${VERSION} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.

License: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ and https://www.onetcenter.org/license_db.html.
The data below was selected and reshaped from the original; USDOL/ETA has not reviewed or endorsed
these changes.

These files are product data, checked in, and read by \`server/src/modules/onet/onet.catalog.ts\`.
Do not edit them by hand: rebuild them from the O*NET ${VERSION} text files with

    node scripts/build-onet.mjs [folder with the O*NET text files] [output folder]

The same source files always give byte-identical output. One array element or object member per
line; object keys are O*NET-SOC codes in ascending order.

| File | Content |
| --- | --- |
| \`occupations.json\` | \`[{ code, title, description, jobZone }]\`, ascending by code, one per O*NET-SOC code (${occupations.length}). \`description\` is the first sentence of O*NET's description. \`jobZone\` is 1 to 5, or null where O*NET has none (the "All Other" codes and some others). This array's order is the index table of \`titles.json\`. |
| \`titles.json\` | \`[[title, occupationIndex, sources]]\` (${titles.length}): the alternate titles and short titles (for example "RN"), one per occupation and title after normalizing case and punctuation, leaving out those equal to the occupation's own title. \`sources\` is the number of distinct O*NET sources that reported the title (the "Source(s)" column, merged over duplicate rows). |
| \`tasks.json\` | \`{ code: [[task, type]] }\`: task statements, Core first, then Supplemental, then those without a type (\`null\`), each in O*NET's order; at most ${MAX_TASKS} per occupation. |
| \`related.json\` | \`{ code: { "Primary-Short": [code], "Primary-Long": [code], "Supplemental": [code] } }\`: related occupations by relatedness tier, in O*NET's index order. |
| \`technology.json\` | \`{ code: [[name, flags]] }\`: distinct technology skill examples, at most ${MAX_TECHNOLOGY} per occupation. \`flags\`: 1 = Hot Technology, 2 = In Demand (3 = both). Hot technologies first, then In Demand, then by name. |

Source files used: Occupation Data.txt, Alternate Titles.txt, Task Statements.txt, Job Zones.txt,
Related Occupations.txt and Technology Skills.txt of the O*NET ${VERSION} Database (February 2025
release, O*NET-SOC 2019 taxonomy).
`;
fs.writeFileSync(path.join(OUT, 'SOURCE.md'), SOURCE_MD);

const total = written.reduce((sum, f) => sum + f.bytes, 0);
for (const f of written) console.log(`${f.name.padEnd(18)} ${(f.bytes / 1024).toFixed(0)} KiB`);
console.log(`total              ${(total / 1024).toFixed(0)} KiB`);
console.log(
  `${occupations.length} occupations, ${titles.length} titles ` +
    `(${skipped.sameAsMain} equal to the main title and ${skipped.merged} duplicates left out), ` +
    `tasks for ${Object.keys(tasks).length}, related for ${Object.keys(related).length}, ` +
    `technology for ${Object.keys(technology).length}`,
);

// SEEK-8 benchmark: how well uploaded resumes are parsed. Reads every file of the test corpus
// (test-fixtures/resumes/files, made by scripts/resume-corpus.ts), extracts and parses it, and
// compares the draft with the file's truth. Prints one JSON line per field and a final overall line.
// Run from the repository root: npm run bench -- resume-parse [--verbose]
//
// Matching, per field:
// - Text is normalized before comparing: accents removed, lower case, punctuation and repeated
//   spaces collapsed to one space. Phone numbers compare on their last 10 digits, ZIP codes on 5.
// - contact.name ("first last"), contact.email, contact.phone, contact.zip: one value per file.
//   Predicted = files where the parser gave a value; actual = files where the truth has one;
//   a hit = both present and equal after normalizing.
// - work.title, work.employer, education.institution, education.level, skills, licenses (names):
//   the file's values as a multiset; hits = size of the overlap of the parsed and true multisets.
// - work.startDate, work.endDate: each true job is paired with the parsed job of the same title,
//   else the same employer, else the same position in the list; a hit = the paired dates are equal
//   (YYYY-MM, so a layout that prints years only cannot score). A current job's end is "present".
// Precision = hits / predicted, recall = hits / actual. "overall" sums hits, predicted and actual
// over all fields (micro-average). ms per file covers text extraction and parsing, timed after one
// untimed warm-up file that loads the PDF and Word libraries.
import fs from 'node:fs';
import path from 'node:path';
import { structuredResume, type StructuredResume, type WorkEntry } from '@onestop/contracts';
import { importResume } from '../src/modules/resumes/import-resume';

const FIELDS = [
  'contact.name',
  'contact.email',
  'contact.phone',
  'contact.zip',
  'work.title',
  'work.employer',
  'work.startDate',
  'work.endDate',
  'education.institution',
  'education.level',
  'skills',
  'licenses',
] as const;
type Field = (typeof FIELDS)[number];
interface Tally {
  hits: number;
  predicted: number;
  actual: number;
}

const verbose = process.argv.includes('--verbose');
const corpus = path.resolve('test-fixtures/resumes');
const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as Record<
  string,
  { truth: string; template: string }
>;

function normalize(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const tallies = new Map<Field, Tally>(
  FIELDS.map((field) => [field, { hits: 0, predicted: 0, actual: 0 }]),
);
function count(
  field: Field,
  hits: number,
  predicted: number,
  actual: number,
  file: string,
  detail: unknown,
) {
  const tally = tallies.get(field) as Tally;
  tally.hits += hits;
  tally.predicted += predicted;
  tally.actual += actual;
  if (verbose && (hits < predicted || hits < actual)) {
    process.stderr.write(`${file} ${field}: ${JSON.stringify(detail)}\n`);
  }
}

function scalar(field: Field, parsed: string, truth: string, file: string) {
  count(field, parsed && parsed === truth ? 1 : 0, parsed ? 1 : 0, truth ? 1 : 0, file, {
    parsed,
    truth,
  });
}

function multiset(field: Field, parsed: string[], truth: string[], file: string) {
  const left = parsed.filter(Boolean);
  const right = truth.filter(Boolean);
  const remaining = [...right];
  let hits = 0;
  for (const value of left) {
    const at = remaining.indexOf(value);
    if (at >= 0) {
      hits += 1;
      remaining.splice(at, 1);
    }
  }
  count(field, hits, left.length, right.length, file, {
    missed: remaining,
    extra: left.filter((v) => !right.includes(v)),
  });
}

const endOf = (job: WorkEntry) => job.endDate ?? (job.startDate ? 'present' : null);

function dates(parsed: WorkEntry[], truth: WorkEntry[], file: string) {
  const used = new Set<number>();
  const pairs: [WorkEntry, WorkEntry | undefined][] = truth.map((job, index) => {
    const same = (key: 'title' | 'employer') =>
      parsed.findIndex(
        (p, i) =>
          !used.has(i) && normalize(p[key]) !== '' && normalize(p[key]) === normalize(job[key]),
      );
    let match = same('title');
    if (match < 0) match = same('employer');
    if (match < 0 && index < parsed.length && !used.has(index)) match = index;
    if (match >= 0) used.add(match);
    return [job, match >= 0 ? parsed[match] : undefined];
  });
  for (const [field, value] of [
    ['work.startDate', (job: WorkEntry) => job.startDate],
    ['work.endDate', endOf],
  ] as const) {
    const hits = pairs.filter(([t, p]) => p && value(t) !== null && value(p) === value(t)).length;
    const predicted = parsed.filter((job) => value(job) !== null).length;
    const actual = truth.filter((job) => value(job) !== null).length;
    count(
      field,
      hits,
      predicted,
      actual,
      file,
      pairs.map(([t, p]) => [value(t), p ? value(p) : null]),
    );
  }
}

function compare(file: string, draft: StructuredResume, truth: StructuredResume) {
  const name = (r: StructuredResume) => normalize(`${r.contact.firstName} ${r.contact.lastName}`);
  const phone = (r: StructuredResume) => (r.contact.phone ?? '').replace(/\D/g, '').slice(-10);
  scalar('contact.name', name(draft), name(truth), file);
  scalar('contact.email', normalize(draft.contact.email), normalize(truth.contact.email), file);
  scalar('contact.phone', phone(draft), phone(truth), file);
  scalar(
    'contact.zip',
    (draft.contact.zip ?? '').slice(0, 5),
    (truth.contact.zip ?? '').slice(0, 5),
    file,
  );
  multiset(
    'work.title',
    draft.work.map((j) => normalize(j.title)),
    truth.work.map((j) => normalize(j.title)),
    file,
  );
  multiset(
    'work.employer',
    draft.work.map((j) => normalize(j.employer)),
    truth.work.map((j) => normalize(j.employer)),
    file,
  );
  dates(draft.work, truth.work, file);
  multiset(
    'education.institution',
    draft.education.map((e) => normalize(e.institution)),
    truth.education.map((e) => normalize(e.institution)),
    file,
  );
  multiset(
    'education.level',
    draft.education.map((e) => e.level ?? ''),
    truth.education.map((e) => e.level ?? ''),
    file,
  );
  multiset('skills', draft.skills.map(normalize), truth.skills.map(normalize), file);
  multiset(
    'licenses',
    draft.licenses.map((l) => normalize(l.name)),
    truth.licenses.map((l) => normalize(l.name)),
    file,
  );
}

const files = Object.keys(manifest).sort();
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(corpus, 'files', name)));
// Warm-up: the first PDF and the first Word file load their libraries.
for (const ext of ['.pdf', '.docx']) {
  const first = files.find((name) => name.endsWith(ext));
  if (first) await importResume(read(first));
}
let totalMs = 0;
for (const name of files) {
  const entry = manifest[name] as { truth: string };
  const truth = structuredResume.parse(
    JSON.parse(fs.readFileSync(path.join(corpus, 'truth', entry.truth), 'utf8')),
  );
  const bytes = read(name);
  const started = performance.now();
  const { draft } = await importResume(bytes);
  totalMs += performance.now() - started;
  compare(name, draft, truth);
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const sum: Tally = { hits: 0, predicted: 0, actual: 0 };
for (const field of FIELDS) {
  const tally = tallies.get(field) as Tally;
  sum.hits += tally.hits;
  sum.predicted += tally.predicted;
  sum.actual += tally.actual;
  const line = {
    metric: 'resume-parse',
    field,
    precision: ratio(tally.hits, tally.predicted),
    recall: ratio(tally.hits, tally.actual),
    files: files.length,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
const overall = {
  metric: 'resume-parse',
  field: 'overall',
  precision: ratio(sum.hits, sum.predicted),
  recall: ratio(sum.hits, sum.actual),
  files: files.length,
  msPerFile: Math.round((totalMs / files.length) * 10) / 10,
};
process.stdout.write(`${JSON.stringify(overall)}\n`);

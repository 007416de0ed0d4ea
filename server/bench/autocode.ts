// Occupation autocoder benchmark: how often the suggested O*NET-SOC code is right, and how fast.
// The evaluation set is the hold-out of autocode.split.ts: about 8% of the O*NET alternate titles,
// chosen by a hash of the normalized title and left out of everything the coder indexes. Each
// title is coded alone (O*NET gives no posting text for it). A title O*NET lists under several
// occupations counts as right when the suggestion is any of them. "major" compares the 2-digit
// SOC major group. Also reports how well the top suggestion's confidence matches its accuracy
// (mean confidence, and the expected calibration error over ten bins).
// Prints one JSON line. Run from the repository root:
//   npm run bench -- autocode [--dev]
// --dev evaluates on the development split instead, with it left out of the index: use it, never
// the hold-out, when changing weights.
import { Autocoder } from '../src/modules/autocode/autocode';
import { splitTitles } from '../src/modules/autocode/autocode.split';
import { readOnetSource } from '../src/modules/onet/onet.catalog';

const tuning = process.argv.includes('--dev');

const started = performance.now();
const source = readOnetSource();
const coder = new Autocoder(source, tuning);
const buildMs = performance.now() - started;
const { evaluation } = splitTitles(source, tuning);

const major = (code: string) => code.slice(0, 2);
let top1 = 0;
let top3 = 0;
let top1Major = 0;
let top3Major = 0;
const times: number[] = [];
const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, right: 0 }));
let confidenceSum = 0;

for (const item of evaluation) {
  const t0 = performance.now();
  const suggestions = coder.suggest({ title: item.title }, { limit: 3 });
  times.push(performance.now() - t0);
  const codes = suggestions.map((s) => s.code);
  const majors = new Set(item.codes.map(major));
  const first = codes[0];
  const right = first !== undefined && item.codes.includes(first);
  if (right) top1++;
  if (codes.some((c) => item.codes.includes(c))) top3++;
  if (first !== undefined && majors.has(major(first))) top1Major++;
  if (codes.some((c) => majors.has(major(c)))) top3Major++;
  const confidence = suggestions[0]?.confidence ?? 0;
  confidenceSum += confidence;
  const bin = bins[Math.min(9, Math.floor(confidence * 10))];
  if (bin) {
    bin.n++;
    bin.confidence += confidence;
    bin.right += right ? 1 : 0;
  }
}

const n = evaluation.length;
const share = (count: number) => Math.round((count / n) * 10000) / 10000;
times.sort((a, b) => a - b);
const percentile = (p: number) =>
  times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0;
const ms = (value: number) => Math.round(value * 100) / 100;
const ece = bins.reduce((sum, b) => sum + Math.abs(b.confidence - b.right) / n, 0);

process.stdout.write(
  `${JSON.stringify({
    bench: 'autocode',
    split: tuning ? 'dev' : 'holdout',
    evaluated: n,
    top1_6digit: share(top1),
    top3_6digit: share(top3),
    top1_major: share(top1Major),
    top3_major: share(top3Major),
    mean_confidence_top1: share(confidenceSum),
    ece_top1: Math.round(ece * 10000) / 10000,
    p50_ms: ms(percentile(50)),
    p95_ms: ms(percentile(95)),
    index_build_ms: Math.round(buildMs),
  })}\n`,
);

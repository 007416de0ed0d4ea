// Builds the resume parser's test corpus: renders each truth file in
// server/test-fixtures/resumes/truth/ into one PDF or Word file under files/, using five layouts
// in turn, and writes the broken files under broken/.
// Run from the repository root: node --import tsx scripts/resume-corpus.ts
// PDFs come out byte for byte the same on every run; Word files carry the time they were made,
// so a run changes their bytes but not their text.
import fs from 'node:fs';
import path from 'node:path';
import { structuredResume } from '@onestop/contracts';
import { PDFDocument, PDFString, StandardFonts } from 'pdf-lib';
import { TEMPLATES, type TemplateName } from './resume-corpus-templates';
import { writeDocx, writePdf, writeZip } from './resume-corpus-writers';

const root = path.resolve('server/test-fixtures/resumes');
const truthDir = path.join(root, 'truth');
const filesDir = path.join(root, 'files');
const brokenDir = path.join(root, 'broken');
const templateNames = Object.keys(TEMPLATES) as TemplateName[];

fs.rmSync(filesDir, { recursive: true, force: true });
fs.mkdirSync(filesDir, { recursive: true });
fs.mkdirSync(brokenDir, { recursive: true });

const truthFiles = fs
  .readdirSync(truthDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const manifest: Record<string, { truth: string; template: TemplateName }> = {};
let firstPdf: Uint8Array | null = null;
for (const [index, file] of truthFiles.entries()) {
  const resume = structuredResume.parse(
    JSON.parse(fs.readFileSync(path.join(truthDir, file), 'utf8')),
  );
  const template = templateNames[index % templateNames.length] as TemplateName;
  // Each layout appears in both formats: PDFs for the first five files, Word for the next five, and so on.
  const format = Math.floor(index / templateNames.length) % 2 === 0 ? 'pdf' : 'docx';
  const layout = TEMPLATES[template](resume);
  const bytes = format === 'pdf' ? await writePdf(layout) : await writeDocx(layout);
  const name = `${file.replace(/\.json$/, '')}.${format}`;
  fs.writeFileSync(path.join(filesDir, name), bytes);
  manifest[name] = { truth: file, template };
  if (format === 'pdf') firstPdf ??= bytes;
}
fs.writeFileSync(path.join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// Broken files for the error tests.
if (!firstPdf) throw new Error('No PDF was generated.');
fs.writeFileSync(
  path.join(brokenDir, 'truncated.pdf'),
  firstPdf.subarray(0, Math.floor(firstPdf.length * 0.4)),
);

let seed = 20250101;
const random = Uint8Array.from({ length: 4096 }, () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed & 0xff;
});
fs.writeFileSync(path.join(brokenDir, 'random-bytes.pdf'), random);

fs.writeFileSync(
  path.join(brokenDir, 'not-a-docx.docx'),
  writeZip({ 'notes.txt': 'Not a Word document.', 'data/list.csv': 'a,b\n1,2\n' }),
);

// A PDF that claims encryption: pdf.js asks for a password it never gets.
const locked = await PDFDocument.create({ updateMetadata: false });
locked
  .addPage()
  .drawText('Secret resume', { font: await locked.embedFont(StandardFonts.Helvetica) });
const encrypt = locked.context.obj({
  Filter: 'Standard',
  V: 1,
  R: 2,
  Length: 40,
  P: -44,
  O: PDFString.of('0123456789abcdef0123456789abcdef'),
  U: PDFString.of('fedcba9876543210fedcba9876543210'),
});
locked.context.trailerInfo.Encrypt = locked.context.register(encrypt);
locked.context.trailerInfo.ID = locked.context.obj([
  PDFString.of('0123456789abcdef'),
  PDFString.of('0123456789abcdef'),
]);
fs.writeFileSync(
  path.join(brokenDir, 'password-protected.pdf'),
  await locked.save({ useObjectStreams: false }),
);

// A "scanned" resume: a page with a drawing and no text layer.
const scanned = await PDFDocument.create();
scanned.setCreationDate(new Date('2025-01-01T00:00:00Z'));
scanned.setModificationDate(new Date('2025-01-01T00:00:00Z'));
scanned.addPage().drawRectangle({ x: 60, y: 500, width: 300, height: 200 });
fs.writeFileSync(path.join(brokenDir, 'scanned-no-text.pdf'), await scanned.save());

const total = fs
  .readdirSync(filesDir)
  .reduce((sum, name) => sum + fs.statSync(path.join(filesDir, name)).size, 0);
console.log(
  `Wrote ${truthFiles.length} resumes (${(total / 1024).toFixed(0)} KiB) and 5 broken files.`,
);

// Adds up Vitest's "Tests  N failed | N passed (N)" lines from a CI log into one closing line.
import fs from 'node:fs';

const text = fs.readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split('\n')) {
  const m = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (!m) continue;
  for (const part of m[1].split('|')) {
    const [, n, what] = part.trim().match(/^(\d+)\s+(\w+)/) ?? [];
    if (what === 'passed') passed += Number(n);
    else if (what === 'failed') failed += Number(n);
    else if (what === 'skipped' || what === 'todo') skipped += Number(n);
  }
}
if (passed + failed === 0) {
  console.error('No test results found in the log.');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/build-onet.mjs', import.meta.url));

/** A tiny O*NET text database: tab-delimited, CRLF, "n/a" for null, like the real files. */
const table = (header: string[], rows: string[][]) =>
  [header, ...rows].map((cells) => cells.join('\t')).join('\r\n') + '\r\n';

const NURSE = '29-1141.00';
const AIDE = '31-1131.00';
const OTHER = '29-1299.00';

function writeFixture(dir: string) {
  const files: Record<string, string> = {
    'Occupation Data.txt': table(
      ['O*NET-SOC Code', 'Title', 'Description'],
      [
        [
          AIDE,
          'Nursing Assistants',
          'Provide basic care under the direction of U.S. nurses. More.',
        ],
        [NURSE, 'Registered Nurses', 'Assess patient health problems and needs. Advise patients.'],
        [OTHER, 'Healthcare Diagnosing or Treating Practitioners, All Other', 'All others.'],
      ],
    ),
    'Job Zones.txt': table(
      ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source'],
      [
        [NURSE, '3', '08/2023', 'Analyst'],
        [AIDE, '2', '08/2023', 'Analyst'],
      ],
    ),
    'Alternate Titles.txt': table(
      ['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)'],
      [
        [NURSE, 'Registered Nurse (RN)', 'RN', '02,04'],
        [NURSE, 'registered nurses', 'n/a', '04'], // the main title again
        [AIDE, 'Certified Nursing Assistant (CNA)', 'CNA', '02'],
        [AIDE, 'Certified Nursing Assistant (CNA)', 'n/a', '08'], // duplicate row
        [AIDE, 'Certified Nurse Aide (CNA)', 'CNA', '04,10'], // same short title again
        [AIDE, "Nurse's Aide", 'n/a', '02'],
      ],
    ),
    'Task Statements.txt': table(
      [
        'O*NET-SOC Code',
        'Task ID',
        'Task',
        'Task Type',
        'Incumbents Responding',
        'Date',
        'Domain Source',
      ],
      [
        ...Array.from({ length: 10 }, (_, i) => [
          NURSE,
          String(100 + i),
          `Supplemental task ${i}.`,
          'Supplemental',
          '80',
          '08/2023',
          'Incumbent',
        ]),
        [NURSE, '1', 'Untyped task.', 'n/a', 'n/a', '06/2006', 'Analyst'],
        ...Array.from({ length: 10 }, (_, i) => [
          NURSE,
          String(200 + i),
          `Core task ${i}.`,
          'Core',
          '90',
          '08/2023',
          'Incumbent',
        ]),
        [AIDE, '300', 'Feed patients.', 'n/a', 'n/a', '06/2006', 'Analyst'],
        [AIDE, '301', 'Turn patients.', 'Core', '90', '08/2023', 'Incumbent'],
      ],
    ),
    'Related Occupations.txt': table(
      ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
      [
        [NURSE, OTHER, 'Supplemental', '2'],
        [NURSE, AIDE, 'Primary-Short', '1'],
      ],
    ),
    'Technology Skills.txt': table(
      [
        'O*NET-SOC Code',
        'Example',
        'Commodity Code',
        'Commodity Title',
        'Hot Technology',
        'In Demand',
      ],
      [
        ...Array.from({ length: 45 }, (_, i) => [
          NURSE,
          `Tool ${String(i).padStart(2, '0')}`,
          '43232202',
          'Software',
          'N',
          'N',
        ]),
        [NURSE, 'Epic Systems', '43232202', 'Medical software', 'Y', 'Y'],
        [NURSE, 'Microsoft Excel', '43232202', 'Spreadsheet software', 'Y', 'N'],
        [NURSE, 'Microsoft Excel', '43232203', 'Other software', 'N', 'N'],
      ],
    ),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

function build(source: string, out: string) {
  const run = spawnSync(process.execPath, [SCRIPT, source, out], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

describe('scripts/build-onet.mjs', () => {
  let tmp: string;
  let out: string;
  const read = (file: string, dir = out) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onet-build-'));
    fs.mkdirSync(path.join(tmp, 'source'));
    writeFixture(path.join(tmp, 'source'));
    out = path.join(tmp, 'out');
    build(path.join(tmp, 'source'), out);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes occupations by code with the first sentence of the description and the job zone', () => {
    expect(read('occupations.json')).toEqual([
      {
        code: NURSE,
        title: 'Registered Nurses',
        description: 'Assess patient health problems and needs.',
        jobZone: 3,
      },
      {
        code: OTHER,
        title: 'Healthcare Diagnosing or Treating Practitioners, All Other',
        description: 'All others.',
        jobZone: null,
      },
      {
        code: AIDE,
        title: 'Nursing Assistants',
        description: 'Provide basic care under the direction of U.S. nurses.',
        jobZone: 2,
      },
    ]);
  });

  it('writes alternate and short titles once per occupation, with their number of sources', () => {
    expect(read('titles.json')).toEqual([
      ['RN', 0, 2],
      ['Registered Nurse (RN)', 0, 2],
      ['CNA', 2, 3], // 02 and 04,10 merged
      ['Certified Nurse Aide (CNA)', 2, 2],
      ['Certified Nursing Assistant (CNA)', 2, 2], // 02 and 08 merged
      ["Nurse's Aide", 2, 1],
    ]);
  });

  it('SEEK-7: keeps at most 15 task statements, Core first, then Supplemental, then untyped', () => {
    const tasks = read('tasks.json') as Record<string, [string, string | null][]>;
    expect(tasks[NURSE]).toHaveLength(15);
    expect(tasks[NURSE]!.slice(0, 10).map(([, type]) => type)).toEqual(Array(10).fill('Core'));
    expect(tasks[NURSE]![0]).toEqual(['Core task 0.', 'Core']);
    expect(tasks[NURSE]![10]).toEqual(['Supplemental task 0.', 'Supplemental']);
    expect(tasks[AIDE]).toEqual([
      ['Turn patients.', 'Core'],
      ['Feed patients.', null],
    ]);
  });

  it('writes related occupations by tier and distinct technology skills, hot ones first, at most 40', () => {
    expect(read('related.json')).toEqual({
      [NURSE]: { 'Primary-Short': [AIDE], Supplemental: [OTHER] },
    });
    const technology = read('technology.json') as Record<string, [string, number][]>;
    expect(technology[NURSE]).toHaveLength(40);
    expect(technology[NURSE]!.slice(0, 3)).toEqual([
      ['Epic Systems', 3],
      ['Microsoft Excel', 1],
      ['Tool 00', 0],
    ]);
  });

  it('writes SOURCE.md with the CC BY 4.0 attribution, and rebuilds byte for byte', () => {
    expect(fs.readFileSync(path.join(out, 'SOURCE.md'), 'utf8')).toContain(
      'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    const again = path.join(tmp, 'again');
    build(path.join(tmp, 'source'), again);
    for (const file of fs.readdirSync(out)) {
      expect(fs.readFileSync(path.join(again, file)), file).toEqual(
        fs.readFileSync(path.join(out, file)),
      );
    }
  });

  it('refuses source files with an unknown occupation code', () => {
    const bad = path.join(tmp, 'bad');
    fs.cpSync(path.join(tmp, 'source'), bad, { recursive: true });
    fs.appendFileSync(
      path.join(bad, 'Related Occupations.txt'),
      `${AIDE}\t11-1011.00\tPrimary-Short\t1\r\n`,
    );
    const run = spawnSync(process.execPath, [SCRIPT, bad, path.join(tmp, 'bad-out')], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/unknown code 11-1011\.00/);
  });
});

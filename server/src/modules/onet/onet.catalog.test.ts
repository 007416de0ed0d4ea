import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  draftDuties,
  normalizeTitle,
  occupation,
  ONET_DATA_DIR,
  relatedOccupations,
  searchTitles,
  technologySkills,
} from './onet.catalog';

const first = (query: string) => searchTitles(query)[0];
const shipped = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(ONET_DATA_DIR, file), 'utf8')) as T;

describe('job-title autocomplete over the O*NET catalog', () => {
  it.each([
    ['registered nurse', 'Registered Nurses', '29-1141.00'],
    ['RN', 'RN', '29-1141.00'],
    ['truck driver', 'Truck Driver', '53-3032.00'],
    ['cna', 'CNA', '31-1131.00'],
    ['forklift', 'Forklift Driver', '53-7051.00'],
    ['software dev', 'Software Developers', '15-1252.00'],
    ['lpn', 'LPN', '29-2061.00'],
    ['CEO', 'CEO', '11-1011.00'],
  ])('"%s" answers "%s" (%s) first', (query, title, code) => {
    expect(first(query)).toMatchObject({ title, code });
  });

  it('ignores case, punctuation and spacing', () => {
    expect(searchTitles('  REGISTERED   nurse ')).toEqual(searchTitles('registered nurse'));
    expect(first("nurse's aide")).toEqual({
      title: "Nurses' Aide",
      code: '31-1131.00',
      occupationTitle: 'Nursing Assistants',
    });
    expect(first('heavy tractor trailer truck drivers')?.code).toBe('53-3032.00');
    expect(first('c++')?.title).toBe('C++ Developer');
    expect(normalizeTitle('Café R&D/QA Tech.')).toBe('cafe r d qa tech');
  });

  it('ranks exact, then prefix of the title, then every word as a word prefix, then substring', () => {
    const titles = searchTitles('truck driver', 25).map((m) => normalizeTitle(m.title));
    const tier = (t: string) =>
      t === 'truck driver'
        ? 0
        : t.startsWith('truck driver')
          ? 1
          : t.split(' ').some((w) => w.startsWith('truck')) &&
              t.split(' ').some((w) => w.startsWith('driver'))
            ? 2
            : 3;
    const tiers = titles.map(tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers).toContain(0);
    expect(tiers).toContain(1);
    expect(tiers).toContain(2);
    // Word order does not matter at the third level.
    expect(searchTitles('driver truck', 25).map((m) => m.code)).toContain('53-3032.00');
    // A substring inside a word is the last resort.
    expect(searchTitles('ware dev', 25).map((m) => m.title)).toEqual(
      expect.arrayContaining(['Data Warehouse Developer', 'Software Developer']),
    );
  });

  it('prefers the occupation title on ties, then the shorter title', () => {
    const results = searchTitles('registered nurse', 25);
    expect(results[0]).toEqual({
      title: 'Registered Nurses',
      code: '29-1141.00',
      occupationTitle: 'Registered Nurses',
    });
    const prefixTier = results.slice(1, 6).map((m) => normalizeTitle(m.title).length);
    expect(prefixTier).toEqual([...prefixTier].sort((a, b) => a - b));
  });

  it('offers short titles ("RN", "CNA") as titles of their own, mapped to each occupation that uses them', () => {
    const cna = searchTitles('CNA', 25).filter((m) => m.title === 'CNA');
    expect(cna.map((m) => m.code)).toEqual(
      expect.arrayContaining(['31-1131.00', '31-1121.00', '29-9093.00']),
    );
    expect(searchTitles('rn')[0]).toEqual({
      title: 'RN',
      code: '29-1141.00',
      occupationTitle: 'Registered Nurses',
    });
    // The long form stays searchable too.
    expect(searchTitles('registered nurse (rn)')[0]?.title).toBe('Registered Nurse (RN)');
  });

  it('lists each (title, occupation) pair once, respects the limit, and answers nothing for nothing', () => {
    for (const query of ['nurse', 'driver', 'cook', 'a', 'manager']) {
      const results = searchTitles(query, 25);
      expect(results).toHaveLength(25);
      const pairs = results.map((m) => `${m.code} ${m.title}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    }
    expect(searchTitles('nurse', 3)).toHaveLength(3);
    expect(searchTitles('nurse')).toHaveLength(10);
    expect(searchTitles('')).toEqual([]);
    expect(searchTitles(' -- ')).toEqual([]);
    expect(searchTitles('qqqzzz')).toEqual([]);
  });

  it('names the occupation of every answer', () => {
    for (const match of searchTitles('assistant', 25)) {
      expect(match.occupationTitle).toBe(occupation(match.code)?.title);
    }
  });
});

describe('occupations', () => {
  it('gives the title, first sentence of the description and job zone', () => {
    expect(occupation('29-1141.00')).toEqual({
      code: '29-1141.00',
      title: 'Registered Nurses',
      description: expect.stringMatching(/^Assess patient health problems and needs.*\.$/),
      jobZone: 4, // O*NET 29.2
    });
    expect(occupation('11-9131.00')?.description).toContain('U.S. post office');
    // "All Other" codes have no job zone in O*NET.
    expect(occupation('11-9199.00')).toMatchObject({ title: 'Managers, All Other', jobZone: null });
  });

  it('answers null for an unknown or malformed code', () => {
    expect(occupation('99-9999.99')).toBeNull();
    expect(occupation('nurse')).toBeNull();
    expect(occupation('constructor')).toBeNull();
  });
});

describe('draft duties (SEEK-7)', () => {
  const tasks = shipped<Record<string, [string, string | null][]>>('tasks.json');

  it('SEEK-7: drafts duties from the occupation’s task statements, Core tasks first', () => {
    const duties = draftDuties('29-1141.00');
    expect(duties).toHaveLength(5);
    expect(duties[0]).toBe("Record patients' medical information and vital signs.");
    const types = new Map(tasks['29-1141.00']!.map(([task, type]) => [task, type]));
    expect(duties.every((d) => types.get(d) === 'Core')).toBe(true);
  });

  it('SEEK-7: every occupation lists Core before Supplemental before untyped tasks', () => {
    const order = (type: string | null) => (type === 'Core' ? 0 : type === 'Supplemental' ? 1 : 2);
    for (const [code, list] of Object.entries(tasks)) {
      const ranks = list.map(([, type]) => order(type));
      expect(ranks, code).toEqual([...ranks].sort((a, b) => a - b));
      expect(list.length, code).toBeLessThanOrEqual(15);
    }
    // 29-1141.00 has 15 Core tasks, so Supplemental ones only come after them.
    expect(draftDuties('29-1141.00', 15)).toEqual(tasks['29-1141.00']!.map(([t]) => t));
  });

  it('SEEK-7: returns as many duties as asked for, up to what the occupation has', () => {
    expect(draftDuties('53-3032.00', 3)).toHaveLength(3);
    expect(draftDuties('53-3032.00', 100).length).toBe(tasks['53-3032.00']!.length);
    expect(draftDuties('53-3032.00', 0)).toEqual([]);
    for (const duty of draftDuties('53-3032.00', 8)) {
      expect(duty).toMatch(/^[A-Z].*[.]$/); // a sentence the seeker can edit as a bullet line
    }
  });

  it('SEEK-7: an unknown code, or one O*NET has no tasks for, drafts nothing', () => {
    expect(draftDuties('99-9999.99')).toEqual([]);
    expect(draftDuties('11-9199.00')).toEqual([]);
  });
});

describe('related occupations and technology skills', () => {
  it('lists related occupations by tier, Primary-Short first', () => {
    const related = relatedOccupations('29-1141.00');
    expect(related).toHaveLength(20);
    expect(related[0]).toEqual({
      code: '29-1141.04',
      title: 'Clinical Nurse Specialists',
      tier: 'Primary-Short',
    });
    const tiers = related.map((r) => r.tier);
    expect(tiers.indexOf('Supplemental')).toBeGreaterThan(tiers.lastIndexOf('Primary-Short'));
    expect(relatedOccupations('99-9999.99')).toEqual([]);
  });

  it('lists technology skills, hot technologies first, at most 40', () => {
    const skills = technologySkills('15-1252.00');
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.length).toBeLessThanOrEqual(40);
    const hot = skills.map((s) => s.hot);
    expect(hot).toEqual([...hot].sort((a, b) => Number(b) - Number(a)));
    expect(skills.map((s) => s.name)).toContain('Python');
    expect(new Set(skills.map((s) => s.name)).size).toBe(skills.length);
    expect(technologySkills('99-9999.99')).toEqual([]);
  });
});

describe('the shipped catalog files', () => {
  it('carry the O*NET CC BY 4.0 attribution', () => {
    const source = fs.readFileSync(path.join(ONET_DATA_DIR, 'SOURCE.md'), 'utf8');
    expect(source).toContain(
      'This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
  });

  it('are consistent: every title points at an occupation, every code is known', () => {
    const occupations = shipped<{ code: string }[]>('occupations.json');
    const titles = shipped<[string, number, number][]>('titles.json');
    expect(occupations).toHaveLength(1016);
    expect(titles.every(([, i]) => i >= 0 && i < occupations.length)).toBe(true);
    const codes = new Set(occupations.map((o) => o.code));
    for (const file of ['tasks.json', 'related.json', 'technology.json']) {
      expect(
        Object.keys(shipped(file)).every((code) => codes.has(code)),
        file,
      ).toBe(true);
    }
  });
});

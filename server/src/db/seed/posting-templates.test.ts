import { describe, expect, it } from 'vitest';
import { feinProblem } from '../../modules/employers/employers.rules';
import { draftDuties, occupation } from '../../modules/onet/onet.catalog';
import { DEMO_FEIN_PREFIXES, INDUSTRIES, syntheticFein } from './employer-industries';
import { buildDemoEmployers } from './demo-employers';
import { buildDemoPostings } from './demo-postings';
import { buildPostingContent, wagesFor } from './posting-templates';
import { Prng } from './prng';

describe('posting templates', () => {
  const codes = [...new Set(INDUSTRIES.flatMap((i) => i.hires))];

  it('every occupation an industry hires for is in the O*NET catalog, with tasks and BLS wages', () => {
    for (const code of codes) {
      expect(occupation(code), code).not.toBeNull();
      expect(draftDuties(code, 10).length, code).toBeGreaterThanOrEqual(4);
      expect(wagesFor(code), code).not.toBeNull();
    }
    for (const i of INDUSTRIES) expect(i.naics).toMatch(/^\d{6}$/);
  });

  it('EMP-1: synthetic FEINs carry prefixes the IRS assigns and never repeat', () => {
    for (const prefix of DEMO_FEIN_PREFIXES) expect(feinProblem(`${prefix}1234567`)).toBeNull();
    const feins = Array.from({ length: 50_000 }, (_, k) => syntheticFein(k));
    expect(new Set(feins).size).toBe(feins.length);
    expect(feins.every((f) => /^\d{9}$/.test(f))).toBe(true);
  });

  it('a posting reads as an introduction and task statements, paid around the BLS median', () => {
    const prng = new Prng(7);
    const [, median] = wagesFor('53-7051.00') ?? [0, 0];
    for (let i = 0; i < 50; i++) {
      const p = buildPostingContent(prng, '53-7051.00', {
        employerName: 'Elkhorn Logistics Inc.',
        city: 'Georgetown',
      });
      expect(p.description).toContain('Georgetown, Kentucky');
      const tasks = p.description.split('\n').filter((line) => line.startsWith('- '));
      expect(tasks.length).toBeGreaterThanOrEqual(4);
      for (const task of tasks) expect(draftDuties('53-7051.00', 10)).toContain(task.slice(2));
      if (p.payMin !== null) {
        expect(p.payUnit).toBe('hour');
        expect(p.payMin).toBeGreaterThan(median * 0.7);
        expect(p.payMax ?? 0).toBeLessThan(median * 1.4);
        expect(p.payMin).toBeLessThanOrEqual(p.payMax ?? 0);
      }
    }
    // Teachers are paid by the year (BLS reports only annual wages for them).
    const teacher = buildPostingContent(new Prng(1), '25-2021.00', {
      employerName: 'Franklin County Schools',
      city: 'Frankfort',
    });
    expect(teacher.payUnit === null || teacher.payUnit === 'year').toBe(true);
  });

  it('the demo data come out the same every time', () => {
    const now = Date.UTC(2026, 0, 15);
    const a = buildDemoPostings(buildDemoEmployers(), now);
    const b = buildDemoPostings(buildDemoEmployers(), now);
    expect(a.map((p) => [p.id, p.title, p.status, p.payMin])).toEqual(
      b.map((p) => [p.id, p.title, p.status, p.payMin]),
    );
  });
});

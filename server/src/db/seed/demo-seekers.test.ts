import { structuredResume } from '@onestop/contracts';
import { describe, expect, it } from 'vitest';
import { draftDuties, occupation } from '../../modules/onet/onet.catalog';
import { pseudoSsn, ssnProblem } from '../../modules/seekers/ssn.rules';
import { DEMO_OCCUPATIONS, MILITARY_JOBS, STARTER_CODES } from './demo-occupations';
import { buildDemoSeekers } from './demo-seekers';
import { KY_PLACES } from './ky-places';

const today = new Date('2026-06-15T12:00:00Z');
const people = buildDemoSeekers(300, { pseudoSsnPrefix: '975', today });

describe('demo job seekers (pure)', () => {
  it('come out the same on every run, and the first 40 do not depend on how many there are', () => {
    expect(buildDemoSeekers(300, { pseudoSsnPrefix: '975', today })).toEqual(people);
    expect(buildDemoSeekers(40, { pseudoSsnPrefix: '975', today })).toEqual(people.slice(0, 40));
  });

  it('use O*NET occupations the shipped catalog has, with task statements for duties', () => {
    const codes = [
      ...DEMO_OCCUPATIONS.map((o) => o.code),
      ...STARTER_CODES,
      ...MILITARY_JOBS.map((j) => j.code),
    ];
    for (const code of codes) {
      expect(occupation(code), code).not.toBeNull();
      expect(draftDuties(code).length, code).toBeGreaterThan(0);
    }
  });

  it('SEEK-3, SEEK-5: have unique valid SSNs, a few pseudo-SSNs, and unique emails', () => {
    const real = people.filter((p) => !p.ssn.isPseudo).map((p) => p.ssn.digits);
    expect(new Set(real).size).toBe(real.length);
    for (const digits of real) expect(ssnProblem(digits), digits).toBeNull();
    const pseudo = people.filter((p) => p.ssn.isPseudo);
    expect(pseudo.length).toBeGreaterThan(3);
    expect(pseudo.length).toBeLessThan(30);
    for (const p of pseudo) expect(p.ssn.digits).toBe(pseudoSsn('975', p.birthDate));
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
  });

  it('are adults with Kentucky addresses, a tenth of them veterans with a military job', () => {
    for (const p of people) {
      const age = (today.getTime() - Date.parse(p.birthDate)) / (365.25 * 86_400_000);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(72);
      expect(KY_PLACES).toContain(p.place);
    }
    const veterans = people.filter((p) => p.veteran);
    expect(veterans).toHaveLength(30);
    for (const v of veterans) {
      const service = v.resume.work.at(-1);
      expect(service?.employer).toMatch(/U\.S\.|National Guard/);
      expect(service?.startDate).toBe(v.military?.entered.slice(0, 7));
    }
  });

  it('SEEK-7: have valid resumes with dated jobs (newest first), education and a drafted summary', () => {
    for (const p of people) {
      expect(() => structuredResume.parse(p.resume)).not.toThrow();
      expect(p.resume.work.length).toBeGreaterThan(0);
      expect(p.resume.summary).not.toBe('');
      const starts = p.resume.work.map((w) => w.startDate as string);
      expect([...starts].sort().reverse()).toEqual(starts);
      for (const w of p.resume.work) {
        if (w.endDate) expect(w.endDate >= (w.startDate as string)).toBe(true);
        expect((w.endDate ?? '0') <= '2026-06').toBe(true);
      }
    }
    const portal = people[0];
    expect(portal?.email).toBe('seeker@demo.test');
    expect(portal?.resume.work.length).toBeGreaterThanOrEqual(3);
    expect(portal?.resume.licenses.length).toBeGreaterThan(0);
  });
});

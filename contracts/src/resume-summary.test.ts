import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX, draftSummary } from './resume-summary';
import type { StructuredResume } from './resume';

const base: StructuredResume = {
  contact: {
    firstName: 'Ana',
    lastName: 'Diaz',
    email: null,
    phone: null,
    city: null,
    state: null,
    zip: null,
  },
  summary: '',
  work: [
    {
      title: 'Forklift Operator',
      onetCode: '53-7051.00',
      employer: 'Bluegrass Logistics',
      city: null,
      state: null,
      startDate: '2019-01',
      endDate: null,
      duties: '',
      wage: null,
      payUnit: null,
    },
    {
      title: 'Warehouse Associate',
      onetCode: null,
      employer: 'Big Box',
      city: null,
      state: null,
      startDate: '2016-01',
      endDate: '2018-12',
      duties: '',
      wage: null,
      payUnit: null,
    },
  ],
  education: [
    {
      institution: 'Bluegrass Community and Technical College',
      level: 'associate',
      degree: 'Associate of Applied Science',
      major: 'Logistics',
      completedYear: 2018,
    },
  ],
  licenses: [{ name: 'Forklift certification', issuer: null, expires: null }],
  skills: ['Inventory control', 'RF scanners', 'Safety'],
};

describe('the drafted resume summary', () => {
  it('SEEK-7: drafts plain sentences from titles, experience, education, licenses and skills', () => {
    const text = draftSummary(base, new Date('2026-11-01T00:00:00Z'));
    expect(text).toContain('Forklift Operator, Warehouse Associate with 11 years of experience.');
    expect(text).toContain('Currently working as Forklift Operator at Bluegrass Logistics.');
    expect(text).toContain(
      'Associate of Applied Science in Logistics, Bluegrass Community and Technical College.',
    );
    expect(text).toContain('Holds Forklift certification.');
    expect(text).toContain('Skills include Inventory control, RF scanners, Safety.');
  });

  it('SEEK-7: never exceeds 4000 characters', () => {
    const long = {
      ...base,
      skills: Array.from({ length: 100 }, (_, i) =>
        `Skill number ${i} `.repeat(4).trim().slice(0, 80),
      ),
    };
    const many = {
      ...long,
      licenses: Array.from({ length: 30 }, (_, i) => ({
        name: 'L'.repeat(100) + i,
        issuer: null,
        expires: null,
      })),
    };
    expect(draftSummary(many).length).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  it('says nothing it does not know', () => {
    expect(draftSummary({ ...base, work: [], education: [], licenses: [], skills: [] })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { trigramSimilarity, likelyDuplicates, trigrams } from './duplicates.rules';
import {
  LABOR_DISPUTE_STATEMENT,
  laborDisputeDecision,
  positionAtIssue,
} from './labor-dispute.rules';
import { screeningFindings, screeningMessage } from './screening.rules';

const categories = (text: string) => screeningFindings(text).map((f) => f.category);

describe('EEO and ADA screening language (JOB-13)', () => {
  it.each([
    ['Must be under 30.', 'age', 'under 30'],
    ['Applicants under the age of 35 only', 'age', 'under the age of 35'],
    ['Ages 18-25 preferred', 'age', 'Ages 18-25'],
    ['Looking for young, energetic people? Young candidates wanted', 'age', 'Young candidates'],
    ['Recent college graduates wanted', 'age', 'Recent college graduates'],
    ['Females only for this position', 'sex', 'Females only'],
    ['Must be a man, heavy work', 'sex', 'Must be a man'],
    ['Applicants must not be pregnant', 'pregnancy', 'not be pregnant'],
    ['Caucasian preferred', 'race', 'Caucasian preferred'],
    ['Christians only, please', 'religion', 'Christians only'],
    ['Native English speakers only', 'national_origin', 'Native English speakers'],
    ['English only in our shop', 'national_origin', 'English only'],
    ['US citizens only', 'citizenship', 'US citizens only'],
    ['Must be in perfect health', 'disability', 'in perfect health'],
    ['No disabilities, fast pace', 'disability', 'No disabilities'],
  ])('JOB-13: "%s" is %s screening, quoted as found', (text, category, phrase) => {
    const [finding] = screeningFindings(text);
    expect(finding?.category).toBe(category);
    expect(finding?.phrase).toBe(phrase);
    expect(finding?.reason.length).toBeGreaterThan(40);
  });

  it.each([
    'Must be 18 or older to operate a forklift. Lift up to 50 pounds.',
    'No one under 21 may serve alcohol.',
    'Lift less than 50 pounds; background check no older than 30 days.',
    'Teach young children in a bright classroom.',
    'Excellent health benefits and a 401(k).',
    'Must be authorized to work in the United States.',
    'Bilingual English/Spanish preferred. Reads and writes English.',
    'Women’s clothing store seeks a sales associate.',
  ])('JOB-13: lawful wording passes: "%s"', (text) => {
    expect(screeningFindings(text)).toEqual([]);
  });

  it('JOB-13: staff are told each phrase and why it is refused', () => {
    const findings = screeningFindings('Title', 'Must be under 30. Perfect health required.');
    expect(categories('Must be under 30. Perfect health required.')).toEqual(['age', 'disability']);
    const message = screeningMessage(findings);
    expect(message).toMatch(/"under 30": The Age Discrimination in Employment Act/);
    expect(message).toMatch(/"Perfect health": The Americans with Disabilities Act/);
  });
});

describe('likely duplicate postings (JOB-3)', () => {
  it('JOB-3: trigrams and similarity count as pg_trgm does', () => {
    expect([...trigrams('Cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigramSimilarity('Warehouse Associate', 'warehouse associate')).toBe(1);
    expect(trigramSimilarity('Warehouse Associate', 'Warehouse Associate 2nd shift')).toBeCloseTo(
      20 / 30,
    );
    expect(trigramSimilarity('Forklift Operator', 'Registered Nurse')).toBeLessThan(0.1);
  });

  it('JOB-3: the same employer’s posting with a similar title at the same ZIP is a likely duplicate', () => {
    const posting = { id: 'new', employerId: 'e1', title: 'Warehouse Associate', zip: '40507' };
    const live = [
      { id: 'a', employerId: 'e1', title: 'Warehouse Associate - 2nd shift', zip: '40507-1234' },
      { id: 'b', employerId: 'e1', title: 'Warehouse Associate', zip: '40601' },
      { id: 'c', employerId: 'e2', title: 'Warehouse Associate', zip: '40507' },
      { id: 'd', employerId: 'e1', title: 'Office Manager', zip: '40507' },
      { id: 'new', employerId: 'e1', title: 'Warehouse Associate', zip: '40507' },
    ];
    expect(likelyDuplicates(posting, live).map((p) => p.id)).toEqual(['a']);
    expect(
      likelyDuplicates(posting, live, { duplicateTitleSimilarity: 0.9 }).map((p) => p.id),
    ).toEqual([]);
  });
});

describe('labor disputes (JOB-11, 20 CFR 652.9)', () => {
  const dispute = {
    id: 'd1',
    positionsAtIssue: 'Production line workers (UAW Local 1)',
    positionCodes: ['51-2092.00'],
    positionTitles: ['Assembler', 'Production Worker'],
  };

  it('JOB-11: a position at issue is the same occupation, or a title the dispute names', () => {
    expect(positionAtIssue(dispute, { title: 'Team Member', onetCode: '51-2092.01' })).toBe(true);
    expect(positionAtIssue(dispute, { title: 'Senior Assembler', onetCode: null })).toBe(true);
    expect(positionAtIssue(dispute, { title: 'Production Workers', onetCode: null })).toBe(true);
    expect(positionAtIssue(dispute, { title: 'Accountant', onetCode: '13-2011.00' })).toBe(false);
  });

  it('JOB-11: no order for a position at issue; others need staff to confirm, then carry the statement', () => {
    expect(laborDisputeDecision([], { title: 'Assembler', onetCode: null }, false)).toEqual({
      kind: 'none',
    });
    expect(
      laborDisputeDecision([dispute], { title: 'Assembler', onetCode: null }, true),
    ).toMatchObject({ kind: 'refuse', rule: 'JOB-11', message: expect.stringMatching(/652\.9/) });
    expect(
      laborDisputeDecision([dispute], { title: 'Accountant', onetCode: null }, false),
    ).toMatchObject({ kind: 'confirm', rule: 'JOB-11' });
    expect(laborDisputeDecision([dispute], { title: 'Accountant', onetCode: null }, true)).toEqual({
      kind: 'statement',
    });
    expect(LABOR_DISPUTE_STATEMENT).toMatch(/NOT part of the dispute/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkFein,
  feinDigits,
  feinProblem,
  formatFein,
  formatRecordNumber,
  isValidFeinPrefix,
  ownerAddedEmail,
  planDuplicateResolution,
  type CandidateContact,
  type DuplicateCandidate,
} from './employers.rules';

const candidate = (
  recordNumber: number,
  overrides: Partial<DuplicateCandidate> = {},
): DuplicateCandidate => ({
  id: `e${recordNumber}`,
  recordNumber,
  hasSelfServiceAccount: false,
  jobOrders: 0,
  openJobOrders: 0,
  oldestOpenOrderDate: null,
  activities: 0,
  ...overrides,
});

const contact = (
  employerId: string,
  firstName: string,
  lastName: string,
  email: string | null,
  active = true,
): CandidateContact => ({
  id: `${employerId}-${firstName}`,
  employerId,
  firstName,
  lastName,
  email,
  active,
});

describe('FEIN rules', () => {
  it('EMP-1: accepts a FEIN typed with or without the dash', () => {
    expect(feinDigits('12-3456789')).toBe('123456789');
    expect(feinDigits(' 123456789 ')).toBe('123456789');
    expect(feinDigits('1-23456789')).toBeNull();
    expect(feinDigits('12345678')).toBeNull();
    expect(feinDigits('12-345678x')).toBeNull();
  });

  it('EMP-1: only the prefixes the IRS assigns are valid', () => {
    const valid = [1, 6, 10, 16, 20, 27, 30, 48, 50, 68, 71, 77, 80, 88, 90, 95, 98, 99];
    const invalid = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97];
    expect(valid.filter((p) => !isValidFeinPrefix(p))).toEqual([]);
    expect(invalid.filter((p) => isValidFeinPrefix(p))).toEqual([]);
    const all = Array.from({ length: 100 }, (_, p) => p).filter(isValidFeinPrefix);
    expect(all).toHaveLength(83);
    expect(feinProblem('073456789')).toMatch(/cannot start with 07: the IRS does not assign/);
    expect(feinProblem('123456789')).toBeNull();
  });

  it('EMP-1: shows a FEIN as XX-XXXXXXX', () => {
    expect(formatFein('123456789')).toBe('12-3456789');
    expect(formatFein(null)).toBeNull();
  });

  it('EMP-1: no FEIN only for an independent contractor whose statement is recorded', () => {
    expect(checkFein({ fein: '12-3456789', independentContractor: false })).toEqual({
      ok: true,
      digits: '123456789',
    });
    const missing = checkFein({ independentContractor: false });
    expect(missing).toMatchObject({ ok: false, issue: { path: 'fein' } });
    const noNote = checkFein({ independentContractor: true, noFeinNote: '  ' });
    expect(noNote).toMatchObject({ ok: false, issue: { path: 'noFeinNote' } });
    expect(
      checkFein({ independentContractor: true, noFeinNote: 'Owner said she has no FEIN.' }),
    ).toEqual({ ok: true, digits: null });
    expect(checkFein({ fein: '00-1234567', independentContractor: true })).toMatchObject({
      ok: false,
      issue: { path: 'fein', message: expect.stringMatching(/cannot start with 00/) },
    });
  });
});

describe('EMP-3: choosing the record to keep', () => {
  const plan = (candidates: DuplicateCandidate[], contacts: CandidateContact[] = []) => {
    const outcome = planDuplicateResolution(candidates, contacts);
    if (!outcome.ok) throw new Error(outcome.problem);
    return outcome;
  };

  it('EMP-3: inactivates the records with no job orders or activities first', () => {
    const p = plan([candidate(1), candidate(2, { activities: 3 }), candidate(3)]);
    expect(p.survivorId).toBe('e2');
    expect(p.toInactivate).toEqual([
      { id: 'e1', reason: 'it has no job orders or activities' },
      { id: 'e3', reason: 'it has no job orders or activities' },
    ]);
  });

  it('EMP-3: among records with open orders, inactivates the one with the oldest order', () => {
    const p = plan([
      candidate(1, { jobOrders: 4, openJobOrders: 1, oldestOpenOrderDate: '2024-01-10' }),
      candidate(2, { jobOrders: 1, openJobOrders: 1, oldestOpenOrderDate: '2025-03-02' }),
    ]);
    expect(p.survivorId).toBe('e2');
    expect(p.toInactivate[0]?.reason).toBe(
      'its oldest open job order (2024-01-10) is older than that of E-2 (2025-03-02)',
    );
  });

  it('EMP-3: never inactivates the record that holds the employer’s own sign-in', () => {
    const p = plan([
      candidate(1, { activities: 12, jobOrders: 5, openJobOrders: 2 }),
      candidate(2, { hasSelfServiceAccount: true }),
    ]);
    expect(p.survivorId).toBe('e2');
    expect(p.toInactivate[0]?.reason).toMatch(/E-2 holds the employer’s own sign-in/);
    const two = planDuplicateResolution(
      [
        candidate(1, { hasSelfServiceAccount: true }),
        candidate(2, { hasSelfServiceAccount: true }),
      ],
      [],
    );
    expect(two).toEqual({ ok: false, problem: expect.stringMatching(/E-1 and E-2 each hold/) });
  });

  it('EMP-3: with equal work, keeps the busier record, then the older one', () => {
    expect(
      plan([candidate(1, { activities: 1 }), candidate(2, { activities: 5 })]).survivorId,
    ).toBe('e2');
    const tie = plan([candidate(7, { activities: 2 }), candidate(3, { activities: 2 })]);
    expect(tie.survivorId).toBe('e3');
    expect(tie.toInactivate[0]?.reason).toBe('it was created after E-3');
  });

  it('EMP-3: copies only the active contacts the survivor lacks by email or name, once each', () => {
    const p = plan(
      [candidate(1, { activities: 1 }), candidate(2), candidate(3)],
      [
        contact('e1', 'Ann', 'Lee', 'ann@acme.test'),
        contact('e2', 'Ann', 'Lee', null), // same name as on the survivor
        contact('e2', 'Annie', 'Lee', 'ANN@acme.test'), // same email
        contact('e2', 'Bo', 'Diaz', 'bo@acme.test'),
        contact('e3', 'Bo', 'Diaz', 'bo@acme.test'), // already chosen from e2
        contact('e3', 'Cy', 'Ng', null, false), // inactive: history only
        contact('e3', 'Di', 'Park', null),
      ],
    );
    expect(p.contactsToCopy.map((c) => c.id)).toEqual(['e2-Bo', 'e3-Di']);
  });
});

describe('record numbers and owner mail', () => {
  it('numbers employer records E-…', () => {
    expect(formatRecordNumber(100001)).toBe('E-100001');
  });

  it('EMP-7: tells an existing owner who joined, who added them, and what to do', () => {
    const mail = ownerAddedEmail(
      {
        employerName: 'Bluegrass Bakery',
        recordNumber: 100004,
        newOwner: { displayName: 'Riley Chen', email: 'georgetown.bsr@demo.test' },
        addedBy: 'Sam Patel',
      },
      { displayName: 'Blake Rivera' },
    );
    expect(mail.subject).toBe('Riley Chen is now also an owner of Bluegrass Bakery (E-100004)');
    expect(mail.text).toContain('Hello Blake Rivera,');
    expect(mail.text).toContain('Sam Patel added Riley Chen (georgetown.bsr@demo.test)');
  });
});

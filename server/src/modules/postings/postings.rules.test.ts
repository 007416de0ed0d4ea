import { describe, expect, it } from 'vitest';
import {
  addDays,
  applicationDeadline,
  changeProblem,
  deadlineProblem,
  hasLapsed,
  nextStatus,
  openingsProblem,
  ownerChangeProblem,
  POSTING_SETTINGS,
  programTypeProblem,
  reservationHides,
  reservationInEffect,
  reservationWindow,
  resultRequestEmail,
  staffingAgencyProblem,
} from './postings.rules';

const owner = { staffId: 'owner', centralOffice: false };
const designee = { staffId: 'designee', centralOffice: false };
const stranger = { staffId: 'stranger', centralOffice: false };
const central = { staffId: 'central', centralOffice: true };
const posting = { ownerStaffId: 'owner', designeeIds: ['designee'], programType: 'none' as const };

describe('posting status (JOB-7)', () => {
  it('JOB-7: a closed, filled or refused posting is never reopened, and the message says to duplicate it', () => {
    for (const status of ['closed', 'filled', 'refused'] as const)
      for (const action of ['reopen', 'submit', 'approve', 'hold'] as const) {
        const result = nextStatus(status, action, 'staff_order');
        expect(result).toMatchObject({ rule: 'JOB-7' });
        expect('message' in result && result.message).toMatch(/duplicate it/);
      }
  });

  it('JOB-7: a staff order opens when submitted; an employer’s own posting waits for approval', () => {
    expect(nextStatus('draft', 'submit', 'staff_order')).toEqual({ to: 'open' });
    expect(nextStatus('draft', 'submit', 'import')).toEqual({ to: 'open' });
    expect(nextStatus('draft', 'submit', 'employer_self_service')).toEqual({
      to: 'pending_approval',
    });
    expect(nextStatus('pending_approval', 'approve', 'employer_self_service')).toEqual({
      to: 'open',
    });
  });

  it('JOB-7: hold and reopen go between open and on hold; close and fill end a live posting', () => {
    expect(nextStatus('open', 'hold', 'staff_order')).toEqual({ to: 'on_hold' });
    expect(nextStatus('on_hold', 'reopen', 'staff_order')).toEqual({ to: 'open' });
    expect(nextStatus('on_hold', 'close', 'staff_order')).toEqual({ to: 'closed' });
    expect(nextStatus('open', 'fill', 'staff_order')).toEqual({ to: 'filled' });
    expect(nextStatus('draft', 'fill', 'staff_order')).toMatchObject({ rule: 'JOB-7' });
    expect(nextStatus('open', 'reopen', 'staff_order')).toMatchObject({ rule: 'JOB-7' });
    expect(nextStatus('open', 'approve', 'staff_order')).toMatchObject({ rule: 'JOB-7' });
  });
});

describe('openings and who changes what (JOB-2, JOB-6, JOB-10)', () => {
  it('JOB-6: openings may rise or stay, never fall, because federal reporting counts them', () => {
    expect(openingsProblem(3, 5)).toBeNull();
    expect(openingsProblem(3, 3)).toBeNull();
    expect(openingsProblem(5, 2)).toEqual({
      rule: 'JOB-6',
      message: expect.stringMatching(/cannot be lowered from 5 to 2: federal reporting/),
    });
  });

  it('JOB-2: the owner, a designee or the central office change a posting; others are told to ask the owner', () => {
    expect(changeProblem(owner, posting)).toBeNull();
    expect(changeProblem(designee, posting)).toBeNull();
    expect(changeProblem(central, posting)).toBeNull();
    expect(changeProblem(stranger, posting)).toMatchObject({
      rule: 'JOB-2',
      message: expect.stringMatching(/Ask the owner/),
    });
  });

  it('JOB-2: an employer’s posting without an owner yet is corrected by staff trained to enter postings', () => {
    const unowned = { ...posting, ownerStaffId: null };
    expect(changeProblem({ ...stranger, postingEntry: true }, unowned)).toBeNull();
    expect(changeProblem(stranger, unowned)).toMatchObject({ rule: 'JOB-2' });
    expect(changeProblem({ ...stranger, postingEntry: true }, posting)).toMatchObject({
      rule: 'JOB-2',
    });
  });

  it('JOB-2: only the owner or the central office hands a posting on, not a designee', () => {
    expect(ownerChangeProblem(owner, posting)).toBeNull();
    expect(ownerChangeProblem(central, posting)).toBeNull();
    expect(ownerChangeProblem(designee, posting)).toMatchObject({ rule: 'JOB-2' });
  });

  it('JOB-10: FLC, H-2A and H-2B postings are set and changed by central-office staff only, even by their owner', () => {
    for (const programType of ['flc', 'h2a', 'h2b'] as const) {
      expect(changeProblem(owner, { ...posting, programType })).toMatchObject({ rule: 'JOB-10' });
      expect(changeProblem(central, { ...posting, programType })).toBeNull();
      expect(programTypeProblem(owner, programType)).toMatchObject({
        message: expect.stringMatching(/may still refer/),
      });
    }
    expect(programTypeProblem(owner, 'none')).toBeNull();
  });
});

describe('deadline and lapse (JOB-8)', () => {
  const posted = new Date('2025-03-10T15:00:00Z');

  it('JOB-8: the application deadline defaults to 14 days (a setting) after posting, unless the business gives one', () => {
    expect(POSTING_SETTINGS.applicationDeadlineDays).toBe(14);
    expect(applicationDeadline(posted, null)).toBe('2025-03-24');
    expect(applicationDeadline(posted, null, { applicationDeadlineDays: 30 })).toBe('2025-04-09');
    expect(applicationDeadline(posted, '2025-04-01')).toBe('2025-04-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('JOB-8: a posting lapses once its deadline day is over, not on the day itself', () => {
    expect(hasLapsed('2025-03-24', new Date('2025-03-24T23:59:00Z'))).toBe(false);
    expect(hasLapsed('2025-03-24', new Date('2025-03-25T00:00:00Z'))).toBe(true);
    expect(hasLapsed(null, new Date())).toBe(false);
    expect(deadlineProblem('2025-03-09', posted)).toMatchObject({ rule: 'JOB-8' });
    expect(deadlineProblem('2025-03-10', posted)).toBeNull();
  });
});

describe('reservations (JOB-9)', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  const live = { subsidized: false, postedAt: new Date('2025-03-01T00:00:00Z') };

  it('JOB-9: a posting is reserved for 3, 5 or 7 days (a setting), counted from now once posted', () => {
    expect(POSTING_SETTINGS.reservationDays).toEqual([3, 5, 7]);
    expect(reservationWindow({ days: 5, indefinite: false }, live, now)).toEqual({
      reservationDays: 5,
      reservedIndefinitely: false,
      reservedUntil: new Date('2025-03-15T12:00:00Z'),
    });
    expect(reservationWindow({ days: 4, indefinite: false }, live, now)).toMatchObject({
      rule: 'JOB-9',
      message: 'A posting may be reserved for 3, 5 or 7 days.',
    });
    expect(
      reservationWindow({ days: 10, indefinite: false }, live, now, { reservationDays: [10] }),
    ).toMatchObject({ reservationDays: 10 });
  });

  it('JOB-9: a draft keeps its window until it is posted', () => {
    expect(
      reservationWindow({ days: 3, indefinite: false }, { ...live, postedAt: null }, now),
    ).toMatchObject({ reservationDays: 3, reservedUntil: null });
  });

  it('JOB-9: only a subsidized opening may be reserved indefinitely', () => {
    expect(reservationWindow({ indefinite: true }, live, now)).toMatchObject({
      rule: 'JOB-9',
      message: expect.stringMatching(/Only a subsidized opening/),
    });
    expect(reservationWindow({ indefinite: true }, { ...live, subsidized: true }, now)).toEqual({
      reservationDays: null,
      reservedIndefinitely: true,
      reservedUntil: null,
    });
  });

  it('JOB-9: while in effect the reservation hides the posting from other offices, not from its office, area, owner or the central office', () => {
    const reserved = {
      ...posting,
      reservedIndefinitely: false,
      reservedUntil: new Date('2025-03-13T12:00:00Z'),
      reservedForOfficeId: 'lex',
      reservedForAreaId: null,
    };
    const elsewhere = { ...stranger, officeId: 'lon', areaId: 'cu' };
    expect(reservationInEffect(reserved, now)).toBe(true);
    expect(reservationHides(elsewhere, reserved, now)).toBe(true);
    expect(reservationHides({ ...elsewhere, officeId: 'lex' }, reserved, now)).toBe(false);
    expect(reservationHides({ ...central, officeId: 'co', areaId: null }, reserved, now)).toBe(
      false,
    );
    expect(reservationHides({ ...owner, officeId: 'lon', areaId: 'cu' }, reserved, now)).toBe(
      false,
    );
    const forArea = { ...reserved, reservedForAreaId: 'bg' };
    expect(reservationHides({ ...elsewhere, areaId: 'bg' }, forArea, now)).toBe(false);
    const later = new Date('2025-03-13T12:00:01Z');
    expect(reservationHides(elsewhere, reserved, later)).toBe(false);
    expect(
      reservationHides(
        elsewhere,
        { ...reserved, reservedIndefinitely: true, reservedUntil: null },
        later,
      ),
    ).toBe(true);
  });
});

describe('staffing agencies and results (JOB-12, JOB-15)', () => {
  it('JOB-12: a staffing agency’s order names the work-site company', () => {
    expect(staffingAgencyProblem({ staffingAgency: true, worksiteCompany: null })).toMatchObject({
      rule: 'JOB-12',
    });
    expect(staffingAgencyProblem({ staffingAgency: true, worksiteCompany: 'Acme' })).toBeNull();
    expect(staffingAgencyProblem({ staffingAgency: false, worksiteCompany: null })).toBeNull();
  });

  it('JOB-15: the results request names the posting and asks who was hired', () => {
    const mail = resultRequestEmail({
      recordNumber: 100042,
      title: 'Forklift Operator',
      employerName: 'Bluegrass Logistics',
      outcome: 'filled',
    });
    expect(mail.subject).toBe('Results of referrals for job posting J-100042: Forklift Operator');
    expect(mail.text).toMatch(/is now filled/);
    expect(mail.text).toMatch(/who was hired/);
  });
});

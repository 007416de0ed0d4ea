import type { MatchFinding } from '@onestop/contracts';
import { describe, expect, it } from 'vitest';
import {
  businessDaysBetween,
  dailyCapOf,
  dailyCapProblem,
  decisionProblem,
  denialEmail,
  historyMonths,
  howToApplyText,
  localDay,
  postingReferralProblem,
  queueAge,
  registrationProblem,
  resultProblem,
  selfReferralStarsProblem,
  workHistoryProblem,
} from './referrals.rules';

const now = new Date('2025-06-11T15:00:00Z'); // a Wednesday
const open = {
  recordNumber: 'J-100200',
  title: 'Forklift Operator',
  status: 'open',
  removedFromBoardAt: null,
  applicationDeadline: '2025-06-30',
};
const complete = {
  registrationCompletedAt: new Date('2024-01-01'),
  registrationStatus: 'active' as const,
};
const job = (startDate: string | null, endDate: string | null = null) => ({ startDate, endDate });

describe('referral rules', () => {
  it('REF-1: only a posting that is open and on the board takes referrals, and the refusal says why', () => {
    expect(postingReferralProblem(open, now)).toBeNull();
    expect(postingReferralProblem({ ...open, status: 'closed' }, now)).toMatchObject({
      rule: 'REF-1',
      message: expect.stringMatching(
        /^J-100200 Forklift Operator is closed\. Referrals are made only to open postings/,
      ),
    });
    expect(postingReferralProblem({ ...open, status: 'on_hold' }, now)?.message).toMatch(
      /is on hold/,
    );
    expect(postingReferralProblem({ ...open, removedFromBoardAt: now }, now)?.message).toMatch(
      /taken off the job board/,
    );
    expect(
      postingReferralProblem({ ...open, applicationDeadline: '2025-06-10' }, now)?.message,
    ).toMatch(/stopped taking applications on 2025-06-10/);
    // The deadline day itself still takes applications.
    expect(postingReferralProblem({ ...open, applicationDeadline: '2025-06-11' }, now)).toBeNull();
  });

  it('SEEK-12: three jobs or ten years of history make a complete registration; short of it, it says what to add', () => {
    const today = '2025-06-11';
    expect(workHistoryProblem([job('2020-01-01'), job(null), job(null)], today)).toBeNull();
    expect(workHistoryProblem([job('2015-06-01')], today)).toBeNull(); // ten years in one job still held
    expect(historyMonths([job('2015-06-01', '2020-06-01'), job('2020-06-01')], today)).toBe(120);
    const short = workHistoryProblem([job('2023-03-01', '2024-06-01'), job(null)], today);
    expect(short).toMatchObject({ rule: 'SEEK-12' });
    expect(short?.message).toBe(
      'The resume lists 2 jobs covering 1 year 3 months. A referral needs a complete registration with 3 jobs or 10 years of work history. Add 1 more job to the work history, or the start and end dates that make 10 years (1 job has no start date).',
    );
    expect(workHistoryProblem([], today)?.message).toMatch(
      /^The resume lists no jobs yet\..*Add 3 more jobs/,
    );
  });

  it('SEEK-12: an unfinished or inactive registration is refused before the work history is counted', () => {
    const jobs = [job('2010-01-01')];
    expect(registrationProblem(complete, jobs, '2025-06-11')).toBeNull();
    expect(
      registrationProblem({ ...complete, registrationCompletedAt: null }, jobs, '2025-06-11')
        ?.message,
    ).toMatch(/not completed registration/);
    expect(
      registrationProblem({ ...complete, registrationStatus: 'inactive' }, jobs, '2025-06-11')
        ?.message,
    ).toMatch(/inactive/);
  });

  it('REF-3: a seeker refers themself only on 4- and 5-star matches; below, the message gives the stars and what does not fit', () => {
    const findings: MatchFinding[] = [
      {
        factor: 'licenses',
        outcome: 'unmet',
        code: 'licenses.cdl_missing',
        params: {},
        text: 'CDL class A required: not on the resume',
      },
      {
        factor: 'distance',
        outcome: 'met',
        code: 'distance.inside',
        params: {},
        text: '5 miles, inside the radius',
      },
    ];
    expect(selfReferralStarsProblem(4, findings)).toBeNull();
    expect(selfReferralStarsProblem(5, [])).toBeNull();
    const refused = selfReferralStarsProblem(2, findings);
    expect(refused?.rule).toBe('REF-3');
    expect(refused?.message).toMatch(/2-star match/);
    expect(refused?.message).toMatch(/only on 4- and 5-star matches/);
    expect(refused?.message).toMatch(/CDL class A required: not on the resume/);
    expect(refused?.message).not.toMatch(/inside the radius/);
  });

  it('REF-3: the daily cap is the office’s own where it sets one, else the setting', () => {
    const settings = { dailySelfReferralCap: 3, dailyCapByOfficeCode: { LON: 1 } };
    expect(dailyCapOf('LON', settings)).toBe(1);
    expect(dailyCapOf('LEX', settings)).toBe(3);
    expect(dailyCapOf(null, settings)).toBe(3);
    expect(dailyCapProblem(2, 3)).toBeNull();
    expect(dailyCapProblem(3, 3)?.message).toMatch(
      /asked for 3 referrals today.*\(3\)\. You can ask again tomorrow/,
    );
  });

  it('REF-3: a day is the office’s calendar day, across a daylight-saving change', () => {
    // 02:30 UTC on 11 June is still 10 June in Kentucky (EDT, UTC-4).
    const evening = localDay(new Date('2025-06-11T02:30:00Z'), 'America/New_York');
    expect(evening.day).toBe('2025-06-10');
    expect(evening.start.toISOString()).toBe('2025-06-10T04:00:00.000Z');
    expect(evening.end.toISOString()).toBe('2025-06-11T04:00:00.000Z');
    // 9 March 2025 is 23 hours long: midnight EST to midnight EDT.
    const spring = localDay(new Date('2025-03-09T12:00:00Z'), 'America/New_York');
    expect(spring.start.toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(localDay(new Date('2025-06-11T02:30:00Z'), 'America/Chicago').day).toBe('2025-06-10');
  });

  it('REF-4: the queue counts business days waiting and flags requests past the two-day target', () => {
    expect(businessDaysBetween('2025-06-06', '2025-06-09')).toBe(1); // Friday → Monday
    expect(businessDaysBetween('2025-06-09', '2025-06-09')).toBe(0);
    expect(businessDaysBetween('2025-06-02', '2025-06-16')).toBe(10);
    expect(businessDaysBetween('2025-06-07', '2025-06-08')).toBe(0); // Saturday → Sunday
    const friday = queueAge(new Date('2025-06-06T14:00:00Z'), now);
    expect(friday).toEqual({ ageDays: 5, businessDaysWaiting: 3, overdue: true });
    expect(queueAge(new Date('2025-06-09T14:00:00Z'), now)).toEqual({
      ageDays: 2,
      businessDaysWaiting: 2,
      overdue: false,
    });
  });

  it('REF-4: only a waiting request is decided; REF-6: results only on referrals that were made', () => {
    expect(decisionProblem('requested')).toBeNull();
    expect(decisionProblem('referred')).toMatch(/already referred/);
    expect(decisionProblem('withdrawn')).toMatch(/posting closed/);
    expect(resultProblem('referred')).toBeNull();
    expect(resultProblem('denied')).toMatchObject({ rule: 'REF-6' });
  });

  it('REF-4: the denial email carries the reason and the staff member’s contact, or only the office’s', () => {
    const posting = {
      recordNumber: 'J-100200',
      title: 'Forklift Operator',
      employerName: 'Bluegrass Logistics',
    };
    const reason =
      'The employer requires a forklift certification, which your resume does not show.';
    const signed = denialEmail('Ana', posting, reason, {
      staffName: 'Casey Morgan',
      staffEmail: 'casemanager@demo.test',
      officeName: 'Lexington Career Center',
    });
    expect(signed.subject).toBe('About your referral request: J-100200 Forklift Operator');
    expect(signed.text).toContain(reason);
    expect(signed.text).toMatch(/Casey Morgan\ncasemanager@demo\.test\nLexington Career Center$/);
    const office = denialEmail('Ana', posting, reason, {
      staffName: null,
      staffEmail: null,
      officeName: 'Lexington Career Center',
    });
    expect(office.text).not.toContain('Casey');
    expect(office.text).toMatch(/Lexington Career Center$/);
  });

  it('REF-2: how to apply reads as plain text with the method and hiring contact', () => {
    const text = howToApplyText({
      recordNumber: 'J-100200',
      title: 'Forklift Operator',
      employerName: 'Bluegrass Logistics',
      contactMethod: 'email',
      contactEmail: 'jobs@bluegrass.example',
      contactUrl: null,
      employerPhone: '859-555-0100',
      instructions: 'Send a resume and say which shift you want.',
      workSite: '100 Main St, Lexington, KY 40511',
    });
    expect(text).toBe(
      [
        'J-100200: Forklift Operator',
        'Employer: Bluegrass Logistics',
        'How to apply: By email',
        'Email: jobs@bluegrass.example',
        'Phone: 859-555-0100',
        'Work site: 100 Main St, Lexington, KY 40511',
        '',
        'Send a resume and say which shift you want.',
      ].join('\n'),
    );
  });
});

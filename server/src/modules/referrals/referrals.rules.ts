import type { MatchFinding, ReferralStatus } from '@onestop/contracts';
import { whyNoServices, type RegistrationState } from '../seekers/seekers.rules';

/* Referrals (REF-1 … REF-6, SEEK-12): what may be referred, and what the seeker is told. Pure. */

export interface ReferralSettings {
  /** REF-3: a seeker may refer themself only on matches of at least this many stars. */
  selfReferralMinStars: number;
  /** REF-3: self-referrals per seeker per day, unless the seeker's office sets its own. */
  dailySelfReferralCap: number;
  /** REF-3: a local office's own cap, by office code. */
  dailyCapByOfficeCode: Readonly<Record<string, number>>;
  /** Where "a day" is counted for the cap (offices carry no time zone of their own). */
  timeZone: string;
  /** SEEK-12: three jobs or ten years of work history. */
  minimumJobs: number;
  minimumHistoryMonths: number;
  /** REF-4: a request should be answered within this many business days. */
  queueTargetBusinessDays: number;
}

export const REFERRAL_SETTINGS: Readonly<ReferralSettings> = {
  selfReferralMinStars: 4,
  dailySelfReferralCap: 3,
  dailyCapByOfficeCode: {},
  timeZone: 'America/New_York',
  minimumJobs: 3,
  minimumHistoryMonths: 120,
  queueTargetBusinessDays: 2,
};

export interface RuleProblem {
  rule: string;
  message: string;
}

export interface PostingState {
  recordNumber: string;
  title: string;
  status: string;
  removedFromBoardAt: Date | null;
  /** ISO day; the posting leaves the board once it is over. */
  applicationDeadline: string | null;
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** REF-1: referrals only to open postings that are on the job board. */
export function postingReferralProblem(posting: PostingState, now: Date): RuleProblem | null {
  const name = `${posting.recordNumber} ${posting.title}`;
  const why =
    posting.status !== 'open'
      ? `is ${posting.status.replace('_', ' ')}`
      : posting.removedFromBoardAt
        ? 'has been taken off the job board'
        : posting.applicationDeadline !== null && posting.applicationDeadline < isoDay(now)
          ? `stopped taking applications on ${posting.applicationDeadline}`
          : null;
  if (!why) return null;
  return {
    rule: 'REF-1',
    message: `${name} ${why}. Referrals are made only to open postings on the job board.`,
  };
}

export interface HistoryJob {
  /** ISO days. An open end is a job still held. */
  startDate: string | null;
  endDate: string | null;
}

/** Whole months from one ISO day to another, or to `today` for a job still held. */
export function jobMonths(job: HistoryJob, today: string): number {
  if (!job.startDate) return 0;
  const [y1, m1] = job.startDate.split('-').map(Number);
  const [y2, m2] = (job.endDate ?? today).split('-').map(Number);
  if (!y1 || !m1 || !y2 || !m2) return 0;
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1));
}

export function historyMonths(jobs: readonly HistoryJob[], today: string): number {
  return jobs.reduce((sum, job) => sum + jobMonths(job, today), 0);
}

function span(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '',
    rest > 0 || years === 0 ? `${rest} month${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** SEEK-12: three jobs or ten years of work history; says what to add when there is not. */
export function workHistoryProblem(
  jobs: readonly HistoryJob[],
  today: string,
  settings: Pick<ReferralSettings, 'minimumJobs' | 'minimumHistoryMonths'> = REFERRAL_SETTINGS,
): RuleProblem | null {
  const months = historyMonths(jobs, today);
  if (jobs.length >= settings.minimumJobs || months >= settings.minimumHistoryMonths) return null;
  const missingJobs = settings.minimumJobs - jobs.length;
  const undated = jobs.filter((j) => !j.startDate).length;
  const listed =
    jobs.length === 0
      ? 'The resume lists no jobs yet'
      : `The resume lists ${jobs.length} job${jobs.length === 1 ? '' : 's'} covering ${span(months)}`;
  return {
    rule: 'SEEK-12',
    message: [
      `${listed}. A referral needs a complete registration with ${settings.minimumJobs} jobs or ${settings.minimumHistoryMonths / 12} years of work history.`,
      `Add ${missingJobs} more job${missingJobs === 1 ? '' : 's'} to the work history, or the start and end dates that make ${settings.minimumHistoryMonths / 12} years${undated > 0 ? ` (${undated} job${undated === 1 ? ' has' : 's have'} no start date)` : ''}.`,
    ].join(' '),
  };
}

/** SEEK-1, SEEK-2 and SEEK-12: the registration is complete, active and has the work history. */
export function registrationProblem(
  seeker: RegistrationState,
  jobs: readonly HistoryJob[],
  today: string,
  settings: ReferralSettings = REFERRAL_SETTINGS,
): RuleProblem | null {
  const why = whyNoServices(seeker);
  if (why) return { rule: 'SEEK-12', message: why };
  return workHistoryProblem(jobs, today, settings);
}

/** REF-3: self-referral only on 4- and 5-star matches; the message says why this one is not. */
export function selfReferralStarsProblem(
  stars: number,
  findings: readonly MatchFinding[],
  settings: Pick<ReferralSettings, 'selfReferralMinStars'> = REFERRAL_SETTINGS,
): RuleProblem | null {
  if (stars >= settings.selfReferralMinStars) return null;
  const unmet = findings.filter((f) => f.outcome === 'unmet' || f.outcome === 'partial');
  const why = unmet.length > 0 ? ` What does not fit: ${unmet.map((f) => f.text).join('; ')}.` : '';
  return {
    rule: 'REF-3',
    message: `This job is a ${stars}-star match for you. You can ask for a referral yourself only on ${settings.selfReferralMinStars}- and 5-star matches.${why} Your job center staff can look at it with you.`,
  };
}

/** REF-3: the office's cap on self-referrals per seeker per day. */
export function dailyCapOf(
  officeCode: string | null,
  settings: Pick<
    ReferralSettings,
    'dailySelfReferralCap' | 'dailyCapByOfficeCode'
  > = REFERRAL_SETTINGS,
): number {
  return (
    (officeCode ? settings.dailyCapByOfficeCode[officeCode] : undefined) ??
    settings.dailySelfReferralCap
  );
}

export function dailyCapProblem(madeToday: number, cap: number): RuleProblem | null {
  if (madeToday < cap) return null;
  return {
    rule: 'REF-3',
    message: `You have asked for ${madeToday} referral${madeToday === 1 ? '' : 's'} today, the most your job center allows in a day (${cap}). You can ask again tomorrow.`,
  };
}

/** REF-4: only a request waiting in the queue is approved or denied. */
export function decisionProblem(status: ReferralStatus): string | null {
  if (status === 'requested') return null;
  if (status === 'withdrawn')
    return 'This request left the queue because its posting closed. Nothing was sent to the employer.';
  return `This referral is already ${status}; only a request waiting for approval can be approved or denied.`;
}

/** REF-6: results are posted on referrals that went to the employer. */
export function resultProblem(status: ReferralStatus): RuleProblem | null {
  if (status === 'referred') return null;
  return {
    rule: 'REF-6',
    message: `This referral is ${status}, so it never went to the employer. Results are posted on referrals that were made.`,
  };
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function zonedParts(at: Date, timeZone: string): ZonedParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function zoneOffset(at: Date, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant the zone's wall clock reads midnight of this calendar day. */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - zoneOffset(new Date(wall), timeZone);
  // Once more with the offset at the guess, which differs from the one at `wall` near a DST change.
  return new Date(wall - zoneOffset(new Date(first), timeZone));
}

/** REF-3: the day, in the office's time zone, that `now` falls in: [start, end). */
export function localDay(now: Date, timeZone: string): { day: string; start: Date; end: Date } {
  const p = zonedParts(now, timeZone);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return {
    day: `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
    start: zonedMidnight(p.year, p.month, p.day, timeZone),
    end: zonedMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Weekdays after `from` up to and including `to` (ISO days); 0 when `to` is not after `from`. */
export function businessDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end <= start) return 0;
  const total = end - start;
  let count = Math.floor(total / 7) * 5;
  // 1970-01-01 (day 0) was a Thursday: weekday index 0 = Monday.
  for (let d = start + Math.floor(total / 7) * 7 + 1; d <= end; d += 1) {
    const weekday = (d + 3) % 7;
    if (weekday < 5) count += 1;
  }
  return count;
}

/** REF-4: how long a request has waited, in days and in business days in the office's zone. */
export function queueAge(
  requestedAt: Date,
  now: Date,
  settings: Pick<ReferralSettings, 'timeZone' | 'queueTargetBusinessDays'> = REFERRAL_SETTINGS,
): { ageDays: number; businessDaysWaiting: number; overdue: boolean } {
  const ageDays = Math.max(0, Math.floor((now.getTime() - requestedAt.getTime()) / DAY_MS));
  const businessDaysWaiting = businessDaysBetween(
    localDay(requestedAt, settings.timeZone).day,
    localDay(now, settings.timeZone).day,
  );
  return {
    ageDays,
    businessDaysWaiting,
    overdue: businessDaysWaiting > settings.queueTargetBusinessDays,
  };
}

export interface ApplyDetails {
  recordNumber: string;
  title: string;
  employerName: string;
  contactMethod: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  employerPhone: string | null;
  instructions: string | null;
  workSite: string | null;
}

const METHOD_WORDS: Record<string, string> = {
  email: 'By email',
  online: 'Online',
  phone: 'By phone',
  in_person: 'In person',
  mail: 'By mail',
  fax: 'By fax',
};

/** REF-2: the application method and hiring contact as plain text, to print or email. */
export function howToApplyText(d: ApplyDetails): string {
  const lines = [
    `${d.recordNumber}: ${d.title}`,
    `Employer: ${d.employerName}`,
    d.contactMethod ? `How to apply: ${METHOD_WORDS[d.contactMethod] ?? d.contactMethod}` : '',
    d.contactEmail ? `Email: ${d.contactEmail}` : '',
    d.contactUrl ? `Apply online: ${d.contactUrl}` : '',
    d.employerPhone ? `Phone: ${d.employerPhone}` : '',
    d.workSite ? `Work site: ${d.workSite}` : '',
    d.instructions ? `\n${d.instructions}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}

export interface Email {
  subject: string;
  text: string;
}

export function howToApplyEmail(firstName: string, d: ApplyDetails): Email {
  return {
    subject: `How to apply: ${d.recordNumber} ${d.title}`,
    text: [
      `Hello ${firstName},`,
      '',
      'Here is how to apply for this job:',
      '',
      howToApplyText(d),
    ].join('\n'),
  };
}

/** REF-4: the seeker is told they were referred, and how to apply. */
export function referredEmail(firstName: string, d: ApplyDetails): Email {
  return {
    subject: `You have been referred: ${d.recordNumber} ${d.title}`,
    text: [
      `Hello ${firstName},`,
      '',
      `You have been referred to ${d.title} at ${d.employerName}. Here is how to apply:`,
      '',
      howToApplyText(d),
    ].join('\n'),
  };
}

export interface DenialContact {
  staffName: string | null;
  staffEmail: string | null;
  officeName: string;
}

/** REF-4: a denial carries its specific reason and who to contact about it. */
export function denialEmail(
  firstName: string,
  posting: Pick<ApplyDetails, 'recordNumber' | 'title' | 'employerName'>,
  reason: string,
  contact: DenialContact,
): Email {
  const signature = contact.staffName
    ? [contact.staffName, contact.staffEmail ?? '', contact.officeName].filter(Boolean)
    : [contact.officeName];
  return {
    subject: `About your referral request: ${posting.recordNumber} ${posting.title}`,
    text: [
      `Hello ${firstName},`,
      '',
      `We could not approve your request to be referred to ${posting.title} at ${posting.employerName} (${posting.recordNumber}), for this reason:`,
      '',
      reason,
      '',
      'If you have questions, or once you have updated your resume, contact us:',
      '',
      ...signature,
    ].join('\n'),
  };
}

/**
 * VET-4: what staff read when they refer a non-veteran to a posting under a veterans' priority
 * hold (the wording of the source manual's "Delayed Referral for Veterans Priority Hold").
 */
export const DELAYED_REFERRAL_NOTICE =
  'Delayed referral for veterans’ priority hold. This job is on a 24-hour hold to give priority of service to highly qualified veteran applicants, in compliance with Title 38 requirements. It will not display to non-veteran job seekers until the hold is automatically released. Your referral for this non-veteran candidate will be delayed briefly, then sent automatically to the job seeker. No further action is needed on your part. Thank you for honoring our military service members.';

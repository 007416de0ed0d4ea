import type {
  PostingOrigin,
  PostingProgramType,
  PostingStatus,
  PostingStatusAction,
} from '@onestop/contracts';

/** Job posting rules (JOB-2 … JOB-10). Pure: no database; the clock is a parameter. */

export interface PostingSettings {
  /** JOB-8: application deadline, days after posting. */
  applicationDeadlineDays: number;
  /** JOB-9: the reservation windows a job owner may choose. */
  reservationDays: readonly number[];
  /** JOB-3: trigram similarity (as pg_trgm counts it) from which two titles look the same. */
  duplicateTitleSimilarity: number;
  /** The lapse job's transaction size (JOB-8). */
  lapseBatchSize: number;
}

/**
 * The numbers the rulebook calls defaults of settings a state may change. Kept here until states
 * need to change them without a release; then they move to platform/config.ts.
 */
export const POSTING_SETTINGS: Readonly<PostingSettings> = {
  applicationDeadlineDays: 14,
  reservationDays: [3, 5, 7],
  duplicateTitleSimilarity: 0.5,
  lapseBatchSize: 200,
};

export interface RuleProblem {
  rule: string;
  message: string;
}

export function formatPostingNumber(recordNumber: number): string {
  return `J-${recordNumber}`;
}

/** JOB-7: closed, filled and refused postings are never reopened. */
export const FINAL_STATUSES: readonly PostingStatus[] = ['closed', 'filled', 'refused'];
export const isFinal = (status: PostingStatus) => FINAL_STATUSES.includes(status);

const STATUS_WORDS: Record<PostingStatus, string> = {
  draft: 'a draft',
  pending_approval: 'waiting for approval',
  open: 'open',
  on_hold: 'on hold',
  closed: 'closed',
  filled: 'filled',
  refused: 'refused',
};

/**
 * JOB-7 and the approval flow: where each action leads from each status. A staff order or an
 * import opens when submitted; an employer's own posting waits for staff approval.
 */
export function nextStatus(
  current: PostingStatus,
  action: PostingStatusAction,
  origin: PostingOrigin,
): { to: PostingStatus } | RuleProblem {
  if (isFinal(current)) {
    return {
      rule: 'JOB-7',
      message: `This posting is ${STATUS_WORDS[current]}, and a ${current} posting is never reopened. If the employer has the position again, duplicate it into a new posting.`,
    };
  }
  const allowed: Record<PostingStatusAction, [PostingStatus[], PostingStatus]> = {
    submit: [['draft'], origin === 'employer_self_service' ? 'pending_approval' : 'open'],
    approve: [['pending_approval'], 'open'],
    hold: [['open'], 'on_hold'],
    reopen: [['on_hold'], 'open'],
    close: [['draft', 'open', 'on_hold'], 'closed'],
    fill: [['open', 'on_hold'], 'filled'],
    refuse: [['draft', 'pending_approval', 'open', 'on_hold'], 'refused'],
  };
  const [from, to] = allowed[action];
  if (!from.includes(current)) {
    return {
      rule: 'JOB-7',
      message: `A posting that is ${STATUS_WORDS[current]} cannot be ${ACTION_WORDS[action]}.`,
    };
  }
  return { to };
}

const ACTION_WORDS: Record<PostingStatusAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  hold: 'put on hold',
  reopen: 'reopened from hold',
  close: 'closed',
  fill: 'marked filled',
  refuse: 'refused',
};

/** JOB-6: federal reporting counts openings received, so they are never lowered. */
export function openingsProblem(current: number, next: number): RuleProblem | null {
  if (next >= current) return null;
  return {
    rule: 'JOB-6',
    message: `Openings cannot be lowered from ${current} to ${next}: federal reporting counts the openings received. Record placements as referral results instead.`,
  };
}

export interface Changer {
  staffId: string;
  centralOffice: boolean;
  /** SEC-7: trained to enter postings, and so to review an employer's before it has an owner. */
  postingEntry?: boolean;
}

export interface OwnedPosting {
  ownerStaffId: string | null;
  designeeIds: readonly string[];
  programType: PostingProgramType;
}

const PROGRAM_NAMES: Record<Exclude<PostingProgramType, 'none'>, string> = {
  flc: 'farm labor contractor',
  h2a: 'H-2A',
  h2b: 'H-2B',
};

/** JOB-10: FLC, H-2A and H-2B postings are set and changed by central-office staff only. */
export function programTypeProblem(
  actor: Changer,
  programType: PostingProgramType,
): RuleProblem | null {
  if (programType === 'none' || actor.centralOffice) return null;
  return {
    rule: 'JOB-10',
    message: `Only central-office staff change ${PROGRAM_NAMES[programType]} postings. You may still refer job seekers to it; ask the central office for changes.`,
  };
}

/** JOB-2 and JOB-10: who may change a posting. */
export function changeProblem(actor: Changer, posting: OwnedPosting): RuleProblem | null {
  const program = programTypeProblem(actor, posting.programType);
  if (program) return program;
  if (actor.centralOffice || actor.staffId === posting.ownerStaffId) return null;
  if (posting.designeeIds.includes(actor.staffId)) return null;
  // An employer's own posting has no owner until approved; its reviewer may correct it first.
  if (posting.ownerStaffId === null && actor.postingEntry) return null;
  return {
    rule: 'JOB-2',
    message:
      'Only the job owner or staff they designated change this posting. Ask the owner, or the central office, to make the change.',
  };
}

/** JOB-2: the owner hands a posting on; the central office can when the owner cannot. */
export function ownerChangeProblem(actor: Changer, posting: OwnedPosting): RuleProblem | null {
  const program = programTypeProblem(actor, posting.programType);
  if (program) return program;
  if (actor.centralOffice || actor.staffId === posting.ownerStaffId) return null;
  return {
    rule: 'JOB-2',
    message: 'Only the job owner or the central office assigns a posting to other staff.',
  };
}

/** A calendar date (YYYY-MM-DD) in UTC. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return isoDay(at);
}

/** JOB-8: the deadline the business asked for, else the setting's days after posting. */
export function applicationDeadline(
  postedAt: Date,
  requested: string | null,
  settings: Pick<PostingSettings, 'applicationDeadlineDays'> = POSTING_SETTINGS,
): string {
  return requested ?? addDays(isoDay(postedAt), settings.applicationDeadlineDays);
}

/** JOB-8: a posting leaves the board once its deadline day is over (UTC). */
export function hasLapsed(deadline: string | null, now: Date): boolean {
  return deadline !== null && deadline < isoDay(now);
}

export function deadlineProblem(deadline: string, now: Date): RuleProblem | null {
  if (deadline >= isoDay(now)) return null;
  return {
    rule: 'JOB-8',
    message: `The application deadline ${deadline} has passed. Choose today or a later date.`,
  };
}

export interface ReservationChoice {
  days?: number | undefined;
  indefinite: boolean;
}

export interface ReservationWindow {
  reservationDays: number | null;
  reservedIndefinitely: boolean;
  /** Null while indefinite, or until a draft is posted. */
  reservedUntil: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * JOB-9: a job owner reserves a posting for their organization's job seekers for one of the
 * allowed windows, counted from posting (or from now, if already posted); only a subsidized
 * opening may be reserved indefinitely.
 */
export function reservationWindow(
  choice: ReservationChoice,
  posting: { subsidized: boolean; postedAt: Date | null },
  now: Date,
  settings: Pick<PostingSettings, 'reservationDays'> = POSTING_SETTINGS,
): ReservationWindow | RuleProblem {
  if (choice.indefinite) {
    if (!posting.subsidized) {
      return {
        rule: 'JOB-9',
        message:
          'Only a subsidized opening (on-the-job training and the like) may be reserved indefinitely. Mark the posting subsidized, or choose a number of days.',
      };
    }
    return { reservationDays: null, reservedIndefinitely: true, reservedUntil: null };
  }
  const days = choice.days ?? 0;
  if (!settings.reservationDays.includes(days)) {
    return {
      rule: 'JOB-9',
      message: `A posting may be reserved for ${listDays(settings.reservationDays)} days.`,
    };
  }
  return {
    reservationDays: days,
    reservedIndefinitely: false,
    reservedUntil: posting.postedAt ? new Date(now.getTime() + days * DAY_MS) : null,
  };
}

/** The window of a reservation made before posting, counted from the posting date. */
export function reservedUntilFromPosting(days: number | null, postedAt: Date): Date | null {
  return days === null ? null : new Date(postedAt.getTime() + days * DAY_MS);
}

function listDays(days: readonly number[]): string {
  return days.length > 1 ? `${days.slice(0, -1).join(', ')} or ${days.at(-1)}` : String(days[0]);
}

export interface ReservationState {
  reservedIndefinitely: boolean;
  reservedUntil: Date | null;
}

/** JOB-9: whether the reservation still keeps the posting from everyone else. */
export function reservationInEffect(posting: ReservationState, now: Date): boolean {
  return (
    posting.reservedIndefinitely ||
    (posting.reservedUntil !== null && posting.reservedUntil.getTime() > now.getTime())
  );
}

export interface Viewer extends Changer {
  officeId: string;
  areaId: string | null;
}

/**
 * JOB-9: while a reservation is in effect, only the reserving office (or local area), the
 * posting's owner and designees, and the central office see the posting.
 */
export function reservationHides(
  viewer: Viewer,
  posting: ReservationState &
    OwnedPosting & { reservedForOfficeId: string | null; reservedForAreaId: string | null },
  now: Date,
): boolean {
  if (!reservationInEffect(posting, now) || viewer.centralOffice) return false;
  if (viewer.staffId === posting.ownerStaffId || posting.designeeIds.includes(viewer.staffId))
    return false;
  if (posting.reservedForOfficeId === viewer.officeId) return false;
  return !(posting.reservedForAreaId !== null && posting.reservedForAreaId === viewer.areaId);
}

/** JOB-12: a staffing agency's order names the company where the work is done. */
export function staffingAgencyProblem(posting: {
  staffingAgency: boolean;
  worksiteCompany: string | null;
}): RuleProblem | null {
  if (!posting.staffingAgency || posting.worksiteCompany) return null;
  return {
    rule: 'JOB-12',
    message:
      'A staffing agency’s order must name the company where the work is done. It is kept in the confidential staff comments.',
  };
}

/** JOB-15: the message that asks the employer for referral results. */
export function resultRequestEmail(posting: {
  recordNumber: number;
  title: string;
  employerName: string;
  outcome: 'closed' | 'filled';
}): { subject: string; text: string } {
  const number = formatPostingNumber(posting.recordNumber);
  return {
    subject: `Results of referrals for job posting ${number}: ${posting.title}`,
    text: [
      `Hello ${posting.employerName},`,
      '',
      `Your job posting ${number}, "${posting.title}", is now ${posting.outcome}.`,
      'Please tell us what became of the job seekers we referred: who was hired (and their start',
      'date and wage), who was not, and who did not report. Reply to this message or call your',
      'job center. Your answer helps us send you better candidates next time.',
      '',
      'Thank you.',
    ].join('\n'),
  };
}

import type { FieldIssue } from '@onestop/contracts';

/** Employer rules (EMP-1, EMP-3, EMP-7). Pure: no database, no clock. */

export function formatRecordNumber(recordNumber: number): string {
  return `E-${recordNumber}`;
}

/** The nine digits of a FEIN typed as 12-3456789 or 123456789, or null. */
export function feinDigits(input: string): string | null {
  const trimmed = input.trim();
  return /^\d{2}-?\d{7}$/.test(trimmed) ? trimmed.replace('-', '') : null;
}

/**
 * The prefixes the IRS assigns ("How EINs are assigned and valid EIN prefixes"), by campus and
 * the internet: 01–06, 10–16, 20–27, 30–48, 50–68, 71–77, 80–88, 90–95, 98–99.
 */
const VALID_PREFIX_RANGES: readonly (readonly [number, number])[] = [
  [1, 6],
  [10, 16],
  [20, 27],
  [30, 48],
  [50, 68],
  [71, 77],
  [80, 88],
  [90, 95],
  [98, 99],
];

export function isValidFeinPrefix(prefix: number): boolean {
  return VALID_PREFIX_RANGES.some(([low, high]) => prefix >= low && prefix <= high);
}

/** Why nine digits cannot be a FEIN, or null. */
export function feinProblem(digits: string): string | null {
  const prefix = digits.slice(0, 2);
  if (!isValidFeinPrefix(Number(prefix))) {
    return `A FEIN cannot start with ${prefix}: the IRS does not assign that prefix. Check the number on the employer’s IRS letter or tax forms.`;
  }
  return null;
}

/** A FEIN as people write it: 12-3456789. */
export function formatFein(digits: string | null): string | null {
  return digits ? `${digits.slice(0, 2)}-${digits.slice(2)}` : null;
}

export interface FeinInput {
  fein?: string | null | undefined;
  independentContractor: boolean;
  noFeinNote?: string | null | undefined;
}

/**
 * EMP-1: the FEIN is mandatory and valid, except for an independent contractor, whose statement
 * that it has none is recorded instead. Returns the digits to store, or the field to fix.
 */
export function checkFein(
  input: FeinInput,
): { ok: true; digits: string | null } | { ok: false; issue: FieldIssue } {
  if (input.fein) {
    const digits = feinDigits(input.fein);
    if (!digits) {
      return {
        ok: false,
        issue: { path: 'fein', message: 'Enter the 9 digits of the FEIN, like 12-3456789.' },
      };
    }
    const problem = feinProblem(digits);
    return problem
      ? { ok: false, issue: { path: 'fein', message: problem } }
      : { ok: true, digits };
  }
  if (!input.independentContractor) {
    return {
      ok: false,
      issue: {
        path: 'fein',
        message:
          'Enter the employer’s FEIN. Only an independent contractor may be registered without one, with their statement recorded.',
      },
    };
  }
  if (!input.noFeinNote?.trim()) {
    return {
      ok: false,
      issue: {
        path: 'noFeinNote',
        message:
          'Record the employer’s statement that, as an independent contractor, it does not have a FEIN.',
      },
    };
  }
  return { ok: true, digits: null };
}

// EMP-3: duplicate resolution.

export interface DuplicateCandidate {
  id: string;
  recordNumber: number;
  hasSelfServiceAccount: boolean;
  jobOrders: number;
  openJobOrders: number;
  /** YYYY-MM-DD of the oldest open job order, or null without one. */
  oldestOpenOrderDate: string | null;
  activities: number;
}

export interface CandidateContact {
  id: string;
  employerId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  active: boolean;
}

export type DuplicatePlanOutcome =
  | {
      ok: true;
      survivorId: string;
      toInactivate: { id: string; reason: string }[];
      contactsToCopy: CandidateContact[];
    }
  | { ok: false; problem: string };

const work = (c: DuplicateCandidate) => c.jobOrders + c.activities;

/**
 * What keeps a record, most important first. Each criterion prefers the record that should stay
 * and says, of the one that goes, why. The first that separates two records decides.
 */
const CRITERIA: {
  prefer(a: DuplicateCandidate, b: DuplicateCandidate): number;
  why(gone: DuplicateCandidate, kept: DuplicateCandidate): string;
}[] = [
  {
    prefer: (a, b) => Number(a.hasSelfServiceAccount) - Number(b.hasSelfServiceAccount),
    why: (_, kept) =>
      `${formatRecordNumber(kept.recordNumber)} holds the employer’s own sign-in, which must stay active`,
  },
  {
    prefer: (a, b) => Number(work(a) > 0) - Number(work(b) > 0),
    why: () => 'it has no job orders or activities',
  },
  {
    prefer: (a, b) => Number(a.openJobOrders > 0) - Number(b.openJobOrders > 0),
    why: (_, kept) =>
      `it has no open job orders and ${formatRecordNumber(kept.recordNumber)} has some`,
  },
  {
    // Among records with open orders, the one with the oldest order is inactivated.
    prefer: (a, b) =>
      a.oldestOpenOrderDate && b.oldestOpenOrderDate
        ? a.oldestOpenOrderDate.localeCompare(b.oldestOpenOrderDate)
        : 0,
    why: (gone, kept) =>
      `its oldest open job order (${gone.oldestOpenOrderDate}) is older than that of ${formatRecordNumber(kept.recordNumber)} (${kept.oldestOpenOrderDate})`,
  },
  {
    prefer: (a, b) => work(a) - work(b),
    why: (gone, kept) =>
      `it has fewer job orders and activities (${work(gone)}) than ${formatRecordNumber(kept.recordNumber)} (${work(kept)})`,
  },
  {
    prefer: (a, b) => b.recordNumber - a.recordNumber,
    why: (_, kept) => `it was created after ${formatRecordNumber(kept.recordNumber)}`,
  },
];

function compareForSurvival(a: DuplicateCandidate, b: DuplicateCandidate): number {
  for (const c of CRITERIA) {
    const d = c.prefer(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

const nameKey = (c: { firstName: string; lastName: string }) =>
  `${c.firstName} ${c.lastName}`.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * EMP-3: chooses the record to keep and the ones to inactivate, with the reason for each, and the
 * active contacts of the inactivated records that the survivor lacks (neither the email nor the
 * name is on it), each once. A record holding the employer's own sign-in is never inactivated.
 */
export function planDuplicateResolution(
  candidates: DuplicateCandidate[],
  contacts: CandidateContact[],
): DuplicatePlanOutcome {
  if (candidates.length < 2) return { ok: false, problem: 'Choose at least two records.' };
  const holders = candidates.filter((c) => c.hasSelfServiceAccount);
  if (holders.length > 1) {
    return {
      ok: false,
      problem: `${holders.map((h) => formatRecordNumber(h.recordNumber)).join(' and ')} each hold an employer’s own sign-in, and such a record is never inactivated. Resolve these duplicates with the central office.`,
    };
  }
  const ranked = [...candidates].sort((a, b) => compareForSurvival(b, a));
  const survivor = ranked[0] as DuplicateCandidate;
  const toInactivate = ranked.slice(1).map((gone) => {
    const decisive = CRITERIA.find((c) => c.prefer(survivor, gone) > 0) ?? CRITERIA.at(-1);
    return { id: gone.id, reason: decisive ? decisive.why(gone, survivor) : '' };
  });

  const onSurvivor = contacts.filter((c) => c.employerId === survivor.id && c.active);
  const emails = new Set(onSurvivor.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])));
  const names = new Set(onSurvivor.map(nameKey));
  const contactsToCopy: CandidateContact[] = [];
  const goneIds = new Set(toInactivate.map((t) => t.id));
  for (const contact of contacts) {
    if (!goneIds.has(contact.employerId) || !contact.active) continue;
    const email = contact.email?.toLowerCase();
    if ((email && emails.has(email)) || names.has(nameKey(contact))) continue;
    contactsToCopy.push(contact);
    if (email) emails.add(email);
    names.add(nameKey(contact));
  }
  return { ok: true, survivorId: survivor.id, toInactivate, contactsToCopy };
}

// EMP-7: account owners are told of each other.

export interface OwnerMailFacts {
  employerName: string;
  recordNumber: number;
  newOwner: { displayName: string; email: string };
  addedBy: string;
}

/** The message each existing owner gets when another owner joins the account. */
export function ownerAddedEmail(facts: OwnerMailFacts, to: { displayName: string }) {
  const record = `${facts.employerName} (${formatRecordNumber(facts.recordNumber)})`;
  return {
    subject: `${facts.newOwner.displayName} is now also an owner of ${record}`,
    text: [
      `Hello ${to.displayName},`,
      '',
      `${facts.addedBy} added ${facts.newOwner.displayName} (${facts.newOwner.email}) as an owner of the employer account ${record} in OneStop. You remain an owner too.`,
      '',
      `Please get in touch with ${facts.newOwner.displayName} to agree who contacts the employer about what, so the employer hears one coordinated voice. Before contacting the employer, review its recent activities and notes in OneStop.`,
    ].join('\n'),
  };
}

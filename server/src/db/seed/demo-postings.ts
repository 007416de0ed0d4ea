import type { PostingStatus } from '@onestop/contracts';
import { zipCentroid } from '../../modules/geo/zip-centroids';
import { addDays, isoDay } from '../../modules/postings/postings.rules';
import type { DemoEmployer, DemoOfficeCode } from './demo-employers';
import { buildPostingContent, type PostingContent } from './posting-templates';
import { Prng } from './prng';

/**
 * The demo's job postings (JOB-1 … JOB-12): orders the demo employers placed over the last 30
 * days, most open and on the job board, the rest drafts, on hold, closed, filled, refused or
 * waiting for staff approval after the employer entered them itself. Dates count back from `now`,
 * so a demo started any day has fresh postings; everything else is the same on every database.
 */

export const DEMO_POSTING_COUNT = 400;

export interface DemoPosting extends PostingContent {
  id: string;
  employer: DemoEmployer;
  locationId: string;
  address1: string;
  city: string;
  zip: string;
  lat: number | null;
  lon: number | null;
  status: PostingStatus;
  origin: 'staff_order' | 'employer_self_service';
  intakeMethod: 'in_person' | 'phone' | 'fax' | 'mail' | 'email' | null;
  stateSource: 'application_only' | 'full_service' | 'job_fair';
  federalSource: 'employer_listing' | 'job_development';
  /** The demo business services representative who owns it; null until staff approve it. */
  ownerEmail: string | null;
  office: DemoOfficeCode;
  openings: number;
  contactMethod: 'email' | 'online' | 'phone' | 'in_person';
  contactEmail: string | null;
  contactUrl: string | null;
  howToApply: string;
  publicTransportation: boolean | null;
  createdAt: Date;
  postedAt: Date | null;
  applicationDeadline: string | null;
  removedFromBoardAt: Date | null;
  closedAt: Date | null;
  refusalReason: string | null;
  reservation: { days: number | null; until: Date | null } | null;
  subsidized: boolean;
  staffingAgency: boolean;
  worksiteCompany: string | null;
  laborDisputeNotAtIssue: boolean;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The demo staff member who owns an office's employer accounts and job orders. */
export function demoBsrFor(office: DemoOfficeCode | null): {
  email: string;
  office: DemoOfficeCode;
} {
  return office === 'GEO'
    ? { email: 'georgetown.bsr@demo.test', office: 'GEO' }
    : { email: 'bsr@demo.test', office: 'LEX' };
}

const STATUS_MIX: readonly [PostingStatus, number][] = [
  ['open', 0.74],
  ['draft', 0.06],
  ['on_hold', 0.04],
  ['closed', 0.06],
  ['filled', 0.06],
  ['pending_approval', 0.03],
  ['refused', 0.01],
];

const WORKSITES = [
  'Scott County Plastics Inc.',
  'Georgetown Molded Products LLC',
  'Winchester Box Company',
];

const REFUSAL =
  'The description asked for applicants of a particular age (JOB-13). Call the employer to correct it and enter it again.';

function pickStatus(prng: Prng): PostingStatus {
  let roll = prng.next();
  for (const [status, share] of STATUS_MIX) {
    roll -= share;
    if (roll < 0) return status;
  }
  return 'open';
}

/** How many postings each employer gets: the fixed ones of its part, the rest by size. */
function postingsPerEmployer(prng: Prng, employers: DemoEmployer[], total: number): number[] {
  const counts = employers.map((e): number => (e.status !== 'active' ? 0 : e.role ? 6 : 1));
  const weights = employers.map((e) =>
    e.status !== 'active' ? 0 : 1 + e.industry.sizes.indexOf(e.sizeClass) + (e.role ? 0 : 2),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = total - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let roll = prng.next() * sum;
    const at = weights.findIndex((w) => (roll -= w) < 0);
    const i = at === -1 ? 0 : at;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

function dates(prng: Prng, status: PostingStatus, now: number) {
  const today = isoDay(new Date(now));
  const none = {
    postedAt: null,
    applicationDeadline: null,
    removedFromBoardAt: null,
    closedAt: null,
  };
  if (status === 'draft' || status === 'pending_approval' || status === 'refused') {
    return { ...none, createdAt: new Date(now - prng.int(1, 96) * HOUR_MS) };
  }
  const final = status === 'closed' || status === 'filled';
  const daysAgo = final ? prng.int(15, 30) : prng.int(0, 29);
  const postedAt = new Date(now - daysAgo * DAY_MS - prng.int(0, 10) * HOUR_MS);
  const createdAt = new Date(postedAt.getTime() - prng.int(0, 48) * HOUR_MS);
  let deadline = addDays(isoDay(postedAt), prng.pick([14, 14, 21, 30, 45]));
  if (final) {
    const closedAt = new Date(postedAt.getTime() + prng.int(5, 14) * DAY_MS);
    return {
      postedAt,
      createdAt,
      applicationDeadline: deadline,
      removedFromBoardAt: null,
      closedAt,
    };
  }
  // A few open postings whose deadline passed and the lapse job took off the board (JOB-8).
  if (status === 'open' && daysAgo >= 14 && prng.chance(0.15)) {
    return {
      postedAt,
      createdAt,
      applicationDeadline: addDays(today, -1),
      removedFromBoardAt: new Date(now - prng.int(1, 20) * HOUR_MS),
      closedAt: null,
    };
  }
  if (deadline <= today) deadline = addDays(today, prng.int(1, 14));
  return {
    postedAt,
    createdAt,
    applicationDeadline: deadline,
    removedFromBoardAt: null,
    closedAt: null,
  };
}

function onePosting(
  prng: Prng,
  employer: DemoEmployer,
  code: string,
  status: PostingStatus,
  now: number,
): DemoPosting {
  const location = prng.pick(employer.locations);
  const place = location.place;
  const content = buildPostingContent(prng, code, {
    employerName: employer.tradeName ?? employer.legalName,
    city: place.city,
  });
  const byEmployer = status === 'pending_approval' || status === 'refused';
  const owner = demoBsrFor(employer.office);
  const point = zipCentroid(place.zip);
  const contactMethod = prng.pick(['online', 'online', 'email', 'phone', 'in_person'] as const);
  const primary = employer.contacts[0];
  const staffing = employer.role === 'staffing-agency';
  return {
    ...content,
    id: prng.uuid(),
    employer,
    locationId: location.id,
    address1: location.address1,
    city: place.city,
    zip: place.zip,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    status,
    origin: byEmployer ? 'employer_self_service' : 'staff_order',
    intakeMethod: byEmployer ? null : prng.pick(['phone', 'phone', 'email', 'in_person', 'fax']),
    stateSource: prng.chance(0.75)
      ? 'full_service'
      : prng.chance(0.8)
        ? 'application_only'
        : 'job_fair',
    federalSource: prng.chance(0.8) ? 'employer_listing' : 'job_development',
    ownerEmail: byEmployer ? null : owner.email,
    office: owner.office,
    openings: code.startsWith('53-7') || code.startsWith('51-') ? prng.int(1, 10) : prng.int(1, 3),
    contactMethod,
    contactEmail: contactMethod === 'email' ? (primary?.email ?? employer.email) : null,
    contactUrl: contactMethod === 'online' ? `${employer.website}/careers` : null,
    howToApply:
      contactMethod === 'online'
        ? 'Apply online on our careers page.'
        : contactMethod === 'email'
          ? 'Email your resume to the address below.'
          : contactMethod === 'phone'
            ? `Call ${employer.phone} between 9 a.m. and 4 p.m. to set up an interview.`
            : `Apply in person at ${location.address1}, ${place.city}, Monday to Friday, 8 a.m. to 3 p.m.`,
    publicTransportation: place.city === 'Lexington' || place.city === 'Louisville' ? true : null,
    ...dates(prng, status, now),
    refusalReason: status === 'refused' ? REFUSAL : null,
    reservation: null,
    subsidized: false,
    staffingAgency: staffing,
    worksiteCompany: staffing ? prng.pick(WORKSITES) : null,
    laborDisputeNotAtIssue: employer.role === 'labor-dispute',
  };
}

/** The demo postings of the active employers, DEMO_POSTING_COUNT in all by default. */
export function buildDemoPostings(
  employers: DemoEmployer[],
  now = Date.now(),
  total = DEMO_POSTING_COUNT,
): DemoPosting[] {
  const prng = new Prng(0x10b5_0002);
  const counts = postingsPerEmployer(prng, employers, total);
  const out: DemoPosting[] = [];
  employers.forEach((employer, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) {
      // The parts the demo shows come first and stay open: forklift jobs near Frankfort and in
      // Paducah, the agency's and the disputed plant's orders.
      const fixed = employer.role !== null && n < Math.min(3, employer.hires.length);
      const code = fixed ? (employer.hires[n] as string) : prng.pickCommon(employer.hires, 1.5);
      out.push(onePosting(prng, employer, code, fixed ? 'open' : pickStatus(prng), now));
    }
  });
  // JOB-9: some new open postings reserved for the owner's office for a few days, one subsidized
  // opening reserved indefinitely.
  const fresh = out.filter(
    (p) =>
      p.status === 'open' &&
      p.employer.role === null &&
      p.postedAt !== null &&
      now - p.postedAt.getTime() < 2 * DAY_MS,
  );
  for (const p of fresh.slice(0, 4)) {
    const days = prng.pick([3, 5, 7]);
    p.reservation = { days, until: new Date((p.postedAt as Date).getTime() + days * DAY_MS) };
  }
  const subsidized = fresh[4] ?? out.find((p) => p.status === 'open' && !p.reservation);
  if (subsidized) {
    subsidized.subsidized = true;
    subsidized.reservation = { days: null, until: null };
  }
  return out;
}

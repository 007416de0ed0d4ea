import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import {
  employerActivities,
  employerActivityTypes,
  employerContacts,
  employerLaborDisputes,
  employerLocations,
  employerNotes,
  employerOwners,
  employerUsers,
  employers,
  jobPostings,
  offices,
  postingNotes,
  staff,
} from '../schema';
import { DEMO_LABOR_DISPUTE, buildDemoEmployers, type DemoEmployer } from './demo-employers';
import { buildDemoPostings, demoBsrFor, type DemoPosting } from './demo-postings';
import { isoDay } from '../../modules/postings/postings.rules';
import { Prng } from './prng';
import { hashPassword } from '../../platform/auth/passwords';
import { DEMO_EMPLOYER_EMAIL, DEMO_PASSWORD } from './demo-data';

/**
 * Stores the demo employers and their job postings in one insert per table (a few hundred ms on
 * PGlite), as the employer and posting use cases would have left them.
 */

const DAY_MS = 86_400_000;
const POSTING_CHUNK = 200;

const ACTIVITIES = [
  'employer_visit',
  'job_order_taken',
  'recruitment_assistance',
  'business_consultation',
  'job_fair',
  'applicant_screening',
  'wotc_information',
  'follow_up',
];

const NOTES = [
  'Prefers to receive referrals by email; the HR manager answers within a day.',
  'Interested in an on-the-job training agreement for new hires next quarter.',
  'Asked about the Work Opportunity Tax Credit; sent the information sheet.',
  'Hiring picks up in the spring. Follow up in March about seasonal openings.',
  'Will host a hiring event at the career center next month.',
  'Pays weekly. Drug screen and background check for every position.',
];

const STATUS_WORDS: Record<string, string> = {
  on_hold: 'On hold',
  closed: 'Closed',
  filled: 'Filled',
};

interface Ids {
  office: Map<string, string>;
  staff: Map<string, string>;
  activityType: Map<string, string>;
}

async function lookups(tx: Db): Promise<Ids> {
  // One after another: a transaction is one connection.
  const o = await tx.select({ id: offices.id, code: offices.code }).from(offices);
  const s = await tx.select({ id: staff.id, email: staff.email }).from(staff);
  const a = await tx
    .select({ id: employerActivityTypes.id, code: employerActivityTypes.code })
    .from(employerActivityTypes);
  return {
    office: new Map(o.map((r) => [r.code, r.id])),
    staff: new Map(s.map((r) => [r.email, r.id])),
    activityType: new Map(a.map((r) => [r.code, r.id])),
  };
}

function employerRows(list: DemoEmployer[], ids: Ids, now: number) {
  return list.map((e) => {
    const createdAt = new Date(now - e.createdDaysAgo * DAY_MS);
    const byStaff = e.source === 'staff' ? ids.staff.get(demoBsrFor(e.office).email) : null;
    return {
      id: e.id,
      legalName: e.legalName,
      tradeName: e.tradeName,
      fein: e.fein,
      status: e.status,
      source: e.source,
      officeId: e.office ? (ids.office.get(e.office) ?? null) : null,
      website: e.website,
      phone: e.phone,
      email: e.email,
      address1: e.address1,
      city: e.place.city,
      state: 'KY',
      zip: e.place.zip,
      county: e.place.county,
      naicsCode: e.industry.naics,
      ownershipType: e.industry.ownership,
      sizeClass: e.sizeClass,
      createdByStaffId: byStaff ?? null,
      updatedByStaffId: byStaff ?? null,
      createdAt,
      updatedAt: createdAt,
    };
  });
}

function postingRow(p: DemoPosting, ids: Ids) {
  const ownerId = p.ownerEmail ? (ids.staff.get(p.ownerEmail) ?? null) : null;
  const officeId = ids.office.get(p.office) ?? null;
  const reserved = p.reservation;
  return {
    id: p.id,
    employerId: p.employer.id,
    employerName: p.employer.legalName,
    employerTradeName: p.employer.tradeName,
    locationId: p.locationId,
    officeId,
    title: p.title,
    description: p.description,
    onetCode: p.onetCode,
    onetTitle: p.onetTitle,
    onetSource: 'staff' as const,
    openings: p.openings,
    payMin: p.payMin,
    payMax: p.payMax,
    payUnit: p.payUnit,
    hoursPerWeek: p.hoursPerWeek,
    employmentType: p.employmentType,
    shift: p.shift,
    workDays: p.workDays,
    experienceMonths: p.experienceMonths,
    educationLevel: p.educationLevel,
    licenseClass: p.licenseClass,
    endorsements: p.endorsements,
    keyboardingWpm: p.keyboardingWpm,
    publicTransportation: p.publicTransportation,
    contactMethod: p.contactMethod,
    contactEmail: p.contactEmail,
    contactUrl: p.contactUrl,
    howToApply: p.howToApply,
    address1: p.address1,
    city: p.city,
    state: 'KY',
    zip: p.zip,
    lat: p.lat,
    lon: p.lon,
    stateSource: p.stateSource,
    federalSource: p.federalSource,
    origin: p.origin,
    intakeMethod: p.intakeMethod,
    ownerStaffId: ownerId,
    status: p.status,
    refusalReason: p.refusalReason,
    postedAt: p.postedAt,
    applicationDeadline: p.applicationDeadline,
    removedFromBoardAt: p.removedFromBoardAt,
    closedAt: p.closedAt,
    reservedForOfficeId: reserved ? officeId : null,
    reservationDays: reserved?.days ?? null,
    reservedUntil: reserved?.until ?? null,
    reservedIndefinitely: reserved !== null && reserved.days === null,
    subsidized: p.subsidized,
    staffingAgency: p.staffingAgency,
    worksiteCompany: p.worksiteCompany,
    staffComments: p.worksiteCompany ? `Work site: ${p.worksiteCompany}.` : null,
    laborDisputeNotAtIssue: p.laborDisputeNotAtIssue,
    createdByStaffId: ownerId,
    updatedByStaffId: ownerId,
    createdAt: p.createdAt,
    updatedAt: p.closedAt ?? p.createdAt,
  };
}

/** Account history: owners (EMP-7), services and notes (EMP-6), the labor dispute (JOB-11). */
async function storeHistory(tx: Db, list: DemoEmployer[], ids: Ids, now: number) {
  const prng = new Prng(0xac71_0003);
  const central = ids.staff.get('central@demo.test') ?? null;
  const active = list.filter((e) => e.status === 'active');
  const owners = active.flatMap((e) => {
    const staffId = ids.staff.get(demoBsrFor(e.office).email);
    return staffId ? [{ employerId: e.id, staffId, addedByStaffId: staffId }] : [];
  });
  if (owners.length > 0) await tx.insert(employerOwners).values(owners);
  const activities = [];
  const notes = [];
  for (const e of active) {
    const bsr = demoBsrFor(e.office);
    const staffId = ids.staff.get(bsr.email);
    const officeId = ids.office.get(bsr.office);
    if (!staffId || !officeId) continue;
    const times = prng.chance(0.75) ? prng.int(1, 3) : 0;
    for (const code of prng.sample(ACTIVITIES, times)) {
      const typeId = ids.activityType.get(code);
      if (!typeId) continue;
      activities.push({
        employerId: e.id,
        activityTypeId: typeId,
        activityDate: isoDay(new Date(now - prng.int(1, 90) * DAY_MS)),
        locationId: prng.chance(0.5) ? (e.locations[0]?.id ?? null) : null,
        staffId,
        officeId,
        createdAt: new Date(now - prng.int(1, 90) * DAY_MS),
      });
    }
    if (prng.chance(0.35)) {
      notes.push({
        employerId: e.id,
        body: prng.pick(NOTES),
        staffId,
        officeId,
        createdAt: new Date(now - prng.int(1, 60) * DAY_MS),
      });
    }
  }
  if (activities.length > 0) await tx.insert(employerActivities).values(activities);
  if (notes.length > 0) await tx.insert(employerNotes).values(notes);
  const disputed = list.find((e) => e.role === 'labor-dispute');
  if (disputed) {
    const started = new Date(now - DEMO_LABOR_DISPUTE.startedDaysAgo * DAY_MS);
    await tx.insert(employerLaborDisputes).values({
      employerId: disputed.id,
      startedAt: isoDay(started),
      description: DEMO_LABOR_DISPUTE.description,
      positionsAtIssue: DEMO_LABOR_DISPUTE.positionsAtIssue,
      positionCodes: DEMO_LABOR_DISPUTE.positionCodes,
      positionTitles: DEMO_LABOR_DISPUTE.positionTitles,
      recordedByStaffId: central,
      verifiedAt: new Date(started.getTime() + DAY_MS),
      verifiedByStaffId: central,
      createdAt: started,
      updatedAt: started,
    });
  }
}

/** EMP-5: the demo employer user signs in to the employer portal for the first active employer. */
async function storeEmployerUser(tx: Db, list: DemoEmployer[]): Promise<void> {
  const employer = list.find((e) => e.status === 'active');
  const contact = employer?.contacts[0];
  if (!employer || !contact) return;
  await tx.insert(employerUsers).values({
    employerId: employer.id,
    email: DEMO_EMPLOYER_EMAIL,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    firstName: contact.firstName,
    lastName: contact.lastName,
    phone: contact.phone,
  });
}

/**
 * Adds the demo employers and postings. Needs the demo staff (their accounts own the employers
 * and orders): returns 0s and adds nothing where bsr@demo.test is missing.
 */
export async function seedDemoBusiness(
  tx: Db,
  now = Date.now(),
): Promise<{ employers: number; postings: number }> {
  const ids = await lookups(tx);
  if (!ids.staff.has('bsr@demo.test')) return { employers: 0, postings: 0 };
  const list = buildDemoEmployers();
  const postings = buildDemoPostings(list, now);
  await tx.insert(employers).values(employerRows(list, ids, now));
  await tx
    .insert(employerContacts)
    .values(list.flatMap((e) => e.contacts.map((c) => ({ ...c, employerId: e.id }))));
  await tx.insert(employerLocations).values(
    list.flatMap((e) =>
      e.locations.map((l) => ({
        id: l.id,
        employerId: e.id,
        name: l.name,
        address1: l.address1,
        city: l.place.city,
        state: 'KY',
        zip: l.place.zip,
        county: l.place.county,
        naicsCode: e.industry.naics,
        contactId: l.contactId,
      })),
    ),
  );
  await storeHistory(tx, list, ids, now);
  await storeEmployerUser(tx, list);
  const rows = postings.map((p) => postingRow(p, ids));
  for (let at = 0; at < rows.length; at += POSTING_CHUNK) {
    await tx.insert(jobPostings).values(rows.slice(at, at + POSTING_CHUNK));
  }
  // JOB-2: the status changes the history would show.
  const changed = postings.filter((p) => STATUS_WORDS[p.status] && p.ownerEmail);
  if (changed.length > 0) {
    await tx.insert(postingNotes).values(
      changed.map((p) => ({
        postingId: p.id,
        kind: 'status' as const,
        body: `Status: Open → ${STATUS_WORDS[p.status]}.`,
        staffId: ids.staff.get(p.ownerEmail as string) ?? null,
        officeId: ids.office.get(p.office) ?? null,
        createdAt: p.closedAt ?? new Date(Math.min(now, (p.postedAt?.getTime() ?? now) + DAY_MS)),
      })),
    );
  }
  // Fresh statistics: the job board's first searches plan on a table that just filled.
  await tx.execute(sql`ANALYZE job_postings`);
  return { employers: list.length, postings: postings.length };
}

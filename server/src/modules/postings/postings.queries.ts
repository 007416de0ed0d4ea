import type { PostingDetail, PostingListQuery, PostingSummary } from '@onestop/contracts';
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { employers, jobPostings, postingDesignees, postingNotes, staff } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { LABOR_DISPUTE_STATEMENT } from './labor-dispute.rules';
import {
  changeProblem,
  formatPostingNumber,
  hasLapsed,
  isFinal,
  reservationHides,
  reservationInEffect,
  type Viewer,
} from './postings.rules';
import {
  changerOf,
  contentProblem,
  disputeDecision,
  findLikelyDuplicates,
  loadPosting,
  officeAreaId,
  postingColumns,
  type PostingRow,
} from './postings.store';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function viewerOf(db: Db, actor: Actor): Promise<Viewer> {
  return {
    ...changerOf(actor),
    officeId: actor.officeId,
    areaId: await officeAreaId(db, actor.officeId),
  };
}

async function staffNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const ref = (names: Map<string, string>, id: string | null) =>
  id ? { id, name: names.get(id) ?? 'Former staff member' } : null;

function toSummary(row: PostingRow, names: Map<string, string>): PostingSummary {
  return {
    id: row.id,
    recordNumber: formatPostingNumber(row.recordNumber),
    title: row.title,
    employer: { id: row.employerId, name: row.employerTradeName ?? row.employerName },
    status: row.status,
    openings: row.openings,
    city: row.city,
    state: row.state,
    zip: row.zip,
    programType: row.programType,
    owner: ref(names, row.ownerStaffId),
    postedAt: iso(row.postedAt),
    applicationDeadline: row.applicationDeadline,
    // Off the board as soon as the deadline passes, not only once the lapse job has run.
    onBoard:
      row.status === 'open' &&
      row.removedFromBoardAt === null &&
      !hasLapsed(row.applicationDeadline, new Date()),
    createdAt: row.createdAt.toISOString(),
  };
}

/** JOB-4: what the job is and how to apply, as staff and the employer both see it. */
export function jobTerms(row: PostingRow) {
  return {
    occupation: row.onetCode
      ? { code: row.onetCode, title: row.onetTitle ?? row.onetCode, confidence: row.onetConfidence }
      : null,
    payMin: row.payMin,
    payMax: row.payMax,
    payUnit: row.payUnit,
    hoursPerWeek: row.hoursPerWeek,
    employmentType: row.employmentType,
    shift: row.shift,
    workDays: row.workDays,
    experienceMonths: row.experienceMonths,
    educationLevel: row.educationLevel,
    licenseClass: row.licenseClass,
    endorsements: row.endorsements,
    keyboardingWpm: row.keyboardingWpm,
    publicTransportation: row.publicTransportation,
    contactMethod: row.contactMethod,
    contactEmail: row.contactEmail,
    contactUrl: row.contactUrl,
    howToApply: row.howToApply,
  };
}

/** One posting as staff see it; null when absent or, for now, reserved for others (JOB-9). */
export async function readPosting(db: Db, actor: Actor, id: string): Promise<PostingDetail | null> {
  const found = await loadPosting(db, id);
  if (!found) return null;
  const { row, designeeIds } = found;
  const viewer = await viewerOf(db, actor);
  const now = new Date();
  if (reservationHides(viewer, { ...row, designeeIds }, now)) return null;
  const notes = await db
    .select()
    .from(postingNotes)
    .where(eq(postingNotes.postingId, id))
    .orderBy(desc(postingNotes.createdAt))
    .limit(200);
  const names = await staffNames(db, [
    row.ownerStaffId,
    ...designeeIds,
    ...notes.map((n) => n.staffId),
  ]);
  const live = !isFinal(row.status);
  return {
    ...toSummary(row, names),
    description: row.description,
    origin: row.origin,
    intakeMethod: row.intakeMethod,
    locationId: row.locationId,
    ...jobTerms(row),
    occupationSource: row.onetSource,
    occupationAlternatives: row.onetAlternatives,
    address1: row.address1,
    lat: row.lat,
    lon: row.lon,
    stateSource: row.stateSource,
    federalSource: row.federalSource,
    outOfArea: row.outOfArea,
    subsidized: row.subsidized,
    staffingAgency: row.staffingAgency,
    worksiteCompany: row.worksiteCompany,
    staffComments: row.staffComments,
    laborDisputeStatement: row.laborDisputeNotAtIssue ? LABOR_DISPUTE_STATEMENT : null,
    refusalReason: row.refusalReason,
    duplicatedFromId: row.duplicatedFromId,
    removedFromBoardAt: iso(row.removedFromBoardAt),
    reservation:
      row.reservationDays !== null || row.reservedIndefinitely
        ? {
            officeId: row.reservedForOfficeId,
            areaId: row.reservedForAreaId,
            days: row.reservationDays,
            indefinite: row.reservedIndefinitely,
            until: iso(row.reservedUntil),
            inEffect: reservationInEffect(row, now),
          }
        : null,
    designees: designeeIds.map((d) => ref(names, d)).filter((d) => d !== null),
    likelyDuplicates: live ? await findLikelyDuplicates(db, row) : [],
    youMayChange: changeProblem(viewer, { ...row, designeeIds }) === null,
    notes: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      body: n.body,
      staff: ref(names, n.staffId),
      createdAt: n.createdAt.toISOString(),
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The SQL twin of `reservationHides`: what this viewer may list (JOB-9). */
function visibleTo(viewer: Viewer): SQL | undefined {
  if (viewer.centralOffice) return undefined;
  return or(
    sql`not (${jobPostings.reservedIndefinitely} or coalesce(${jobPostings.reservedUntil} > now(), false))`,
    eq(jobPostings.reservedForOfficeId, viewer.officeId),
    viewer.areaId ? eq(jobPostings.reservedForAreaId, viewer.areaId) : undefined,
    eq(jobPostings.ownerStaffId, viewer.staffId),
    sql`exists (select 1 from ${postingDesignees} where ${postingDesignees.postingId} = ${jobPostings.id} and ${postingDesignees.staffId} = ${viewer.staffId})`,
  );
}

async function page(db: Db, where: SQL | undefined, p: { page: number; pageSize: number }) {
  const [total] = await db.select({ n: count() }).from(jobPostings).where(where);
  const rows = await db
    .select(postingColumns)
    .from(jobPostings)
    .where(where)
    .orderBy(desc(jobPostings.createdAt), asc(jobPostings.id))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  return { rows, total: total?.n ?? 0 };
}

/** Staff's list of postings: an employer's, one status, or their own (JOB-2). */
export async function listPostings(db: Db, actor: Actor, q: PostingListQuery) {
  const viewer = await viewerOf(db, actor);
  const where = and(
    q.employerId ? eq(jobPostings.employerId, q.employerId) : undefined,
    q.status ? eq(jobPostings.status, q.status) : undefined,
    q.mine
      ? or(
          eq(jobPostings.ownerStaffId, actor.staffId),
          sql`exists (select 1 from ${postingDesignees} where ${postingDesignees.postingId} = ${jobPostings.id} and ${postingDesignees.staffId} = ${actor.staffId})`,
        )
      : undefined,
    visibleTo(viewer),
  );
  const { rows, total } = await page(db, where, q);
  const names = await staffNames(
    db,
    rows.map((r) => r.ownerStaffId),
  );
  return { items: rows.map((r) => toSummary(r, names)), page: q.page, pageSize: q.pageSize, total };
}

/**
 * Employer-entered postings waiting for approval, for employers the actor's offices serve
 * (SEC-4; a state-scope role sees all), oldest first, each with what the reviewer must check.
 */
export async function postingApprovalQueue(
  db: Db,
  actor: Actor,
  p: { page: number; pageSize: number },
) {
  const scope =
    actor.scopeOfficeIds === 'all'
      ? undefined
      : actor.scopeOfficeIds.length > 0
        ? inArray(employers.officeId, actor.scopeOfficeIds)
        : sql`false`;
  const where = and(eq(jobPostings.status, 'pending_approval'), scope);
  const [total] = await db
    .select({ n: count() })
    .from(jobPostings)
    .innerJoin(employers, eq(employers.id, jobPostings.employerId))
    .where(where);
  const rows = await db
    .select(postingColumns)
    .from(jobPostings)
    .innerJoin(employers, eq(employers.id, jobPostings.employerId))
    .where(where)
    .orderBy(asc(jobPostings.createdAt), asc(jobPostings.id))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const names = await staffNames(
    db,
    rows.map((r) => r.ownerStaffId),
  );
  const items = [];
  for (const row of rows)
    items.push({ ...toSummary(row, names), findings: await findings(db, row) });
  return { items, page: p.page, pageSize: p.pageSize, total: total?.n ?? 0 };
}

/** JOB-3, JOB-11, JOB-12, JOB-13: what would stop or should slow an approval. */
async function findings(db: Db, row: PostingRow) {
  const out: { rule: string; message: string }[] = [];
  const content = contentProblem(row);
  if (content) out.push(content);
  const dispute = await disputeDecision(db, row);
  if (dispute.kind === 'refuse' || dispute.kind === 'confirm')
    out.push({ rule: dispute.rule, message: dispute.message });
  const duplicates = await findLikelyDuplicates(db, row);
  if (duplicates.length > 0)
    out.push({
      rule: 'JOB-3',
      message: `Looks like ${duplicates.map((d) => `${d.recordNumber} "${d.title}"`).join(', ')}.`,
    });
  return out;
}

/** What a use case answers after its change commits. */
export async function postingDetailOf(db: Db, actor: Actor, id: string): Promise<PostingDetail> {
  const detail = await readPosting(db, actor, id);
  if (!detail) throw notFound('job posting');
  return detail;
}

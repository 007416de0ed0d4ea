import { and, eq, getTableColumns, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  employerLaborDisputes,
  employerLocations,
  employers,
  jobPostings,
  offices,
  postingDesignees,
  postingNotes,
  type POSTING_NOTE_KINDS,
} from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import { hasGrant } from '../../platform/authz/permissions';
import type { Db } from '../../platform/db/database';
import { AppError, invalid, notFound, ruleViolation } from '../../platform/errors';
import { suggestOccupations } from '../autocode/autocode';
import { zipCentroid } from '../geo/zip-centroids';
import { occupation } from '../onet/onet.catalog';
import { likelyDuplicates } from './duplicates.rules';
import { laborDisputeDecision, type DisputeScope } from './labor-dispute.rules';
import {
  changeProblem,
  formatPostingNumber,
  staffingAgencyProblem,
  type Changer,
  type RuleProblem,
} from './postings.rules';
import { screeningFindings, screeningMessage } from './screening.rules';

/* Reads and writes the posting use cases share. */

const { searchVector: _searchVector, ...postingColumns } = getTableColumns(jobPostings);
export { postingColumns };
export type PostingRow = Omit<typeof jobPostings.$inferSelect, 'searchVector'>;
export type PostingNoteKind = (typeof POSTING_NOTE_KINDS)[number];

export function changerOf(actor: Actor): Changer {
  return {
    staffId: actor.staffId,
    centralOffice: hasGrant(actor, 'central_office'),
    postingEntry: hasGrant(actor, 'job_posting_entry'),
  };
}

/** The posting and its designees, locked for the rest of the transaction when `lock` is set. */
export async function loadPosting(db: Db, id: string, lock = false) {
  const query = db.select(postingColumns).from(jobPostings).where(eq(jobPostings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const designees = await db
    .select({ staffId: postingDesignees.staffId })
    .from(postingDesignees)
    .where(eq(postingDesignees.postingId, id));
  return { row, designeeIds: designees.map((d) => d.staffId) };
}

/** Loads a posting to change it: 404 if absent, 403 (JOB-2, JOB-10) if this actor may not. */
export async function postingToChange(tx: Db, actor: Actor, id: string) {
  const found = await loadPosting(tx, id, true);
  if (!found) throw notFound('job posting');
  refuseIf(changeProblem(changerOf(actor), { ...found.row, designeeIds: found.designeeIds }));
  return found;
}

/** A rule about who may act is a 403; any other rule is a 422. */
export function refuseIf(problem: RuleProblem | null): void {
  if (!problem) return;
  if (problem.rule === 'JOB-2' || problem.rule === 'JOB-10')
    throw new AppError('FORBIDDEN', problem.message, { rule: problem.rule });
  throw ruleViolation(problem.rule, problem.message);
}

/** What an audit row says about a posting. */
export function postingSnapshot(row: PostingRow): Record<string, unknown> {
  const { updatedAt: _u, onetAlternatives: _a, ...rest } = row;
  return rest;
}

export async function addNote(
  tx: Db,
  postingId: string,
  kind: PostingNoteKind,
  body: string,
  actor: Actor | null,
): Promise<void> {
  await tx.insert(postingNotes).values({
    postingId,
    kind,
    body,
    staffId: actor?.staffId ?? null,
    officeId: actor?.officeId ?? null,
  });
}

export async function loadEmployer(db: Db, employerId: string) {
  const [employer] = await db.select().from(employers).where(eq(employers.id, employerId));
  if (!employer) throw notFound('employer');
  if (employer.status === 'pending_approval')
    throw ruleViolation(
      'EMP-5',
      'This employer’s registration is still waiting for approval. Approve it before taking job orders.',
    );
  if (employer.status === 'inactive')
    throw ruleViolation(
      'EMP-3',
      'This employer record is inactive. Take the order on the employer’s active record.',
    );
  return employer;
}
export type EmployerRow = Awaited<ReturnType<typeof loadEmployer>>;

export const employerNames = (e: EmployerRow) => ({
  employerName: e.legalName,
  employerTradeName: e.tradeName,
});

/**
 * The O*NET-SOC code: the one staff chose, kept until they clear it, else the autocoder's best
 * guess with its confidence and top three.
 */
export function occupationFields(
  text: { title: string; description: string },
  chosen: string | null | undefined,
  current?: Pick<PostingRow, 'onetCode' | 'onetTitle' | 'onetSource'>,
) {
  if (chosen) {
    const found = occupation(chosen);
    if (!found) throw invalid('onetCode', `${chosen} is not an O*NET-SOC code in the catalog.`);
    // The autocoder's alternatives stay for reference; its confidence was about its own guess.
    return {
      onetCode: chosen,
      onetTitle: found.title,
      onetSource: 'staff' as const,
      onetConfidence: null,
    };
  }
  if (chosen === undefined && current?.onetSource === 'staff') return {};
  const [best, ...rest] = suggestOccupations(text, { limit: 3 });
  return {
    onetCode: best?.code ?? null,
    onetTitle: best?.title ?? null,
    onetSource: best ? ('suggested' as const) : null,
    onetConfidence: best?.confidence ?? null,
    onetAlternatives: best ? [best, ...rest] : [],
  };
}

export interface WorksiteInput {
  locationId?: string | null | undefined;
  address1?: string | null | undefined;
  city?: string | null | undefined;
  state?: string | null | undefined;
  zip?: string | null | undefined;
}

/** Where the work is: the location's address, else the one given, else the employer's. */
export async function worksiteFields(db: Db, employer: EmployerRow, input: WorksiteInput) {
  let address = {
    address1: input.address1 ?? null,
    city: input.city ?? null,
    state: input.state ?? null,
    zip: input.zip ?? null,
  };
  if (input.locationId) {
    const [location] = await db
      .select()
      .from(employerLocations)
      .where(
        and(
          eq(employerLocations.id, input.locationId),
          eq(employerLocations.employerId, employer.id),
        ),
      );
    if (!location) throw invalid('locationId', 'Choose one of this employer’s locations.');
    address = {
      address1: location.address1,
      city: location.city,
      state: location.state,
      zip: location.zip,
    };
  } else if (!address.zip) {
    address = {
      address1: employer.address1,
      city: employer.city,
      state: employer.state,
      zip: employer.zip,
    };
  }
  if (!address.zip) throw invalid('zip', 'Enter the ZIP code where the work is done.');
  const point = zipCentroid(address.zip);
  return {
    locationId: input.locationId ?? null,
    ...address,
    state: address.state ?? point?.state ?? null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
  };
}

/** JOB-12 and JOB-13: what an order may not say or leave out, whoever enters it. */
export function contentProblem(posting: {
  title: string;
  description: string;
  howToApply?: string | null | undefined;
  staffingAgency: boolean;
  worksiteCompany: string | null | undefined;
}): RuleProblem | null {
  const findings = screeningFindings(posting.title, posting.description, posting.howToApply);
  if (findings.length > 0) return { rule: 'JOB-13', message: screeningMessage(findings) };
  return staffingAgencyProblem({ ...posting, worksiteCompany: posting.worksiteCompany ?? null });
}

/**
 * JOB-11: the disputes that bear on an order: the employer's own, and, for a staffing agency, the
 * work-site company's (agencies may be used to recruit replacement workers).
 */
export async function activeDisputes(
  db: Db,
  employerId: string,
  worksiteCompany: string | null | undefined,
): Promise<DisputeScope[]> {
  const company = worksiteCompany?.trim().toLowerCase();
  const rows = await db
    .select({
      id: employerLaborDisputes.id,
      positionsAtIssue: employerLaborDisputes.positionsAtIssue,
      positionCodes: employerLaborDisputes.positionCodes,
      positionTitles: employerLaborDisputes.positionTitles,
    })
    .from(employerLaborDisputes)
    .innerJoin(employers, eq(employers.id, employerLaborDisputes.employerId))
    .where(
      and(
        isNull(employerLaborDisputes.endedAt),
        or(
          eq(employerLaborDisputes.employerId, employerId),
          company
            ? or(
                sql`lower(${employers.legalName}) = ${company}`,
                sql`lower(${employers.tradeName}) = ${company}`,
              )
            : undefined,
        ),
      ),
    );
  return rows;
}

/** JOB-11 for an order being taken or opened: refused, to confirm, or carrying the statement. */
export async function disputeDecision(
  db: Db,
  posting: {
    employerId: string;
    worksiteCompany: string | null | undefined;
    title: string;
    onetCode: string | null | undefined;
    laborDisputeNotAtIssue: boolean;
  },
) {
  const disputes = await activeDisputes(db, posting.employerId, posting.worksiteCompany);
  return laborDisputeDecision(
    disputes,
    { title: posting.title, onetCode: posting.onetCode ?? null },
    posting.laborDisputeNotAtIssue,
  );
}

/** JOB-3: the employer's live postings that look like this one. */
export async function findLikelyDuplicates(
  db: Db,
  posting: { id: string; employerId: string; title: string; zip: string | null },
) {
  const live = await db
    .select({
      id: jobPostings.id,
      employerId: jobPostings.employerId,
      title: jobPostings.title,
      zip: jobPostings.zip,
      recordNumber: jobPostings.recordNumber,
    })
    .from(jobPostings)
    .where(
      and(
        eq(jobPostings.employerId, posting.employerId),
        inArray(jobPostings.status, ['open', 'on_hold', 'pending_approval']),
      ),
    );
  return likelyDuplicates(posting, live).map((p) => ({
    id: p.id,
    title: p.title,
    recordNumber: formatPostingNumber(p.recordNumber),
  }));
}

/** The local area of the actor's current office (JOB-9 reservations for the area). */
export async function officeAreaId(db: Db, officeId: string): Promise<string | null> {
  const [office] = await db
    .select({ areaId: offices.localAreaId })
    .from(offices)
    .where(eq(offices.id, officeId));
  return office?.areaId ?? null;
}

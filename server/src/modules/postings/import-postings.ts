import type {
  ImportPostingItem,
  ImportPostingsInput,
  ImportPostingsResult,
} from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { employers, jobPostings } from '../../db/schema';
import type { AuditWriter } from '../../platform/audit/audit';
import type { Actor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { applicationDeadline, deadlineProblem, isFinal, type RuleProblem } from './postings.rules';
import {
  contentProblem,
  disputeDecision,
  employerNames,
  findLikelyDuplicates,
  occupationFields,
  postingColumns,
  postingSnapshot,
  worksiteFields,
  type EmployerRow,
  type PostingRow,
} from './postings.store';
import { refreshPostingMatch } from '../matching/match-features.store';

/** Fields a feed sends that a later run may change. */
function feedValues(item: ImportPostingItem) {
  return {
    title: item.title,
    description: item.description,
    city: item.city ?? null,
    state: item.state ?? null,
    zip: item.zip,
    payMin: item.payMin ?? null,
    payMax: item.payMax ?? null,
    payUnit: item.payUnit ?? null,
    contactUrl: item.contactUrl ?? null,
    contactEmail: item.contactEmail ?? null,
  };
}
const FEED_FIELDS = [
  'title',
  'description',
  'city',
  'state',
  'zip',
  'payMin',
  'payMax',
  'payUnit',
  'contactUrl',
  'contactEmail',
] as const satisfies readonly (keyof ReturnType<typeof feedValues>)[];

async function activeEmployerByFein(tx: Db, fein: string): Promise<EmployerRow | null> {
  const digits = fein.replace('-', '');
  const [employer] = await tx
    .select()
    .from(employers)
    .where(and(eq(employers.fein, digits), eq(employers.status, 'active')));
  return employer ?? null;
}

/** What would keep an external posting off our board (JOB-3, JOB-8, JOB-11, JOB-13). */
async function whyNot(
  tx: Db,
  candidate: {
    id: string;
    employerId: string;
    title: string;
    description: string;
    zip: string | null;
    onetCode: string | null;
  },
  deadline: string,
  isNew: boolean,
): Promise<RuleProblem | null> {
  const content = contentProblem({ ...candidate, staffingAgency: false, worksiteCompany: null });
  if (content) return content;
  const dispute = await disputeDecision(tx, {
    ...candidate,
    worksiteCompany: null,
    laborDisputeNotAtIssue: false,
  });
  // A feed cannot say a position is not at issue: staff take such an order themselves.
  if (dispute.kind === 'refuse' || dispute.kind === 'confirm') return dispute;
  if (isNew) {
    const duplicates = await findLikelyDuplicates(tx, candidate);
    if (duplicates.length > 0)
      return {
        rule: 'JOB-3',
        message: `Already listed as ${duplicates.map((d) => d.recordNumber).join(', ')}.`,
      };
  }
  return deadlineProblem(deadline, new Date());
}

type Outcome =
  | { kind: 'created' | 'updated' | 'unchanged'; id: string }
  | { kind: 'skipped'; problem: RuleProblem };

async function importOne(
  tx: Db,
  audit: AuditWriter,
  actor: Actor,
  source: string,
  item: ImportPostingItem,
): Promise<Outcome> {
  const employer = await activeEmployerByFein(tx, item.employerFein);
  if (!employer)
    return {
      kind: 'skipped',
      problem: { rule: 'JOB-1', message: `No active employer has FEIN ${item.employerFein}.` },
    };
  const [existing] = await tx
    .select(postingColumns)
    .from(jobPostings)
    .where(and(eq(jobPostings.importSource, source), eq(jobPostings.externalId, item.externalId)))
    .for('update');
  const now = new Date();
  const deadline = applicationDeadline(existing?.postedAt ?? now, item.applicationDeadline ?? null);
  const fields = feedValues(item);
  if (existing) return updateOne(tx, audit, actor, existing, employer, item, fields, deadline);

  const site = await worksiteFields(tx, employer, {
    city: fields.city,
    state: fields.state,
    zip: item.zip,
  });
  const occupation = occupationFields(item, undefined);
  const problem = await whyNot(
    tx,
    {
      id: '',
      employerId: employer.id,
      ...item,
      zip: site.zip,
      onetCode: occupation.onetCode ?? null,
    },
    deadline,
    true,
  );
  if (problem) return { kind: 'skipped', problem };
  const [row] = await tx
    .insert(jobPostings)
    .values({
      ...fields,
      ...site,
      ...occupation,
      ...employerNames(employer),
      employerId: employer.id,
      openings: item.openings,
      stateSource: 'full_service',
      federalSource: 'employer_listing',
      origin: 'import',
      importSource: source,
      externalId: item.externalId,
      status: 'open',
      postedAt: now,
      applicationDeadline: deadline,
      ownerStaffId: actor.staffId,
      officeId: actor.officeId,
      createdByStaffId: actor.staffId,
      updatedByStaffId: actor.staffId,
    })
    .returning(postingColumns);
  if (!row) throw new Error('insert returned no row');
  await refreshPostingMatch(tx, [row.id]);
  await audit.record({
    action: 'posting.imported',
    entityType: 'job_posting',
    entityId: row.id,
    after: postingSnapshot(row),
  });
  return { kind: 'created', id: row.id };
}

/** A feed's later run: changes what it says, never lowers openings (JOB-6), never reopens (JOB-7). */
async function updateOne(
  tx: Db,
  audit: AuditWriter,
  actor: Actor,
  existing: PostingRow,
  employer: EmployerRow,
  item: ImportPostingItem,
  fields: ReturnType<typeof feedValues>,
  deadline: string,
): Promise<Outcome> {
  const openings = Math.max(existing.openings, item.openings);
  const site = await worksiteFields(tx, employer, {
    city: fields.city,
    state: fields.state,
    zip: item.zip,
  });
  const next = { ...fields, city: site.city, state: site.state, zip: site.zip };
  const same =
    FEED_FIELDS.every((f) => existing[f] === next[f]) &&
    existing.openings === openings &&
    existing.applicationDeadline === deadline;
  if (same || isFinal(existing.status)) return { kind: 'unchanged', id: existing.id };
  const occupation = occupationFields(item, undefined, existing);
  const problem = await whyNot(
    tx,
    { ...existing, ...item, zip: site.zip, onetCode: occupation.onetCode ?? existing.onetCode },
    deadline,
    false,
  );
  if (problem) return { kind: 'skipped', problem };
  const [after] = await tx
    .update(jobPostings)
    .set({
      ...fields,
      ...site,
      ...occupation,
      openings,
      applicationDeadline: deadline,
      // A new deadline in the future puts a lapsed posting back on the board.
      removedFromBoardAt:
        deadline === existing.applicationDeadline ? existing.removedFromBoardAt : null,
      updatedAt: new Date(),
      updatedByStaffId: actor.staffId,
    })
    .where(eq(jobPostings.id, existing.id))
    .returning(postingColumns);
  if (!after) throw new Error('update returned no row');
  await refreshPostingMatch(tx, [existing.id]);
  await audit.record({
    action: 'posting.imported',
    entityType: 'job_posting',
    entityId: existing.id,
    before: postingSnapshot(existing),
    after: postingSnapshot(after),
  });
  return { kind: 'updated', id: existing.id };
}

/**
 * JOB-1: a batch of postings from an external job feed, for employers known by FEIN. Idempotent:
 * a posting is keyed by the feed's name and its id there, so a repeated batch changes nothing.
 * What cannot be posted is listed with the rule, and the rest of the batch goes ahead.
 */
export async function importPostings(
  ctx: RequestContext,
  input: ImportPostingsInput,
): Promise<ImportPostingsResult> {
  const actor = ctx.requireActor();
  const seen = new Set<string>();
  for (const [index, item] of input.postings.entries()) {
    if (seen.has(item.externalId))
      throw new AppError('VALIDATION_FAILED', `The batch lists ${item.externalId} twice.`, {
        fields: [{ path: `postings.${index}.externalId`, message: 'Listed twice in this batch.' }],
      });
    seen.add(item.externalId);
  }
  return ctx.mutate(async (tx, audit) => {
    const result: ImportPostingsResult = { created: [], updated: [], unchanged: [], skipped: [] };
    for (const item of input.postings) {
      const outcome = await importOne(tx, audit, actor, input.source, item);
      if (outcome.kind === 'skipped')
        result.skipped.push({
          externalId: item.externalId,
          rule: outcome.problem.rule,
          reason: outcome.problem.message,
        });
      else result[outcome.kind].push({ externalId: item.externalId, id: outcome.id });
    }
    await audit.record({
      action: 'posting.imported',
      entityType: 'system',
      after: {
        source: input.source,
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged.length,
        skipped: result.skipped.length,
      },
    });
    return result;
  });
}

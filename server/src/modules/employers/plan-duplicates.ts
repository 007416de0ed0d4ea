import type { EmployerDuplicatePlan } from '@onestop/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { employerContacts, employers, offices } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { notFound, ruleViolation } from '../../platform/errors';
import { employerWorkload, selfServiceHolders } from './employer-workload';
import { inScope, summaryColumns, toSummary, type EmployerRow } from './employers.queries';
import {
  formatRecordNumber,
  planDuplicateResolution,
  type CandidateContact,
  type DuplicateCandidate,
} from './employers.rules';

export interface LoadedPlan {
  view: EmployerDuplicatePlan;
  rows: Map<string, EmployerRow>;
  contactsToCopy: CandidateContact[];
}

/**
 * EMP-3: reads the records (locked, when resolving), their work and contacts, and lets the rules
 * choose. Every record must be in the actor's reach (else 404) and still active or pending.
 */
export async function loadDuplicatePlan(
  db: Db,
  actor: Actor,
  ids: string[],
  lock: boolean,
): Promise<LoadedPlan> {
  const query = db
    .select(summaryColumns)
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(and(inArray(employers.id, ids), inScope(actor)))
    .orderBy(asc(employers.id));
  // Locked in id order, so two resolutions over overlapping records cannot deadlock.
  const found = lock ? await query.for('update', { of: employers }) : await query;
  if (found.length !== ids.length) throw notFound('employer');
  const inactive = found.find((r) => r.employer.status === 'inactive');
  if (inactive) {
    throw ruleViolation(
      'EMP-3',
      `${formatRecordNumber(inactive.employer.recordNumber)} is already inactive. Choose only active or pending records.`,
    );
  }
  const workload = await employerWorkload(db, ids);
  const holders = await selfServiceHolders(db, ids);
  const candidates = new Map(
    found.map((r) => {
      const work = workload.get(r.employer.id);
      const candidate: DuplicateCandidate & { summary: ReturnType<typeof toSummary> } = {
        id: r.employer.id,
        recordNumber: r.employer.recordNumber,
        hasSelfServiceAccount: holders.has(r.employer.id),
        activities: work?.activities ?? 0,
        jobOrders: work?.jobOrders ?? 0,
        openJobOrders: work?.openJobOrders ?? 0,
        oldestOpenOrderDate: work?.oldestOpenOrderDate ?? null,
        summary: toSummary(r.employer, r.officeName),
      };
      return [r.employer.id, candidate];
    }),
  );
  const contacts = await db
    .select({
      id: employerContacts.id,
      employerId: employerContacts.employerId,
      firstName: employerContacts.firstName,
      lastName: employerContacts.lastName,
      email: employerContacts.email,
      active: employerContacts.active,
    })
    .from(employerContacts)
    .where(inArray(employerContacts.employerId, ids))
    .orderBy(asc(employerContacts.createdAt), asc(employerContacts.id));
  const outcome = planDuplicateResolution([...candidates.values()], contacts);
  if (!outcome.ok) throw ruleViolation('EMP-3', outcome.problem);
  const show = (id: string) => {
    const found = candidates.get(id);
    if (!found) throw new Error(`candidate ${id} not loaded`);
    const { summary, id: _id, recordNumber: _n, ...work } = found;
    return { ...summary, ...work };
  };
  return {
    view: {
      survivor: show(outcome.survivorId),
      toInactivate: outcome.toInactivate.map((t) => ({ ...show(t.id), reason: t.reason })),
      contactsToCopy: outcome.contactsToCopy.map((c) => ({
        fromEmployerId: c.employerId,
        contactId: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
      })),
    },
    rows: new Map(found.map((r) => [r.employer.id, r.employer])),
    contactsToCopy: outcome.contactsToCopy,
  };
}

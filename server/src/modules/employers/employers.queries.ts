import type { EmployerDetail, EmployerRef, EmployerSummary } from '@onestop/contracts';
import { and, eq, exists, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  employerContacts,
  employerLocations,
  employerNotes,
  employerOwners,
  employers,
  offices,
  staff,
} from '../../db/schema';
import { tabAllowed } from '../../platform/authz/permissions';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { listActivities, listNotes } from './employer-activities.queries';
import { employerWorkload } from './employer-workload';
import { formatFein } from './employers.rules';

export type EmployerRow = typeof employers.$inferSelect;

/**
 * SEC-4: an employer belongs to the office that serves it; staff reach it when that office is in
 * their scope, or when they own the account (EMP-7: owners may work from other offices).
 */
export function inScope(actor: Actor): SQL | undefined {
  if (actor.scopeOfficeIds === 'all') return undefined;
  return or(
    inArray(employers.officeId, actor.scopeOfficeIds),
    exists(
      sql`(select 1 from ${employerOwners} o where o.employer_id = ${employers.id} and o.staff_id = ${actor.staffId})`,
    ),
  );
}

export const summaryColumns = { employer: employers, officeName: offices.name };

export function toSummary(e: EmployerRow, officeName: string | null): EmployerSummary {
  return {
    id: e.id,
    recordNumber: e.recordNumber,
    legalName: e.legalName,
    tradeName: e.tradeName,
    fein: formatFein(e.fein),
    independentContractor: e.independentContractor,
    status: e.status,
    source: e.source,
    phone: e.phone,
    email: e.email,
    city: e.city,
    state: e.state,
    zip: e.zip,
    office: e.officeId && officeName ? { id: e.officeId, name: officeName } : null,
    mergedIntoId: e.mergedIntoId,
  };
}

/** What an audit row says about an employer: its fields, not the derived search columns. */
export function employerSnapshot(e: EmployerRow) {
  const { searchName: _n, phoneDigits: _p, ...rest } = e;
  return rest;
}

/**
 * Null when the record does not exist or lies outside the actor's scope: both read as not found.
 * A null actor reads without scope (the EMP-5 approval queue is statewide).
 */
export async function findEmployer(db: Db, actor: Actor | null, id: string) {
  const [row] = await db
    .select(summaryColumns)
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(and(eq(employers.id, id), actor ? inScope(actor) : undefined));
  return row ?? null;
}

/**
 * Loads the employer for a change and holds its row lock until the transaction ends, so that
 * checks on its contacts (EMP-4) or owners cannot race another writer.
 */
export async function lockEmployer(tx: Db, actor: Actor | null, id: string): Promise<EmployerRow> {
  const [row] = await tx
    .select()
    .from(employers)
    .where(and(eq(employers.id, id), actor ? inScope(actor) : undefined))
    .for('update');
  if (!row) throw notFound('employer');
  return row;
}

/** EMP-2: the active or pending record that already holds this FEIN, whoever serves it. */
export async function findFeinHolder(
  db: Db,
  digits: string,
  exceptId?: string,
): Promise<EmployerRef | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(
      and(
        eq(employers.fein, digits),
        ne(employers.status, 'inactive'),
        exceptId ? ne(employers.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    id: row.employer.id,
    recordNumber: row.employer.recordNumber,
    legalName: row.employer.legalName,
    status: row.employer.status,
    officeName: row.officeName,
  };
}

const RECENT = 5;

export async function loadOwners(db: Db, employerId: string) {
  const addedBy = alias(staff, 'added_by');
  const rows = await db
    .select({
      staffId: employerOwners.staffId,
      displayName: staff.displayName,
      email: staff.email,
      addedBy: addedBy.displayName,
      addedAt: employerOwners.addedAt,
    })
    .from(employerOwners)
    .innerJoin(staff, eq(staff.id, employerOwners.staffId))
    .leftJoin(addedBy, eq(addedBy.id, employerOwners.addedByStaffId))
    .where(eq(employerOwners.employerId, employerId))
    .orderBy(employerOwners.addedAt);
  return rows.map((r) => ({ ...r, addedAt: r.addedAt.toISOString() }));
}

/**
 * The record as staff open it (EMP-6): the recent activities and notes to review before contacting
 * the employer, newest first, unless the activities tab is withheld from the role (SEC-3).
 */
export async function loadEmployerDetail(
  db: Db,
  actor: Actor,
  id: string,
): Promise<EmployerDetail | null> {
  const found = await findEmployer(db, actor, id);
  if (!found) return null;
  const e = found.employer;
  const createdBy = alias(staff, 'created_by');
  const [counts] = await db
    .select({
      contacts:
        sql<number>`(select count(*) from ${employerContacts} c where c.employer_id = ${employers.id} and c.active)`.mapWith(
          Number,
        ),
      locations:
        sql<number>`(select count(*) from ${employerLocations} l where l.employer_id = ${employers.id} and l.active)`.mapWith(
          Number,
        ),
      notes:
        sql<number>`(select count(*) from ${employerNotes} n where n.employer_id = ${employers.id})`.mapWith(
          Number,
        ),
      createdBy: createdBy.displayName,
    })
    .from(employers)
    .leftJoin(createdBy, eq(createdBy.id, employers.createdByStaffId))
    .where(eq(employers.id, id));
  const workload = (await employerWorkload(db, [id])).get(id);
  const showActivities = tabAllowed(actor, 'employers.activities');
  const page = { page: 1, pageSize: RECENT };
  return {
    ...toSummary(e, found.officeName),
    recentActivities: showActivities ? (await listActivities(db, id, page)).items : null,
    recentNotes: showActivities ? (await listNotes(db, id, page)).items : null,
    counts: {
      contacts: counts?.contacts ?? 0,
      locations: counts?.locations ?? 0,
      activities: workload?.activities ?? 0,
      notes: counts?.notes ?? 0,
      jobOrders: workload?.jobOrders ?? 0,
      openJobOrders: workload?.openJobOrders ?? 0,
    },
    owners: await loadOwners(db, id),
    noFeinNote: e.noFeinNote,
    website: e.website,
    address1: e.address1,
    address2: e.address2,
    county: e.county,
    naicsCode: e.naicsCode,
    ownershipType: e.ownershipType as EmployerDetail['ownershipType'],
    sizeClass: e.sizeClass as EmployerDetail['sizeClass'],
    inactivatedReason: e.inactivatedReason,
    createdBy: counts?.createdBy ?? null,
    approvedAt: e.approvedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export async function requireEmployerDetail(db: Db, actor: Actor, id: string) {
  const detail = await loadEmployerDetail(db, actor, id);
  if (!detail) throw notFound('employer');
  return detail;
}

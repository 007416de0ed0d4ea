import type { EmployerActivity, EmployerActivityType, EmployerNote } from '@onestop/contracts';
import { asc, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  employerActivities,
  employerActivityTypes,
  employerLocations,
  employerNotes,
  offices,
  staff,
} from '../../db/schema';
import type { Db } from '../../platform/db/database';

interface Page {
  page: number;
  pageSize: number;
}

const ONE: Page = { page: 1, pageSize: 1 };

const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

async function selectActivities(db: Db, where: SQL, page: Page): Promise<EmployerActivity[]> {
  const rows = await db
    .select({
      activity: employerActivities,
      type: {
        id: employerActivityTypes.id,
        code: employerActivityTypes.code,
        label: employerActivityTypes.label,
      },
      locationName: employerLocations.name,
      staffName: staff.displayName,
      officeName: offices.name,
    })
    .from(employerActivities)
    .innerJoin(
      employerActivityTypes,
      eq(employerActivityTypes.id, employerActivities.activityTypeId),
    )
    .innerJoin(staff, eq(staff.id, employerActivities.staffId))
    .innerJoin(offices, eq(offices.id, employerActivities.officeId))
    .leftJoin(employerLocations, eq(employerLocations.id, employerActivities.locationId))
    .where(where)
    .orderBy(
      desc(employerActivities.activityDate),
      desc(employerActivities.createdAt),
      desc(employerActivities.id),
    )
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return rows.map((r) => ({
    id: r.activity.id,
    type: r.type,
    activityDate: r.activity.activityDate,
    location: ref(r.activity.locationId, r.locationName),
    note: r.activity.note,
    staff: { id: r.activity.staffId, name: r.staffName },
    office: { id: r.activity.officeId, name: r.officeName },
    createdAt: r.activity.createdAt.toISOString(),
  }));
}

/** EMP-6: newest first, by the day of the activity and then by when it was written. */
export async function listActivities(db: Db, employerId: string, page: Page) {
  const where = eq(employerActivities.employerId, employerId);
  const items = await selectActivities(db, where, page);
  const [total] = await db.select({ n: count() }).from(employerActivities).where(where);
  return { items, page: page.page, pageSize: page.pageSize, total: total?.n ?? 0 };
}

export async function findActivity(db: Db, id: string): Promise<EmployerActivity | null> {
  const [found] = await selectActivities(db, eq(employerActivities.id, id), ONE);
  return found ?? null;
}

async function selectNotes(db: Db, where: SQL, page: Page): Promise<EmployerNote[]> {
  const rows = await db
    .select({ note: employerNotes, staffName: staff.displayName, officeName: offices.name })
    .from(employerNotes)
    .leftJoin(staff, eq(staff.id, employerNotes.staffId))
    .leftJoin(offices, eq(offices.id, employerNotes.officeId))
    .where(where)
    .orderBy(desc(employerNotes.createdAt), desc(employerNotes.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return rows.map((r) => ({
    id: r.note.id,
    body: r.note.body,
    staff: ref(r.note.staffId, r.staffName),
    office: ref(r.note.officeId, r.officeName),
    createdAt: r.note.createdAt.toISOString(),
  }));
}

/** EMP-6: newest first. */
export async function listNotes(db: Db, employerId: string, page: Page) {
  const where = eq(employerNotes.employerId, employerId);
  const items = await selectNotes(db, where, page);
  const [total] = await db.select({ n: count() }).from(employerNotes).where(where);
  return { items, page: page.page, pageSize: page.pageSize, total: total?.n ?? 0 };
}

export async function findNote(db: Db, id: string): Promise<EmployerNote | null> {
  const [found] = await selectNotes(db, eq(employerNotes.id, id), ONE);
  return found ?? null;
}

export function toActivityType(
  row: typeof employerActivityTypes.$inferSelect,
): EmployerActivityType {
  return {
    id: row.id,
    code: row.code,
    label: row.label,
    active: row.active,
    sortOrder: row.sortOrder,
  };
}

/** The whole catalog, retired types included (old activities still name them); in display order. */
export async function listActivityTypes(db: Db) {
  const rows = await db
    .select()
    .from(employerActivityTypes)
    .orderBy(asc(employerActivityTypes.sortOrder), asc(employerActivityTypes.label));
  return { items: rows.map(toActivityType) };
}

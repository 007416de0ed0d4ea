import {
  MAX_EMPLOYER_CONTACTS,
  type EmployerContactList,
  type EmployerContact,
  type EmployerLocation,
} from '@onestop/contracts';
import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { employerContacts, employerLocations } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { invalid, ruleViolation } from '../../platform/errors';

type ContactRow = typeof employerContacts.$inferSelect;

export function toContact(c: ContactRow): EmployerContact {
  return {
    id: c.id,
    employerId: c.employerId,
    firstName: c.firstName,
    lastName: c.lastName,
    title: c.title,
    phone: c.phone,
    email: c.email,
    isPrimary: c.isPrimary,
    active: c.active,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function contactSnapshot(c: ContactRow) {
  const { searchName: _n, ...rest } = c;
  return rest;
}

/** Active contacts first, the primary contact at the top, then by name. */
export async function listContacts(db: Db, employerId: string): Promise<EmployerContactList> {
  const rows = await db
    .select()
    .from(employerContacts)
    .where(eq(employerContacts.employerId, employerId))
    .orderBy(
      desc(employerContacts.active),
      desc(employerContacts.isPrimary),
      asc(employerContacts.lastName),
      asc(employerContacts.firstName),
    );
  return {
    items: rows.map(toContact),
    active: rows.filter((r) => r.active).length,
    limit: MAX_EMPLOYER_CONTACTS,
  };
}

export async function findContact(db: Db, employerId: string, contactId: string) {
  const [row] = await db
    .select()
    .from(employerContacts)
    .where(and(eq(employerContacts.id, contactId), eq(employerContacts.employerId, employerId)));
  return row ?? null;
}

const LIMIT_MESSAGE = `This employer already has ${MAX_EMPLOYER_CONTACTS} active contacts, the most one employer record can have. Make a contact who no longer works there inactive, then add the new one.`;

/** EMP-4, checked under the employer's row lock so that two additions cannot both pass. */
export async function assertRoomForContacts(
  tx: Db,
  employerId: string,
  adding: number,
  exceptId?: string,
): Promise<void> {
  const [row] = await tx
    .select({ n: count() })
    .from(employerContacts)
    .where(
      and(
        eq(employerContacts.employerId, employerId),
        eq(employerContacts.active, true),
        exceptId ? ne(employerContacts.id, exceptId) : undefined,
      ),
    );
  if ((row?.n ?? 0) + adding > MAX_EMPLOYER_CONTACTS) throw ruleViolation('EMP-4', LIMIT_MESSAGE);
}

/** The trigger's refusal (migration 0009), for a writer that skipped the check above. */
export const contactLimitReached = () => ruleViolation('EMP-4', LIMIT_MESSAGE);

/** One primary contact per employer: choosing a new one makes the others plain contacts. */
export async function clearPrimary(tx: Db, employerId: string): Promise<void> {
  await tx
    .update(employerContacts)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(and(eq(employerContacts.employerId, employerId), eq(employerContacts.isPrimary, true)));
}

/** EMP-4: a location's contact is one of the same employer's active contacts. */
export async function assertLocationContact(
  tx: Db,
  employerId: string,
  contactId: string,
): Promise<void> {
  const contact = await findContact(tx, employerId, contactId);
  if (!contact || !contact.active) {
    throw invalid('contactId', 'Choose one of this employer’s active contacts for the location.');
  }
}

export async function listLocations(
  db: Db,
  employerId: string,
  locationId?: string,
): Promise<EmployerLocation[]> {
  const rows = await db
    .select({ location: employerLocations, contact: employerContacts })
    .from(employerLocations)
    .leftJoin(employerContacts, eq(employerContacts.id, employerLocations.contactId))
    .where(
      and(
        eq(employerLocations.employerId, employerId),
        locationId ? eq(employerLocations.id, locationId) : undefined,
      ),
    )
    .orderBy(desc(employerLocations.active), asc(employerLocations.name));
  return rows.map(({ location: l, contact: c }) => ({
    id: l.id,
    employerId: l.employerId,
    name: l.name,
    address1: l.address1,
    address2: l.address2,
    city: l.city,
    state: l.state,
    zip: l.zip,
    county: l.county,
    naicsCode: l.naicsCode,
    contact: c
      ? { id: c.id, firstName: c.firstName, lastName: c.lastName, phone: c.phone, email: c.email }
      : null,
    active: l.active,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  }));
}

export async function findLocation(db: Db, employerId: string, locationId: string) {
  const [row] = await db
    .select()
    .from(employerLocations)
    .where(and(eq(employerLocations.id, locationId), eq(employerLocations.employerId, employerId)));
  return row ?? null;
}

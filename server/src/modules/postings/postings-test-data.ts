// Test helper: employers and postings for the postings integration tests, written straight to the
// database so these tests do not depend on the employers module's routes.
import { eq } from 'drizzle-orm';
import { employerUsers, employers, offices } from '../../db/schema';
import type { Db } from '../../platform/db/database';

export async function officeId(db: Db, code: string): Promise<string> {
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, code));
  if (!office) throw new Error(`no office ${code}`);
  return office.id;
}

let fein = 611_000_000;

/** An active employer served by the office with this code. */
export async function makeEmployer(
  db: Db,
  legalName: string,
  office: string,
  extra: Partial<typeof employers.$inferInsert> = {},
) {
  fein += 1;
  const [employer] = await db
    .insert(employers)
    .values({
      legalName,
      fein: String(fein),
      source: 'staff',
      status: 'active',
      officeId: await officeId(db, office),
      email: `hr@${legalName.toLowerCase().replace(/[^a-z]/g, '')}.example`,
      address1: '100 Main St',
      city: 'Lexington',
      state: 'KY',
      zip: '40507',
      ...extra,
    })
    .returning();
  if (!employer) throw new Error('no employer');
  return employer;
}

/** A portal user of the employer (no usable password: these tests never sign in as them). */
export async function makeEmployerUser(db: Db, employerId: string): Promise<string> {
  const [user] = await db
    .insert(employerUsers)
    .values({
      employerId,
      email: `owner-${crypto.randomUUID()}@employer.example`,
      passwordHash: 'not-a-usable-hash',
      firstName: 'Pat',
      lastName: 'Owner',
    })
    .returning({ id: employerUsers.id });
  if (!user) throw new Error('no employer user');
  return user.id;
}

/** A phone order's fields, enough to pass every check. */
export function order(employerId: string, extra: Record<string, unknown> = {}) {
  return {
    employerId,
    intakeMethod: 'phone',
    title: 'Forklift Operator',
    description:
      'Operate sit-down and stand-up forklifts to load and unload trailers. Must be 18 or older. Lift up to 50 pounds.',
    openings: 3,
    payMin: 17.5,
    payMax: 21,
    payUnit: 'hour',
    hoursPerWeek: 40,
    employmentType: 'full_time',
    shift: 'day',
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    contactMethod: 'email',
    contactEmail: 'jobs@bluegrass-logistics.example',
    zip: '40511',
    city: 'Lexington',
    state: 'KY',
    ...extra,
  };
}

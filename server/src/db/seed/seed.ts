import { count, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { AuditWriter } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/passwords';
import type { Config } from '../../platform/config';
import { SsnVault, loadSecret } from '../../platform/crypto/ssn-vault';
import type { Database, Db } from '../../platform/db/database';
import {
  employers,
  localAreas,
  offices,
  rolePermissions,
  roleWithheldTabs,
  roles,
  seekers,
  staff,
  staffGrants,
  staffOffices,
} from '../schema';
import { BASELINE_ROLES } from './baseline-roles';
import { DEMO_AREAS, DEMO_PASSWORD, DEMO_STAFF } from './demo-data';
import { seedEmployerActivityTypesIfNone } from './employer-activity-types';
import { buildDemoSeekers, seedDemoSeekers } from './demo-seekers';
import { seedDemoBusiness } from './store-demo-business';

/** Built-in roles, inserted on an empty database in every mode. */
async function seedRoles(tx: Db): Promise<Map<string, string>> {
  for (const seed of BASELINE_ROLES) {
    const [role] = await tx
      .insert(roles)
      .values({
        key: seed.key,
        name: seed.name,
        description: seed.description,
        scope: seed.scope,
        isSystem: true,
      })
      .returning({ id: roles.id });
    if (!role) throw new Error('role insert returned no row');
    const perms = Object.entries(seed.permissions).map(([module, level]) => ({
      roleId: role.id,
      module,
      level,
    }));
    if (perms.length > 0) await tx.insert(rolePermissions).values(perms);
    if (seed.withheldTabs.length > 0) {
      await tx
        .insert(roleWithheldTabs)
        .values(seed.withheldTabs.map((tab) => ({ roleId: role.id, tab })));
    }
  }
  const all = await tx.select({ id: roles.id, key: roles.key }).from(roles);
  return new Map(all.map((r) => [r.key, r.id]));
}

async function seedDemo(tx: Db, roleIds: Map<string, string>): Promise<void> {
  const officeIds = new Map<string, string>();
  for (const area of DEMO_AREAS) {
    const [a] = area.code
      ? await tx
          .insert(localAreas)
          .values({ stateCode: 'KY', code: area.code, name: area.name })
          .returning()
      : [null];
    for (const o of area.offices) {
      const [row] = await tx
        .insert(offices)
        .values({
          code: o.code,
          name: o.name,
          localAreaId: a?.id ?? null,
          isCentralOffice: o.central ?? false,
        })
        .returning({ id: offices.id });
      if (row) officeIds.set(o.code, row.id);
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of DEMO_STAFF) {
    const ids = person.offices.map((code) => officeIds.get(code) as string);
    const [row] = await tx
      .insert(staff)
      .values({
        email: person.email,
        displayName: person.name,
        passwordHash,
        roleId: roleIds.get(person.role) as string,
        defaultOfficeId: ids[0] as string,
        accessRequestRef: 'DEMO-SEED',
      })
      .returning({ id: staff.id });
    if (!row) throw new Error('staff insert returned no row');
    await tx.insert(staffOffices).values(ids.map((officeId) => ({ staffId: row.id, officeId })));
    if (person.grants.length > 0) {
      await tx
        .insert(staffGrants)
        .values(person.grants.map((grant) => ({ staffId: row.id, grant })));
    }
  }
}

/**
 * Demo job seekers go into a demo database that has no job seekers at all, so a restart adds none
 * and a demo started before they existed gets them on its next start.
 */
async function seedDemoSeekersIfNone(tx: Db, config: Config): Promise<number> {
  if (!config.demo || config.demoSeekers === 0) return 0;
  const [any] = await tx.select({ id: seekers.id }).from(seekers).limit(1);
  if (any) return 0;
  const people = buildDemoSeekers(config.demoSeekers, {
    pseudoSsnPrefix: config.seekers.pseudoSsnPrefix,
  });
  // The same key as the server's vault: a demo keeps it beside its data (or takes the configured one).
  await seedDemoSeekers(tx, new SsnVault(loadSecret(config.secretKey)), people);
  return people.length;
}

/**
 * Demo employers and job postings go with the demo job seekers (tests that set
 * ONESTOP_DEMO_SEEKERS=0 keep their exact data), into a demo database that has no employers.
 */
async function seedDemoBusinessIfNone(tx: Db, config: Config) {
  const none = { employers: 0, postings: 0 };
  if (!config.demo || config.demoSeekers === 0) return none;
  const [any] = await tx.select({ id: employers.id }).from(employers).limit(1);
  return any ? none : seedDemoBusiness(tx);
}

/** A real installation gets its first administrator from configuration, never a demo password. */
async function seedBootstrapAdmin(
  tx: Db,
  roleIds: Map<string, string>,
  admin: { email: string; password: string },
) {
  const [office] = await tx
    .insert(offices)
    .values({ code: 'CO', name: 'Central Office', isCentralOffice: true })
    .returning({ id: offices.id });
  if (!office) throw new Error('office insert returned no row');
  const [row] = await tx
    .insert(staff)
    .values({
      email: admin.email.toLowerCase(),
      displayName: 'Administrator',
      passwordHash: await hashPassword(admin.password),
      roleId: roleIds.get('administrator') as string,
      defaultOfficeId: office.id,
      accessRequestRef: 'BOOTSTRAP',
    })
    .returning({ id: staff.id });
  if (!row) throw new Error('staff insert returned no row');
  await tx.insert(staffOffices).values({ staffId: row.id, officeId: office.id });
  await tx.insert(staffGrants).values({ staffId: row.id, grant: 'central_office' });
}

export type SeedResult = 'seeded-demo' | 'seeded-first-admin' | 'no-staff-yet' | 'already-seeded';

/**
 * Seeds what an empty database lacks: the built-in roles, then, while there are no staff accounts,
 * the demo (demo mode) or the configured first administrator, and in demo mode the demo job
 * seekers while there are none. Safe to run at every start.
 */
export async function seed(database: Database, config: Config, log: Logger): Promise<SeedResult> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727275)`);
    const [roleCount] = await tx.select({ n: count() }).from(roles);
    const rolesMissing = (roleCount?.n ?? 0) === 0;
    const roleIds = rolesMissing
      ? await seedRoles(tx)
      : new Map(
          (await tx.select({ id: roles.id, key: roles.key }).from(roles)).map((r) => [r.key, r.id]),
        );
    const [staffCount] = await tx.select({ n: count() }).from(staff);
    let result: SeedResult = 'already-seeded';
    if ((staffCount?.n ?? 0) === 0) {
      if (config.demo) {
        await seedDemo(tx, roleIds);
        result = 'seeded-demo';
      } else if (config.bootstrapAdmin) {
        await seedBootstrapAdmin(tx, roleIds, config.bootstrapAdmin);
        result = 'seeded-first-admin';
      } else {
        log.warn(
          'There are no staff accounts yet. Set ONESTOP_BOOTSTRAP_ADMIN_EMAIL and ONESTOP_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first administrator.',
        );
        result = 'no-staff-yet';
      }
    }
    const demoSeekers = await seedDemoSeekersIfNone(tx, config);
    const activityTypes = await seedEmployerActivityTypesIfNone(tx);
    const demoBusiness = await seedDemoBusinessIfNone(tx, config);
    if (
      rolesMissing ||
      activityTypes > 0 ||
      result === 'seeded-demo' ||
      result === 'seeded-first-admin' ||
      demoSeekers > 0 ||
      demoBusiness.employers > 0
    ) {
      const [people] = await tx.select({ n: count() }).from(staff).where(eq(staff.active, true));
      await new AuditWriter(tx, { actorId: null, officeId: null, requestId: null }).record({
        action: 'system.seeded',
        entityType: 'system',
        after: {
          result,
          roles: roleIds.size,
          staff: people?.n ?? 0,
          demoSeekers,
          activityTypes,
          demoEmployers: demoBusiness.employers,
          demoPostings: demoBusiness.postings,
        },
      });
      log.info({ result, demoSeekers }, 'seeded the database');
    }
    return result;
  });
}

/** Whether the demo sign-ins exist here (they are printed at start only then). */
export async function hasDemoAccounts(database: Database): Promise<boolean> {
  const [row] = await database.db
    .select({ id: staff.id })
    .from(staff)
    .where(eq(staff.email, DEMO_STAFF[0]?.email ?? ''));
  return !!row;
}

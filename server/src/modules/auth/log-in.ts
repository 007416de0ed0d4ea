import type { LoginRequest } from '@onestop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { offices, staff, staffOffices } from '../../db/schema';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

const invalidCredentials = () =>
  new AppError(
    'INVALID_CREDENTIALS',
    'The email or password is not right. Check both and try again.',
  );

type Outcome = { ok: true; token: string } | { ok: false; error: AppError };

/**
 * Signs a staff member in. Failed attempts are counted and audited even though the request fails,
 * so the outcome is returned from the transaction and thrown only after it commits.
 */
export async function logIn(ctx: RequestContext, input: LoginRequest): Promise<string> {
  const now = new Date();
  const { maxFailures, lockoutMinutes } = ctx.config.login;
  const outcome = await ctx.mutate(async (tx, audit): Promise<Outcome> => {
    const [account] = await tx
      .select()
      .from(staff)
      .where(sql`lower(${staff.email}) = ${input.email.toLowerCase()}`)
      .for('update');
    if (!account) {
      await burnPasswordCheck(input.password);
      await audit.record({
        action: 'auth.login_failed',
        entityType: 'staff',
        after: { reason: 'unknown account' },
      });
      return { ok: false, error: invalidCredentials() };
    }
    const who = { entityType: 'staff', entityId: account.id, actorId: account.id, officeId: null };
    if (account.lockedUntil && account.lockedUntil > now) {
      await audit.record({ ...who, action: 'auth.login_refused', after: { reason: 'locked' } });
      return { ok: false, error: lockedError(account.lockedUntil) };
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      const failures = account.failedLoginCount + 1;
      const locks = failures >= maxFailures;
      const lockedUntil = locks ? new Date(now.getTime() + lockoutMinutes * 60_000) : null;
      await tx
        .update(staff)
        .set({ failedLoginCount: locks ? 0 : failures, lockedUntil })
        .where(eq(staff.id, account.id));
      await audit.record({
        ...who,
        action: locks ? 'auth.account_locked' : 'auth.login_failed',
        before: { failedLoginCount: account.failedLoginCount },
        after: { failedLoginCount: failures, lockedUntil },
      });
      return { ok: false, error: lockedUntil ? lockedError(lockedUntil) : invalidCredentials() };
    }
    if (!account.active) {
      await audit.record({ ...who, action: 'auth.login_refused', after: { reason: 'inactive' } });
      return {
        ok: false,
        error: new AppError(
          'ACCOUNT_INACTIVE',
          'This account has been deactivated. Contact your administrator.',
        ),
      };
    }
    const granted = await tx
      .select({ id: offices.id })
      .from(staffOffices)
      .innerJoin(offices, eq(offices.id, staffOffices.officeId))
      .where(and(eq(staffOffices.staffId, account.id), eq(offices.active, true)));
    const officeId = granted.some((o) => o.id === account.defaultOfficeId)
      ? account.defaultOfficeId
      : granted[0]?.id;
    if (!officeId) {
      await audit.record({ ...who, action: 'auth.login_refused', after: { reason: 'no office' } });
      return {
        ok: false,
        error: new AppError(
          'FORBIDDEN',
          'Your account has no active office. Ask your administrator to grant one.',
        ),
      };
    }
    await tx
      .update(staff)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(staff.id, account.id));
    const { token } = await createSession(tx, account.id, officeId);
    await audit.record({ ...who, officeId, action: 'auth.login', after: { officeId } });
    return { ok: true, token };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.token;
}

function lockedError(until: Date): AppError {
  const time = until.toISOString().slice(11, 16);
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many failed sign-in attempts. The account is locked until ${time} UTC; an administrator can unlock it sooner.`,
  );
}

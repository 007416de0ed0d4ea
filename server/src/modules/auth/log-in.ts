import type { LoginRequest } from '@onestop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { offices, staff, staffOffices } from '../../db/schema';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';
import { clearFailures, emailKey, lockedUntil, recordFailure } from '../../platform/auth/throttle';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

const invalidCredentials = () =>
  new AppError(
    'INVALID_CREDENTIALS',
    'The email or password is not right. Check both and try again.',
  );

function lockedError(until: Date): AppError {
  const time = until.toISOString().slice(11, 16);
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many failed sign-in attempts. Sign-in is locked until ${time} UTC; an administrator can unlock it sooner.`,
  );
}

type Outcome = { ok: true; token: string } | { ok: false; error: AppError };

/**
 * Signs a staff member in. Failures are counted per email whether or not an account exists, so
 * answers never reveal which emails have accounts. Failed attempts are audited and counted even
 * though the request fails, so the outcome is returned from the transaction and thrown after it.
 */
export async function logIn(ctx: RequestContext, input: LoginRequest): Promise<string> {
  const now = new Date();
  const key = emailKey(input.email);
  const outcome = await ctx.mutate(async (tx, audit): Promise<Outcome> => {
    const [account] = await tx
      .select()
      .from(staff)
      .where(sql`lower(${staff.email}) = ${input.email.trim().toLowerCase()}`);
    // Until the password is proven nobody is acting: the attempt is about the account, not by it.
    const about = {
      entityType: 'staff',
      entityId: account?.id ?? null,
      actorId: null,
      officeId: null,
    };

    const locked = await lockedUntil(tx, key, now);
    if (locked) {
      await audit.record({ ...about, action: 'auth.login_refused', after: { reason: 'locked' } });
      return { ok: false, error: lockedError(locked) };
    }
    const passwordOk = account
      ? await verifyPassword(account.passwordHash, input.password)
      : (await burnPasswordCheck(input.password), false);
    if (!account || !passwordOk) {
      const failure = await recordFailure(tx, key, now, ctx.config.login);
      await audit.record({
        ...about,
        action: failure.lockedUntil ? 'auth.sign_in_locked' : 'auth.login_failed',
        after: {
          failures: failure.failures,
          lockedUntil: failure.lockedUntil,
          knownAccount: !!account,
        },
      });
      return {
        ok: false,
        error: failure.lockedUntil ? lockedError(failure.lockedUntil) : invalidCredentials(),
      };
    }
    if (!account.active) {
      await audit.record({ ...about, action: 'auth.login_refused', after: { reason: 'inactive' } });
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
      await audit.record({
        ...about,
        action: 'auth.login_refused',
        after: { reason: 'no office' },
      });
      return {
        ok: false,
        error: new AppError(
          'FORBIDDEN',
          'Your account has no active office. Ask your administrator to grant one.',
        ),
      };
    }
    await clearFailures(tx, key);
    await tx.update(staff).set({ lastLoginAt: now }).where(eq(staff.id, account.id));
    const { token } = await createSession(tx, account.id, officeId);
    await audit.record({
      ...about,
      actorId: account.id,
      officeId,
      action: 'auth.login',
      after: { officeId },
    });
    return { ok: true, token };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.token;
}

import type { LoginRequest } from '@onestop/contracts';
import { eq, sql } from 'drizzle-orm';
import { employerUsers, employers } from '../../db/schema';
import { createEmployerSession } from '../../platform/auth/employer-sessions';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/passwords';
import { clearFailures, emailKey, lockedUntil, recordFailure } from '../../platform/auth/throttle';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

type Outcome = { ok: true; token: string } | { ok: false; error: AppError };

const EMPLOYER_CLOSED =
  'This employer account is closed, or its registration was not approved. Call your local career center for help.';
const WRONG = 'The email or password is not right. Check both and try again.';

/**
 * An employer user signs in. Failures are throttled per email on their own key, and a disabled
 * user reads like a wrong password, so the public cannot learn which emails have accounts.
 */
export async function logInEmployer(ctx: RequestContext, input: LoginRequest): Promise<string> {
  const now = new Date();
  const key = emailKey(`employer:${input.email}`);
  const outcome = await ctx.mutate(async (tx, audit): Promise<Outcome> => {
    const [found] = await tx
      .select({ user: employerUsers, employerStatus: employers.status })
      .from(employerUsers)
      .innerJoin(employers, eq(employers.id, employerUsers.employerId))
      .where(sql`lower(${employerUsers.email}) = ${input.email.trim().toLowerCase()}`);
    const user = found?.user;
    const about = { entityType: 'employer', entityId: user?.employerId ?? null, actorId: null };
    const locked = await lockedUntil(tx, key, now);
    if (locked) {
      await audit.record({
        ...about,
        action: 'employer_portal.login_refused',
        after: { reason: 'locked' },
      });
      return {
        ok: false,
        error: new AppError(
          'ACCOUNT_LOCKED',
          `Too many failed sign-in attempts. Try again after ${locked.toISOString().slice(11, 16)} UTC, or call your local career center.`,
        ),
      };
    }
    const ok =
      user && user.status === 'active'
        ? await verifyPassword(user.passwordHash, input.password)
        : (await burnPasswordCheck(input.password), false);
    if (!user || !ok) {
      const failure = await recordFailure(tx, key, now, ctx.config.login);
      await audit.record({
        ...about,
        action: 'employer_portal.login_failed',
        after: { failures: failure.failures },
      });
      return {
        ok: false,
        error: failure.lockedUntil
          ? new AppError(
              'ACCOUNT_LOCKED',
              'Too many failed sign-in attempts. Try again later, or call your local career center.',
            )
          : new AppError('INVALID_CREDENTIALS', WRONG),
      };
    }
    await clearFailures(tx, key);
    if (found.employerStatus === 'inactive') {
      await audit.record({
        ...about,
        action: 'employer_portal.login_refused',
        after: { reason: 'employer_inactive' },
      });
      return { ok: false, error: new AppError('FORBIDDEN', EMPLOYER_CLOSED) };
    }
    await tx.update(employerUsers).set({ lastLoginAt: now }).where(eq(employerUsers.id, user.id));
    const token = await createEmployerSession(tx, user.id);
    await audit.record({
      ...about,
      actorId: user.id,
      actorKind: 'employer',
      action: 'employer_portal.login',
    });
    return { ok: true, token };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.token;
}

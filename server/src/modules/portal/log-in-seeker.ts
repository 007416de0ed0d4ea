import type { LoginRequest } from '@onestop/contracts';
import { eq, sql } from 'drizzle-orm';
import { domainEvents, seekerAccounts, seekers } from '../../db/schema';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/passwords';
import { createSeekerSession } from '../../platform/auth/seeker-sessions';
import { clearFailures, emailKey, lockedUntil, recordFailure } from '../../platform/auth/throttle';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

type Outcome = { ok: true; token: string } | { ok: false; error: AppError };

/** A job seeker signs in; failures are throttled per email like staff sign-ins, on their own key. */
export async function logInSeeker(ctx: RequestContext, input: LoginRequest): Promise<string> {
  const now = new Date();
  const key = emailKey(`seeker:${input.email}`);
  const outcome = await ctx.mutate(async (tx, audit): Promise<Outcome> => {
    const [account] = await tx
      .select({ seeker: seekers, passwordHash: seekerAccounts.passwordHash })
      .from(seekers)
      .innerJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
      .where(
        sql`lower(${seekers.email}) = ${input.email.trim().toLowerCase()} and ${seekers.emailIsPlaceholder} = false`,
      );
    const about = { entityType: 'seeker', entityId: account?.seeker.id ?? null, actorId: null };
    const locked = await lockedUntil(tx, key, now);
    if (locked) {
      await audit.record({ ...about, action: 'portal.login_refused', after: { reason: 'locked' } });
      return {
        ok: false,
        error: new AppError(
          'ACCOUNT_LOCKED',
          `Too many failed sign-in attempts. Try again after ${locked.toISOString().slice(11, 16)} UTC, or ask a career center for help.`,
        ),
      };
    }
    const ok = account
      ? await verifyPassword(account.passwordHash, input.password)
      : (await burnPasswordCheck(input.password), false);
    if (!account || !ok) {
      const failure = await recordFailure(tx, key, now, ctx.config.login);
      await audit.record({
        ...about,
        action: 'portal.login_failed',
        after: { failures: failure.failures },
      });
      return {
        ok: false,
        error: failure.lockedUntil
          ? new AppError(
              'ACCOUNT_LOCKED',
              'Too many failed sign-in attempts. Try again later, or ask a career center for help.',
            )
          : new AppError(
              'INVALID_CREDENTIALS',
              'The email or password is not right. Check both and try again.',
            ),
      };
    }
    await clearFailures(tx, key);
    await tx
      .update(seekerAccounts)
      .set({ lastLoginAt: now })
      .where(eq(seekerAccounts.seekerId, account.seeker.id));
    await tx.insert(domainEvents).values({ type: 'seeker.logged_in', seekerId: account.seeker.id });
    const token = await createSeekerSession(tx, account.seeker.id);
    await audit.record({
      ...about,
      actorId: account.seeker.id,
      actorKind: 'seeker',
      action: 'portal.login',
    });
    return { ok: true, token };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.token;
}

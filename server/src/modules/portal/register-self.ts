import type { SelfRegistrationRequest } from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { seekerAccounts, seekers } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import { createSeekerSession } from '../../platform/auth/seeker-sessions';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { createSeekerRecord, identityNumber } from '../seekers/create-seeker-record';
import { seekerSnapshot } from '../seekers/seekers.queries';

/**
 * SEEK-1: a person registers themselves and is signed in. A real SSN already on file is refused
 * with a message that does not confirm it (the public must not learn whose SSN is registered).
 */
export async function registerSelf(
  ctx: RequestContext,
  input: SelfRegistrationRequest & { ssn?: string },
) {
  const ssn = identityNumber(input.ssn, input.birthDate, ctx.config.seekers.pseudoSsnPrefix);
  const passwordHash = await hashPassword(input.password);
  return ctx.mutate(async (tx, audit) => {
    if (!ssn.isPseudo) {
      const [existing] = await tx
        .select({ id: seekers.id })
        .from(seekers)
        .where(
          and(eq(seekers.ssnHash, ctx.vault.hash(ssn.digits)), eq(seekers.ssnIsPseudo, false)),
        );
      if (existing) {
        throw new AppError(
          'CONFLICT',
          'We could not complete your registration with these details. If you registered before, sign in; otherwise a career center can help you.',
        );
      }
    }
    const row = await createSeekerRecord(
      tx,
      ctx.vault,
      {
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate,
        email: input.email,
        phone: input.phone,
        zip: input.zip,
      },
      ssn,
      { method: 'self', staffId: null, officeId: null },
    );
    await tx.insert(seekerAccounts).values({ seekerId: row.id, passwordHash });
    const token = await createSeekerSession(tx, row.id);
    await audit.record({
      action: 'seeker.self_registered',
      entityType: 'seeker',
      entityId: row.id,
      actorId: row.id,
      actorKind: 'seeker',
      after: seekerSnapshot(row),
    });
    return { token, seekerId: row.id };
  });
}

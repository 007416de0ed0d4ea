import type { EmployerRegistrationInput } from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import { employerUsers } from '../../db/schema';
import { createEmployerSession } from '../../platform/auth/employer-sessions';
import { hashPassword } from '../../platform/auth/passwords';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import {
  SELF_SERVICE_FEIN_TAKEN,
  createSelfServiceEmployer,
} from '../employers/create-self-service-employer';
import { feinRace, violates } from '../employers/employers.policy';

const EMAIL_TAKEN =
  'An employer account with this email already exists. Sign in, or use another email address.';

function emailTaken(): AppError {
  return new AppError('CONFLICT', EMAIL_TAKEN, {
    fields: [{ path: 'contact.email', message: 'This email already has an employer account.' }],
  });
}

/**
 * EMP-5: an employer registers itself and its first portal user, who is signed in at once. The
 * record waits in the central office's approval queue; the user sees that it waits and can post
 * jobs once it is approved. The person registering becomes the primary contact.
 */
export async function registerEmployer(
  ctx: RequestContext,
  input: EmployerRegistrationInput,
): Promise<{ token: string; userId: string; employerId: string }> {
  const email = input.contact.email.trim();
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.mutate(async (tx, audit) => {
      const [existing] = await tx
        .select({ id: employerUsers.id })
        .from(employerUsers)
        .where(sql`lower(${employerUsers.email}) = ${email.toLowerCase()}`);
      if (existing) throw emailTaken();
      const employer = await createSelfServiceEmployer(tx, audit, {
        ...input,
        contact: { ...input.contact, email, isPrimary: true },
      });
      const [user] = await tx
        .insert(employerUsers)
        .values({
          employerId: employer.id,
          email,
          passwordHash,
          firstName: input.contact.firstName,
          lastName: input.contact.lastName,
          phone: input.contact.phone ?? null,
        })
        .returning({ id: employerUsers.id });
      if (!user) throw new Error('insert returned no row');
      const token = await createEmployerSession(tx, user.id);
      await audit.record({
        action: 'employer_portal.user_registered',
        entityType: 'employer',
        entityId: employer.id,
        actorId: user.id,
        actorKind: 'employer',
        after: { userId: user.id, email, firstName: input.contact.firstName },
      });
      return { token, userId: user.id, employerId: employer.id };
    });
  } catch (error) {
    if (violates(error, 'employer_users_email_key')) throw emailTaken();
    throw feinRace(error, SELF_SERVICE_FEIN_TAKEN) ?? error;
  }
}

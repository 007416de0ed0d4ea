import type { AccountConversionRequest, SeekerDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { seekerAccounts, seekers } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import type { RequestContext } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { assertEmailFree } from './create-seeker-record';
import { findSeekerRow, seekerSnapshot, toDetail } from './seekers.queries';

/** SEEK-4: staff turn a staff-entered record into an email sign-in with credentials. */
export async function convertToEmailAccount(
  ctx: RequestContext,
  id: string,
  input: AccountConversionRequest,
): Promise<SeekerDetail> {
  const actor = ctx.requireActor();
  const passwordHash = await hashPassword(input.password);
  await ctx.mutate(async (tx, audit) => {
    const current = await findSeekerRow(tx, id);
    if (!current) throw notFound('job seeker');
    if (current.hasAccount)
      throw conflict('This person already has a sign-in. Reset it instead of creating another.');
    if (
      current.seeker.email?.toLowerCase() !== input.email.toLowerCase() ||
      current.seeker.emailIsPlaceholder
    ) {
      await assertEmailFree(tx, input.email, 'Another job seeker already uses this email.');
    }
    const [after] = await tx
      .update(seekers)
      .set({ email: input.email, emailIsPlaceholder: false, updatedAt: new Date() })
      .where(eq(seekers.id, id))
      .returning();
    await tx
      .insert(seekerAccounts)
      .values({ seekerId: id, passwordHash, convertedByStaffId: actor.staffId });
    await audit.record({
      action: 'seeker.account_converted',
      entityType: 'seeker',
      entityId: id,
      before: seekerSnapshot(current.seeker),
      after: after ? { ...seekerSnapshot(after), password: 'set' } : null,
    });
  });
  const row = await findSeekerRow(ctx.db, id);
  if (!row) throw notFound('job seeker');
  return toDetail(row.seeker, row.hasAccount, ctx.vault);
}

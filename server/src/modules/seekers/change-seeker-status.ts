import type { SeekerDetail, SeekerStatusRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { findSeekerRow, seekerSnapshot, toDetail } from './seekers.queries';

/** SEEK-2: staff set the registration and job-seeker statuses, either way, with a reason. */
export async function changeSeekerStatus(
  ctx: RequestContext,
  id: string,
  input: SeekerStatusRequest,
): Promise<SeekerDetail> {
  await ctx.mutate(async (tx, audit) => {
    const current = await findSeekerRow(tx, id);
    if (!current) throw notFound('job seeker');
    const [after] = await tx
      .update(seekers)
      .set({
        ...(input.registrationStatus ? { registrationStatus: input.registrationStatus } : {}),
        ...(input.seekerStatus ? { seekerStatus: input.seekerStatus } : {}),
        updatedAt: new Date(),
      })
      .where(eq(seekers.id, id))
      .returning();
    await audit.record({
      action: 'seeker.status_changed',
      entityType: 'seeker',
      entityId: id,
      before: seekerSnapshot(current.seeker),
      after: after ? { ...seekerSnapshot(after), reason: input.reason } : null,
    });
  });
  const row = await findSeekerRow(ctx.db, id);
  if (!row) throw notFound('job seeker');
  return toDetail(row.seeker, row.hasAccount, ctx.vault);
}

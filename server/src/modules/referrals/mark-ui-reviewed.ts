import type { ReferralSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { conflict, notFound, ruleViolation } from '../../platform/errors';
import { readReferral } from './referrals.queries';
import { referralSnapshot, referralToChange } from './referrals.store';

/** REF-6: unemployment-insurance staff have looked into a flagged result; it leaves the list. */
export async function markUiReviewed(
  ctx: RequestContext,
  id: string,
  now = new Date(),
): Promise<ReferralSummary> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const row = await referralToChange(tx, actor, id);
    if (!row.uiReview)
      throw ruleViolation(
        'REF-6',
        'Only a "failed to report" or "refused job" result is reviewed by unemployment-insurance staff.',
      );
    if (row.uiReviewedAt)
      throw conflict(
        `This result was already reviewed on ${row.uiReviewedAt.toISOString().slice(0, 10)}.`,
      );
    const [after] = await tx
      .update(referrals)
      .set({ uiReviewedAt: now })
      .where(eq(referrals.id, id))
      .returning();
    if (!after) throw notFound('referral');
    await audit.record({
      action: 'referral.ui_reviewed',
      entityType: 'referral',
      entityId: id,
      before: referralSnapshot(row),
      after: referralSnapshot(after),
    });
  });
  const summary = await readReferral(ctx.db, id);
  if (!summary) throw notFound('referral');
  return summary;
}

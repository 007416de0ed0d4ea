import type { ReferralResultRequest, ReferralSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { readReferral } from './referrals.queries';
import { resultProblem } from './referrals.rules';
import { referralSnapshot, referralToChange, refuseIf } from './referrals.store';

/**
 * REF-6: staff post what came of a referral. "Failed to report" and "refused job" are flagged for
 * unemployment-insurance review (the generated ui_review column); a changed result is reviewed anew.
 */
export async function recordReferralResult(
  ctx: RequestContext,
  id: string,
  input: ReferralResultRequest,
  now = new Date(),
): Promise<ReferralSummary> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const row = await referralToChange(tx, actor, id);
    refuseIf(resultProblem(row.status));
    const [after] = await tx
      .update(referrals)
      .set({
        result: input.result,
        resultNote: input.note ?? null,
        resultRecordedAt: now,
        resultByStaffId: actor.staffId,
        uiReviewedAt: row.result === input.result ? row.uiReviewedAt : null,
      })
      .where(eq(referrals.id, id))
      .returning();
    if (!after) throw notFound('referral');
    await audit.record({
      action: 'referral.result_recorded',
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

import type { ReferralSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { queueEmail } from '../../platform/mail/outbox';
import { staffAudience } from '../job-search/job-search.sql';
import { readReferral } from './referrals.queries';
import { decisionProblem, postingReferralProblem, referredEmail } from './referrals.rules';
import {
  loadPostingForReferral,
  loadSeekerForReferral,
  referralSnapshot,
  referralToChange,
  refuseIf,
  seekerAddress,
} from './referrals.store';

/**
 * REF-4: staff approve a request from the queue; it goes to the employer and the seeker is emailed
 * how to apply. A posting that closed meanwhile refuses it (REF-1).
 */
export async function approveReferral(
  ctx: RequestContext,
  id: string,
  now = new Date(),
): Promise<ReferralSummary> {
  const actor = ctx.requireActor();
  const audience = await staffAudience(ctx.db, actor);
  await ctx.mutate(async (tx, audit) => {
    const row = await referralToChange(tx, actor, id);
    const why = decisionProblem(row.status);
    if (why) throw conflict(why);
    const posting = await loadPostingForReferral(tx, row.postingId, audience);
    if (!posting) throw notFound('job posting');
    refuseIf(postingReferralProblem(posting, now));
    const seeker = await loadSeekerForReferral(tx, row.seekerId);
    if (!seeker) throw notFound('job seeker');
    const [after] = await tx
      .update(referrals)
      .set({ status: 'referred', decidedAt: now, decidedByStaffId: actor.staffId })
      .where(eq(referrals.id, id))
      .returning();
    if (!after) throw notFound('referral');
    const to = seekerAddress(seeker);
    if (to)
      await queueEmail(tx, {
        to,
        seekerId: seeker.id,
        ...referredEmail(seeker.firstName, posting),
      });
    await audit.record({
      action: 'referral.approved',
      entityType: 'referral',
      entityId: id,
      before: referralSnapshot(row),
      after: { ...referralSnapshot(after), emailed: Boolean(to) },
    });
  });
  const summary = await readReferral(ctx.db, id);
  if (!summary) throw notFound('referral');
  return summary;
}

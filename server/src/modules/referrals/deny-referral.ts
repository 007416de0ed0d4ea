import type { DenyReferralRequest, ReferralSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings, referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { queueEmail } from '../../platform/mail/outbox';
import { formatPostingNumber } from '../postings/postings.rules';
import { readReferral } from './referrals.queries';
import { decisionProblem, denialEmail } from './referrals.rules';
import {
  loadSeekerForReferral,
  officeName,
  referralSnapshot,
  referralToChange,
  seekerAddress,
} from './referrals.store';

/**
 * REF-4: staff deny a request with a specific reason, which is emailed to the seeker with the
 * staff member's contact, or only the office's where office policy asks for that.
 */
export async function denyReferral(
  ctx: RequestContext,
  id: string,
  input: Required<Pick<DenyReferralRequest, 'reason'>> & { signAs: 'staff' | 'office' },
  now = new Date(),
): Promise<ReferralSummary & { emailedTo: string | null }> {
  const actor = ctx.requireActor();
  const emailedTo = await ctx.mutate(async (tx, audit) => {
    const row = await referralToChange(tx, actor, id);
    const why = decisionProblem(row.status);
    if (why) throw conflict(why);
    const seeker = await loadSeekerForReferral(tx, row.seekerId);
    const [posting] = await tx
      .select({
        recordNumber: jobPostings.recordNumber,
        title: jobPostings.title,
        employerName: jobPostings.employerName,
        employerTradeName: jobPostings.employerTradeName,
      })
      .from(jobPostings)
      .where(eq(jobPostings.id, row.postingId));
    if (!seeker || !posting) throw notFound('referral');
    const [after] = await tx
      .update(referrals)
      .set({
        status: 'denied',
        denialReason: input.reason,
        decidedAt: now,
        decidedByStaffId: actor.staffId,
      })
      .where(eq(referrals.id, id))
      .returning();
    if (!after) throw notFound('referral');
    const to = seekerAddress(seeker);
    if (to) {
      const office = await officeName(tx, actor.officeId);
      await queueEmail(tx, {
        to,
        seekerId: seeker.id,
        ...denialEmail(
          seeker.firstName,
          {
            recordNumber: formatPostingNumber(posting.recordNumber),
            title: posting.title,
            employerName: posting.employerTradeName ?? posting.employerName,
          },
          input.reason,
          input.signAs === 'staff'
            ? { staffName: actor.displayName, staffEmail: actor.email, officeName: office }
            : { staffName: null, staffEmail: null, officeName: office },
        ),
      });
    }
    await audit.record({
      action: 'referral.denied',
      entityType: 'referral',
      entityId: id,
      before: referralSnapshot(row),
      after: { ...referralSnapshot(after), emailed: Boolean(to), signAs: input.signAs },
    });
    return to;
  });
  const summary = await readReferral(ctx.db, id);
  if (!summary) throw notFound('referral');
  return { ...summary, emailedTo };
}

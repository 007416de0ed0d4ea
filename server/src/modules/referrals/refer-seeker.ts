import type { ReferralSummary } from '@onestop/contracts';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { queueEmail } from '../../platform/mail/outbox';
import { seekerAudience, staffAudience } from '../job-search/job-search.sql';
import { ratePair } from '../matching/rate-pair';
import { readReferral } from './referrals.queries';
import { postingReferralProblem, referredEmail, registrationProblem } from './referrals.rules';
import {
  duplicateReferral,
  existingReferral,
  insertingReferral,
  isoDay,
  loadPostingForReferral,
  loadSeekerForReferral,
  refuseIf,
  referralSnapshot,
  seekerAddress,
} from './referrals.store';

/**
 * Staff refer a job seeker to an open posting (REF-1) once their registration is complete
 * (SEEK-12); the referral goes to the employer at once with the star rating it was made on, and the
 * seeker is emailed how to apply. A second referral to the same posting is refused (REF-5).
 * During a veterans' priority hold a non-veteran's referral is held and released with it (VET-4).
 */
export async function referSeeker(
  ctx: RequestContext,
  seekerId: string,
  postingId: string,
  now = new Date(),
): Promise<ReferralSummary> {
  const actor = ctx.requireActor();
  const seeker = await loadSeekerForReferral(ctx.db, seekerId);
  if (!seeker) throw notFound('job seeker');
  const posting = await loadPostingForReferral(
    ctx.db,
    postingId,
    await staffAudience(ctx.db, actor),
  );
  if (!posting) throw notFound('job posting');
  refuseIf(postingReferralProblem(posting, now));
  const existing = await existingReferral(ctx.db, seekerId, postingId);
  if (existing) throw duplicateReferral(posting, existing);
  refuseIf(registrationProblem(seeker, seeker.jobs, isoDay(now)));
  const rating = await ratePair(ctx.db, seekerId, postingId);
  if (!rating) throw notFound('job posting');
  // VET-4: during a veterans' priority hold a non-veteran's referral waits for the release job.
  const holdUntil =
    posting.veteranHoldUntil && posting.veteranHoldUntil > now ? posting.veteranHoldUntil : null;
  const held = holdUntil !== null && !(await seekerAudience(ctx.db, seekerId)).veteran;
  const id = await insertingReferral(posting, () =>
    ctx.mutate(async (tx, audit) => {
      const [row] = await tx
        .insert(referrals)
        .values({
          seekerId,
          postingId,
          kind: 'staff',
          status: held ? 'held' : 'referred',
          releaseAt: held ? holdUntil : null,
          stars: rating.stars,
          findings: rating.findings,
          requestedByStaffId: actor.staffId,
          officeId: actor.officeId,
          requestedAt: now,
          decidedAt: held ? null : now,
          decidedByStaffId: actor.staffId,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      // A held referral's details go out when the hold is released (release-veteran-holds).
      const to = held ? null : seekerAddress(seeker);
      if (to) await queueEmail(tx, { to, seekerId, ...referredEmail(seeker.firstName, posting) });
      await audit.record({
        action: 'referral.made',
        entityType: 'referral',
        entityId: row.id,
        after: { ...referralSnapshot(row), emailed: Boolean(to) },
      });
      return row.id;
    }),
  );
  const summary = await readReferral(ctx.db, id);
  if (!summary) throw notFound('referral');
  return summary;
}

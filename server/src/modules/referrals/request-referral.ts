import type { ReferralSummary } from '@onestop/contracts';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { seekerAudience } from '../job-search/job-search.sql';
import { ratePair } from '../matching/rate-pair';
import { readReferral } from './referrals.queries';
import {
  dailyCapOf,
  dailyCapProblem,
  localDay,
  postingReferralProblem,
  REFERRAL_SETTINGS,
  registrationProblem,
  selfReferralStarsProblem,
} from './referrals.rules';
import {
  duplicateReferral,
  existingReferral,
  insertingReferral,
  isoDay,
  loadPostingForReferral,
  loadSeekerForReferral,
  lockSeeker,
  refuseIf,
  referralSnapshot,
} from './referrals.store';

/**
 * A job seeker asks to be referred (REF-3): only to an open posting (REF-1), with a complete
 * registration (SEEK-12), on a 4- or 5-star match, and within the office's daily cap. The request
 * waits in the approval queue (REF-4).
 */
export async function requestReferral(
  ctx: RequestContext,
  postingId: string,
  now = new Date(),
): Promise<ReferralSummary> {
  const { seekerId } = ctx.requireSeeker();
  const seeker = await loadSeekerForReferral(ctx.db, seekerId);
  if (!seeker) throw notFound('job seeker');
  const posting = await loadPostingForReferral(
    ctx.db,
    postingId,
    await seekerAudience(ctx.db, seekerId),
  );
  if (!posting) throw notFound('job posting');
  refuseIf(postingReferralProblem(posting, now));
  const existing = await existingReferral(ctx.db, seekerId, postingId);
  if (existing) throw duplicateReferral(posting, existing);
  refuseIf(registrationProblem(seeker, seeker.jobs, isoDay(now)));
  const rating = await ratePair(ctx.db, seekerId, postingId);
  if (!rating) throw notFound('job posting');
  refuseIf(selfReferralStarsProblem(rating.stars, rating.findings));
  const day = localDay(now, REFERRAL_SETTINGS.timeZone);
  const id = await insertingReferral(posting, () =>
    ctx.mutate(async (tx, audit) => {
      // Two requests at once count each other: the second waits here for the first.
      await lockSeeker(tx, seekerId);
      const [today] = await tx
        .select({ n: count() })
        .from(referrals)
        .where(
          and(
            eq(referrals.seekerId, seekerId),
            eq(referrals.kind, 'self'),
            gte(referrals.requestedAt, day.start),
            lt(referrals.requestedAt, day.end),
          ),
        );
      refuseIf(dailyCapProblem(today?.n ?? 0, dailyCapOf(seeker.officeCode)));
      const [row] = await tx
        .insert(referrals)
        .values({
          seekerId,
          postingId,
          kind: 'self',
          status: 'requested',
          stars: rating.stars,
          findings: rating.findings,
          officeId: seeker.officeId,
          requestedAt: now,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await audit.record({
        action: 'referral.requested',
        entityType: 'referral',
        entityId: row.id,
        officeId: seeker.officeId,
        after: referralSnapshot(row),
      });
      return row.id;
    }),
  );
  const summary = await readReferral(ctx.db, id);
  if (!summary) throw notFound('referral');
  return summary;
}

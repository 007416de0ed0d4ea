import type { HowToApply, HowToApplyEmailed } from '@onestop/contracts';
import { referrals } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound, ruleViolation } from '../../platform/errors';
import { queueEmail } from '../../platform/mail/outbox';
import { seekerAudience } from '../job-search/job-search.sql';
import { ratePair } from '../matching/rate-pair';
import {
  howToApplyEmail,
  howToApplyText,
  postingReferralProblem,
  registrationProblem,
} from './referrals.rules';
import {
  existingReferral,
  isDuplicateReferral,
  isoDay,
  loadPostingForReferral,
  loadSeekerForReferral,
  refuseIf,
  referralSnapshot,
  seekerAddress,
  type ReferralPosting,
  type ReferralSeeker,
} from './referrals.store';

/** A posting from an external job feed: the seeker applies there, and we record that they did. */
const isExternal = (posting: ReferralPosting) => posting.origin === 'import';

/**
 * REF-2: an external posting's "Show me how to apply" records an external referral, once, when the
 * registration allows a referral (SEEK-12). Returns why not, or null.
 */
async function recordExternalReferral(
  ctx: RequestContext,
  seeker: ReferralSeeker,
  posting: ReferralPosting,
  now: Date,
): Promise<string | null> {
  const problem = registrationProblem(seeker, seeker.jobs, isoDay(now));
  if (problem) return `No external referral was recorded: ${problem.message}`;
  const rating = await ratePair(ctx.db, seeker.id, posting.id);
  try {
    await ctx.mutate(async (tx, audit) => {
      const [row] = await tx
        .insert(referrals)
        .values({
          seekerId: seeker.id,
          postingId: posting.id,
          kind: 'external',
          status: 'referred',
          stars: rating?.stars ?? 0,
          findings: rating?.findings ?? [],
          officeId: seeker.officeId,
          requestedAt: now,
          decidedAt: now,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await audit.record({
        action: 'referral.external_recorded',
        entityType: 'referral',
        entityId: row.id,
        officeId: seeker.officeId,
        after: referralSnapshot(row),
      });
    });
  } catch (error) {
    // A second click at the same moment recorded it already: once is what REF-2 asks for.
    if (!isDuplicateReferral(error)) throw error;
  }
  return null;
}

/** REF-2: "Show me how to apply" for the signed-in seeker: the method and hiring contact. */
export async function showHowToApply(
  ctx: RequestContext,
  postingId: string,
  now = new Date(),
): Promise<HowToApply> {
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
  let referralNote: string | null = null;
  if (isExternal(posting) && !(await existingReferral(ctx.db, seekerId, postingId)))
    referralNote = await recordExternalReferral(ctx, seeker, posting, now);
  const referral = await existingReferral(ctx.db, seekerId, postingId);
  return {
    postingId: posting.id,
    recordNumber: posting.recordNumber,
    title: posting.title,
    employerName: posting.employerName,
    contactMethod: posting.contactMethod as HowToApply['contactMethod'],
    contactEmail: posting.contactEmail,
    contactUrl: posting.contactUrl,
    employerPhone: posting.employerPhone,
    instructions: posting.instructions,
    workSite: posting.workSite,
    external: isExternal(posting),
    referral,
    referralNote,
    text: howToApplyText(posting),
  };
}

/** REF-2: the same details emailed to the seeker, to keep or print. */
export async function emailHowToApply(
  ctx: RequestContext,
  postingId: string,
  now = new Date(),
): Promise<HowToApplyEmailed> {
  const details = await showHowToApply(ctx, postingId, now);
  const { seekerId } = ctx.requireSeeker();
  const seeker = await loadSeekerForReferral(ctx.db, seekerId);
  const to = seeker ? seekerAddress(seeker) : null;
  if (!seeker || !to)
    throw ruleViolation(
      'REF-2',
      'We have no email address for you. Add one to your profile, or print these details instead.',
    );
  await ctx.mutate(async (tx, audit) => {
    await queueEmail(tx, { to, seekerId, ...howToApplyEmail(seeker.firstName, details) });
    await audit.record({
      action: 'referral.how_to_apply_emailed',
      entityType: 'job_posting',
      entityId: postingId,
      after: { to, recordNumber: details.recordNumber },
    });
  });
  return { sentTo: to };
}

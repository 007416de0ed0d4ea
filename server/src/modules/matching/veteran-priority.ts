import { and, eq, sql } from 'drizzle-orm';
import {
  jobPostings,
  seekerMatchFeatures as smf,
  seekers,
  veteranPriorityAlerts,
} from '../../db/schema';
import { rowsOf, type Db } from '../../platform/db/database';
import { queueEmail } from '../../platform/mail/outbox';
import { reachTokens } from './match-features';
import { refreshPostingMatch } from './match-features.store';
import type { PostingFeatures, SeekerFeatures } from './matching.rules';
import { rate, tokenArray } from './matching.queries';
import { VETERAN_SETTINGS, veteranAlertEmail, veteranHoldUntil } from './veteran-priority.rules';

export interface VeteranPriorityRun {
  alerted: number;
  holdUntil: Date | null;
}

/**
 * VET-2, VET-3: when a posting opens, every active covered veteran in a close occupation is
 * scored; each with enough stars gets an alert in the portal and by email, and if any did the
 * posting is held from non-veterans for the setting's hours. Runs in the opening's transaction,
 * so the posting is never visible to everyone before the hold is set.
 */
export async function runVeteranPriority(
  tx: Db,
  postingId: string,
  now: Date,
  publicUrl: string,
): Promise<VeteranPriorityRun> {
  await refreshPostingMatch(tx, [postingId]);
  const [posting] = await tx
    .select({
      features: jobPostings.matchFeatures,
      title: jobPostings.title,
      employerName: jobPostings.employerName,
      tradeName: jobPostings.employerTradeName,
      city: jobPostings.city,
    })
    .from(jobPostings)
    .where(eq(jobPostings.id, postingId));
  const features = posting?.features as PostingFeatures | null | undefined;
  if (!posting || !features?.onetCode) return { alerted: 0, holdUntil: null };
  const veterans = rowsOf<{
    seeker_id: string;
    features: SeekerFeatures;
    first_name: string;
    email: string | null;
    placeholder: boolean;
  }>(
    await tx.execute(sql`
      select ${smf.seekerId} as seeker_id, ${smf.features} as features,
        ${seekers.firstName} as first_name, ${seekers.email} as email,
        ${seekers.emailIsPlaceholder} as placeholder
      from ${smf} join ${seekers} on ${seekers.id} = ${smf.seekerId}
      where ${smf.veteran} and ${smf.tokens} && ${tokenArray(reachTokens([features.onetCode]))}
        and ${seekers.seekerStatus} = 'active' and ${seekers.registrationStatus} = 'active'
      limit ${VETERAN_SETTINGS.scanCap}`),
  );
  const matched = veterans
    .map((v) => ({ v, rating: rate(v.features, features) }))
    .filter((m) => m.rating.stars >= VETERAN_SETTINGS.alertMinStars);
  const holdUntil = veteranHoldUntil(matched.length, now);
  if (!holdUntil) return { alerted: 0, holdUntil: null };
  const employerName = posting.tradeName ?? posting.employerName;
  const url = `${publicUrl.replace(/\/+$/, '')}/portal/jobs/${postingId}`;
  for (const { v, rating } of matched) {
    const [inserted] = await tx
      .insert(veteranPriorityAlerts)
      .values({
        postingId,
        seekerId: v.seeker_id,
        stars: rating.stars,
        findings: rating.findings,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ seekerId: veteranPriorityAlerts.seekerId });
    if (!inserted || !v.email || v.placeholder) continue;
    const message = veteranAlertEmail({
      firstName: v.first_name,
      title: posting.title,
      employerName,
      city: posting.city,
      stars: rating.stars,
      reasons: rating.findings.filter((f) => f.outcome === 'met').map((f) => f.text),
      url,
      holdHours: VETERAN_SETTINGS.holdHours,
    });
    await queueEmail(tx, { to: v.email, ...message, seekerId: v.seeker_id });
  }
  await tx
    .update(jobPostings)
    .set({ veteranHoldUntil: holdUntil, veteranHoldReleasedAt: null })
    .where(and(eq(jobPostings.id, postingId)));
  return { alerted: matched.length, holdUntil };
}

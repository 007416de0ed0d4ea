import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  jobPostings,
  seekerMatchFeatures as smf,
  seekers,
  veteranPriorityAlerts,
} from '../../db/schema';
import { rowsOf, type Db } from '../../platform/db/database';
import { queueEmails, type QueuedEmail } from '../../platform/mail/outbox';
import { reachTokens } from './match-features';
import { refreshPostingMatch } from './match-features.store';
import type { PostingFeatures, SeekerFeatures } from './matching.rules';
import { ratingOf, scoreOnly, tokenArray } from './matching.queries';
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
  // Features only; names, addresses and statuses are read for the matched veterans alone.
  const veterans = rowsOf<{ seeker_id: string; features: SeekerFeatures }>(
    await tx.execute(sql`
      select ${smf.seekerId} as seeker_id, ${smf.features} as features
      from ${smf}
      where ${smf.veteran} and ${smf.tokens} && ${tokenArray(reachTokens([features.onetCode]))}
      limit ${VETERAN_SETTINGS.scanCap}`),
  );
  const scored = veterans
    .map((v) => ({ seekerId: v.seeker_id, result: scoreOnly(v.features, features) }))
    .filter((m) => m.result.stars >= VETERAN_SETTINGS.alertMinStars);
  const people = new Map<string, { firstName: string; email: string | null }>();
  for (let i = 0; i < scored.length; i += 1000) {
    const rows = await tx
      .select({
        id: seekers.id,
        firstName: seekers.firstName,
        email: seekers.email,
        placeholder: seekers.emailIsPlaceholder,
      })
      .from(seekers)
      .where(
        and(
          inArray(
            seekers.id,
            scored.slice(i, i + 1000).map((m) => m.seekerId),
          ),
          sql`${seekers.seekerStatus} = 'active' and ${seekers.registrationStatus} = 'active'`,
        ),
      );
    for (const r of rows)
      people.set(r.id, { firstName: r.firstName, email: r.placeholder ? null : r.email });
  }
  const matched = scored
    .filter((m) => people.has(m.seekerId))
    .map((m) => ({ ...m, rating: ratingOf(m.result) }));
  const holdUntil = veteranHoldUntil(matched.length, now);
  if (!holdUntil) return { alerted: 0, holdUntil: null };
  const employerName = posting.tradeName ?? posting.employerName;
  const url = `${publicUrl.replace(/\/+$/, '')}/portal/jobs/${postingId}`;
  const alerted = new Set<string>();
  for (let i = 0; i < matched.length; i += 1000) {
    const inserted = await tx
      .insert(veteranPriorityAlerts)
      .values(
        matched.slice(i, i + 1000).map((m) => ({
          postingId,
          seekerId: m.seekerId,
          stars: m.rating.stars,
          findings: m.rating.findings,
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ seekerId: veteranPriorityAlerts.seekerId });
    for (const r of inserted) alerted.add(r.seekerId);
  }
  const emails: QueuedEmail[] = [];
  for (const { seekerId, rating } of matched) {
    const person = people.get(seekerId);
    if (!alerted.has(seekerId) || !person?.email) continue;
    const message = veteranAlertEmail({
      firstName: person.firstName,
      title: posting.title,
      employerName,
      city: posting.city,
      stars: rating.stars,
      reasons: rating.findings.filter((f) => f.outcome === 'met').map((f) => f.text),
      url,
      holdHours: VETERAN_SETTINGS.holdHours,
    });
    emails.push({ to: person.email, ...message, seekerId });
  }
  for (let i = 0; i < emails.length; i += 500) await queueEmails(tx, emails.slice(i, i + 500));
  await tx
    .update(jobPostings)
    .set({ veteranHoldUntil: holdUntil, veteranHoldReleasedAt: null })
    .where(and(eq(jobPostings.id, postingId)));
  return { alerted: matched.length, holdUntil };
}

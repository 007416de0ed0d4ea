import { storedJobSearchCriteria } from '@onestop/contracts';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { jobPostings as jp, savedSearches, seekers } from '../db/schema';
import { AuditWriter } from '../platform/audit/audit';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db/database';
import type { JobDefinition } from '../platform/jobs/jobs';
import { queueEmail } from '../platform/mail/outbox';
import {
  ALERT_POSTINGS_PER_SEARCH,
  jobAlertEmail,
  type AlertSection,
} from '../modules/job-search/job-alerts.rules';
import { planSearch } from '../modules/job-search/job-search.queries';
import { seekerAudience } from '../modules/job-search/job-search.sql';

/**
 * SEEK-11: the daily digest. For each job seeker with alert-enabled saved searches, the postings
 * they may see that went on the board since each search's `alerted_through`, in ONE email. The
 * email, the watermarks and the audit row commit together, one seeker per transaction, so a crash
 * resumes with the next seeker and nobody gets the same postings twice. Seekers without a real
 * email address (placeholders) are skipped.
 */
export async function sendJobAlerts(
  db: Db,
  publicBaseUrl: string,
  now = new Date(),
): Promise<{ emails: number; seekers: number }> {
  let emails = 0;
  let seen = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .selectDistinct({ seekerId: savedSearches.seekerId })
      .from(savedSearches)
      .innerJoin(seekers, eq(seekers.id, savedSearches.seekerId))
      .where(
        and(
          eq(savedSearches.alertsEnabled, true),
          eq(seekers.emailIsPlaceholder, false),
          gt(savedSearches.seekerId, after),
        ),
      )
      .orderBy(asc(savedSearches.seekerId))
      .limit(200);
    for (const { seekerId } of batch) {
      seen += 1;
      if (await alertSeeker(db, seekerId, publicBaseUrl, now)) emails += 1;
    }
    const last = batch.at(-1);
    if (!last || batch.length < 200) return { emails, seekers: seen };
    after = last.seekerId;
  }
}

async function alertSeeker(db: Db, seekerId: string, baseUrl: string, now: Date) {
  return db.transaction(async (tx) => {
    // Locked, so a second run at the same time waits and then finds the watermarks moved.
    const searches = await tx
      .select()
      .from(savedSearches)
      .where(and(eq(savedSearches.seekerId, seekerId), eq(savedSearches.alertsEnabled, true)))
      .orderBy(asc(savedSearches.createdAt))
      .for('update');
    const [seeker] = await tx
      .select({ email: seekers.email, firstName: seekers.firstName })
      .from(seekers)
      .where(eq(seekers.id, seekerId));
    if (!seeker?.email || searches.length === 0) return false;
    const audience = await seekerAudience(tx, seekerId);
    const sections: AlertSection[] = [];
    for (const search of searches) {
      const criteria = storedJobSearchCriteria.safeParse(search.criteria);
      if (!criteria.success) continue;
      const plan = await planSearch(tx, audience, criteria.data, now, {
        after: search.alertedThrough,
        through: now,
      }).catch(() => null); // a ZIP that is no longer known: the search finds nothing
      if (!plan) continue;
      const rows = await tx
        .select({
          id: jp.id,
          title: jp.title,
          employerName: sql<string>`coalesce(${jp.employerTradeName}, ${jp.employerName})`,
          city: jp.city,
          state: jp.state,
        })
        .from(jp)
        .where(plan.where)
        .orderBy(sql`${jp.postedAt} desc`, asc(jp.id))
        .limit(ALERT_POSTINGS_PER_SEARCH + 1);
      const more =
        rows.length > ALERT_POSTINGS_PER_SEARCH
          ? ((
              await tx
                .select({ n: sql<number>`count(*)::int` })
                .from(jp)
                .where(plan.where)
            )[0]?.n ?? 0) - ALERT_POSTINGS_PER_SEARCH
          : 0;
      sections.push({
        searchName: search.name,
        postings: rows.slice(0, ALERT_POSTINGS_PER_SEARCH),
        more,
      });
    }
    if (!sections.some((s) => s.postings.length > 0)) return false;
    const message = jobAlertEmail({
      firstName: seeker.firstName,
      sections,
      publicBaseUrl: baseUrl,
    });
    const to = seeker.email;
    const emailId = await queueEmail(tx, { to, ...message, seekerId });
    const ids = searches.map((s) => s.id);
    await tx
      .update(savedSearches)
      .set({ alertedThrough: now, lastAlertEmailId: emailId })
      .where(inArray(savedSearches.id, ids));
    const audit = new AuditWriter(tx, { actorId: null, officeId: null, requestId: null });
    await audit.record({
      action: 'portal.job_alert_sent',
      entityType: 'seeker',
      entityId: seekerId,
      after: {
        emailId,
        subject: message.subject,
        savedSearchIds: ids,
        alertedThrough: now,
      },
    });
    return true;
  });
}

/** Every day at 07:00 UTC (SEEK-11). */
export function jobAlertsJob(config: Config): JobDefinition {
  return {
    name: 'job-alerts.digest',
    schedule: '0 7 * * *',
    async handle(_data, { database, log }) {
      const sent = await sendJobAlerts(database.db, config.publicUrl);
      if (sent.emails) log.info(sent, 'queued job alert emails');
    },
  };
}

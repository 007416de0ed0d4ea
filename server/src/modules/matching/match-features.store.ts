import { inArray, isNull, sql } from 'drizzle-orm';
import {
  jobPostings,
  resumeEducation,
  resumeJobs,
  resumeLicenses,
  resumeSkills,
  seekerMatchFeatures,
  seekerProfiles,
  seekers,
} from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { isoDay } from '../postings/postings.rules';
import { isCoveredPerson } from '../profile/profile.rules';
import {
  postingFeaturesOf,
  postingTokens,
  seekerFeaturesOf,
  seekerLocation,
  seekerTokens,
  type SeekerRows,
} from './match-features';

/**
 * MATCH-1 features kept on write: the use cases that change what a rating reads (a posting's
 * title, description, requirements, pay or place; a seeker's resume or profile) call these in
 * their own transaction, so that the features never lag the record. `backfillMatchFeatures`
 * fills what is missing (rows written before migration 0015, bulk loads).
 */

export async function refreshPostingMatch(tx: Db, postingIds: readonly string[]): Promise<void> {
  if (postingIds.length === 0) return;
  const rows = await tx
    .select({
      id: jobPostings.id,
      title: jobPostings.title,
      description: jobPostings.description,
      onetCode: jobPostings.onetCode,
      experienceMonths: jobPostings.experienceMonths,
      educationLevel: jobPostings.educationLevel,
      licenseClass: jobPostings.licenseClass,
      endorsements: jobPostings.endorsements,
      lat: jobPostings.lat,
      lon: jobPostings.lon,
      payMin: jobPostings.payMin,
      payMax: jobPostings.payMax,
      payUnit: jobPostings.payUnit,
    })
    .from(jobPostings)
    .where(inArray(jobPostings.id, [...postingIds]));
  if (rows.length === 0) return;
  // One statement for the batch: a bulk load refreshes thousands at a time.
  const batch = rows.map((row) => ({
    id: row.id,
    tokens: postingTokens(row.onetCode),
    features: postingFeaturesOf(row),
  }));
  await tx.execute(sql`
    update ${jobPostings} p
    set match_tokens = array(select jsonb_array_elements_text(v->'tokens')),
        match_features = v->'features'
    from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) v
    where p.id = (v->>'id')::uuid`);
}

/** Refresh the features of these seekers from their record, profile and resume. */
export async function refreshSeekerMatch(
  tx: Db,
  seekerIds: readonly string[],
  now = new Date(),
): Promise<void> {
  if (seekerIds.length === 0) return;
  const ids = [...seekerIds];
  // One query at a time: `tx` may be a transaction.
  const people = await tx
    .select({ id: seekers.id, zip: seekers.zip })
    .from(seekers)
    .where(inArray(seekers.id, ids));
  const profiles = await tx
    .select({
      seekerId: seekerProfiles.seekerId,
      highestEducation: seekerProfiles.highestEducation,
      hasDriversLicense: seekerProfiles.hasDriversLicense,
      licenseClass: seekerProfiles.licenseClass,
      licenseEndorsements: seekerProfiles.licenseEndorsements,
      radiusMiles: seekerProfiles.radiusMiles,
      desiredWage: seekerProfiles.desiredWage,
      desiredPayUnit: seekerProfiles.desiredPayUnit,
      zipCodes: seekerProfiles.zipCodes,
      veteranType: seekerProfiles.veteranType,
      servedInMilitary: seekerProfiles.servedInMilitary,
      dischargeType: seekerProfiles.dischargeType,
    })
    .from(seekerProfiles)
    .where(inArray(seekerProfiles.seekerId, ids));
  const jobs = await tx
    .select({
      seekerId: resumeJobs.seekerId,
      onetCode: resumeJobs.onetCode,
      startDate: resumeJobs.startDate,
      endDate: resumeJobs.endDate,
    })
    .from(resumeJobs)
    .where(inArray(resumeJobs.seekerId, ids));
  const skills = await tx
    .select({ seekerId: resumeSkills.seekerId, skill: resumeSkills.skill })
    .from(resumeSkills)
    .where(inArray(resumeSkills.seekerId, ids));
  const education = await tx
    .select({ seekerId: resumeEducation.seekerId, level: resumeEducation.level })
    .from(resumeEducation)
    .where(inArray(resumeEducation.seekerId, ids));
  const licenses = await tx
    .select({ seekerId: resumeLicenses.seekerId, name: resumeLicenses.name })
    .from(resumeLicenses)
    .where(inArray(resumeLicenses.seekerId, ids));
  const group = <T extends { seekerId: string }>(items: T[]) => {
    const by = new Map<string, T[]>();
    for (const item of items) by.set(item.seekerId, [...(by.get(item.seekerId) ?? []), item]);
    return by;
  };
  const [profileOf, jobsOf, skillsOf, educationOf, licensesOf] = [
    group(profiles),
    group(jobs),
    group(skills),
    group(education),
    group(licenses),
  ];
  const today = isoDay(now);
  const batch = people.map((person) => {
    const profile = profileOf.get(person.id)?.[0] ?? null;
    const rows: SeekerRows = {
      zip: person.zip,
      jobs: jobsOf.get(person.id) ?? [],
      skills: (skillsOf.get(person.id) ?? []).map((s) => s.skill),
      educationLevels: (educationOf.get(person.id) ?? []).map((e) => e.level),
      licenses: (licensesOf.get(person.id) ?? []).map((l) => l.name),
      profile,
    };
    const features = seekerFeaturesOf(rows, today);
    const location = seekerLocation(rows);
    return {
      seekerId: person.id,
      tokens: seekerTokens(features.occupations.map((o) => o.code)),
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      veteran: profile ? isCoveredPerson(profile) : false,
      features,
      updatedAt: now,
    };
  });
  if (batch.length === 0) return;
  await tx
    .insert(seekerMatchFeatures)
    .values(batch)
    .onConflictDoUpdate({
      target: seekerMatchFeatures.seekerId,
      set: {
        tokens: sql`excluded.tokens`,
        lat: sql`excluded.lat`,
        lon: sql`excluded.lon`,
        veteran: sql`excluded.veteran`,
        features: sql`excluded.features`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

/**
 * Features for every posting and seeker that has none, a batch at a time; returns how many it
 * wrote. Run at start-up after migrations (and by seed:scale), so old rows are matched too.
 */
export async function backfillMatchFeatures(db: Db, batchSize = 500): Promise<number> {
  let written = 0;
  for (;;) {
    const postings = await db
      .select({ id: jobPostings.id })
      .from(jobPostings)
      .where(isNull(jobPostings.matchTokens))
      .limit(batchSize);
    if (postings.length === 0) break;
    await db.transaction((tx) =>
      refreshPostingMatch(
        tx,
        postings.map((p) => p.id),
      ),
    );
    written += postings.length;
  }
  for (;;) {
    const missing = await db
      .select({ id: seekers.id })
      .from(seekers)
      .where(
        sql`not exists (select 1 from ${seekerMatchFeatures} f where f.seeker_id = ${seekers.id})`,
      )
      .limit(batchSize);
    if (missing.length === 0) break;
    await db.transaction((tx) =>
      refreshSeekerMatch(
        tx,
        missing.map((s) => s.id),
      ),
    );
    written += missing.length;
  }
  return written;
}

import type { EducationLevel, Endorsement } from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import { zipCentroid } from '../../modules/geo/zip-centroids';
import { seekerTokens } from '../../modules/matching/match-features';
import {
  refreshPostingMatch,
  refreshSeekerMatch,
} from '../../modules/matching/match-features.store';
import {
  normalizeSkill,
  type LicenseClass,
  type SeekerFeatures,
  type SeekerOccupation,
} from '../../modules/matching/matching.rules';
import { occupation, technologySkills } from '../../modules/onet/onet.catalog';
import { rowsOf, type Database } from '../../platform/db/database';
import { INDUSTRIES_WEIGHTED } from './employer-industries';
import { wagesFor } from './posting-templates';
import { Prng } from './prng';

/**
 * MATCH-1 features in bulk, for scale tests and the matching benchmark. Bulk-loaded seekers have
 * no resume or profile, so `backfillMatchFeatures` (which reads those, six queries per 500) would
 * give them empty features, slowly; here each gets a synthetic work history instead, drawn like
 * the synthetic postings' occupations (an industry, then its common hires), so seekers and
 * postings overlap as they would in a state. Rows go in as INSERT … SELECT FROM unnest(arrays),
 * 10,000 per statement, two in flight. The synthetic veterans (VET-2) also get a profile saying
 * so, so that the job board treats them as veterans too (seekerAudience). A seeker who has a
 * profile or resume (the demo's) gets the features of the records instead. Synthetic features
 * stand until the seeker's profile or resume is saved, which recomputes them from
 * the records (refreshSeekerMatch).
 */

export interface BulkMatchOptions {
  chunkSize?: number;
  onProgress?: (done: number, seconds: number) => void;
}

export interface BulkMatchResult {
  /** Rows written by this run. */
  written: number;
  seconds: number;
}

/** Share of synthetic seekers who are covered veterans (VET-2), about the national share. */
export const SYNTHETIC_VETERAN_SHARE = 0.08;
const RADIUS_MILES = 25;

const EDUCATION_BY_ZONE: Record<number, readonly EducationLevel[]> = {
  1: ['less_than_high_school', 'high_school', 'high_school', 'ged'],
  2: ['high_school', 'high_school', 'ged', 'some_college', 'vocational_certificate'],
  3: ['high_school', 'vocational_certificate', 'associate', 'some_college'],
  4: ['bachelor', 'bachelor', 'associate', 'master'],
  5: ['master', 'doctorate', 'bachelor'],
};

function licenseOf(
  prng: Prng,
  codes: readonly string[],
): { licenseClass: LicenseClass | null; endorsements: Endorsement[] } {
  if (codes.includes('53-3032.00')) {
    return {
      licenseClass: 'cdl_a',
      endorsements: prng.chance(0.4) ? ['hazardous_materials', 'tank_vehicle'] : [],
    };
  }
  if (codes.includes('53-3051.00')) {
    return { licenseClass: 'cdl_b', endorsements: ['passenger', 'school_bus', 'air_brakes'] };
  }
  if (codes.some((c) => c.startsWith('53-3')) || prng.chance(0.75)) {
    return { licenseClass: 'regular', endorsements: [] };
  }
  return { licenseClass: null, endorsements: [] };
}

interface CodeFacts {
  jobZone: number | null;
  /** The occupation's first technology skills (hot ones first), normalized. */
  skills: string[];
}
const codeFacts = new Map<string, CodeFacts>();

function factsOf(code: string): CodeFacts {
  let facts = codeFacts.get(code);
  if (!facts) {
    const skills = technologySkills(code)
      .slice(0, 15)
      .map((s) => normalizeSkill(s.name));
    facts = { jobZone: occupation(code)?.jobZone ?? null, skills: skills.filter(Boolean) };
    codeFacts.set(code, facts);
  }
  return facts;
}

/** 1–3 occupations: most people stay in one industry, some change. */
function workHistory(prng: Prng): SeekerOccupation[] {
  const count = prng.pick([1, 1, 2, 2, 3]);
  let industry = prng.pick(INDUSTRIES_WEIGHTED);
  const months = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (i > 0 && prng.chance(0.35)) industry = prng.pick(INDUSTRIES_WEIGHTED);
    const code = prng.pickCommon(industry.hires, 1.5);
    months.set(code, (months.get(code) ?? 0) + prng.int(3, 96));
  }
  return [...months].map(([code, m]) => ({
    code,
    months: m,
    jobZone: factsOf(code).jobZone,
  }));
}

function skillsOf(prng: Prng, codes: readonly string[]): string[] {
  const skills = new Set<string>();
  for (const code of codes) {
    for (const skill of prng.sample(factsOf(code).skills, prng.int(1, 5))) skills.add(skill);
  }
  return [...skills];
}

export interface SyntheticSeekerMatch {
  features: SeekerFeatures;
  tokens: string[];
  veteran: boolean;
}

/** The synthetic features of one seeker: the same for the same id and ZIP code. */
export function syntheticSeekerMatch(seekerId: string, zip: string | null): SyntheticSeekerMatch {
  const prng = new Prng(parseInt(seekerId.replace(/-/g, '').slice(0, 8), 16));
  const occupations = workHistory(prng);
  const codes = occupations.map((o) => o.code);
  const main = occupations[0];
  const zone = main?.jobZone ?? 2;
  const centre = zip ? zipCentroid(zip) : null;
  const median = main ? wagesFor(main.code)?.[1] : undefined;
  const features: SeekerFeatures = {
    occupations,
    totalExperienceMonths: occupations.reduce((sum, o) => sum + o.months, 0) + prng.int(0, 24),
    skills: skillsOf(prng, codes),
    education: prng.pick(EDUCATION_BY_ZONE[zone] ?? EDUCATION_BY_ZONE[2] ?? ['high_school']),
    ...licenseOf(prng, codes),
    certificates: [],
    location: centre ? { lat: centre.lat, lon: centre.lon } : null,
    radiusMiles: RADIUS_MILES,
    // Most ask somewhat under the median of what they did; some did not say.
    minHourlyPay:
      median && prng.chance(0.8) ? Math.round(median * (0.7 + prng.next() * 0.3) * 4) / 4 : null,
  };
  return {
    features,
    tokens: seekerTokens(codes),
    veteran: prng.chance(SYNTHETIC_VETERAN_SHARE),
  };
}

// One statement, so that a veteran's features are never there without the profile that says so
// (a covered veteran as isCoveredPerson reads it, with the answers the features carry).
const INSERT_FEATURES = `
WITH profiles AS (
  INSERT INTO seeker_profiles (seeker_id, served_in_military, veteran_type, highest_education,
    has_drivers_license, license_class, radius_miles)
  SELECT seeker_id, true, 'veteran'::veteran_type, education::education_level,
    license_class IS NOT NULL, license_class::license_class, $10::int
  FROM unnest($7::uuid[], $8::text[], $9::text[]) AS p(seeker_id, education, license_class)
  ON CONFLICT DO NOTHING
), inserted AS (
  INSERT INTO seeker_match_features (seeker_id, tokens, lat, lon, veteran, features)
  SELECT seeker_id, tokens::text[], lat, lon, veteran, features::jsonb
  FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::float8[], $5::bool[], $6::text[])
    AS t(seeker_id, tokens, lat, lon, veteran, features)
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS n FROM inserted`;

/**
 * Seekers after `after` (by id) without features, with their ZIP code and whether they have a
 * profile or resume to compute real features from.
 */
const MISSING_SEEKERS = `
SELECT s.id, s.zip,
  EXISTS (SELECT 1 FROM seeker_profiles p WHERE p.seeker_id = s.id)
    OR EXISTS (SELECT 1 FROM resume_jobs j WHERE j.seeker_id = s.id) AS has_records
FROM seekers s
WHERE s.id > $1::uuid
  AND NOT EXISTS (SELECT 1 FROM seeker_match_features f WHERE f.seeker_id = s.id)
ORDER BY s.id LIMIT $2`;

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

function timer() {
  const started = performance.now();
  return () => Math.round((performance.now() - started) / 100) / 10;
}

/**
 * Match features for every seeker that has none: synthetic ones for a bulk-loaded seeker, and
 * for one with a profile or resume (the demo's), those of the records (refreshSeekerMatch).
 */
export async function bulkSeedSeekerMatchFeatures(
  database: Database,
  options: BulkMatchOptions = {},
): Promise<BulkMatchResult> {
  const seconds = timer();
  const chunkSize = options.chunkSize ?? 10_000;
  const parallel = database.kind === 'postgres' ? 2 : 1;
  const inFlight = new Set<Promise<void>>();
  let after = FIRST_UUID;
  let written = 0;
  for (;;) {
    const { rows } = await database.executeSql(MISSING_SEEKERS, [after, chunkSize]);
    if (rows.length === 0) break;
    after = String(rows.at(-1)?.id);
    const withRecords = rows.filter((r) => r.has_records === true).map((r) => String(r.id));
    if (withRecords.length > 0) {
      await refreshSeekerMatch(database.db, withRecords);
      written += withRecords.length;
    }
    const columns = { ids: [] as string[], tokens: [] as string[], features: [] as string[] };
    const lats: (number | null)[] = [];
    const lons: (number | null)[] = [];
    const veterans: boolean[] = [];
    const profiles = { ids: [] as string[], education: [] as unknown[], license: [] as unknown[] };
    for (const row of rows) {
      if (row.has_records === true) continue;
      const id = String(row.id);
      const match = syntheticSeekerMatch(id, row.zip === null ? null : String(row.zip));
      columns.ids.push(id);
      columns.tokens.push(`{${match.tokens.map((t) => `"${t}"`).join(',')}}`);
      columns.features.push(JSON.stringify(match.features));
      lats.push(match.features.location?.lat ?? null);
      lons.push(match.features.location?.lon ?? null);
      veterans.push(match.veteran);
      if (match.veteran) {
        profiles.ids.push(id);
        profiles.education.push(match.features.education);
        profiles.license.push(match.features.licenseClass);
      }
    }
    if (columns.ids.length === 0) continue;
    const task: Promise<void> = database
      .executeSql(INSERT_FEATURES, [
        columns.ids,
        columns.tokens,
        lats,
        lons,
        veterans,
        columns.features,
        profiles.ids,
        profiles.education,
        profiles.license,
        RADIUS_MILES,
      ])
      .then((result) => {
        written += Number(result.rows[0]?.n ?? 0);
        options.onProgress?.(written, seconds());
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (written > 0) {
    await database.executeSql('VACUUM (ANALYZE) seeker_match_features');
    await database.executeSql('ANALYZE seeker_profiles');
  }
  return { written, seconds: seconds() };
}

/**
 * Features for every posting that has none, through the app's own refreshPostingMatch (one
 * UPDATE per batch), two batches in flight so PostgreSQL updates one while Node builds the next.
 */
export async function bulkRefreshPostingMatch(
  database: Database,
  options: BulkMatchOptions = {},
): Promise<BulkMatchResult> {
  const seconds = timer();
  const chunkSize = options.chunkSize ?? 2000;
  const parallel = database.kind === 'postgres' ? 2 : 1;
  const inFlight = new Set<Promise<void>>();
  let after = FIRST_UUID;
  let written = 0;
  for (;;) {
    const ids = rowsOf<{ id: string }>(
      await database.db.execute(sql`
        select id from job_postings where id > ${after}::uuid and match_tokens is null
        order by id limit ${chunkSize}`),
    ).map((r) => r.id);
    if (ids.length === 0) break;
    after = ids.at(-1) ?? after;
    const task: Promise<void> = refreshPostingMatch(database.db, ids)
      .then(() => {
        written += ids.length;
        options.onProgress?.(written, seconds());
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (written > 0) await database.executeSql('VACUUM (ANALYZE) job_postings');
  return { written, seconds: seconds() };
}

import type {
  MatchListQuery,
  MatchRating,
  PostingCandidates,
  SeekerMatches,
} from '@onestop/contracts';
import { sql, type SQL } from 'drizzle-orm';
import { jobPostings as jp, seekerMatchFeatures as smf, seekers } from '../../db/schema';
import { rowsOf, type Db } from '../../platform/db/database';
import { boundingBox, distanceMiles, type GeoPoint } from '../geo/zip-centroids';
import { geoCellsCovering } from '../job-search/job-search.rules';
import { geoCellSql, onBoardSql, visibleSql, type Audience } from '../job-search/job-search.sql';
import { formatPostingNumber } from '../postings/postings.rules';
import { reachTokens } from './match-features';
import { refreshPostingMatch, refreshSeekerMatch } from './match-features.store';
import {
  scoreMatch,
  type MatchResult,
  type PostingFeatures,
  type SeekerFeatures,
} from './matching.rules';
import { closenessOf, skillSpecificity } from './occupation-closeness';
import { describeFinding } from './match-findings';

/**
 * MATCH-1 both ways. The pairs worth scoring are found through the GIN indexes over occupation
 * tokens and grid cells (a posting's related occupations near it; a seeker's near them), at most
 * MATCH_QUERY_SETTINGS.scanCap of them, and scored here with the star rating; the best come back
 * with their explanations.
 */
export const MATCH_QUERY_SETTINGS = {
  /** Seekers (or postings) scored per request at most: the nearest related ones are enough. */
  scanCap: 2000,
  /** How far around a posting candidates are looked for (a seeker's own radius is scored). */
  reachMiles: 50,
};

/** O*NET codes and "minor:" groups only, so the list can go into the SQL as an array literal. */
const TOKEN = /^(?:minor:)?\d{2}-\d(?:\d{3}\.\d{2})?$/;

export function tokenArray(tokens: string[]): SQL {
  const safe = tokens.filter((t) => TOKEN.test(t));
  return sql.raw(`'{${safe.map((t) => `"${t}"`).join(',')}}'::text[]`);
}

function nearSql(cellColumn: SQL, centre: GeoPoint | null): SQL {
  if (!centre) return sql`true`;
  const cells = geoCellsCovering(boundingBox(centre, MATCH_QUERY_SETTINGS.reachMiles));
  return cells ? sql`${cellColumn} && ${sql.raw(`'{${cells.join(',')}}'`)}::int[]` : sql`true`;
}

export function rate(seeker: SeekerFeatures, posting: PostingFeatures): MatchRating {
  const result: MatchResult = scoreMatch(seeker, posting, closenessOf, undefined, skillSpecificity);
  return {
    stars: result.stars,
    score: Math.round(result.score * 1000) / 1000,
    findings: result.findings.map((f) => ({ ...f, text: describeFinding(f) })),
  };
}

const milesBetween = (a: GeoPoint | null, b: GeoPoint | null) =>
  a && b ? Math.round(distanceMiles(a, b) * 10) / 10 : null;

async function postingFeatures(db: Db, postingId: string): Promise<PostingFeatures | null> {
  const read = async () =>
    (
      await db
        .select({ features: jp.matchFeatures })
        .from(jp)
        .where(sql`${jp.id} = ${postingId}`)
    )[0];
  let row = await read();
  if (!row) return null;
  if (row.features === null) {
    await refreshPostingMatch(db, [postingId]);
    row = await read();
  }
  return (row?.features ?? null) as PostingFeatures | null;
}

async function seekerFeatures(db: Db, seekerId: string): Promise<SeekerFeatures | null> {
  const read = async () =>
    (
      await db
        .select({ features: smf.features })
        .from(smf)
        .where(sql`${smf.seekerId} = ${seekerId}`)
    )[0];
  let row = await read();
  if (!row) {
    const [exists] = await db
      .select({ id: seekers.id })
      .from(seekers)
      .where(sql`${seekers.id} = ${seekerId}`);
    if (!exists) return null;
    await refreshSeekerMatch(db, [seekerId]);
    row = await read();
  }
  return (row?.features ?? null) as SeekerFeatures | null;
}

/** The stars of one pair, with the explanation; null when either is unknown. */
export async function ratePair(
  db: Db,
  seekerId: string,
  postingId: string,
): Promise<MatchRating | null> {
  const [seeker, posting] = [
    await seekerFeatures(db, seekerId),
    await postingFeatures(db, postingId),
  ];
  return seeker && posting ? rate(seeker, posting) : null;
}

/** A posting's best candidates among active seekers; null for an unknown posting. */
export async function rankCandidates(
  db: Db,
  postingId: string,
  query: MatchListQuery,
): Promise<PostingCandidates | null> {
  const posting = await postingFeatures(db, postingId);
  if (!posting) return null;
  if (!posting.onetCode) return { items: [], considered: 0, capped: false };
  const cellOf = sql`array[(floor(${smf.lat} * 4)::int * 2000 + floor(${smf.lon} * 4)::int)]`;
  const rows = rowsOf<{
    seeker_id: string;
    features: SeekerFeatures;
    first_name: string;
    last_name: string;
    city: string | null;
    zip: string | null;
    veteran: boolean;
  }>(
    await db.execute(sql`
      select ${smf.seekerId} as seeker_id, ${smf.features} as features, ${smf.veteran} as veteran,
        ${seekers.firstName} as first_name, ${seekers.lastName} as last_name,
        ${seekers.city} as city, ${seekers.zip} as zip
      from ${smf} join ${seekers} on ${seekers.id} = ${smf.seekerId}
      where ${smf.tokens} && ${tokenArray(reachTokens([posting.onetCode]))}
        and ${nearSql(cellOf, posting.location)}
        and ${seekers.seekerStatus} = 'active' and ${seekers.registrationStatus} = 'active'
      limit ${MATCH_QUERY_SETTINGS.scanCap + 1}`),
  );
  const capped = rows.length > MATCH_QUERY_SETTINGS.scanCap;
  const scored = rows.slice(0, MATCH_QUERY_SETTINGS.scanCap).map((r) => ({
    row: r,
    rating: rate(r.features, posting),
  }));
  const best = scored
    .filter((s) => s.rating.stars >= query.minStars)
    .sort(
      (a, b) => b.rating.score - a.rating.score || a.row.seeker_id.localeCompare(b.row.seeker_id),
    )
    .slice(0, query.limit);
  return {
    items: best.map(({ row, rating }) => ({
      seekerId: row.seeker_id,
      name: `${row.first_name} ${row.last_name}`,
      city: row.city,
      zip: row.zip,
      distanceMiles: milesBetween(row.features.location, posting.location),
      veteran: row.veteran,
      rating,
    })),
    considered: scored.length,
    capped,
  };
}

/** A seeker's best postings on the board, as this audience may see them; null for no seeker. */
export async function rankPostingsFor(
  db: Db,
  seekerId: string,
  audience: Audience,
  query: MatchListQuery,
  now = new Date(),
): Promise<SeekerMatches | null> {
  const seeker = await seekerFeatures(db, seekerId);
  if (!seeker) return null;
  const codes = seeker.occupations.map((o) => o.code);
  if (codes.length === 0) return { items: [], considered: 0, capped: false };
  const visible = visibleSql(audience);
  const rows = rowsOf<{
    id: string;
    features: PostingFeatures;
    record_number: number;
    title: string;
    employer: string;
    city: string | null;
    state: string | null;
    pay_min: string | number | null;
    pay_max: string | number | null;
    pay_unit: MatchedPay;
    posted_at: Date | string | null;
  }>(
    await db.execute(sql`
      select ${jp.id} as id, ${jp.matchFeatures} as features, ${jp.recordNumber} as record_number,
        ${jp.title} as title, coalesce(${jp.employerTradeName}, ${jp.employerName}) as employer,
        ${jp.city} as city, ${jp.state} as state, ${jp.payMin} as pay_min, ${jp.payMax} as pay_max,
        ${jp.payUnit} as pay_unit, ${jp.postedAt} as posted_at
      from ${jp}
      where ${onBoardSql(now)} ${visible ? sql`and ${visible}` : sql``}
        and ${jp.matchTokens} && ${tokenArray(reachTokens(codes))}
        and ${nearSql(geoCellSql, seeker.location)}
      limit ${MATCH_QUERY_SETTINGS.scanCap + 1}`),
  );
  const capped = rows.length > MATCH_QUERY_SETTINGS.scanCap;
  const scored = rows
    .slice(0, MATCH_QUERY_SETTINGS.scanCap)
    .map((row) => ({ row, rating: rate(seeker, row.features) }));
  const best = scored
    .filter((s) => s.rating.stars >= query.minStars)
    .sort((a, b) => b.rating.score - a.rating.score || a.row.id.localeCompare(b.row.id))
    .slice(0, query.limit);
  const money = (v: string | number | null) => (v === null ? null : Number(v));
  return {
    items: best.map(({ row, rating }) => ({
      postingId: row.id,
      recordNumber: formatPostingNumber(Number(row.record_number)),
      title: row.title,
      employerName: row.employer,
      city: row.city,
      state: row.state,
      distanceMiles: milesBetween(seeker.location, row.features.location),
      payMin: money(row.pay_min),
      payMax: money(row.pay_max),
      payUnit: row.pay_unit,
      postedAt: row.posted_at === null ? null : new Date(row.posted_at).toISOString(),
      rating,
    })),
    considered: scored.length,
    capped,
  };
}

type MatchedPay = SeekerMatches['items'][number]['payUnit'];

import type {
  MatchListQuery,
  MatchRating,
  PostingCandidates,
  SeekerMatches,
} from '@onestop/contracts';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
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
  scanCap: 600,
  /** How far around a posting candidates are looked for (a seeker's own radius is scored). */
  reachMiles: 50,
};

/** O*NET codes and "minor:" groups only, so the list can go into the SQL as an array literal. */
const TOKEN = /^(?:minor:)?\d{2}-\d(?:\d{3}\.\d{2})?$/;

export function tokenArray(tokens: string[]): SQL {
  const safe = tokens.filter((t) => TOKEN.test(t));
  return sql.raw(`'{${safe.map((t) => `"${t}"`).join(',')}}'::text[]`);
}

/**
 * Rows in the same occupations first, then in the related ones and the same groups, until
 * `cap + 1` are found: the same occupation scores best, and a short token list keeps the planner
 * on the GIN index (with every related code its estimate grows until a table scan looks cheaper).
 */
async function stagedByTokens<T>(
  column: SQL,
  primary: string[],
  all: string[],
  cap: number,
  read: (tokens: SQL, limit: number) => Promise<T[]>,
): Promise<T[]> {
  const first = await read(sql`${column} && ${tokenArray(primary)}`, cap + 1);
  const rest = all.filter((t) => !primary.includes(t));
  if (first.length > cap || rest.length === 0) return first;
  const more = await read(
    sql`${column} && ${tokenArray(rest)} and not (${column} && ${tokenArray(primary)})`,
    cap + 1 - first.length,
  );
  return [...first, ...more];
}

function nearSql(cellColumn: SQL, centre: GeoPoint | null): SQL {
  if (!centre) return sql`true`;
  const cells = geoCellsCovering(boundingBox(centre, MATCH_QUERY_SETTINGS.reachMiles));
  return cells ? sql`${cellColumn} && ${sql.raw(`'{${cells.join(',')}}'`)}::int[]` : sql`true`;
}

/** The stars and score only: what ranking needs (wording every finding costs as much again). */
export const scoreOnly = (seeker: SeekerFeatures, posting: PostingFeatures): MatchResult =>
  scoreMatch(seeker, posting, closenessOf, undefined, skillSpecificity);

/** A score as the API shows it, every finding worded: for the few pairs shown. */
export function ratingOf(result: MatchResult): MatchRating {
  return {
    stars: result.stars,
    score: Math.round(result.score * 1000) / 1000,
    findings: result.findings.map((f) => ({ ...f, text: describeFinding(f) })),
  };
}

export const rate = (seeker: SeekerFeatures, posting: PostingFeatures): MatchRating =>
  ratingOf(scoreOnly(seeker, posting));

/** The best `limit` of the scored, at least `minStars`, best score first (ties by id). */
function best<T>(
  scored: { key: string; item: T; result: MatchResult }[],
  query: MatchListQuery,
  extra = 0,
) {
  return scored
    .filter((s) => s.result.stars >= query.minStars)
    .sort((a, b) => b.result.score - a.result.score || a.key.localeCompare(b.key))
    .slice(0, query.limit + extra);
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
  // Features only: the seekers' names and statuses are read for the best few alone.
  const rows = await stagedByTokens(
    sql`${smf.tokens}`,
    [posting.onetCode],
    reachTokens([posting.onetCode]),
    MATCH_QUERY_SETTINGS.scanCap,
    async (tokens, limit) =>
      rowsOf<{ seeker_id: string; features: SeekerFeatures; veteran: boolean }>(
        await db.execute(sql`
          select ${smf.seekerId} as seeker_id, ${smf.features} as features,
            ${smf.veteran} as veteran
          from ${smf}
          where ${tokens} and ${nearSql(cellOf, posting.location)}
          limit ${limit}`),
      ),
  );
  const capped = rows.length > MATCH_QUERY_SETTINGS.scanCap;
  const scored = rows.slice(0, MATCH_QUERY_SETTINGS.scanCap).map((row) => ({
    key: row.seeker_id,
    item: row,
    result: scoreOnly(row.features, posting),
  }));
  // A few spare, for seekers whose record is no longer active.
  const top = best(scored, query, 20);
  const people =
    top.length === 0
      ? []
      : await db
          .select({
            id: seekers.id,
            firstName: seekers.firstName,
            lastName: seekers.lastName,
            city: seekers.city,
            zip: seekers.zip,
          })
          .from(seekers)
          .where(
            and(
              inArray(
                seekers.id,
                top.map((t) => t.key),
              ),
              sql`${seekers.seekerStatus} = 'active' and ${seekers.registrationStatus} = 'active'`,
            ),
          );
  const personOf = new Map(people.map((p) => [p.id, p]));
  return {
    items: top
      .filter((t) => personOf.has(t.key))
      .slice(0, query.limit)
      .map(({ item, result }) => {
        const person = personOf.get(item.seeker_id);
        return {
          seekerId: item.seeker_id,
          name: `${person?.firstName ?? ''} ${person?.lastName ?? ''}`.trim(),
          city: person?.city ?? null,
          zip: person?.zip ?? null,
          distanceMiles: milesBetween(item.features.location, posting.location),
          veteran: item.veteran,
          rating: ratingOf(result),
        };
      }),
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
  const rows = await stagedByTokens(
    sql`${jp.matchTokens}`,
    codes,
    reachTokens(codes),
    MATCH_QUERY_SETTINGS.scanCap,
    async (tokens, limit) =>
      rowsOf<PostingRowOut>(
        await db.execute(sql`
          select ${jp.id} as id, ${jp.matchFeatures} as features,
            ${jp.recordNumber} as record_number, ${jp.title} as title,
            coalesce(${jp.employerTradeName}, ${jp.employerName}) as employer,
            ${jp.city} as city, ${jp.state} as state, ${jp.payMin} as pay_min,
            ${jp.payMax} as pay_max, ${jp.payUnit} as pay_unit, ${jp.postedAt} as posted_at
          from ${jp}
          where ${onBoardSql(now)} ${visible ? sql`and ${visible}` : sql``}
            and ${tokens} and ${nearSql(geoCellSql, seeker.location)}
          limit ${limit}`),
      ),
  );
  const capped = rows.length > MATCH_QUERY_SETTINGS.scanCap;
  const scored = rows.slice(0, MATCH_QUERY_SETTINGS.scanCap).map((row) => ({
    key: row.id,
    item: row,
    result: scoreOnly(seeker, row.features),
  }));
  const top = best(scored, query);
  const money = (v: string | number | null) => (v === null ? null : Number(v));
  return {
    items: top.map(({ item: row, result }) => ({
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
      rating: ratingOf(result),
    })),
    considered: scored.length,
    capped,
  };
}

type MatchedPay = SeekerMatches['items'][number]['payUnit'];

interface PostingRowOut {
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
}

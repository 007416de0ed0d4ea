import type {
  JobSearchHit,
  JobSearchQuery,
  JobSearchResult,
  StoredJobSearchCriteria,
} from '@onestop/contracts';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { jobPostings as jp } from '../../db/schema';
import { rowsOf, type Db } from '../../platform/db/database';
import { invalid } from '../../platform/errors';
import { boundingBox, zipCentroid, type GeoPoint } from '../geo/zip-centroids';
import { formatPostingNumber } from '../postings/postings.rules';
import {
  CANDIDATE_CAP,
  effectiveSort,
  geoCellsCovering,
  highlightRuns,
  MATCH_START,
  MATCH_STOP,
  plainSnippet,
  radiusOf,
  roundMiles,
} from './job-search.rules';
import {
  distanceSql,
  geoCellSql,
  hourlyPaySql,
  onBoardSql,
  reservedFlagSql,
  tsQuerySql,
  visibleSql,
  type Audience,
} from './job-search.sql';

/** The criteria of a search or of a saved search (stored criteria are already clean). */
export type SearchCriteria = StoredJobSearchCriteria;

interface Plan {
  where: SQL;
  /** The words searched, when they hold any word PostgreSQL indexes (not only "the", "and"…). */
  q: string | null;
  origin: (GeoPoint & { zip: string }) | null;
}

/** The ZIP's centre, or a 400 on the `zip` field for a ZIP we do not know. */
export function originOf(zip: string | undefined): (GeoPoint & { zip: string }) | null {
  if (!zip) return null;
  const centre = zipCentroid(zip);
  if (!centre)
    throw invalid('zip', `We do not know the ZIP code ${zip}. Check it, or search without one.`);
  return { zip, lat: centre.lat, lon: centre.lon };
}

async function hasLexemes(db: Db, q: string): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select numnode(${tsQuerySql(q)})::int as n`),
  );
  return (row?.n ?? 0) > 0;
}

/** The WHERE clause of a search: on the board, visible to the audience, and every criterion. */
export async function planSearch(
  db: Db,
  audience: Audience,
  criteria: SearchCriteria,
  now: Date,
  /** Alerts: only what went on the board after `after`, up to `through`. */
  opened?: { after: Date; through: Date },
): Promise<Plan> {
  const origin = originOf(criteria.zip);
  const q = criteria.q && (await hasLexemes(db, criteria.q)) ? criteria.q : null;
  const terms: (SQL | undefined)[] = [onBoardSql(now), visibleSql(audience)];
  if (q) terms.push(sql`${jp.searchVector} @@ ${tsQuerySql(q)}`);
  if (criteria.occupation) terms.push(sql`${jp.onetCode} like ${`${criteria.occupation}%`}`);
  if (criteria.payAtLeast !== undefined)
    terms.push(sql`${hourlyPaySql} >= ${criteria.payAtLeast}::float8`);
  if (criteria.shift) terms.push(sql`${jp.shift} = ${criteria.shift}`);
  if (criteria.employmentType) terms.push(sql`${jp.employmentType} = ${criteria.employmentType}`);
  if (criteria.postedWithinDays) {
    const from = new Date(now.getTime() - criteria.postedWithinDays * 24 * 60 * 60 * 1000);
    terms.push(sql`${jp.postedAt} >= ${from.toISOString()}::timestamptz`);
  }
  if (opened) {
    // VET-3: for a non-veteran a held posting goes on the board when its hold ends.
    const since =
      audience.kind === 'seeker' && !audience.veteran
        ? sql`greatest(${jp.postedAt}, coalesce(${jp.veteranHoldUntil}, ${jp.postedAt}))`
        : sql`${jp.postedAt}`;
    terms.push(
      sql`${since} > ${opened.after.toISOString()}::timestamptz and ${since} <= ${opened.through.toISOString()}::timestamptz`,
    );
  }
  const radius = radiusOf(criteria);
  if (origin && radius !== null) {
    const box = boundingBox(origin, radius);
    const inBox = (lat: SQL, lon: SQL) =>
      sql`${lat} between ${box.minLat}::float8 and ${box.maxLat}::float8 and ${lon} between ${box.minLon}::float8 and ${box.maxLon}::float8`;
    const cells = q ? geoCellsCovering(box) : null;
    if (cells) {
      // Words and place in one scan of the words-and-place GIN (see geoCellsCovering); the box
      // and the distance are then checked on its rows only: "+ 0" keeps the planner off the
      // (lat, lon) b-tree, whose latitude band would be ANDed in for nothing.
      terms.push(sql`${geoCellSql} && ${sql.raw(`'{${cells.join(',')}}'`)}::int[]`);
    }
    // With words over a wider radius the box is checked row by row on the words' matches: such a
    // box holds most of the board, and ANDing its bitmap would cost more than it saves. Without
    // words the (lat, lon) b-tree (or the posted-date index, which covers lat and lon) finds them.
    terms.push(
      q ? inBox(sql`(${jp.lat} + 0)`, sql`(${jp.lon} + 0)`) : inBox(sql`${jp.lat}`, sql`${jp.lon}`),
      sql`${distanceSql(origin)} <= ${radius}::float8`,
    );
  }
  return { where: and(...terms) ?? sql`true`, q, origin };
}

interface PageRow {
  id: string;
  total: number;
  distance: number | null;
  reserved: boolean;
}

/**
 * SEEK-11: one search for the public board, the seeker portal and staff. It reads at most
 * CANDIDATE_CAP + 1 matches through the indexes on the board's rows (the keyword's GIN, the
 * radius's GiST, the posted_at and occupation b-trees), and ranks, sorts and counts only those:
 * the cost stays bounded however common the word (a third of the board can match "experience").
 * Newest first reads the matches in posting order, so its first pages are exact. Only the page's
 * rows are highlighted.
 */
export async function searchJobs(
  db: Db,
  audience: Audience,
  query: JobSearchQuery,
  now = new Date(),
): Promise<JobSearchResult> {
  const plan = await planSearch(db, audience, query, now);
  const sort = effectiveSort(query.sort, { q: plan.q ?? undefined, zip: query.zip });
  const distance = plan.origin ? distanceSql(plan.origin) : sql`null::float8`;
  const order = {
    relevance: sql`rank desc, posted_at desc, id`,
    newest: sql`posted_at desc, id`,
    distance: sql`distance asc nulls last, posted_at desc, id`,
    pay: sql`hourly desc nulls last, posted_at desc, id`,
  }[sort];
  const rank = plan.q ? sql`ts_rank_cd(${jp.searchVector}, ${tsQuerySql(plan.q)})` : sql`0`;
  const offset = (query.page - 1) * query.pageSize;
  const columns = sql`${jp.id} as id, ${jp.postedAt} as posted_at, ${distance} as distance,
        ${sort === 'pay' ? hourlyPaySql : sql`null::float8`} as hourly,
        ${sort === 'relevance' ? rank : sql`0`} as rank,
        ${reservedFlagSql(audience)} as reserved`;
  // Newest first needs the matches in order; the other sorts take any, which lets PostgreSQL stop
  // reading as soon as it has enough.
  const newestFirst = sort === 'newest' ? sql`order by ${jp.postedAt} desc nulls last` : sql``;
  const result = await db.execute(sql`
    with candidates as (
      select ${columns} from ${jp} where ${plan.where}
      ${newestFirst} limit ${CANDIDATE_CAP + 1}
    ),
    numbered as (
      select id, distance, reserved, count(*) over () as total,
        row_number() over (order by ${order}) as n
      from candidates
    )
    select id, distance, reserved, total::int as total from numbered
    where n > ${offset} order by n limit ${query.pageSize}`);
  const page = rowsOf<PageRow>(result);
  let total = page[0]?.total;
  if (total === undefined) {
    // Past the last page: count alone, still capped.
    const [counted] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from (select 1 from ${jp} where ${plan.where} limit ${CANDIDATE_CAP + 1}) m`,
      ),
    );
    total = counted?.n ?? 0;
  }
  return {
    items: await hits(db, page, plan.q),
    page: query.page,
    pageSize: query.pageSize,
    total: Math.min(total, CANDIDATE_CAP),
    totalCapped: total > CANDIDATE_CAP,
    origin: plan.origin,
  };
}

const MARKS = `${MATCH_START}${MATCH_STOP}`;
const TITLE_OPTIONS = `HighlightAll=true, StartSel="${MATCH_START}", StopSel="${MATCH_STOP}"`;
const SNIPPET_OPTIONS = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel="${MATCH_START}", StopSel="${MATCH_STOP}"`;

/** The page's postings, with the words searched marked: ts_headline runs for these rows only. */
async function hits(db: Db, page: PageRow[], q: string | null): Promise<JobSearchHit[]> {
  if (page.length === 0) return [];
  const query = q ? tsQuerySql(q) : null;
  const rows = await db
    .select({
      id: jp.id,
      recordNumber: jp.recordNumber,
      title: jp.title,
      description: query ? sql<string>`''` : jp.description,
      markedTitle: query
        ? sql<string>`ts_headline('english', translate(${jp.title}, ${MARKS}, ''), ${query}, ${TITLE_OPTIONS})`
        : sql<null>`null`,
      markedSnippet: query
        ? sql<string>`ts_headline('english', translate(${jp.description}, ${MARKS}, ''), ${query}, ${SNIPPET_OPTIONS})`
        : sql<null>`null`,
      employerName: jp.employerName,
      employerTradeName: jp.employerTradeName,
      city: jp.city,
      state: jp.state,
      zip: jp.zip,
      payMin: jp.payMin,
      payMax: jp.payMax,
      payUnit: jp.payUnit,
      employmentType: jp.employmentType,
      shift: jp.shift,
      onetCode: jp.onetCode,
      onetTitle: jp.onetTitle,
      postedAt: jp.postedAt,
      applicationDeadline: jp.applicationDeadline,
    })
    .from(jp)
    .where(
      inArray(
        jp.id,
        page.map((p) => p.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((p) => {
    const r = byId.get(p.id);
    if (!r) return [];
    return [
      {
        id: r.id,
        recordNumber: formatPostingNumber(r.recordNumber),
        title: r.markedTitle ? highlightRuns(r.markedTitle) : [{ text: r.title, match: false }],
        snippet:
          r.markedSnippet !== null
            ? highlightRuns(r.markedSnippet.replace(/\s+/g, ' ').trim())
            : plainSnippet(r.description),
        employerName: r.employerTradeName ?? r.employerName,
        city: r.city,
        state: r.state,
        zip: r.zip,
        distanceMiles: p.distance === null ? null : roundMiles(Number(p.distance)),
        payMin: r.payMin,
        payMax: r.payMax,
        payUnit: r.payUnit,
        employmentType: r.employmentType,
        shift: r.shift,
        occupation: r.onetCode ? { code: r.onetCode, title: r.onetTitle ?? r.onetCode } : null,
        postedAt: (r.postedAt ?? new Date(0)).toISOString(),
        applicationDeadline: r.applicationDeadline,
        reserved: Boolean(p.reserved),
      },
    ];
  });
}

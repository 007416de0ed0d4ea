import { sql, type SQL } from 'drizzle-orm';
import {
  jobPostings as jp,
  offices,
  postingDesignees,
  seekerProfiles,
  seekers,
} from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { EARTH_RADIUS_MILES, type GeoPoint } from '../geo/zip-centroids';
import { viewerOf } from '../postings/postings.queries';
import { isoDay } from '../postings/postings.rules';
import { isCoveredPerson } from '../profile/profile.rules';
import { GEO_CELL_LAT_FACTOR, GEO_CELLS_PER_DEGREE, HOURS_PER_PAY_UNIT } from './job-search.rules';

/**
 * Who is searching decides which reserved postings they see (JOB-9): the public none while a
 * reservation is in effect; a job seeker those reserved for the office that registered them or its
 * local area; staff what the postings module shows them (their office and area, postings they own
 * or were designated for, everything for the central office).
 */
export type Audience =
  | { kind: 'public' }
  | {
      kind: 'seeker';
      seekerId: string;
      officeId: string | null;
      areaId: string | null;
      /** VET-1: a covered person, who sees postings under a veterans' priority hold (VET-3). */
      veteran: boolean;
    }
  | {
      kind: 'staff';
      staffId: string;
      officeId: string;
      areaId: string | null;
      centralOffice: boolean;
    };

export type SeekerAudience = Extract<Audience, { kind: 'seeker' }>;

export const PUBLIC: Audience = { kind: 'public' };

export async function seekerAudience(db: Db, seekerId: string): Promise<SeekerAudience> {
  const [row] = await db
    .select({
      officeId: seekers.createdInOfficeId,
      areaId: offices.localAreaId,
      servedInMilitary: seekerProfiles.servedInMilitary,
      veteranType: seekerProfiles.veteranType,
      dischargeType: seekerProfiles.dischargeType,
    })
    .from(seekers)
    .leftJoin(offices, sql`${offices.id} = ${seekers.createdInOfficeId}`)
    .leftJoin(seekerProfiles, sql`${seekerProfiles.seekerId} = ${seekers.id}`)
    .where(sql`${seekers.id} = ${seekerId}`);
  return {
    kind: 'seeker',
    seekerId,
    officeId: row?.officeId ?? null,
    areaId: row?.areaId ?? null,
    veteran: row ? isCoveredPerson(row) : false,
  };
}

export async function staffAudience(db: Db, actor: Actor): Promise<Audience> {
  const viewer = await viewerOf(db, actor);
  return {
    kind: 'staff',
    staffId: viewer.staffId,
    officeId: viewer.officeId,
    areaId: viewer.areaId,
    centralOffice: viewer.centralOffice,
  };
}

/**
 * On the job board: open, not taken off, deadline not passed (JOB-8; the lapse job may not have
 * run yet). The first two terms are the predicate of the partial search indexes (migration 0012).
 */
export function onBoardSql(now: Date): SQL {
  return sql`${jp.status} = 'open' and ${jp.removedFromBoardAt} is null and (${jp.applicationDeadline} is null or ${jp.applicationDeadline} >= ${isoDay(now)})`;
}

/** JOB-9, the SQL twin of `reservationInEffect` in postings.rules. */
export const reservationInEffectSql = sql`(${jp.reservedIndefinitely} or coalesce(${jp.reservedUntil} > now(), false))`;

/** VET-3: the posting is under a veterans' priority hold now. */
export const veteranHoldSql = sql`coalesce(${jp.veteranHoldUntil} > now(), false)`;

/**
 * What this audience may see of reserved postings (JOB-9) and of postings under a veterans'
 * priority hold (VET-3: only covered veterans and staff); undefined when nothing is hidden.
 */
export function visibleSql(audience: Audience): SQL | undefined {
  const notHeld = sql`not ${veteranHoldSql}`;
  if (audience.kind === 'public') return sql`not ${reservationInEffectSql} and ${notHeld}`;
  if (audience.kind === 'staff' && audience.centralOffice) return undefined;
  const allowed: SQL[] = [sql`not ${reservationInEffectSql}`];
  if (audience.officeId) allowed.push(sql`${jp.reservedForOfficeId} = ${audience.officeId}`);
  if (audience.areaId) allowed.push(sql`${jp.reservedForAreaId} = ${audience.areaId}`);
  if (audience.kind === 'staff') {
    allowed.push(sql`${jp.ownerStaffId} = ${audience.staffId}`);
    allowed.push(
      sql`exists (select 1 from ${postingDesignees} where ${postingDesignees.postingId} = ${jp.id} and ${postingDesignees.staffId} = ${audience.staffId})`,
    );
  }
  const reservation = sql`(${sql.join(allowed, sql` or `)})`;
  // VET-4: staff still see held postings; a non-veteran seeker does not.
  return audience.kind === 'seeker' && !audience.veteran
    ? sql`${reservation} and ${notHeld}`
    : reservation;
}

/** Whether a hit shows the "reserved" flag: never to the public, who cannot see one anyway. */
export function reservedFlagSql(audience: Audience): SQL {
  return audience.kind === 'public' ? sql`false` : reservationInEffectSql;
}

/** Pay as an hourly rate: the top of the range (or its only figure) over the unit's hours. */
export const hourlyPaySql = sql`(coalesce(${jp.payMax}, ${jp.payMin})::float8 / case ${jp.payUnit} ${sql.join(
  Object.entries(HOURS_PER_PAY_UNIT).map(
    ([unit, hours]) => sql`when ${sql.raw(`'${unit}'`)} then ${sql.raw(String(hours))}`,
  ),
  sql` `,
)} end)`;

/** Great-circle miles from a point to the posting's work site (as `distanceMiles` in geo). */
export function distanceSql(center: GeoPoint): SQL {
  const lat = sql`${center.lat}::float8`;
  const lon = sql`${center.lon}::float8`;
  return sql`(${2 * EARTH_RADIUS_MILES}::float8 * asin(least(1, sqrt(power(sin(radians(${jp.lat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${jp.lat})) * power(sin(radians(${jp.lon} - ${lon}) / 2), 2)))))`;
}

export const tsQuerySql = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/**
 * The posting's grid cell as a one-element array: exactly the second expression of
 * job_postings_board_geo_search_idx (migration 0014), constants inline (a bound parameter would
 * not match the index), as `geoCellOf` in job-search.rules computes it.
 */
export const geoCellSql = sql`array[(floor(${jp.lat} * ${sql.raw(String(GEO_CELLS_PER_DEGREE))})::int * ${sql.raw(String(GEO_CELL_LAT_FACTOR))} + floor(${jp.lon} * ${sql.raw(String(GEO_CELLS_PER_DEGREE))})::int)]`;

import type { PublicPosting } from '@onestop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { jobPostings as jp, savedJobs } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { LABOR_DISPUTE_STATEMENT } from '../postings/labor-dispute.rules';
import { formatPostingNumber } from '../postings/postings.rules';
import { postingColumns } from '../postings/postings.store';
import { jobPostingJsonLd } from './job-posting-json-ld';
import { onBoardSql, visibleSql, type Audience } from './job-search.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A posting that left the board, or that this person may not see (JOB-9), reads the same way. */
export const noLongerPosted = () =>
  new AppError(
    'NOT_FOUND',
    'This job is no longer posted. It may have been filled or closed. Search for similar jobs.',
  );

/**
 * A posting as the public and job seekers see it (no staff comments, owner or work-site company),
 * or null when it is not on the board or not visible to this audience.
 */
export async function readPublicPosting(
  db: Db,
  audience: Audience,
  id: string,
  now = new Date(),
): Promise<PublicPosting | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select(postingColumns)
    .from(jp)
    .where(and(eq(jp.id, id), onBoardSql(now), visibleSql(audience)));
  if (!row?.postedAt) return null;
  const saved =
    audience.kind === 'seeker'
      ? (
          await db
            .select({ one: sql`1` })
            .from(savedJobs)
            .where(and(eq(savedJobs.seekerId, audience.seekerId), eq(savedJobs.postingId, id)))
        ).length > 0
      : false;
  const employerName = row.employerTradeName ?? row.employerName;
  const occupation = row.onetCode
    ? { code: row.onetCode, title: row.onetTitle ?? row.onetCode }
    : null;
  const recordNumber = formatPostingNumber(row.recordNumber);
  return {
    id: row.id,
    recordNumber,
    title: row.title,
    description: row.description,
    employerName,
    city: row.city,
    state: row.state,
    zip: row.zip,
    payMin: row.payMin,
    payMax: row.payMax,
    payUnit: row.payUnit,
    hoursPerWeek: row.hoursPerWeek,
    employmentType: row.employmentType,
    shift: row.shift,
    workDays: row.workDays,
    experienceMonths: row.experienceMonths,
    educationLevel: row.educationLevel,
    licenseClass: row.licenseClass,
    endorsements: row.endorsements,
    keyboardingWpm: row.keyboardingWpm,
    publicTransportation: row.publicTransportation,
    occupation,
    howToApply: row.howToApply,
    contactEmail: row.contactEmail,
    contactUrl: row.contactUrl,
    postedAt: row.postedAt.toISOString(),
    applicationDeadline: row.applicationDeadline,
    openings: row.openings,
    // JOB-11: a position not at issue at an employer in a labor dispute carries the statement.
    laborDisputeStatement: row.laborDisputeNotAtIssue ? LABOR_DISPUTE_STATEMENT : null,
    jsonLd: jobPostingJsonLd({
      recordNumber,
      title: row.title,
      description: row.description,
      employerName,
      city: row.city,
      state: row.state,
      zip: row.zip,
      payMin: row.payMin,
      payMax: row.payMax,
      payUnit: row.payUnit,
      employmentType: row.employmentType,
      occupation,
      postedAt: row.postedAt,
      applicationDeadline: row.applicationDeadline,
    }),
    saved,
  };
}

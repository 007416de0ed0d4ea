import {
  matchListQuery,
  matchRating,
  postingCandidates,
  seekerMatches,
  veteranAlerts,
} from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { jobPostings, veteranPriorityAlerts } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import {
  onBoardSql,
  seekerAudience,
  staffAudience,
  visibleSql,
} from '../job-search/job-search.sql';
import { readPosting } from '../postings/postings.queries';
import { rankCandidates, rankPostingsFor, ratePair } from './matching.queries';

const tags = ['Matching'];
const params = z.object({ id: z.uuid() });
const postingParams = z.object({ postingId: z.uuid() });
const seekerView = { module: 'seekers', level: 'view' } as const;

async function postingSeekerMaySee(ctx: RequestContext, postingId: string): Promise<boolean> {
  const audience = await seekerAudience(ctx.db, ctx.requireSeeker().seekerId);
  const visible = visibleSql(audience);
  const [found] = await ctx.db
    .select({ id: jobPostings.id })
    .from(jobPostings)
    .where(
      sql`${jobPostings.id} = ${postingId} and ${onBoardSql(new Date())} ${visible ? sql`and ${visible}` : sql``}`,
    );
  return Boolean(found);
}

/** MATCH-1: star-rated matches with their explanations, for staff and for the seeker. */
export const matchingRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/postings/:id/candidates`,
    permission: seekerView,
    summary: "A posting's best candidates, with stars and why (MATCH-1)",
    tags,
    params,
    query: matchListQuery,
    response: postingCandidates,
    async handler(ctx, { params, query }) {
      if (!(await readPosting(ctx.db, ctx.requireActor(), params.id)))
        throw notFound('job posting');
      const found = await rankCandidates(ctx.db, params.id, query);
      if (!found) throw notFound('job posting');
      return found;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/matches`,
    permission: seekerView,
    summary: "A job seeker's best postings, with stars and why (MATCH-1)",
    tags,
    params,
    query: matchListQuery,
    response: seekerMatches,
    async handler(ctx, { params, query }) {
      const audience = await staffAudience(ctx.db, ctx.requireActor());
      const found = await rankPostingsFor(ctx.db, params.id, audience, query);
      if (!found) throw notFound('job seeker');
      return found;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/matches`,
    permission: 'seeker',
    summary: 'My matches: the postings that fit me best, with stars and why (MATCH-1)',
    tags,
    query: matchListQuery,
    response: seekerMatches,
    async handler(ctx, { query }) {
      const seekerId = ctx.requireSeeker().seekerId;
      const audience = await seekerAudience(ctx.db, seekerId);
      const found = await rankPostingsFor(ctx.db, seekerId, audience, query);
      if (!found) throw notFound('job seeker');
      return found;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/matches/:postingId`,
    permission: 'seeker',
    summary: 'How well one posting fits me, with stars and why (MATCH-1)',
    tags,
    params: postingParams,
    response: matchRating,
    async handler(ctx, { params }) {
      if (!(await postingSeekerMaySee(ctx, params.postingId))) throw notFound('job posting');
      const rating = await ratePair(ctx.db, ctx.requireSeeker().seekerId, params.postingId);
      if (!rating) throw notFound('job posting');
      return rating;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/veteran-alerts`,
    permission: 'seeker',
    summary:
      'My veteran-priority job alerts, newest first, for postings still on the board (VET-2)',
    tags,
    response: veteranAlerts,
    async handler(ctx) {
      const seekerId = ctx.requireSeeker().seekerId;
      const rows = await ctx.db
        .select({
          postingId: veteranPriorityAlerts.postingId,
          title: jobPostings.title,
          employerName: sql<string>`coalesce(${jobPostings.employerTradeName}, ${jobPostings.employerName})`,
          city: jobPostings.city,
          stars: veteranPriorityAlerts.stars,
          createdAt: veteranPriorityAlerts.createdAt,
          holdUntil: jobPostings.veteranHoldUntil,
        })
        .from(veteranPriorityAlerts)
        .innerJoin(jobPostings, sql`${jobPostings.id} = ${veteranPriorityAlerts.postingId}`)
        .where(sql`${veteranPriorityAlerts.seekerId} = ${seekerId} and ${onBoardSql(new Date())}`)
        .orderBy(sql`${veteranPriorityAlerts.createdAt} desc`)
        .limit(50);
      return {
        items: rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          holdUntil: r.holdUntil ? r.holdUntil.toISOString() : null,
        })),
      };
    },
  }),
];

import {
  deniedReferral,
  denyReferralRequest,
  howToApply,
  howToApplyEmailed,
  id,
  referralList,
  referralQueue,
  referralRequest,
  referralResultRequest,
  referralSummary,
} from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { seekers } from '../../db/schema';
import type { RoutePermission } from '../../platform/authz/permissions';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { readPosting } from '../postings/postings.queries';
import { approveReferral } from './approve-referral';
import { denyReferral } from './deny-referral';
import { emailHowToApply, showHowToApply } from './how-to-apply';
import { markUiReviewed } from './mark-ui-reviewed';
import { recordReferralResult } from './record-referral-result';
import { referSeeker } from './refer-seeker';
import {
  postingReferrals,
  referralQueue as queueOf,
  seekerReferrals,
  uiReviewList,
} from './referrals.queries';
import { requestReferral } from './request-referral';

const tags = ['Referrals'];
const params = z.object({ id });

const view: RoutePermission = { module: 'referrals', level: 'view' };
const decide: RoutePermission = { module: 'referrals', level: 'change' };
const refer: RoutePermission = { module: 'referrals', level: 'add' };

/** Job seeker records are statewide (no office scope); only an unknown one is a 404. */
async function assertSeeker(ctx: RequestContext, seekerId: string): Promise<void> {
  const [found] = await ctx.db
    .select({ id: seekers.id })
    .from(seekers)
    .where(eq(seekers.id, seekerId));
  if (!found) throw notFound('job seeker');
}

export const referralRoutes = [
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/seekers/:id/referrals`,
    permission: refer,
    summary: 'Refer a job seeker to an open posting (REF-1, REF-5, SEEK-12)',
    tags,
    params,
    body: referralRequest,
    response: referralSummary,
    status: 201,
    handler: (ctx, { params, body }) => referSeeker(ctx, params.id, body.postingId),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/referrals`,
    permission: view,
    summary: 'A job seeker’s referrals, newest first, with their results',
    tags,
    params,
    response: referralList,
    async handler(ctx, { params }) {
      await assertSeeker(ctx, params.id);
      return seekerReferrals(ctx.db, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/postings/:id/referrals`,
    permission: view,
    summary: 'A posting’s referrals, newest first, with their results (REF-6)',
    tags,
    params,
    response: referralList,
    async handler(ctx, { params }) {
      if (!(await readPosting(ctx.db, ctx.requireActor(), params.id)))
        throw notFound('job posting');
      return postingReferrals(ctx.db, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/referrals/queue`,
    permission: view,
    summary: 'Referral requests waiting for approval, oldest first, with age and stars (REF-4)',
    tags,
    response: referralQueue,
    handler: (ctx) => queueOf(ctx.db, ctx.requireActor(), new Date()),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/referrals/:id/approve`,
    permission: decide,
    summary: 'Approve a referral request; the seeker is emailed how to apply (REF-4)',
    tags,
    params,
    response: referralSummary,
    handler: (ctx, { params }) => approveReferral(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/referrals/:id/deny`,
    permission: decide,
    summary: 'Deny a referral request with a specific reason emailed to the seeker (REF-4)',
    tags,
    params,
    body: denyReferralRequest,
    response: deniedReferral,
    handler: (ctx, { params, body }) => denyReferral(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/referrals/:id/result`,
    permission: decide,
    summary: 'Post what came of a referral (REF-6)',
    tags,
    params,
    body: referralResultRequest,
    response: referralSummary,
    handler: (ctx, { params, body }) => recordReferralResult(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/referrals/ui-review`,
    permission: view,
    summary:
      '"Failed to report" and "refused job" results for unemployment-insurance review (REF-6)',
    tags,
    response: referralList,
    handler: (ctx) => uiReviewList(ctx.db, ctx.requireActor()),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/referrals/:id/ui-reviewed`,
    permission: decide,
    summary: 'Mark a flagged result as reviewed by unemployment-insurance staff (REF-6)',
    tags,
    params,
    response: referralSummary,
    handler: (ctx, { params }) => markUiReviewed(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/referrals`,
    permission: 'seeker',
    summary: 'My referrals: requests, referrals and what came of them',
    tags,
    response: referralList,
    handler: (ctx) => seekerReferrals(ctx.db, ctx.requireSeeker().seekerId),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/portal/referrals`,
    permission: 'seeker',
    summary: 'Ask to be referred to a 4- or 5-star match, within the daily cap (REF-3)',
    tags,
    body: referralRequest,
    response: referralSummary,
    status: 201,
    handler: (ctx, { body }) => requestReferral(ctx, body.postingId),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/postings/:id/how-to-apply`,
    permission: 'seeker',
    summary: 'Show me how to apply; records an external referral for a feed posting (REF-2)',
    tags,
    params,
    response: howToApply,
    handler: (ctx, { params }) => showHowToApply(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/portal/postings/:id/how-to-apply/email`,
    permission: 'seeker',
    summary: 'Email me how to apply (REF-2)',
    tags,
    params,
    response: howToApplyEmailed,
    handler: (ctx, { params }) => emailHowToApply(ctx, params.id),
  }),
];

import {
  jobSearchQuery,
  jobSearchResult,
  publicPosting,
  savedJob,
  savedSearch,
  saveSearchRequest,
  updateSavedSearchRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import { API_PREFIX, defineRoute, emptyResponse } from '../../platform/http/define-route';
import { changeSavedSearch } from './change-saved-search';
import { deleteSavedSearch } from './delete-saved-search';
import { searchJobs } from './job-search.queries';
import { seekerAudience } from './job-search.sql';
import { noLongerPosted, readPublicPosting } from './public-posting.queries';
import { recordPostingView } from './record-posting-view';
import { saveJob } from './save-job';
import { saveSearch } from './save-search';
import { listSavedJobs, listSavedSearches } from './seeker-jobs.queries';
import { unsaveJob } from './unsave-job';

const url = `${API_PREFIX}/portal`;
const tags = ['Job seeker portal'];
const params = z.object({ id: z.uuid() });
const postingParams = z.object({ postingId: z.uuid() });

const audienceOf = (ctx: RequestContext) => seekerAudience(ctx.db, ctx.requireSeeker().seekerId);

/** SEEK-11: the job seeker's own job search, saved jobs, saved searches and recently viewed. */
export const portalJobRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/jobs`,
    permission: 'seeker',
    summary: 'Search the job board, with postings reserved for my job center (SEEK-11, JOB-9)',
    tags,
    query: jobSearchQuery,
    response: jobSearchResult,
    handler: async (ctx, { query }) => searchJobs(ctx.db, await audienceOf(ctx), query),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/jobs/:id`,
    permission: 'seeker',
    summary: 'One posting; it goes to the top of my recently viewed jobs',
    tags,
    params,
    response: publicPosting,
    async handler(ctx, { params }) {
      const posting = await readPublicPosting(ctx.db, await audienceOf(ctx), params.id);
      if (!posting) throw noLongerPosted();
      await recordPostingView(ctx, posting.id);
      return posting;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/saved-jobs`,
    permission: 'seeker',
    summary: 'My saved jobs, newest saved first',
    tags,
    response: z.object({ items: z.array(savedJob) }),
    handler: async (ctx) => ({ items: await listSavedJobs(ctx.db, await audienceOf(ctx)) }),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/saved-jobs/:postingId`,
    permission: 'seeker',
    summary: 'Save a job on the board',
    tags,
    params: postingParams,
    response: emptyResponse,
    handler: (ctx, { params }) => saveJob(ctx, params.postingId),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/saved-jobs/:postingId`,
    permission: 'seeker',
    summary: 'Remove a saved job',
    tags,
    params: postingParams,
    response: emptyResponse,
    handler: (ctx, { params }) => unsaveJob(ctx, params.postingId),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/saved-searches`,
    permission: 'seeker',
    summary: 'My saved searches',
    tags,
    response: z.object({ items: z.array(savedSearch) }),
    handler: async (ctx) => ({
      items: await listSavedSearches(ctx.db, ctx.requireSeeker().seekerId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/saved-searches`,
    permission: 'seeker',
    summary: 'Save a search, with a daily email of new matches (at most 25 searches)',
    tags,
    body: saveSearchRequest,
    response: savedSearch,
    status: 201,
    handler: (ctx, { body }) => saveSearch(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/saved-searches/:id`,
    permission: 'seeker',
    summary: 'Rename a saved search, change it, or turn its alerts on or off',
    tags,
    params,
    body: updateSavedSearchRequest,
    response: savedSearch,
    handler: (ctx, { params, body }) => changeSavedSearch(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/saved-searches/:id`,
    permission: 'seeker',
    summary: 'Delete a saved search',
    tags,
    params,
    response: emptyResponse,
    handler: (ctx, { params }) => deleteSavedSearch(ctx, params.id),
  }),
];

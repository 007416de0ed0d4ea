import {
  jobSearchQuery,
  jobSearchResult,
  outboxList,
  outboxMessageDetail,
  outboxQuery,
  publicPosting,
} from '@onestop/contracts';
import { z } from 'zod';
import { AppError, notFound } from '../../platform/errors';
import { HtmlReply } from '../../platform/http/app';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { searchJobs } from './job-search.queries';
import { PUBLIC, staffAudience } from './job-search.sql';
import { listOutbox, readOutboxMessage } from './outbox.queries';
import { publicJobPage } from './public-page';
import { noLongerPosted, readPublicPosting } from './public-posting.queries';

const tags = ['Job search'];
const params = z.object({ id: z.uuid() });

/** SEEK-11: the public job board, staff's search of it, and the administrators' mail outbox. */
export const jobSearchRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/jobs`,
    permission: 'public',
    summary: 'Search the job board: postings open to everyone (SEEK-11, JOB-9)',
    tags,
    query: jobSearchQuery,
    response: jobSearchResult,
    handler: (ctx, { query }) => searchJobs(ctx.db, PUBLIC, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/jobs/:id`,
    permission: 'public',
    summary: 'One posting on the job board, with its schema.org JobPosting',
    tags,
    params,
    response: publicPosting,
    async handler(ctx, { params }) {
      const posting = await readPublicPosting(ctx.db, PUBLIC, params.id);
      if (!posting) throw noLongerPosted();
      return posting;
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/job-search`,
    permission: { module: 'postings', level: 'view' },
    summary: 'Search the job board as staff: reserved postings your office may see are flagged',
    tags,
    query: jobSearchQuery,
    response: jobSearchResult,
    handler: async (ctx, { query }) =>
      searchJobs(ctx.db, await staffAudience(ctx.db, ctx.requireActor()), query),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/admin/outbox`,
    permission: { module: 'admin.staff', level: 'view' },
    summary: 'Mail the system queued or sent, newest first',
    tags: ['Administration'],
    query: outboxQuery,
    response: outboxList,
    handler: (ctx, { query }) => listOutbox(ctx.db, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/admin/outbox/:id`,
    permission: { module: 'admin.staff', level: 'view' },
    summary: 'One message of the outbox, with its text',
    tags: ['Administration'],
    params,
    response: outboxMessageDetail,
    async handler(ctx, { params }) {
      const message = await readOutboxMessage(ctx.db, params.id);
      if (!message) throw notFound('message');
      return message;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/jobs/:id',
    permission: 'public',
    summary: 'The public job page (HTML), with the posting’s JSON-LD for search engines',
    tags,
    params: z.object({ id: z.string().max(100) }),
    response: z.string(),
    async handler(ctx, { params }) {
      const html = await publicJobPage(ctx, params.id);
      if (html === null) throw new AppError('NOT_FOUND', 'There is no page here.');
      // A page, not JSON: app.ts sends an HtmlReply as text/html.
      return new HtmlReply(html) as unknown as string;
    },
  }),
];

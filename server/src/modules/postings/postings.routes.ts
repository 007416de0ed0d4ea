import {
  createPostingRequest,
  duplicatePostingRequest,
  id,
  importPostingsRequest,
  importPostingsResult,
  pageQuery,
  postingApprovalQueue,
  postingContactRequest,
  postingDetail,
  postingList,
  postingListQuery,
  postingNoteRequest,
  postingOpeningsRequest,
  postingOwnerRequest,
  postingRepostRequest,
  postingReservationRequest,
  postingStatusRequest,
  updatePostingRequest,
  type PostingStatusAction,
} from '@onestop/contracts';
import { z } from 'zod';
import type { RoutePermission } from '../../platform/authz/permissions';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { addPostingNote } from './add-posting-note';
import { changeContactMethod } from './change-contact-method';
import { changeOpenings } from './change-openings';
import { changeOwner } from './change-owner';
import { changePostingStatus } from './change-status';
import { createStaffOrder } from './create-posting';
import { duplicatePosting } from './duplicate-posting';
import { importPostings } from './import-postings';
import {
  listPostings,
  postingApprovalQueue as approvalQueue,
  readPosting,
} from './postings.queries';
import { releaseReservation } from './release-reservation';
import { repostPosting } from './repost-posting';
import { reservePosting } from './reserve-posting';
import { updatePosting } from './update-posting';

const url = `${API_PREFIX}/postings`;
const tags = ['Job postings'];
const params = z.object({ id });

const view: RoutePermission = { module: 'postings', level: 'view' };
const change: RoutePermission = { module: 'postings', level: 'change' };
/** SEC-7: entering a posting, or putting one on the board, needs the job-posting training grant. */
const enter: RoutePermission = { module: 'postings', level: 'add', grant: 'job_posting_entry' };
const review: RoutePermission = { module: 'postings', level: 'change', grant: 'job_posting_entry' };

const STATUS_ROUTES: {
  action: PostingStatusAction;
  permission: RoutePermission;
  summary: string;
}[] = [
  {
    action: 'submit',
    permission: review,
    summary: 'Open a draft staff order (JOB-3, JOB-8, JOB-11, JOB-13)',
  },
  {
    action: 'approve',
    permission: review,
    summary: 'Approve an employer’s posting; the approver owns it (JOB-2)',
  },
  { action: 'refuse', permission: review, summary: 'Refuse an order, saying why (JOB-11, JOB-13)' },
  {
    action: 'hold',
    permission: change,
    summary: 'Put an open posting on hold, saying why (JOB-2)',
  },
  { action: 'reopen', permission: change, summary: 'Reopen a posting from hold (JOB-2)' },
  {
    action: 'close',
    permission: change,
    summary: 'Close a posting; asks the employer for referral results (JOB-7, JOB-15)',
  },
  {
    action: 'fill',
    permission: change,
    summary: 'Mark a posting filled; asks for referral results (JOB-7, JOB-15)',
  },
];

export const postingRoutes = [
  defineRoute({
    method: 'GET',
    url,
    permission: view,
    summary: 'Postings of an employer, of one status, or the signed-in staff member’s own',
    tags,
    query: postingListQuery,
    response: postingList,
    handler: (ctx, { query }) => listPostings(ctx.db, ctx.requireActor(), query),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/approval-queue`,
    permission: review,
    summary: 'Employer-entered postings waiting for approval, with what to check (JOB-1)',
    tags,
    query: pageQuery,
    response: postingApprovalQueue,
    handler: (ctx, { query }) => approvalQueue(ctx.db, ctx.requireActor(), query),
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: enter,
    summary: 'Take a job order for any employer, out-of-area ones too (JOB-1)',
    tags,
    body: createPostingRequest,
    response: postingDetail,
    status: 201,
    handler: (ctx, { body }) => createStaffOrder(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/import`,
    permission: enter,
    summary: 'Import a batch from an external job feed, keyed by feed and id (JOB-1)',
    tags,
    body: importPostingsRequest,
    response: importPostingsResult,
    handler: (ctx, { body }) => importPostings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:id`,
    permission: view,
    summary: 'One posting with its notes; a reserved one only for its office (JOB-9)',
    tags,
    params,
    response: postingDetail,
    async handler(ctx, { params }) {
      const found = await readPosting(ctx.db, ctx.requireActor(), params.id);
      if (!found) throw notFound('job posting');
      return found;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/:id`,
    permission: change,
    summary: 'Change what the posting says (JOB-2, JOB-4, JOB-10, JOB-12, JOB-13)',
    tags,
    params,
    body: updatePostingRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => updatePosting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/:id/openings`,
    permission: change,
    summary: 'Raise the number of openings; never lowered (JOB-6)',
    tags,
    params,
    body: postingOpeningsRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => changeOpenings(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/:id/contact-method`,
    permission: change,
    summary: 'Change how applicants reach the employer (JOB-2)',
    tags,
    params,
    body: postingContactRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => changeContactMethod(ctx, params.id, body),
  }),
  ...STATUS_ROUTES.map(({ action, permission, summary }) =>
    defineRoute({
      method: 'POST',
      url: `${url}/:id/${action}`,
      permission,
      summary,
      tags,
      params,
      body: postingStatusRequest,
      response: postingDetail,
      handler: (ctx, { params, body }) => changePostingStatus(ctx, params.id, action, body),
    }),
  ),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/duplicate`,
    permission: enter,
    summary: 'Copy a posting into a new draft, as for a closed or filled job offered again (JOB-7)',
    tags,
    params,
    body: duplicatePostingRequest,
    response: postingDetail,
    status: 201,
    handler: (ctx, { params, body }) => duplicatePosting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/:id/owner`,
    permission: change,
    summary: 'Assign the job owner and designated staff (JOB-2)',
    tags,
    params,
    body: postingOwnerRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => changeOwner(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/:id/reservation`,
    permission: change,
    summary:
      'Reserve for the office’s job seekers for 3, 5 or 7 days, or indefinitely if subsidized (JOB-9)',
    tags,
    params,
    body: postingReservationRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => reservePosting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/:id/reservation`,
    permission: change,
    summary: 'Release a reservation: everyone sees the posting (JOB-9)',
    tags,
    params,
    response: postingDetail,
    handler: (ctx, { params }) => releaseReservation(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/repost`,
    permission: change,
    summary: 'Put a lapsed posting back on the board with a new deadline (JOB-8)',
    tags,
    params,
    body: postingRepostRequest,
    response: postingDetail,
    handler: (ctx, { params, body }) => repostPosting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/notes`,
    permission: change,
    summary: 'Leave a note on the posting for its owner (JOB-2)',
    tags,
    params,
    body: postingNoteRequest,
    response: postingDetail,
    status: 201,
    handler: (ctx, { params, body }) => addPostingNote(ctx, params.id, body),
  }),
];

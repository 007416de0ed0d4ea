import {
  approveEmployerRequest,
  createEmployerRequest,
  employerApprovalQueue,
  employerDetail,
  employerDuplicateCheckRequest,
  employerDuplicateCheckResult,
  employerDuplicatePlan,
  employerDuplicatePlanRequest,
  employerSearchQuery,
  employerSearchResult,
  employerStatusRequest,
  employerSummary,
  id,
  pageQuery,
  rejectEmployerRequest,
  resolveEmployerDuplicatesRequest,
  resolveEmployerDuplicatesResult,
  updateEmployerRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { listApprovalQueue } from './approval-queue';
import { approveEmployer } from './approve-employer';
import { changeEmployerStatus } from './change-employer-status';
import { createEmployer } from './create-employer';
import { employerDetailRoutes } from './employer-details.routes';
import { planDuplicates, readEmployer } from './employer-reads';
import { findEmployerDuplicates, searchEmployers } from './employer-search';
import { rejectEmployer } from './reject-employer';
import { resolveDuplicates } from './resolve-duplicates';
import { updateEmployer } from './update-employer';

const url = `${API_PREFIX}/employers`;
const tags = ['Employers'];
const params = z.object({ id });
/** EMP-5: the approval queue is worked only by staff with the central-office grant (SEC-7). */
const centralOffice = { module: 'employers', level: 'change', grant: 'central_office' } as const;

const recordRoutes = [
  defineRoute({
    method: 'POST',
    url: `${url}/search`,
    permission: { module: 'employers', level: 'view' },
    summary: 'Find employers by name (fuzzy), contact name, FEIN or contact email (EMP-2)',
    tags,
    body: employerSearchQuery,
    response: employerSearchResult,
    handler: (ctx, { body }) => searchEmployers(ctx.db, ctx.requireActor(), body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/duplicate-check`,
    permission: { module: 'employers', level: 'view' },
    summary:
      'Before creating: the record that holds the FEIN, and similar names with the same ZIP or phone',
    tags,
    body: employerDuplicateCheckRequest,
    response: employerDuplicateCheckResult,
    handler: (ctx, { body }) => findEmployerDuplicates(ctx.db, ctx.requireActor(), body),
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: { module: 'employers', level: 'add' },
    summary: 'Register an employer; one active record per FEIN (EMP-1, EMP-2)',
    tags,
    body: createEmployerRequest,
    response: employerDetail,
    status: 201,
    handler: (ctx, { body }) => createEmployer(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:id`,
    permission: { module: 'employers', level: 'view' },
    summary: 'One employer record with counts, owners, and recent activities and notes (EMP-6)',
    tags,
    params,
    response: employerDetail,
    handler: (ctx, { params }) => readEmployer(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/:id`,
    permission: { module: 'employers', level: 'change' },
    summary: 'Change an employer record; only the fields sent change',
    tags,
    params,
    body: updateEmployerRequest,
    response: employerDetail,
    handler: (ctx, { params, body }) => updateEmployer(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/:id/status`,
    permission: { module: 'employers', level: 'change' },
    summary: 'Make an employer record active or inactive, with a reason',
    tags,
    params,
    body: employerStatusRequest,
    response: employerDetail,
    handler: (ctx, { params, body }) => changeEmployerStatus(ctx, params.id, body),
  }),
];

const approvalRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/approval-queue`,
    permission: centralOffice,
    summary: 'Self-registered employers waiting for approval, oldest first (EMP-5)',
    tags,
    query: pageQuery,
    response: employerApprovalQueue,
    handler: (ctx, { query }) => listApprovalQueue(ctx.db, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/approve`,
    permission: centralOffice,
    summary: 'Approve a self-registered employer and name the office that serves it (EMP-5)',
    tags,
    params,
    body: approveEmployerRequest,
    response: employerSummary,
    handler: (ctx, { params, body }) => approveEmployer(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/reject`,
    permission: centralOffice,
    summary: 'Reject a self-registered employer, with the reason (EMP-5)',
    tags,
    params,
    body: rejectEmployerRequest,
    response: employerSummary,
    handler: (ctx, { params, body }) => rejectEmployer(ctx, params.id, body),
  }),
];

const duplicateRoutes = [
  defineRoute({
    method: 'POST',
    url: `${url}/duplicates/plan`,
    permission: { module: 'employers', level: 'view' },
    summary:
      'Which duplicate record to keep, which to inactivate and why, contacts to copy (EMP-3)',
    tags,
    body: employerDuplicatePlanRequest,
    response: employerDuplicatePlan,
    handler: (ctx, { body }) => planDuplicates(ctx, body.ids),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/duplicates/resolve`,
    permission: { module: 'employers', level: 'change' },
    summary: 'Carry out the confirmed duplicate plan: inactivate, copy contacts, note why (EMP-3)',
    tags,
    body: resolveEmployerDuplicatesRequest,
    response: resolveEmployerDuplicatesResult,
    handler: (ctx, { body }) => resolveDuplicates(ctx, body),
  }),
];

export const employerRoutes = [
  ...recordRoutes,
  ...approvalRoutes,
  ...duplicateRoutes,
  ...employerDetailRoutes,
];

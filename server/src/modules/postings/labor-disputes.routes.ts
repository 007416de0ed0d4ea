import {
  endLaborDisputeRequest,
  id,
  laborDisputeList,
  laborDisputeRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import type { RoutePermission } from '../../platform/authz/permissions';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { endLaborDispute } from './end-labor-dispute';
import { listLaborDisputes } from './labor-disputes.queries';
import { recordLaborDispute } from './record-labor-dispute';
import { verifyLaborDispute } from './verify-labor-dispute';

const url = `${API_PREFIX}/employers/:id/labor-disputes`;
const tags = ['Job postings'];
const params = z.object({ id });
const disputeParams = z.object({ id, disputeId: id });
/** JOB-11: local offices report a dispute to the central office, which records and verifies it. */
const centralOffice: RoutePermission = {
  module: 'postings',
  level: 'change',
  grant: 'central_office',
};

export const laborDisputeRoutes = [
  defineRoute({
    method: 'GET',
    url,
    permission: { module: 'postings', level: 'view' },
    summary: 'An employer’s labor disputes, current and past (JOB-11, 20 CFR 652.9)',
    tags,
    params,
    response: laborDisputeList,
    handler: async (ctx, { params }) => ({ items: await listLaborDisputes(ctx.db, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: centralOffice,
    summary:
      'Record a labor dispute: holds postings at issue, adds the statement to others (JOB-11)',
    tags,
    params,
    body: laborDisputeRequest,
    response: laborDisputeList,
    status: 201,
    handler: async (ctx, { params, body }) => ({
      items: await recordLaborDispute(ctx, params.id, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:disputeId/verify`,
    permission: centralOffice,
    summary: 'Verify that a reported labor dispute exists (JOB-11, 652.9(c))',
    tags,
    params: disputeParams,
    response: laborDisputeList,
    handler: async (ctx, { params }) => ({
      items: await verifyLaborDispute(ctx, params.id, params.disputeId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:disputeId/end`,
    permission: centralOffice,
    summary: 'End a labor dispute verified over; full service resumes (JOB-11, 652.9(d))',
    tags,
    params: disputeParams,
    body: endLaborDisputeRequest,
    response: laborDisputeList,
    handler: async (ctx, { params, body }) => ({
      items: await endLaborDispute(ctx, params.id, params.disputeId, body),
    }),
  }),
];

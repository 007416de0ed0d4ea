import { auditList, auditQuery } from '@onestop/contracts';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { listAuditEvents } from './audit.queries';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/audit-events`,
    permission: { module: 'audit', level: 'view' },
    summary: 'Review who changed what, when and in which office (SEC-9)',
    tags: ['Audit'],
    query: auditQuery,
    response: auditList,
    handler: (ctx, { query }) => listAuditEvents(ctx.db, ctx.requireActor(), query),
  }),
];

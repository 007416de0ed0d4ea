import { id, role, roleList, upsertRoleRequest } from '@onestop/contracts';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute, emptyResponse } from '../../platform/http/define-route';
import { findRole, listRoles } from './roles.queries';
import { createRole, deleteRole, updateRole } from './save-role';

const url = `${API_PREFIX}/admin/roles`;
const tags = ['Roles and permissions'];
const params = z.object({ id });

export const roleRoutes = [
  defineRoute({
    method: 'GET',
    url,
    permission: { module: 'admin.roles', level: 'view' },
    summary: 'Roles with their module levels and withheld tabs',
    tags,
    response: roleList,
    handler: async (ctx) => ({ items: await listRoles(ctx.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:id`,
    permission: { module: 'admin.roles', level: 'view' },
    summary: 'One role',
    tags,
    params,
    response: role,
    async handler(ctx, { params }) {
      const found = await findRole(ctx.db, params.id);
      if (!found) throw notFound('role');
      return found;
    },
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: { module: 'admin.roles', level: 'add' },
    summary: 'Create a role',
    tags,
    body: upsertRoleRequest,
    response: role,
    status: 201,
    handler: (ctx, { body }) => createRole(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/:id`,
    permission: { module: 'admin.roles', level: 'change' },
    summary: 'Change a role’s name, scope, module levels and withheld tabs',
    tags,
    params,
    body: upsertRoleRequest,
    response: role,
    handler: (ctx, { params, body }) => updateRole(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/:id`,
    permission: { module: 'admin.roles', level: 'delete' },
    summary: 'Delete an unused role',
    tags,
    params,
    response: emptyResponse,
    async handler(ctx, { params }) {
      await deleteRole(ctx, params.id);
      return { ok: true as const };
    },
  }),
];

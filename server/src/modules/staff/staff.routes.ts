import {
  colleagueList,
  colleagueQuery,
  createStaffRequest,
  deactivateStaffRequest,
  id,
  resetPasswordRequest,
  roleOptionList,
  staffDetail,
  staffList,
  staffListQuery,
  updateStaffRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import {
  deactivateStaff,
  reactivateStaff,
  resetStaffPassword,
  unlockStaff,
} from './change-account-status';
import { listRoles } from '../roles/roles.queries';
import { createStaff } from './create-staff';
import { roleExceeds } from './staff.policy';
import { findColleagues, findStaffDetail, listStaff } from './staff.queries';
import { updateStaff } from './update-staff';

const url = `${API_PREFIX}/admin/staff`;
const tags = ['Staff administration'];
const params = z.object({ id });

export const staffRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/colleagues`,
    // Any staff member names colleagues as account owners or designees (EMP-7, JOB-2); only
    // active staff in the actor's reach, and only their name, email and role.
    permission: 'authenticated',
    summary: 'Find a colleague by name or email (to make them an owner)',
    tags,
    query: colleagueQuery,
    response: colleagueList,
    handler: (ctx, { query }) => findColleagues(ctx.db, ctx.requireActor(), query.q),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/role-options`,
    permission: { module: 'admin.staff', level: 'view' },
    summary: 'Roles to pick from when creating or editing staff, marked assignable or not',
    tags,
    response: roleOptionList,
    async handler(ctx) {
      const actor = ctx.requireActor();
      const roles = await listRoles(ctx.db);
      return {
        items: roles.map((r) => ({
          id: r.id,
          key: r.key,
          name: r.name,
          assignable: !roleExceeds(actor, r),
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url,
    permission: { module: 'admin.staff', level: 'view' },
    summary: 'Search staff accounts within your scope',
    tags,
    query: staffListQuery,
    response: staffList,
    handler: (ctx, { query }) => listStaff(ctx.db, ctx.requireActor(), query),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:id`,
    permission: { module: 'admin.staff', level: 'view' },
    summary: 'One staff account',
    tags,
    params,
    response: staffDetail,
    async handler(ctx, { params }) {
      const detail = await findStaffDetail(ctx.db, ctx.requireActor(), params.id);
      if (!detail) throw notFound('staff account');
      return detail;
    },
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: { module: 'admin.staff', level: 'add' },
    summary: 'Create a staff account on an approved access request (SEC-6)',
    tags,
    body: createStaffRequest,
    response: staffDetail,
    status: 201,
    handler: (ctx, { body }) => createStaff(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/:id`,
    permission: { module: 'admin.staff', level: 'change' },
    summary: 'Change name, role, offices or training grants',
    tags,
    params,
    body: updateStaffRequest,
    response: staffDetail,
    handler: (ctx, { params, body }) => updateStaff(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/deactivate`,
    permission: { module: 'admin.staff', level: 'delete' },
    summary: 'Deactivate an account at once, ending its sessions (SEC-6)',
    tags,
    params,
    body: deactivateStaffRequest,
    response: staffDetail,
    handler: (ctx, { params, body }) => deactivateStaff(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/reactivate`,
    permission: { module: 'admin.staff', level: 'change' },
    summary: 'Reactivate a deactivated account',
    tags,
    params,
    response: staffDetail,
    handler: (ctx, { params }) => reactivateStaff(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/unlock`,
    permission: { module: 'admin.staff', level: 'change' },
    summary: 'Unlock an account locked after failed sign-ins',
    tags,
    params,
    response: staffDetail,
    handler: (ctx, { params }) => unlockStaff(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/password`,
    permission: { module: 'admin.staff', level: 'change' },
    summary: 'Set a new password; the person is signed out everywhere',
    tags,
    params,
    body: resetPasswordRequest,
    response: staffDetail,
    handler: (ctx, { params, body }) => resetStaffPassword(ctx, params.id, body.newPassword),
  }),
];

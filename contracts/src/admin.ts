import { z } from 'zod';
import { accessLevel, grantKey, moduleKey, scope, tabKey } from './access';
import { id, isoDateTime, pageQuery, paged } from './common';
import { officeRef } from './session';

export const office = officeRef.extend({
  localAreaId: id.nullable(),
  localAreaName: z.string().nullable(),
  isCentralOffice: z.boolean(),
  active: z.boolean(),
});
export type Office = z.infer<typeof office>;

const password = z
  .string()
  .min(12, { error: 'Use at least 12 characters for the password.' })
  .max(200, { error: 'Use at most 200 characters for the password.' });

export const staffSummary = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  roleId: id,
  roleName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  offices: z.array(officeRef),
  lastLoginAt: isoDateTime.nullable(),
});
export type StaffSummary = z.infer<typeof staffSummary>;

export const staffDetail = staffSummary.extend({
  defaultOfficeId: id,
  grants: z.array(grantKey),
  accessRequestRef: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deactivatedAt: isoDateTime.nullable(),
});
export type StaffDetail = z.infer<typeof staffDetail>;

export const staffListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  officeId: id.optional(),
  roleId: id.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
});
export type StaffListQuery = z.infer<typeof staffListQuery>;
export const staffList = paged(staffSummary);
export type StaffList = z.infer<typeof staffList>;

/** EMP-7, JOB-2: any staff member finds an active colleague in reach, to make them an owner. */
export const colleagueQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, { error: 'Enter part of a name or email.' })
    .max(100, { error: 'Use at most 100 characters.' }),
});
export const colleague = staffSummary.pick({
  id: true,
  email: true,
  displayName: true,
  roleName: true,
});
export type Colleague = z.infer<typeof colleague>;
export const colleagueList = z.object({ items: z.array(colleague) });
export type ColleagueList = z.infer<typeof colleagueList>;

const staffFields = {
  displayName: z.string().trim().min(1, { error: 'Enter the person’s name.' }).max(120),
  roleId: id,
  officeIds: z.array(id).min(1, { error: 'Grant at least one office.' }),
  defaultOfficeId: id,
  grants: z.array(grantKey).default([]),
};

function defaultOfficeIsGranted(v: { officeIds?: string[]; defaultOfficeId?: string }) {
  return !v.officeIds || !v.defaultOfficeId || v.officeIds.includes(v.defaultOfficeId);
}
const defaultOfficeIssue = {
  error: 'The default office must be one of the granted offices.',
  path: ['defaultOfficeId'],
};

/** SEC-6: accounts are created by an administrator on an approved access request. */
export const createStaffRequest = z
  .object({
    email: z.email({ error: 'Enter a valid email address.' }).max(254),
    ...staffFields,
    accessRequestRef: z
      .string()
      .trim()
      .min(1, { error: 'Enter the reference of the approved access request.' })
      .max(60),
    initialPassword: password,
  })
  .refine(defaultOfficeIsGranted, defaultOfficeIssue);
export type CreateStaffRequest = z.input<typeof createStaffRequest>;

export const updateStaffRequest = z
  .object(staffFields)
  .partial()
  .refine(defaultOfficeIsGranted, defaultOfficeIssue);
export type UpdateStaffRequest = z.input<typeof updateStaffRequest>;

export const resetPasswordRequest = z.object({ newPassword: password });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequest>;

export const deactivateStaffRequest = z.object({
  reason: z.string().trim().min(1, { error: 'Say why the account is deactivated.' }).max(500),
});
export type DeactivateStaffRequest = z.infer<typeof deactivateStaffRequest>;

export const role = z.object({
  id,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  scope,
  isSystem: z.boolean(),
  permissions: z.record(moduleKey, accessLevel),
  withheldTabs: z.array(tabKey),
  staffCount: z.number().int(),
  updatedAt: isoDateTime,
});
export type Role = z.infer<typeof role>;

export const roleList = z.object({ items: z.array(role) });

export const upsertRoleRequest = z.object({
  name: z.string().trim().min(1, { error: 'Enter a name for the role.' }).max(80),
  description: z.string().trim().max(500).default(''),
  scope,
  permissions: z.partialRecord(moduleKey, accessLevel),
  withheldTabs: z.array(tabKey).default([]),
});
export type UpsertRoleRequest = z.input<typeof upsertRoleRequest>;

export const auditEvent = z.object({
  id: z.string(),
  occurredAt: isoDateTime,
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  officeId: id.nullable(),
  officeName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditQuery = pageQuery.extend({
  actorId: id.optional(),
  officeId: id.optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(60).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;
export const auditList = paged(auditEvent);
export type AuditList = z.infer<typeof auditList>;

/** A role as staff administrators pick it; `assignable` is false where it exceeds their own access. */
export const roleOption = z.object({
  id,
  key: z.string(),
  name: z.string(),
  assignable: z.boolean(),
});
export type RoleOption = z.infer<typeof roleOption>;
export const roleOptionList = z.object({ items: z.array(roleOption) });

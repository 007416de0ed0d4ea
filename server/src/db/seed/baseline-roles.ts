import type { AccessLevel, ModuleKey, Scope, TabKey } from '@onestop/contracts';

export interface RoleSeed {
  key: string;
  name: string;
  description: string;
  scope: Scope;
  permissions: Partial<Record<ModuleKey, AccessLevel>>;
  withheldTabs: TabKey[];
}

/**
 * The built-in roles every installation starts with. States change their levels in the roles
 * administration page; these are only the defaults.
 */
export const BASELINE_ROLES: RoleSeed[] = [
  {
    key: 'administrator',
    name: 'Administrator',
    description: 'Manages staff accounts, roles and permissions; reviews the audit trail.',
    scope: 'state',
    permissions: {
      seekers: 'delete',
      employers: 'delete',
      postings: 'delete',
      referrals: 'delete',
      services: 'delete',
      cases: 'delete',
      reports: 'view',
      'admin.staff': 'delete',
      'admin.roles': 'delete',
      audit: 'view',
    },
    withheldTabs: [],
  },
  {
    key: 'central_office',
    name: 'Central Office',
    description: 'State staff: approval queues, federal postings, statewide review.',
    scope: 'state',
    permissions: {
      seekers: 'change',
      employers: 'delete',
      postings: 'delete',
      referrals: 'delete',
      services: 'add',
      cases: 'add',
      reports: 'view',
      'admin.staff': 'view',
      audit: 'view',
    },
    withheldTabs: [],
  },
  {
    key: 'supervisor',
    name: 'Supervisor',
    description:
      'Leads a local area: approves backdated services and data changes, reviews staff work.',
    scope: 'area',
    permissions: {
      seekers: 'delete',
      employers: 'add',
      postings: 'add',
      referrals: 'add',
      services: 'delete',
      cases: 'delete',
      reports: 'view',
      'admin.staff': 'view',
      audit: 'view',
    },
    withheldTabs: [],
  },
  {
    key: 'case_manager',
    name: 'Case Manager',
    description: 'Serves job seekers: registration, services, case notes, referrals.',
    scope: 'office',
    permissions: {
      seekers: 'add',
      employers: 'view',
      postings: 'view',
      referrals: 'add',
      services: 'add',
      cases: 'add',
      reports: 'view',
    },
    withheldTabs: [],
  },
  {
    key: 'business_services',
    name: 'Business Services Representative',
    description: 'Serves employers: accounts, job orders, candidate referrals.',
    scope: 'office',
    permissions: {
      seekers: 'view',
      employers: 'add',
      postings: 'add',
      referrals: 'add',
      services: 'view',
      reports: 'view',
    },
    withheldTabs: ['seekers.case', 'seekers.services'],
  },
  {
    key: 'veterans_rep',
    name: 'Veterans’ Representative (DVOP/LVER)',
    description: 'Serves eligible veterans and works veterans’ priority of service.',
    scope: 'office',
    permissions: {
      seekers: 'add',
      employers: 'view',
      postings: 'view',
      referrals: 'add',
      services: 'add',
      cases: 'add',
      reports: 'view',
    },
    withheldTabs: [],
  },
  {
    key: 'new_staff',
    name: 'Front Desk (new staff)',
    description: 'New staff before training: add customers and record activities (SEC-7).',
    scope: 'office',
    permissions: { seekers: 'add', employers: 'view', postings: 'view', services: 'add' },
    withheldTabs: ['seekers.case'],
  },
];

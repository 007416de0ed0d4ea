import { describe, expect, it } from 'vitest';
import { keepsRoleAdministration, roleKeyFrom, storedPermissions } from './roles.rules';

describe('role rules', () => {
  it('derives a stable key from a role name', () => {
    expect(roleKeyFrom('Youth Counselor (WIOA)')).toBe('youth_counselor_wioa');
    expect(roleKeyFrom('   ')).toBe('role');
  });

  it('SEC-2: stores only levels above None, so an absent module is denied', () => {
    expect(storedPermissions({ seekers: 'view', employers: 'none', audit: 'view' })).toEqual([
      { module: 'seekers', level: 'view' },
      { module: 'audit', level: 'view' },
    ]);
  });

  it('SEC-2: role administration needs at least Change on admin.roles', () => {
    expect(keepsRoleAdministration({ 'admin.roles': 'change' })).toBe(true);
    expect(keepsRoleAdministration({ 'admin.roles': 'view' })).toBe(false);
    expect(keepsRoleAdministration({})).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { can, reachesAnyOffice, satisfies, tabAllowed } from './permissions';

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'staff',
    staffId: 's1',
    email: 'a@b.c',
    displayName: 'A',
    sessionId: 'x',
    csrfToken: 'y',
    role: { id: 'r', key: 'k', name: 'K', scope: 'office' },
    officeId: 'o1',
    grantedOfficeIds: ['o1', 'o2'],
    scopeOfficeIds: ['o1'],
    permissions: { seekers: 'add', 'admin.staff': 'view' },
    withheldTabs: [],
    grants: [],
    lastSeenAt: new Date(),
    ...overrides,
  };
}

describe('permissions', () => {
  it('SEC-2: each level includes the ones below it: None < View < Change < Add < Delete', () => {
    const a = actor();
    expect(['view', 'change', 'add'].map((l) => can(a, 'seekers', l as 'view'))).toEqual([
      true,
      true,
      true,
    ]);
    expect(can(a, 'seekers', 'delete')).toBe(false);
    expect(can(a, 'admin.staff', 'view')).toBe(true);
    expect(can(a, 'admin.staff', 'change')).toBe(false);
  });

  it('SEC-2: a module the role does not name is denied', () => {
    expect(can(actor(), 'employers', 'view')).toBe(false);
    expect(satisfies(actor(), { module: 'employers', level: 'view' })).toBe(false);
  });

  it('SEC-3: a withheld tab is unavailable even when the module is visible', () => {
    const a = actor({ withheldTabs: ['seekers.case'] });
    expect(tabAllowed(a, 'seekers.profile')).toBe(true);
    expect(tabAllowed(a, 'seekers.case')).toBe(false);
    expect(tabAllowed(a, 'employers.general')).toBe(false);
    expect(tabAllowed(a, 'staff.general')).toBe(true);
  });

  it('SEC-7: a route that needs a training grant is refused without it, whatever the level', () => {
    const need = { module: 'seekers', level: 'add', grant: 'program_enrollment' } as const;
    expect(satisfies(actor(), need)).toBe(false);
    expect(satisfies(actor({ grants: ['program_enrollment'] }), need)).toBe(true);
  });

  it('SEC-4: records reach only as far as the role’s scope from the current office', () => {
    expect(reachesAnyOffice(actor(), ['o1', 'o9'])).toBe(true);
    expect(reachesAnyOffice(actor(), ['o2'])).toBe(false);
    expect(reachesAnyOffice(actor({ scopeOfficeIds: 'all' }), ['o2'])).toBe(true);
  });
});

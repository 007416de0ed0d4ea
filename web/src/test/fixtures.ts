import {
  completePermissions,
  type AccessLevel,
  type ModuleKey,
  type Office,
  type SessionInfo,
  type StaffDetail,
} from '@onestop/contracts';

export const OFFICES = {
  central: { id: '00000000-0000-4000-8000-000000000001', code: 'CO', name: 'Central Office' },
  lexington: {
    id: '00000000-0000-4000-8000-000000000002',
    code: 'LEX',
    name: 'Lexington Career Center',
  },
  georgetown: {
    id: '00000000-0000-4000-8000-000000000003',
    code: 'GEO',
    name: 'Georgetown Career Center',
  },
  london: { id: '00000000-0000-4000-8000-000000000004', code: 'LON', name: 'London Career Center' },
};

export const ALL_OFFICES: Office[] = Object.values(OFFICES).map((office) => ({
  ...office,
  localAreaId: null,
  localAreaName: null,
  isCentralOffice: office.code === 'CO',
  active: true,
}));

/** A signed-in session as the server describes it; override what a test is about. */
export function fakeSession(
  overrides: Partial<Omit<SessionInfo, 'permissions'>> & {
    permissions?: Partial<Record<ModuleKey, AccessLevel>>;
  } = {},
): SessionInfo {
  const now = Date.now();
  const { permissions, ...rest } = overrides;
  const idleTimeoutSeconds = overrides.idleTimeoutSeconds ?? 1800;
  return {
    staff: {
      id: '10000000-0000-4000-8000-000000000001',
      email: 'avery@demo.test',
      displayName: 'Avery Administrator',
    },
    role: {
      id: '20000000-0000-4000-8000-000000000001',
      key: 'administrator',
      name: 'Administrator',
      scope: 'state',
    },
    office: OFFICES.lexington,
    offices: [OFFICES.lexington, OFFICES.georgetown],
    withheldTabs: [],
    grants: ['central_office'],
    csrfToken: 'csrf-token-1',
    idleTimeoutSeconds,
    warningSeconds: 120,
    expiresAt: new Date(now + idleTimeoutSeconds * 1000).toISOString(),
    serverTime: new Date(now).toISOString(),
    ...rest,
    permissions: completePermissions(
      permissions ?? { 'admin.staff': 'delete', 'admin.roles': 'delete', audit: 'view' },
    ),
  };
}

export function fakeStaffDetail(overrides: Partial<StaffDetail> = {}): StaffDetail {
  return {
    id: '30000000-0000-4000-8000-000000000001',
    email: 'casey@demo.test',
    displayName: 'Casey Morgan',
    roleId: '20000000-0000-4000-8000-000000000002',
    roleName: 'Case Manager',
    active: true,
    locked: false,
    offices: [OFFICES.lexington],
    lastLoginAt: null,
    defaultOfficeId: OFFICES.lexington.id,
    grants: ['program_enrollment'],
    accessRequestRef: 'AR-2024-001',
    createdAt: '2024-01-02T15:00:00.000Z',
    updatedAt: '2024-01-02T15:00:00.000Z',
    deactivatedAt: null,
    ...overrides,
  };
}

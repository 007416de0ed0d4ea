import type { AccessLevel, GrantKey, ModuleKey, Scope, TabKey } from '@onestop/contracts';

/** The signed-in staff member as every use case sees them: who, where, and what they may do. */
export interface Actor {
  kind: 'staff';
  staffId: string;
  email: string;
  displayName: string;
  sessionId: string;
  csrfToken: string;
  role: { id: string; key: string; name: string; scope: Scope };
  officeId: string;
  grantedOfficeIds: string[];
  /** Offices whose records the role reaches from the current office; 'all' for state scope. */
  scopeOfficeIds: string[] | 'all';
  permissions: Partial<Record<ModuleKey, AccessLevel>>;
  withheldTabs: TabKey[];
  grants: GrantKey[];
  lastSeenAt: Date;
}

/** A signed-in job seeker, acting on their own record only. */
export interface SeekerActor {
  kind: 'seeker';
  seekerId: string;
  email: string;
  firstName: string;
  lastName: string;
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
}

/** A signed-in employer user, acting for their own employer only (EMP-5, JOB-1). */
export interface EmployerActor {
  kind: 'employer';
  userId: string;
  employerId: string;
  employerName: string;
  employerStatus: 'pending_approval' | 'active' | 'inactive';
  email: string;
  firstName: string;
  lastName: string;
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
}

export type Principal = Actor | SeekerActor | EmployerActor;

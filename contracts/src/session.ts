import { z } from 'zod';
import { accessLevel, grantKey, moduleKey, scope, tabKey } from './access';
import { id } from './common';

export const loginRequest = z.object({
  email: z.email({ error: 'Enter your email address, like name@agency.gov.' }).max(254),
  password: z.string().min(1, { error: 'Enter your password.' }).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const officeRef = z.object({ id, code: z.string(), name: z.string() });
export type OfficeRef = z.infer<typeof officeRef>;

/** Everything the UI needs to show the SEC-8 status line and to hide what the user lacks. */
export const sessionInfo = z.object({
  staff: z.object({ id, email: z.string(), displayName: z.string() }),
  role: z.object({ id, key: z.string(), name: z.string(), scope }),
  office: officeRef,
  offices: z.array(officeRef),
  permissions: z.record(moduleKey, accessLevel),
  withheldTabs: z.array(tabKey),
  grants: z.array(grantKey),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  warningSeconds: z.number().int(),
  expiresAt: z.string(),
  serverTime: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const switchOfficeRequest = z.object({ officeId: id });
export type SwitchOfficeRequest = z.infer<typeof switchOfficeRequest>;

import type { AnyRoute } from '../platform/http/define-route';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { employerPortalRoutes } from './employer-portal/employer-portal.routes';
import { employerRoutes } from './employers/employers.routes';
import { officeRoutes } from './offices/offices.routes';
import { portalRoutes } from './portal/portal.routes';
import { jobSearchRoutes } from './job-search/job-search.routes';
import { portalJobRoutes } from './job-search/portal-jobs.routes';
import { matchingRoutes } from './matching/matching.routes';
import { laborDisputeRoutes } from './postings/labor-disputes.routes';
import { postingRoutes } from './postings/postings.routes';
import { referralRoutes } from './referrals/referrals.routes';
import { profileRoutes } from './profile/profile.routes';
import { onetRoutes } from './onet/onet.routes';
import { resumeRoutes } from './resumes/resume.routes';
import { roleRoutes } from './roles/roles.routes';
import { seekerRoutes } from './seekers/seekers.routes';
import { staffRoutes } from './staff/staff.routes';

/** Every feature's routes. A feature is added here and nowhere else. */
export const allRoutes: AnyRoute[] = [
  ...authRoutes,
  ...officeRoutes,
  ...staffRoutes,
  ...roleRoutes,
  ...auditRoutes,
  ...onetRoutes,
  ...seekerRoutes,
  ...portalRoutes,
  ...resumeRoutes,
  ...profileRoutes,
  ...employerRoutes,
  ...postingRoutes,
  ...laborDisputeRoutes,
  ...jobSearchRoutes,
  ...portalJobRoutes,
  ...employerPortalRoutes,
  ...matchingRoutes,
  ...referralRoutes,
];

import type { SessionInfo } from '@onestop/contracts';
import { can } from '../session/permissions';

type Access = Pick<SessionInfo, 'permissions' | 'withheldTabs' | 'grants'>;

/** SEC-7: taking a job order needs Add on postings and the job-posting training grant. */
export function mayEnterPostings(session: Access): boolean {
  return can(session, 'postings', 'add') && session.grants.includes('job_posting_entry');
}

/** JOB-1: employer-entered postings are reviewed by trained staff with Change on postings. */
export function mayReviewPostings(session: Access): boolean {
  return can(session, 'postings', 'change') && session.grants.includes('job_posting_entry');
}

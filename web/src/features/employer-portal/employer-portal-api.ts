import { createApiClient, type ApiError } from '../../api/client';

/**
 * Requests of the employer portal. Employer users have their own session (cookie and CSRF token),
 * apart from staff and job seekers, so these calls have their own client and session hooks.
 */
function isEmployerSessionLost(error: ApiError): boolean {
  return (
    error.status === 401 && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')
  );
}

export const employerClient = createApiClient(isEmployerSessionLost);
export const employerApi = employerClient.methods;

export const EMPLOYER_BASE = '/api/v1/employer-portal';

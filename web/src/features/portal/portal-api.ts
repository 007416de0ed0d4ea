import { createApiClient, type ApiError } from '../../api/client';

export type { RawBody, RequestOptions as PortalRequestOptions } from '../../api/client';

/**
 * Requests of the job seeker portal. Job seekers have their own session (cookie and CSRF token),
 * apart from staff, so these calls do not go through `api`: that one sends the staff CSRF token,
 * moves the staff idle timer and opens the staff re-sign-in dialog on a 401.
 */
function isSeekerSessionLost(error: ApiError): boolean {
  return (
    error.status === 401 && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')
  );
}

export const portalClient = createApiClient(isSeekerSessionLost);

export type { SessionHooks as PortalSessionHooks } from '../../api/client';
export const connectPortalSession = portalClient.connect;
export const portalRequest = portalClient.request;
export const portalApi = portalClient.methods;

export const PORTAL_BASE = '/api/v1/portal';

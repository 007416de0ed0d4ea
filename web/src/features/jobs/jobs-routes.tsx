import { Route } from 'react-router-dom';
import { PortalLayout } from '../portal/layout/PortalLayout';
import { PortalNotFoundPage } from '../portal/layout/PortalNotFoundPage';
import { PublicJobSearchPage } from './JobSearchPages';
import { PublicPostingPage } from './PostingPages';

/**
 * SEEK-11: the public job board. It is part of the portal site (same frame and header), and knows
 * a signed-in job seeker, but needs no session.
 */
export const jobsRoutes = (
  <Route path="/jobs" element={<PortalLayout />}>
    <Route index element={<PublicJobSearchPage />} />
    <Route path=":postingId" element={<PublicPostingPage />} />
    <Route path="*" element={<PortalNotFoundPage />} />
  </Route>
);

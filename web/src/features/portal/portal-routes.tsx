import { Outlet, Route } from 'react-router-dom';
import { PortalJobSearchPage } from '../jobs/JobSearchPages';
import { PortalPostingPage } from '../jobs/PostingPages';
import { SavedPage } from '../jobs/SavedPage';
import { MyMatchesPage } from '../matching/MyMatchesPage';
import { MyReferralsPage } from '../referrals/MyReferralsPage';
import { PortalProfilePage } from '../profile/PortalProfilePage';
import { PortalLoginPage } from './account/PortalLoginPage';
import { PortalRegisterPage } from './account/PortalRegisterPage';
import { PortalHomePage } from './home/PortalHomePage';
import { PortalLayout } from './layout/PortalLayout';
import { PortalNotFoundPage } from './layout/PortalNotFoundPage';
import { ResumeBuilderPage } from './resume/ResumeBuilderPage';
import { RequirePortalSession } from './session/RequirePortalSession';
import { ResumeUploadPage } from './upload/ResumeUploadPage';

/**
 * The /portal routes, placed inside <Routes> as an element (React Router takes only <Route>
 * elements there). Pages behind the seeker's session go inside the <RequirePortalSession>
 * route.
 */
export const portalRoutes = (
  <Route path="/portal" element={<PortalLayout />}>
    <Route path="login" element={<PortalLoginPage />} />
    <Route path="register" element={<PortalRegisterPage />} />
    <Route
      element={
        <RequirePortalSession>
          <Outlet />
        </RequirePortalSession>
      }
    >
      <Route index element={<PortalHomePage />} />
      <Route path="resume" element={<ResumeBuilderPage />} />
      <Route path="resume/upload" element={<ResumeUploadPage />} />
      <Route path="profile" element={<PortalProfilePage />} />
      <Route path="jobs" element={<PortalJobSearchPage />} />
      <Route path="jobs/:postingId" element={<PortalPostingPage />} />
      <Route path="saved" element={<SavedPage />} />
      <Route path="matches" element={<MyMatchesPage />} />
      <Route path="referrals" element={<MyReferralsPage />} />
      <Route path="*" element={<PortalNotFoundPage />} />
    </Route>
  </Route>
);

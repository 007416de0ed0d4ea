import { Outlet, Route } from 'react-router-dom';
import { EmployerLoginPage } from './account/EmployerLoginPage';
import { EmployerRegisterPage } from './account/EmployerRegisterPage';
import { EmployerLayout } from './layout/EmployerLayout';
import { EmployerHomePage } from './postings/EmployerHomePage';
import { EmployerPostingPage } from './postings/EmployerPostingPage';
import { EmployerPostJobPage } from './postings/EmployerPostJobPage';
import { RequireEmployerSession } from './session/RequireEmployerSession';
import { PortalNotFoundPage } from '../portal/layout/PortalNotFoundPage';

/** The /employer routes, placed inside <Routes> as an element, like the job seeker portal's. */
export const employerPortalRoutes = (
  <Route path="/employer" element={<EmployerLayout />}>
    <Route path="login" element={<EmployerLoginPage />} />
    <Route path="register" element={<EmployerRegisterPage />} />
    <Route
      element={
        <RequireEmployerSession>
          <Outlet />
        </RequireEmployerSession>
      }
    >
      <Route index element={<EmployerHomePage />} />
      <Route path="postings/new" element={<EmployerPostJobPage />} />
      <Route path="postings/:postingId" element={<EmployerPostingPage />} />
      <Route path="*" element={<PortalNotFoundPage home="/employer" />} />
    </Route>
  </Route>
);

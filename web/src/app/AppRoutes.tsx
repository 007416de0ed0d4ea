import { Outlet, Route, Routes } from 'react-router-dom';
import { AboutLayout } from '../features/about/AboutLayout';
import { AboutPage } from '../features/about/AboutPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { EmployerAddPage } from '../features/employers/EmployerAddPage';
import { EmployerApprovalsPage } from '../features/employers/EmployerApprovalsPage';
import { EmployerDetailPage } from '../features/employers/EmployerDetailPage';
import { EmployerEditPage } from '../features/employers/EmployerEditPage';
import { EmployerSearchPage } from '../features/employers/EmployerSearchPage';
import { ResolveDuplicatesPage } from '../features/employers/ResolveDuplicatesPage';
import { HomePage } from '../features/home/HomePage';
import { StaffJobSearchPage } from '../features/jobs/JobSearchPages';
import { jobsRoutes } from '../features/jobs/jobs-routes';
import { OutboxListPage, OutboxMessagePage } from '../features/jobs/outbox/OutboxPages';
import { portalRoutes } from '../features/portal/portal-routes';
import { employerPortalRoutes } from '../features/employer-portal/employer-portal-routes';
import { PostingApprovalsPage } from '../features/postings/PostingApprovalsPage';
import { PostingDetailPage } from '../features/postings/PostingDetailPage';
import { PostingEditPage } from '../features/postings/PostingEditPage';
import { PostingListPage } from '../features/postings/PostingListPage';
import { PostingNewPage } from '../features/postings/PostingNewPage';
import { ReferralApprovalsPage } from '../features/referrals/ReferralApprovalsPage';
import { RoleEditorPage } from '../features/roles/RoleEditorPage';
import { RolesListPage } from '../features/roles/RolesListPage';
import { SeekerDetailPage } from '../features/seekers/SeekerDetailPage';
import { SeekerRegisterPage } from '../features/seekers/SeekerRegisterPage';
import {
  SeekerResumeBuilderPage,
  SeekerResumeUploadPage,
} from '../features/seekers/SeekerResumePages';
import { SeekerSearchPage } from '../features/seekers/SeekerSearchPage';
import { LoginPage } from '../features/session/LoginPage';
import { StaffCreatePage } from '../features/staff/StaffCreatePage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { RequireAccess, RequireSession } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      {/* The job seeker portal and the public pages: their own layouts, not the staff one. */}
      {portalRoutes}
      {jobsRoutes}
      {employerPortalRoutes}
      <Route element={<AboutLayout />}>
        <Route path="/about" element={<AboutPage />} />
      </Route>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <Outlet />
            </RequireSession>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="seekers">
            <Route
              index
              element={
                <RequireAccess module="seekers" level="view">
                  <SeekerSearchPage />
                </RequireAccess>
              }
            />
            <Route
              path="new"
              element={
                <RequireAccess module="seekers" level="add">
                  <SeekerRegisterPage />
                </RequireAccess>
              }
            />
            <Route
              path=":seekerId"
              element={
                <RequireAccess module="seekers" level="view">
                  <SeekerDetailPage />
                </RequireAccess>
              }
            />
            <Route
              path=":seekerId/resume"
              element={
                <RequireAccess module="seekers" level="change">
                  <SeekerResumeBuilderPage />
                </RequireAccess>
              }
            />
            <Route
              path=":seekerId/resume/upload"
              element={
                <RequireAccess module="seekers" level="change">
                  <SeekerResumeUploadPage />
                </RequireAccess>
              }
            />
          </Route>
          <Route path="employers">
            <Route
              index
              element={
                <RequireAccess module="employers" level="view">
                  <EmployerSearchPage />
                </RequireAccess>
              }
            />
            <Route
              path="new"
              element={
                <RequireAccess module="employers" level="add">
                  <EmployerAddPage />
                </RequireAccess>
              }
            />
            {/* EMP-5: the page itself also needs the central-office grant, and says so. */}
            <Route
              path="approvals"
              element={
                <RequireAccess module="employers" level="change">
                  <EmployerApprovalsPage />
                </RequireAccess>
              }
            />
            <Route
              path="duplicates"
              element={
                <RequireAccess module="employers" level="change">
                  <ResolveDuplicatesPage />
                </RequireAccess>
              }
            />
            <Route
              path=":employerId"
              element={
                <RequireAccess module="employers" level="view">
                  <EmployerDetailPage />
                </RequireAccess>
              }
            />
            <Route
              path=":employerId/edit"
              element={
                <RequireAccess module="employers" level="change">
                  <EmployerEditPage />
                </RequireAccess>
              }
            />
          </Route>
          <Route path="postings">
            <Route
              index
              element={
                <RequireAccess module="postings" level="view">
                  <PostingListPage />
                </RequireAccess>
              }
            />
            {/* SEC-7: the pages also need the job-posting training grant, and say so. */}
            <Route
              path="new"
              element={
                <RequireAccess module="postings" level="add">
                  <PostingNewPage />
                </RequireAccess>
              }
            />
            <Route
              path="approvals"
              element={
                <RequireAccess module="postings" level="change">
                  <PostingApprovalsPage />
                </RequireAccess>
              }
            />
            <Route
              path=":postingId"
              element={
                <RequireAccess module="postings" level="view">
                  <PostingDetailPage />
                </RequireAccess>
              }
            />
            <Route
              path=":postingId/edit"
              element={
                <RequireAccess module="postings" level="change">
                  <PostingEditPage />
                </RequireAccess>
              }
            />
          </Route>
          <Route
            path="referrals/approvals"
            element={
              <RequireAccess module="referrals" level="change">
                <ReferralApprovalsPage />
              </RequireAccess>
            }
          />
          <Route path="admin/staff">
            <Route
              index
              element={
                <RequireAccess module="admin.staff" level="view">
                  <StaffListPage />
                </RequireAccess>
              }
            />
            <Route
              path="new"
              element={
                <RequireAccess module="admin.staff" level="add">
                  <StaffCreatePage />
                </RequireAccess>
              }
            />
            <Route
              path=":staffId"
              element={
                <RequireAccess module="admin.staff" level="view">
                  <StaffDetailPage />
                </RequireAccess>
              }
            />
          </Route>
          <Route path="admin/roles">
            <Route
              index
              element={
                <RequireAccess module="admin.roles" level="view">
                  <RolesListPage />
                </RequireAccess>
              }
            />
            <Route
              path="new"
              element={
                <RequireAccess module="admin.roles" level="add">
                  <RoleEditorPage />
                </RequireAccess>
              }
            />
            <Route
              path=":roleId"
              element={
                <RequireAccess module="admin.roles" level="view">
                  <RoleEditorPage />
                </RequireAccess>
              }
            />
          </Route>
          <Route
            path="job-search"
            element={
              <RequireAccess module="postings" level="view">
                <StaffJobSearchPage />
              </RequireAccess>
            }
          />
          <Route path="admin/outbox">
            <Route
              index
              element={
                <RequireAccess module="admin.staff" level="view">
                  <OutboxListPage />
                </RequireAccess>
              }
            />
            <Route
              path=":messageId"
              element={
                <RequireAccess module="admin.staff" level="view">
                  <OutboxMessagePage />
                </RequireAccess>
              }
            />
          </Route>
          <Route
            path="admin/audit"
            element={
              <RequireAccess module="audit" level="view">
                <AuditLogPage />
              </RequireAccess>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

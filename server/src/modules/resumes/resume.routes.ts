import { id, savedResume, saveResumeRequest } from '@onestop/contracts';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { loadResume } from './resume.store';
import { assertResumeTab, saveOwnResume, saveResumeForSeeker } from './save-resume';

const tags = ['Resumes'];
const params = z.object({ id });

export const resumeRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/resume`,
    permission: 'seeker',
    summary: 'My resume (a new one is prefilled from my record)',
    tags,
    response: savedResume,
    async handler(ctx) {
      const found = await loadResume(ctx.db, ctx.requireSeeker().seekerId);
      if (!found) throw notFound('resume');
      return found;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: `${API_PREFIX}/portal/resume`,
    permission: 'seeker',
    summary: 'Save my whole resume and whether employers may search it (SEEK-7, SEEK-9)',
    tags,
    body: saveResumeRequest,
    response: savedResume,
    handler: (ctx, { body }) => saveOwnResume(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/resume`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'A job seeker’s resume (the resume tab, SEC-3)',
    tags,
    params,
    response: savedResume,
    async handler(ctx, { params }) {
      assertResumeTab(ctx);
      const found = await loadResume(ctx.db, params.id);
      if (!found) throw notFound('job seeker');
      return found;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: `${API_PREFIX}/seekers/:id/resume`,
    permission: { module: 'seekers', level: 'change' },
    summary: 'Staff edit a job seeker’s resume',
    tags,
    params,
    body: saveResumeRequest,
    response: savedResume,
    handler: (ctx, { params, body }) => saveResumeForSeeker(ctx, params.id, body),
  }),
];

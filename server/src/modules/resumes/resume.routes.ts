import {
  emailResumeRequest,
  emailResumeResult,
  id,
  resumeFormatQuery,
  resumeUploadList,
  resumeUploadResult,
  savedResume,
  saveResumeRequest,
} from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import {
  API_PREFIX,
  defineRoute,
  fileResponse,
  type UploadedFile,
} from '../../platform/http/define-route';
import { downloadResume, emailOwnResume } from './export-resume';
import { MAX_RESUME_BYTES } from './resume-file';
import { loadResume } from './resume.store';
import { assertResumeTab, saveOwnResume, saveResumeForSeeker } from './save-resume';
import { downloadUpload, listUploads, uploadResume } from './upload-resume';

const tags = ['Resumes'];
const params = z.object({ id });
const fileParams = z.object({ id, fileId: z.uuid() });
const ownFileParams = z.object({ fileId: z.uuid() });
/** Room for a 5 MiB file; the parser then checks the exact limit and says so plainly. */
const upload = { maxBytes: MAX_RESUME_BYTES + 1024 };

/** Staff routes: the resume tab must be open to the role, and the seeker must exist. */
async function staffSeeker(ctx: RequestContext, seekerId: string): Promise<string> {
  assertResumeTab(ctx);
  const [found] = await ctx.db
    .select({ id: seekers.id })
    .from(seekers)
    .where(eq(seekers.id, seekerId));
  if (!found) throw notFound('job seeker');
  return found.id;
}

const requireFile = (file: UploadedFile | undefined): UploadedFile => {
  if (!file) throw new Error('upload route without a file'); // app.ts always provides one
  return file;
};

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

  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/portal/resume/upload`,
    permission: 'seeker',
    summary:
      'Upload my resume (PDF or Word .docx, up to 5 MB) and get a draft to review; nothing is saved to my resume until I confirm (SEEK-8)',
    tags,
    upload,
    response: resumeUploadResult,
    handler: (ctx, { upload: file }) =>
      uploadResume(ctx, ctx.requireSeeker().seekerId, requireFile(file)),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/resume/uploads`,
    permission: 'seeker',
    summary: 'Resume files I have uploaded, newest first',
    tags,
    response: resumeUploadList,
    handler: async (ctx) => ({ items: await listUploads(ctx.db, ctx.requireSeeker().seekerId) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/resume/uploads/:fileId`,
    permission: 'seeker',
    summary: 'Download a file I uploaded, as it was',
    tags,
    params: ownFileParams,
    response: fileResponse,
    handler: (ctx, { params }) =>
      downloadUpload(ctx.db, ctx.requireSeeker().seekerId, params.fileId),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/resume/download`,
    permission: 'seeker',
    summary: 'Download my resume as PDF or Word (SEEK-10)',
    tags,
    query: resumeFormatQuery,
    response: fileResponse,
    handler: (ctx, { query }) => downloadResume(ctx.db, ctx.requireSeeker().seekerId, query.format),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/portal/resume/email`,
    permission: 'seeker',
    summary: 'Email my resume to me (SEEK-10)',
    tags,
    body: emailResumeRequest,
    response: emailResumeResult,
    status: 202,
    handler: (ctx, { body }) => emailOwnResume(ctx, body.format),
  }),
  defineRoute({
    method: 'POST',
    url: `${API_PREFIX}/seekers/:id/resume/upload`,
    permission: { module: 'seekers', level: 'change' },
    summary: 'Staff upload a job seeker’s resume file and get a draft to review (SEEK-8)',
    tags,
    params,
    upload,
    response: resumeUploadResult,
    handler: async (ctx, { params, upload: file }) =>
      uploadResume(ctx, await staffSeeker(ctx, params.id), requireFile(file)),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/resume/uploads`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'Resume files uploaded for a job seeker',
    tags,
    params,
    response: resumeUploadList,
    handler: async (ctx, { params }) => ({
      items: await listUploads(ctx.db, await staffSeeker(ctx, params.id)),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/resume/uploads/:fileId`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'Download a resume file as it was uploaded',
    tags,
    params: fileParams,
    response: fileResponse,
    handler: async (ctx, { params }) =>
      downloadUpload(ctx.db, await staffSeeker(ctx, params.id), params.fileId),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/resume/download`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'Download a job seeker’s resume as PDF or Word',
    tags,
    params,
    query: resumeFormatQuery,
    response: fileResponse,
    handler: async (ctx, { params, query }) =>
      downloadResume(ctx.db, await staffSeeker(ctx, params.id), query.format),
  }),
];

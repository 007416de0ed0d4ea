import {
  accountConversionRequest,
  duplicateCheckRequest,
  duplicateCheckResult,
  id,
  revealedSsn,
  seekerDetail,
  seekerSearchQuery,
  seekerSearchResult,
  seekerStatusRequest,
  staffRegistrationRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { changeSeekerStatus } from './change-seeker-status';
import { convertToEmailAccount } from './convert-account';
import { readSeeker, registerSeekerByStaff } from './register-seeker';
import { revealSsn } from './reveal-ssn';
import { findDuplicates, searchSeekers } from './seekers.queries';
import { ssnDigits } from './ssn.rules';

const url = `${API_PREFIX}/seekers`;
const tags = ['Job seekers'];
const params = z.object({ id });

// Searches that can carry an SSN are POSTs, so the number never lands in a URL, a proxy log or
// browser history.
export const seekerRoutes = [
  defineRoute({
    method: 'POST',
    url: `${url}/search`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'Find job seekers by SSN, name (fuzzy), email, record number or phone (SEEK-3)',
    tags,
    body: seekerSearchQuery,
    response: seekerSearchResult,
    handler: (ctx, { body }) => searchSeekers(ctx.db, ctx.vault, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/duplicate-check`,
    permission: { module: 'seekers', level: 'view' },
    summary:
      'Records with the same SSN, or a similar name and the same birth date, before creating one',
    tags,
    body: duplicateCheckRequest,
    response: duplicateCheckResult,
    handler: (ctx, { body }) =>
      findDuplicates(ctx.db, ctx.vault, {
        ...body,
        ssnDigits: body.ssn ? ssnDigits(body.ssn) : null,
      }),
  }),
  defineRoute({
    method: 'POST',
    url,
    permission: { module: 'seekers', level: 'add' },
    summary:
      'Register a job seeker on their behalf ("mediated"); no SSN gives a pseudo-SSN (SEEK-5)',
    tags,
    body: staffRegistrationRequest,
    response: seekerDetail,
    status: 201,
    handler: (ctx, { body }) => registerSeekerByStaff(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/:id`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'One job seeker record, SSN masked',
    tags,
    params,
    response: seekerDetail,
    async handler(ctx, { params }) {
      const found = await readSeeker(ctx, params.id);
      if (!found) throw notFound('job seeker');
      return found;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/:id/status`,
    permission: { module: 'seekers', level: 'change' },
    summary: 'Set registration and job-seeker status (SEEK-2)',
    tags,
    params,
    body: seekerStatusRequest,
    response: seekerDetail,
    handler: (ctx, { params, body }) => changeSeekerStatus(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/ssn/reveal`,
    permission: { module: 'seekers', level: 'view', grant: 'ssn_reveal' },
    summary: 'Show the full SSN; needs the reveal grant and is audited (SEEK-3)',
    tags,
    params,
    response: revealedSsn,
    handler: (ctx, { params }) => revealSsn(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/:id/account`,
    permission: { module: 'seekers', level: 'change' },
    summary: 'Give a staff-entered record an email sign-in (SEEK-4)',
    tags,
    params,
    body: accountConversionRequest,
    response: seekerDetail,
    handler: (ctx, { params, body }) => convertToEmailAccount(ctx, params.id, body),
  }),
];

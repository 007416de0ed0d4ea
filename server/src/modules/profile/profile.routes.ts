import { id, seekerProfile, updateSeekerProfileRequest } from '@onestop/contracts';
import { z } from 'zod';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import {
  readOwnProfile,
  readProfileForStaff,
  saveOwnProfile,
  saveProfileForSeeker,
} from './update-profile';

const tags = ['Profiles'];
const params = z.object({ id });

export const profileRoutes = [
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/portal/profile`,
    permission: 'seeker',
    summary:
      'My profile: contact, demographics (my A-number in full), veteran data, license, languages, preferences',
    tags,
    response: seekerProfile,
    handler: (ctx) => readOwnProfile(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: `${API_PREFIX}/portal/profile`,
    permission: 'seeker',
    summary: 'Save my whole profile (SEEK-6); leave the A-number out to keep it',
    tags,
    body: updateSeekerProfileRequest,
    response: seekerProfile,
    handler: (ctx, { body }) => saveOwnProfile(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${API_PREFIX}/seekers/:id/profile`,
    permission: { module: 'seekers', level: 'view' },
    summary: 'A job seeker’s profile (the profile tab, SEC-3), the A-number masked',
    tags,
    params,
    response: seekerProfile,
    handler: (ctx, { params }) => readProfileForStaff(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: `${API_PREFIX}/seekers/:id/profile`,
    permission: { module: 'seekers', level: 'change' },
    summary:
      'Staff save a job seeker’s whole profile (SEEK-6); the A-number left out or masked is kept',
    tags,
    params,
    body: updateSeekerProfileRequest,
    response: seekerProfile,
    handler: (ctx, { params, body }) => saveProfileForSeeker(ctx, params.id, body),
  }),
];

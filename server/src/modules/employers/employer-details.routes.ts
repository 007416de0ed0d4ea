import {
  addEmployerContactRequest,
  addEmployerLocationRequest,
  addEmployerNoteRequest,
  addEmployerOwnerRequest,
  createEmployerActivityTypeRequest,
  employerActivity,
  employerActivityList,
  employerActivityType,
  employerActivityTypeList,
  employerContact,
  employerContactList,
  employerLocation,
  employerLocationList,
  employerNote,
  employerNoteList,
  employerOwnerList,
  id,
  pageQuery,
  recordEmployerActivityRequest,
  updateEmployerActivityTypeRequest,
  updateEmployerContactRequest,
  updateEmployerLocationRequest,
} from '@onestop/contracts';
import { z } from 'zod';
import { API_PREFIX, defineRoute } from '../../platform/http/define-route';
import { addContact } from './add-contact';
import { addLocation } from './add-location';
import { addNote } from './add-note';
import { addOwner } from './add-owner';
import { createActivityType } from './create-activity-type';
import { listActivityTypes } from './employer-activities.queries';
import {
  readActivities,
  readContacts,
  readLocations,
  readNotes,
  readOwners,
} from './employer-reads';
import { recordActivity } from './record-activity';
import { removeOwner } from './remove-owner';
import { updateActivityType } from './update-activity-type';
import { updateContact } from './update-contact';
import { updateLocation } from './update-location';

const url = `${API_PREFIX}/employers/:id`;
const tags = ['Employers'];
const params = z.object({ id });
const view = { module: 'employers', level: 'view' } as const;
const change = { module: 'employers', level: 'change' } as const;
const add = { module: 'employers', level: 'add' } as const;
/**
 * The activity catalog is the state's configuration of the employer module: kept by the staff who
 * hold the module's top level and the central-office grant (administrators and central office).
 */
const catalogKeeper = { module: 'employers', level: 'delete', grant: 'central_office' } as const;

/** The contacts tab (SEC-3): contacts and locations (EMP-4, EMP-8). */
const contactRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/contacts`,
    permission: view,
    summary: 'The employer’s contacts, active first, with the EMP-4 limit',
    tags,
    params,
    response: employerContactList,
    handler: (ctx, { params }) => readContacts(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/contacts`,
    permission: add,
    summary: 'Add a contact; at most 300 active contacts per employer (EMP-4)',
    tags,
    params,
    body: addEmployerContactRequest,
    response: employerContact,
    status: 201,
    handler: (ctx, { params, body }) => addContact(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/contacts/:contactId`,
    permission: change,
    summary: 'Correct a contact, make it primary, or make it inactive',
    tags,
    params: params.extend({ contactId: id }),
    body: updateEmployerContactRequest,
    response: employerContact,
    handler: (ctx, { params, body }) => updateContact(ctx, params.id, params.contactId, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/locations`,
    permission: view,
    summary: 'The employer’s locations (establishments), each with its contact (EMP-8)',
    tags,
    params,
    response: employerLocationList,
    handler: (ctx, { params }) => readLocations(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/locations`,
    permission: add,
    summary: 'Add a location with its own contact (EMP-4, EMP-8)',
    tags,
    params,
    body: addEmployerLocationRequest,
    response: employerLocation,
    status: 201,
    handler: (ctx, { params, body }) => addLocation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${url}/locations/:locationId`,
    permission: change,
    summary: 'Correct a location, change its contact, or make it inactive',
    tags,
    params: params.extend({ locationId: id }),
    body: updateEmployerLocationRequest,
    response: employerLocation,
    handler: (ctx, { params, body }) => updateLocation(ctx, params.id, params.locationId, body),
  }),
];

/** The activities tab (SEC-3): catalog activities and notes (EMP-6). */
const activityRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/activities`,
    permission: view,
    summary: 'The employer’s activities, newest first (EMP-6)',
    tags,
    params,
    query: pageQuery,
    response: employerActivityList,
    handler: (ctx, { params, query }) => readActivities(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/activities`,
    permission: add,
    summary: 'Record an activity from the catalog, credited to you and your office (EMP-6)',
    tags,
    params,
    body: recordEmployerActivityRequest,
    response: employerActivity,
    status: 201,
    handler: (ctx, { params, body }) => recordActivity(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/notes`,
    permission: view,
    summary: 'The employer’s notes, newest first (EMP-6)',
    tags,
    params,
    query: pageQuery,
    response: employerNoteList,
    handler: (ctx, { params, query }) => readNotes(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/notes`,
    permission: add,
    summary: 'Post a note; notes are never changed afterwards (EMP-6)',
    tags,
    params,
    body: addEmployerNoteRequest,
    response: employerNote,
    status: 201,
    handler: (ctx, { params, body }) => addNote(ctx, params.id, body),
  }),
];

const ownerRoutes = [
  defineRoute({
    method: 'GET',
    url: `${url}/owners`,
    permission: view,
    summary: 'The staff who own the employer account (EMP-7)',
    tags,
    params,
    response: employerOwnerList,
    handler: (ctx, { params }) => readOwners(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/owners`,
    permission: change,
    summary: 'Add an owner; the other owners are told by email (EMP-7)',
    tags,
    params,
    body: addEmployerOwnerRequest,
    response: employerOwnerList,
    status: 201,
    handler: (ctx, { params, body }) => addOwner(ctx, params.id, body.staffId),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/owners/:staffId`,
    permission: change,
    summary: 'Remove an owner from the employer account (EMP-7)',
    tags,
    params: params.extend({ staffId: id }),
    response: employerOwnerList,
    handler: (ctx, { params }) => removeOwner(ctx, params.id, params.staffId),
  }),
];

const catalogUrl = `${API_PREFIX}/employer-activity-types`;
const catalogRoutes = [
  defineRoute({
    method: 'GET',
    url: catalogUrl,
    permission: view,
    summary: 'The employer activity catalog, retired entries included (EMP-6)',
    tags,
    response: employerActivityTypeList,
    handler: (ctx) => listActivityTypes(ctx.db),
  }),
  defineRoute({
    method: 'POST',
    url: catalogUrl,
    permission: catalogKeeper,
    summary: 'Add an activity to the catalog (EMP-6)',
    tags,
    body: createEmployerActivityTypeRequest,
    response: employerActivityType,
    status: 201,
    handler: (ctx, { body }) => createActivityType(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${catalogUrl}/:id`,
    permission: catalogKeeper,
    summary: 'Rename, reorder or retire a catalog activity (EMP-6)',
    tags,
    params,
    body: updateEmployerActivityTypeRequest,
    response: employerActivityType,
    handler: (ctx, { params, body }) => updateActivityType(ctx, params.id, body),
  }),
];

export const employerDetailRoutes = [
  ...contactRoutes,
  ...activityRoutes,
  ...ownerRoutes,
  ...catalogRoutes,
];

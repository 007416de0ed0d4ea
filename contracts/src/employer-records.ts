import { z } from 'zod';
import { id, paged } from './common';
import { clearable, FIELDS, field, optional, required } from './employer-fields';
import { calendarDate } from './seekers';

/* An employer's contacts, locations, activities, notes and owners (EMP-4, EMP-6, EMP-7, EMP-8). */

/** EMP-4: the most active contacts one employer record may have. */
export const MAX_EMPLOYER_CONTACTS = 300;

const ref = z.object({ id, name: z.string() });

export const employerActivityTypeRef = z.object({ id, code: z.string(), label: z.string() });

export const employerActivity = z.object({
  id,
  type: employerActivityTypeRef,
  activityDate: z.string(),
  location: ref.nullable(),
  note: z.string().nullable(),
  staff: ref,
  office: ref,
  createdAt: z.string(),
});
export type EmployerActivity = z.infer<typeof employerActivity>;

export const employerNote = z.object({
  id,
  body: z.string(),
  staff: ref.nullable(),
  office: ref.nullable(),
  createdAt: z.string(),
});
export type EmployerNote = z.infer<typeof employerNote>;

export const employerOwner = z.object({
  staffId: id,
  displayName: z.string(),
  email: z.string(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
});
export type EmployerOwner = z.infer<typeof employerOwner>;

// Contacts and locations (EMP-4, EMP-8).

export const employerContactFields = z.object({
  firstName: required(60, 'Enter the contact’s first name.'),
  lastName: required(60, 'Enter the contact’s last name.'),
  title: optional(FIELDS.title),
  phone: optional(FIELDS.phone),
  email: optional(FIELDS.email),
  isPrimary: z.boolean().default(false),
});
export const addEmployerContactRequest = employerContactFields;
export type AddEmployerContactRequest = z.input<typeof addEmployerContactRequest>;

export const updateEmployerContactRequest = z.object({
  firstName: employerContactFields.shape.firstName.optional(),
  lastName: employerContactFields.shape.lastName.optional(),
  title: clearable(FIELDS.title),
  phone: clearable(FIELDS.phone),
  email: clearable(FIELDS.email),
  isPrimary: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type UpdateEmployerContactRequest = z.input<typeof updateEmployerContactRequest>;

export const employerContact = z.object({
  id,
  employerId: id,
  firstName: z.string(),
  lastName: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployerContact = z.infer<typeof employerContact>;
export const employerContactList = z.object({
  items: z.array(employerContact),
  active: z.number().int(),
  limit: z.number().int(),
});
export type EmployerContactList = z.infer<typeof employerContactList>;

export const employerLocationFields = z.object({
  name: required(160, 'Name the location, like “Main plant” or “Nicholasville store”.'),
  address1: required(120, 'Enter the street address of the location.'),
  address2: optional(FIELDS.address2),
  city: required(80, 'Enter the city.'),
  state: FIELDS.state.refine((v) => v !== '', { error: 'Use the two-letter state code, like KY.' }),
  zip: FIELDS.zip.refine((v) => v !== '', { error: 'Use a 5-digit ZIP code, like 40507.' }),
  county: optional(FIELDS.county),
  naicsCode: optional(FIELDS.naicsCode),
  /** EMP-4: the location's own contact, one of this employer's contacts. */
  contactId: id.optional(),
});
export const addEmployerLocationRequest = employerLocationFields;
export type AddEmployerLocationRequest = z.input<typeof addEmployerLocationRequest>;

export const updateEmployerLocationRequest = z.object({
  name: employerLocationFields.shape.name.optional(),
  address1: employerLocationFields.shape.address1.optional(),
  address2: clearable(FIELDS.address2),
  city: employerLocationFields.shape.city.optional(),
  state: employerLocationFields.shape.state.optional(),
  zip: employerLocationFields.shape.zip.optional(),
  county: clearable(FIELDS.county),
  naicsCode: clearable(FIELDS.naicsCode),
  contactId: id.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateEmployerLocationRequest = z.input<typeof updateEmployerLocationRequest>;

export const employerLocation = z.object({
  id,
  employerId: id,
  name: z.string(),
  address1: z.string(),
  address2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  county: z.string().nullable(),
  naicsCode: z.string().nullable(),
  contact: z
    .object({
      id,
      firstName: z.string(),
      lastName: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    })
    .nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployerLocation = z.infer<typeof employerLocation>;
export const employerLocationList = z.object({ items: z.array(employerLocation) });

// Activities, notes and the activity catalog (EMP-6).

export const recordEmployerActivityRequest = z.object({
  activityTypeId: id,
  activityDate: calendarDate.refine((v) => v <= new Date().toISOString().slice(0, 10), {
    error: 'The activity date cannot be in the future.',
  }),
  locationId: id.optional(),
  note: optional(field(2000)),
});
export type RecordEmployerActivityRequest = z.input<typeof recordEmployerActivityRequest>;
export const employerActivityList = paged(employerActivity);

export const addEmployerNoteRequest = z.object({ body: required(4000, 'Write the note.') });
export type AddEmployerNoteRequest = z.input<typeof addEmployerNoteRequest>;
export const employerNoteList = paged(employerNote);

export const employerActivityType = employerActivityTypeRef.extend({
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type EmployerActivityType = z.infer<typeof employerActivityType>;
export const employerActivityTypeList = z.object({ items: z.array(employerActivityType) });

export const createEmployerActivityTypeRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, {
      error: 'Use 2 to 40 lowercase letters, digits or underscores, like job_fair.',
    }),
  label: required(120, 'Enter the name staff will see.'),
  sortOrder: z.number().int().min(0).max(10000).default(1000),
});
export type CreateEmployerActivityTypeRequest = z.input<typeof createEmployerActivityTypeRequest>;
export const updateEmployerActivityTypeRequest = z.object({
  label: createEmployerActivityTypeRequest.shape.label.optional(),
  active: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});
export type UpdateEmployerActivityTypeRequest = z.input<typeof updateEmployerActivityTypeRequest>;

export const addEmployerOwnerRequest = z.object({ staffId: id });
export const employerOwnerList = z.object({ items: z.array(employerOwner) });

import type {
  AddEmployerContactRequest,
  AddEmployerLocationRequest,
  EmployerContact,
  EmployerLocation,
  UpdateEmployerContactRequest,
  UpdateEmployerLocationRequest,
} from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';
import { digitsOf } from './employer-format';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ZIP = /^\d{5}(-\d{4})?$/;
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export interface ContactValues {
  firstName: string;
  lastName: string;
  title: string;
  phone: string;
  email: string;
  isPrimary: boolean;
}

export function contactValues(contact?: EmployerContact): ContactValues {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    isPrimary: contact?.isPrimary ?? false,
  };
}

export function checkContact(values: ContactValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.firstName.trim()) errors.firstName = t('employers.errors.contactFirstName');
  if (!values.lastName.trim()) errors.lastName = t('employers.errors.contactLastName');
  if (values.phone.trim() && digitsOf(values.phone).length !== 10)
    errors.phone = t('employers.errors.phone');
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    errors.email = t('employers.errors.email');
  return errors;
}

export function toAddContact(values: ContactValues): AddEmployerContactRequest {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    title: optional(values.title),
    phone: optional(values.phone),
    email: optional(values.email),
    isPrimary: values.isPrimary,
  };
}

/** Only what changed; an emptied optional field is sent as null, which clears it. */
export function toUpdateContact(
  before: ContactValues,
  after: ContactValues,
): UpdateEmployerContactRequest {
  const body: UpdateEmployerContactRequest = {};
  if (after.firstName.trim() !== before.firstName) body.firstName = after.firstName.trim();
  if (after.lastName.trim() !== before.lastName) body.lastName = after.lastName.trim();
  for (const key of ['title', 'phone', 'email'] as const) {
    if (after[key].trim() !== before[key]) body[key] = after[key].trim() || null;
  }
  if (after.isPrimary !== before.isPrimary) body.isPrimary = after.isPrimary;
  return body;
}

export interface LocationValues {
  name: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  zip: string;
  county: string;
  naicsCode: string;
  contactId: string;
}

export function locationValues(location?: EmployerLocation): LocationValues {
  return {
    name: location?.name ?? '',
    address1: location?.address1 ?? '',
    address2: location?.address2 ?? '',
    city: location?.city ?? '',
    state: location?.state ?? '',
    zip: location?.zip ?? '',
    county: location?.county ?? '',
    naicsCode: location?.naicsCode ?? '',
    contactId: location?.contact?.id ?? '',
  };
}

export function checkLocation(values: LocationValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = t('employers.errors.locationName');
  if (!values.address1.trim()) errors.address1 = t('employers.errors.locationAddress');
  if (!values.city.trim()) errors.city = t('employers.errors.locationCity');
  if (!values.state) errors.state = t('employers.errors.locationState');
  if (!ZIP.test(values.zip.trim())) errors.zip = t('employers.errors.zip');
  if (values.naicsCode.trim() && !/^\d{6}$/.test(values.naicsCode.trim()))
    errors.naicsCode = t('employers.errors.naics');
  return errors;
}

export function toAddLocation(values: LocationValues): AddEmployerLocationRequest {
  return {
    name: values.name.trim(),
    address1: values.address1.trim(),
    address2: optional(values.address2),
    city: values.city.trim(),
    state: values.state,
    zip: values.zip.trim(),
    county: optional(values.county),
    naicsCode: optional(values.naicsCode),
    contactId: values.contactId || undefined,
  };
}

export function toUpdateLocation(
  before: LocationValues,
  after: LocationValues,
): UpdateEmployerLocationRequest {
  const body: UpdateEmployerLocationRequest = {};
  for (const key of ['name', 'address1', 'city', 'state', 'zip'] as const) {
    if (after[key].trim() !== before[key]) body[key] = after[key].trim();
  }
  for (const key of ['address2', 'county', 'naicsCode'] as const) {
    if (after[key].trim() !== before[key]) body[key] = after[key].trim() || null;
  }
  if (after.contactId !== before.contactId) body.contactId = after.contactId || null;
  return body;
}

import type {
  CreateEmployerRequest,
  EMPLOYER_SIZES,
  EmployerDetail,
  EmployerDuplicateCheckRequest,
  OWNERSHIP_TYPES,
  UpdateEmployerRequest,
} from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';
import { digitsOf, feinDigits, formatFein } from './employer-format';

export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];
export type SizeClass = (typeof EMPLOYER_SIZES)[number];

export interface EmployerValues {
  legalName: string;
  tradeName: string;
  fein: string;
  independentContractor: boolean;
  noFeinNote: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  zip: string;
  county: string;
  phone: string;
  email: string;
  website: string;
  naicsCode: string;
  ownershipType: OwnershipType | '';
  sizeClass: SizeClass | '';
}

type TextKey = Exclude<keyof EmployerValues, 'independentContractor'>;

export const EMPTY_EMPLOYER: EmployerValues = {
  legalName: '',
  tradeName: '',
  fein: '',
  independentContractor: false,
  noFeinNote: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  zip: '',
  county: '',
  phone: '',
  email: '',
  website: '',
  naicsCode: '',
  ownershipType: '',
  sizeClass: '',
};

/** The fields a duplicate check looks at: changing one makes an earlier check out of date. */
export const IDENTITY_FIELDS = ['legalName', 'tradeName', 'fein', 'zip', 'phone'] as const;

export function valuesFrom(detail: EmployerDetail): EmployerValues {
  return {
    legalName: detail.legalName,
    tradeName: detail.tradeName ?? '',
    fein: formatFein(detail.fein) ?? '',
    independentContractor: detail.independentContractor,
    noFeinNote: detail.noFeinNote ?? '',
    address1: detail.address1 ?? '',
    address2: detail.address2 ?? '',
    city: detail.city ?? '',
    state: detail.state ?? '',
    zip: detail.zip ?? '',
    county: detail.county ?? '',
    phone: detail.phone ?? '',
    email: detail.email ?? '',
    website: detail.website ?? '',
    naicsCode: detail.naicsCode ?? '',
    ownershipType: detail.ownershipType ?? '',
    sizeClass: detail.sizeClass ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ZIP = /^\d{5}(-\d{4})?$/;

/**
 * The obvious mistakes, caught before a round trip and said in the reader's language. The server
 * checks everything again, the IRS prefix of the FEIN included (EMP-1).
 */
export function checkEmployer(values: EmployerValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const e = (key: string, text: string) => {
    errors[key] = text;
  };
  if (!values.legalName.trim()) e('legalName', t('employers.errors.legalName'));
  if (values.independentContractor) {
    if (!values.noFeinNote.trim()) e('noFeinNote', t('employers.errors.noFeinNote'));
  } else if (!values.fein.trim()) e('fein', t('employers.errors.feinRequired'));
  else if (!feinDigits(values.fein)) e('fein', t('employers.errors.feinDigits'));
  if (values.zip.trim() && !ZIP.test(values.zip.trim())) e('zip', t('employers.errors.zip'));
  if (values.phone.trim() && digitsOf(values.phone).length !== 10)
    e('phone', t('employers.errors.phone'));
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    e('email', t('employers.errors.email'));
  if (values.naicsCode.trim() && !/^\d{6}$/.test(values.naicsCode.trim()))
    e('naicsCode', t('employers.errors.naics'));
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toDuplicateCheck(values: EmployerValues): EmployerDuplicateCheckRequest {
  return {
    legalName: values.legalName.trim(),
    tradeName: optional(values.tradeName),
    fein: values.independentContractor ? undefined : optional(values.fein),
    zip: optional(values.zip),
    phone: optional(values.phone),
  };
}

/** Empty fields are left out. An independent contractor sends its statement instead of a FEIN. */
export function toCreate(
  values: EmployerValues,
  confirmedNotDuplicate: boolean,
): CreateEmployerRequest {
  const contractor = values.independentContractor;
  return {
    legalName: values.legalName.trim(),
    tradeName: optional(values.tradeName),
    fein: contractor ? undefined : optional(values.fein),
    independentContractor: contractor,
    noFeinNote: contractor ? optional(values.noFeinNote) : undefined,
    address1: optional(values.address1),
    address2: optional(values.address2),
    city: optional(values.city),
    state: optional(values.state),
    zip: optional(values.zip),
    county: optional(values.county),
    phone: optional(values.phone),
    email: optional(values.email),
    website: optional(values.website),
    naicsCode: optional(values.naicsCode),
    ownershipType: values.ownershipType || undefined,
    sizeClass: values.sizeClass || undefined,
    confirmedNotDuplicate,
  };
}

const CLEARABLE: TextKey[] = [
  'tradeName',
  'address1',
  'address2',
  'city',
  'state',
  'zip',
  'county',
  'phone',
  'email',
  'website',
  'naicsCode',
];

/** Only what changed; an emptied field is sent as null, which clears it. */
export function toUpdate(before: EmployerValues, after: EmployerValues): UpdateEmployerRequest {
  const body: UpdateEmployerRequest = {};
  const changed = (key: keyof EmployerValues) =>
    typeof after[key] === 'string'
      ? (after[key] as string).trim() !== (before[key] as string).trim()
      : after[key] !== before[key];
  if (changed('legalName')) body.legalName = after.legalName.trim();
  for (const key of CLEARABLE) {
    if (changed(key)) Object.assign(body, { [key]: after[key].trim() || null });
  }
  const contractor = after.independentContractor;
  if (changed('independentContractor')) body.independentContractor = contractor;
  // A FEIN and the statement that there is none exclude each other: switching clears the other.
  const fein = contractor ? '' : after.fein;
  const note = contractor ? after.noFeinNote : '';
  if (fein.trim() !== before.fein.trim()) body.fein = fein.trim() || null;
  if (note.trim() !== before.noFeinNote.trim()) body.noFeinNote = note.trim() || null;
  if (changed('ownershipType')) body.ownershipType = after.ownershipType || null;
  if (changed('sizeClass')) body.sizeClass = after.sizeClass || null;
  return body;
}

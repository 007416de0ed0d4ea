import type {
  CreatePostingRequest,
  EmployerPostingRequest,
  PostingDetail,
  UpdatePostingRequest,
} from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../components/form-errors';

/**
 * The job order form as typed (JOB-4, JOB-5, JOB-9, JOB-10, JOB-12), shared by the staff pages and
 * the employer portal. Numbers stay strings until sent, so that a half-typed one is kept.
 */
export interface PostingValues {
  title: string;
  description: string;
  intakeMethod: string;
  openings: string;
  payMin: string;
  payMax: string;
  payUnit: string;
  hoursPerWeek: string;
  employmentType: string;
  shift: string;
  workDays: string[];
  experienceMonths: string;
  educationLevel: string;
  licenseClass: string;
  endorsements: string[];
  keyboardingWpm: string;
  /** '', 'yes' or 'no'. */
  publicTransportation: string;
  /** An establishment's id, '' for the employer's own address, or OTHER_ADDRESS. */
  location: string;
  address1: string;
  city: string;
  state: string;
  zip: string;
  contactMethod: string;
  contactEmail: string;
  contactUrl: string;
  howToApply: string;
  applicationDeadline: string;
  stateSource: string;
  federalSource: string;
  outOfArea: boolean;
  programType: string;
  subsidized: boolean;
  /** '', '3', '5', '7' or 'indefinite' (JOB-9); set through its own request after saving. */
  reservation: string;
  staffingAgency: boolean;
  worksiteCompany: string;
  staffComments: string;
  laborDisputeNotAtIssue: boolean;
}

/** Who fills the form in: staff see the fields the employer portal leaves out. */
export type PostingAudience = 'staff' | 'employer';
/** On edit, openings, contact method and reservation change through their own actions (JOB-2). */
export type PostingFormMode = 'create' | 'edit';

export const OTHER_ADDRESS = 'other';
export const DEADLINE_DAYS = 14;
export const DESCRIPTION_MAX = 4000;

/** A calendar day in the user's own time zone, `days` from `now`, as YYYY-MM-DD. */
export function localDay(days = 0, now = new Date()): string {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function emptyPosting(now = new Date()): PostingValues {
  return {
    title: '',
    description: '',
    intakeMethod: '',
    openings: '1',
    payMin: '',
    payMax: '',
    payUnit: '',
    hoursPerWeek: '',
    employmentType: '',
    shift: '',
    workDays: [],
    experienceMonths: '',
    educationLevel: '',
    licenseClass: '',
    endorsements: [],
    keyboardingWpm: '',
    publicTransportation: '',
    location: '',
    address1: '',
    city: '',
    state: '',
    zip: '',
    contactMethod: '',
    contactEmail: '',
    contactUrl: '',
    howToApply: '',
    // JOB-8: 14 days after posting unless the business asks for another day.
    applicationDeadline: localDay(DEADLINE_DAYS, now),
    stateSource: 'full_service',
    federalSource: 'employer_listing',
    outOfArea: false,
    programType: 'none',
    subsidized: false,
    reservation: '',
    staffingAgency: false,
    worksiteCompany: '',
    staffComments: '',
    laborDisputeNotAtIssue: false,
  };
}

const str = (value: number | string | null) => (value === null ? '' : String(value));

export function valuesFrom(posting: PostingDetail): PostingValues {
  const reservation = posting.reservation;
  return {
    ...emptyPosting(),
    title: posting.title,
    description: posting.description,
    intakeMethod: posting.intakeMethod ?? '',
    openings: String(posting.openings),
    payMin: str(posting.payMin),
    payMax: str(posting.payMax),
    payUnit: posting.payUnit ?? '',
    hoursPerWeek: str(posting.hoursPerWeek),
    employmentType: posting.employmentType ?? '',
    shift: posting.shift ?? '',
    workDays: [...posting.workDays],
    experienceMonths: str(posting.experienceMonths),
    educationLevel: posting.educationLevel ?? '',
    licenseClass: posting.licenseClass ?? '',
    endorsements: [...posting.endorsements],
    keyboardingWpm: str(posting.keyboardingWpm),
    publicTransportation:
      posting.publicTransportation === null ? '' : posting.publicTransportation ? 'yes' : 'no',
    location: posting.locationId ?? OTHER_ADDRESS,
    address1: posting.address1 ?? '',
    city: posting.city ?? '',
    state: posting.state ?? '',
    zip: posting.zip ?? '',
    contactMethod: posting.contactMethod ?? '',
    contactEmail: posting.contactEmail ?? '',
    contactUrl: posting.contactUrl ?? '',
    howToApply: posting.howToApply ?? '',
    applicationDeadline: posting.applicationDeadline ?? '',
    stateSource: posting.stateSource,
    federalSource: posting.federalSource,
    outOfArea: posting.outOfArea,
    programType: posting.programType,
    subsidized: posting.subsidized,
    reservation: reservation?.indefinite ? 'indefinite' : str(reservation?.days ?? null),
    staffingAgency: posting.staffingAgency,
    worksiteCompany: posting.worksiteCompany ?? '',
    staffComments: posting.staffComments ?? '',
    laborDisputeNotAtIssue: posting.laborDisputeStatement !== null,
  };
}

const INTEGER = /^\d+$/;
const MONEY = /^\d+(\.\d{1,2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/\S+\.\S+/i;
const ZIP = /^\d{5}(-\d{4})?$/;

const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
const trimmed = (text: string): string | null => text.trim() || null;

/**
 * The mistakes caught before a round trip, in the reader's language. The server checks it all
 * again (and more: EEO/ADA screening, JOB-13; labor disputes, JOB-11).
 */
export function checkPosting(
  values: PostingValues,
  t: TFunction,
  { audience, mode }: { audience: PostingAudience; mode: PostingFormMode },
  today = localDay(),
): FieldErrors {
  const errors: FieldErrors = {};
  const e = (key: string, text: string) => {
    errors[key] ??= text;
  };
  const whole = (key: keyof PostingValues, max: number) => {
    const text = (values[key] as string).trim();
    if (text && (!INTEGER.test(text) || Number(text) > max))
      e(key, t('postings.errors.whole', { max }));
  };
  if (values.title.trim().length < 2) e('title', t('postings.errors.title'));
  const description = values.description.trim().length;
  if (description < 5) e('description', t('postings.errors.descriptionShort'));
  if (description > DESCRIPTION_MAX) e('description', t('postings.errors.descriptionLong'));
  if (mode === 'create') {
    if (audience === 'staff' && !values.intakeMethod)
      e('intakeMethod', t('postings.errors.intake'));
    const openings = values.openings.trim();
    if (!INTEGER.test(openings) || Number(openings) < 1 || Number(openings) > 10_000)
      e('openings', t('postings.errors.openings'));
    if (values.contactEmail.trim() && !EMAIL.test(values.contactEmail.trim()))
      e('contactEmail', t('postings.errors.email'));
    if (values.contactUrl.trim() && !URL_PATTERN.test(values.contactUrl.trim()))
      e('contactUrl', t('postings.errors.url'));
  }
  for (const key of ['payMin', 'payMax'] as const) {
    if (values[key].trim() && !MONEY.test(values[key].trim())) e(key, t('postings.errors.pay'));
  }
  const min = number(values.payMin);
  const max = number(values.payMax);
  if (!errors.payMin && !errors.payMax && min !== null && max !== null && min > max)
    e('payMax', t('postings.errors.payOrder'));
  if ((min !== null || max !== null) && !values.payUnit) e('payUnit', t('postings.errors.payUnit'));
  whole('hoursPerWeek', 168);
  if (values.hoursPerWeek.trim() === '0')
    e('hoursPerWeek', t('postings.errors.whole', { max: 168 }));
  whole('experienceMonths', 600);
  whole('keyboardingWpm', 200);
  if (values.location === OTHER_ADDRESS && !ZIP.test(values.zip.trim()))
    e('zip', t('postings.errors.zip'));
  if (values.applicationDeadline && values.applicationDeadline < today)
    e('applicationDeadline', t('postings.errors.deadline'));
  if (values.staffingAgency && !values.worksiteCompany.trim())
    e('worksiteCompany', t('postings.errors.worksite'));
  if (values.reservation === 'indefinite' && !values.subsidized)
    e('reservation', t('postings.errors.indefinite'));
  return errors;
}

/** The fields both the staff order and the employer's own posting send. */
function common(values: PostingValues) {
  const other = values.location === OTHER_ADDRESS;
  const transport = values.publicTransportation;
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    openings: Number(values.openings.trim()),
    locationId: other || !values.location ? null : values.location,
    ...(other
      ? {
          address1: trimmed(values.address1),
          city: trimmed(values.city),
          state: trimmed(values.state),
          zip: trimmed(values.zip),
        }
      : {}),
    payMin: number(values.payMin),
    payMax: number(values.payMax),
    payUnit: (values.payUnit || null) as CreatePostingRequest['payUnit'],
    hoursPerWeek: number(values.hoursPerWeek),
    employmentType: (values.employmentType || null) as CreatePostingRequest['employmentType'],
    shift: (values.shift || null) as CreatePostingRequest['shift'],
    workDays: values.workDays as NonNullable<CreatePostingRequest['workDays']>,
    experienceMonths: number(values.experienceMonths),
    educationLevel: (values.educationLevel || null) as CreatePostingRequest['educationLevel'],
    licenseClass: (values.licenseClass || null) as CreatePostingRequest['licenseClass'],
    endorsements: values.endorsements as NonNullable<CreatePostingRequest['endorsements']>,
    keyboardingWpm: number(values.keyboardingWpm),
    publicTransportation: transport === '' ? null : transport === 'yes',
    contactMethod: (values.contactMethod || null) as CreatePostingRequest['contactMethod'],
    contactEmail: trimmed(values.contactEmail),
    contactUrl: trimmed(values.contactUrl),
    howToApply: trimmed(values.howToApply),
    applicationDeadline: values.applicationDeadline || null,
    subsidized: values.subsidized,
    staffingAgency: values.staffingAgency,
    worksiteCompany: values.staffingAgency ? trimmed(values.worksiteCompany) : null,
  };
}

/** JOB-1: a job order staff take for `employerId`. */
export function toCreateRequest(values: PostingValues, employerId: string): CreatePostingRequest {
  return {
    ...common(values),
    employerId,
    intakeMethod: values.intakeMethod as CreatePostingRequest['intakeMethod'],
    stateSource: values.stateSource as CreatePostingRequest['stateSource'],
    federalSource: values.federalSource as CreatePostingRequest['federalSource'],
    outOfArea: values.outOfArea,
    programType: values.programType as CreatePostingRequest['programType'],
    staffComments: trimmed(values.staffComments),
    laborDisputeNotAtIssue: values.laborDisputeNotAtIssue,
  };
}

/** What an employer sends from the portal: no staff-only fields. */
export function toEmployerRequest(values: PostingValues): EmployerPostingRequest {
  return common(values);
}

/** JOB-9: the reservation chosen on the form, sent once the posting exists. */
export function reservationRequest(
  values: PostingValues,
): { days?: number; indefinite: boolean; scope: 'office' } | null {
  if (!values.reservation) return null;
  if (values.reservation === 'indefinite') return { indefinite: true, scope: 'office' };
  return { days: Number(values.reservation), indefinite: false, scope: 'office' };
}

const CONTENT_KEYS = [
  'title',
  'description',
  'locationId',
  'address1',
  'city',
  'state',
  'zip',
  'payMin',
  'payMax',
  'payUnit',
  'hoursPerWeek',
  'employmentType',
  'shift',
  'workDays',
  'experienceMonths',
  'educationLevel',
  'licenseClass',
  'endorsements',
  'keyboardingWpm',
  'publicTransportation',
  'applicationDeadline',
  'stateSource',
  'federalSource',
  'outOfArea',
  'programType',
  'subsidized',
  'staffingAgency',
  'worksiteCompany',
  'staffComments',
  'laborDisputeNotAtIssue',
] as const;

/** Only what changed (JOB-2: each change leaves its note, so nothing is sent for nothing). */
export function toUpdateRequest(
  before: PostingValues,
  after: PostingValues,
  employerId: string,
): UpdatePostingRequest {
  const was = toCreateRequest(before, employerId) as Record<string, unknown>;
  const now = toCreateRequest(after, employerId) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    if (JSON.stringify(was[key] ?? null) !== JSON.stringify(now[key] ?? null))
      body[key] = now[key] ?? null;
  }
  // A new establishment or address is sent whole, so the server never mixes two places.
  if (['locationId', 'address1', 'city', 'state', 'zip'].some((key) => key in body)) {
    body.locationId = now.locationId ?? null;
    // The server keeps what is not sent: without an address it takes the employer's again.
    for (const key of ['address1', 'city', 'state', 'zip']) body[key] = now[key] ?? null;
  }
  return body as UpdatePostingRequest;
}

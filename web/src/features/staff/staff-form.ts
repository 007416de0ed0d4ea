import type { GrantKey, Office, SessionInfo } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';

export interface StaffFormValues {
  email: string;
  displayName: string;
  roleId: string;
  officeIds: string[];
  defaultOfficeId: string;
  grants: GrantKey[];
  accessRequestRef: string;
  initialPassword: string;
}

export const EMPTY_STAFF_FORM: StaffFormValues = {
  email: '',
  displayName: '',
  roleId: '',
  officeIds: [],
  defaultOfficeId: '',
  grants: [],
  accessRequestRef: '',
  initialPassword: '',
};

export const MIN_PASSWORD_LENGTH = 12;

/** Keeps the default office among the granted ones as boxes are ticked and cleared. */
export function withOffices(
  values: Pick<StaffFormValues, 'officeIds' | 'defaultOfficeId'>,
  officeIds: string[],
): Pick<StaffFormValues, 'officeIds' | 'defaultOfficeId'> {
  const defaultOfficeId = officeIds.includes(values.defaultOfficeId)
    ? values.defaultOfficeId
    : (officeIds[0] ?? '');
  return { officeIds, defaultOfficeId };
}

/**
 * The offices an administrator can hand out: active ones within their scope (the server's rule),
 * plus any the person already has so that they still show.
 */
export function assignableOffices(
  all: Office[],
  session: Pick<SessionInfo, 'role' | 'office'>,
  alreadyGranted: readonly string[] = [],
): Office[] {
  const current = all.find((o) => o.id === session.office.id);
  const inScope = (office: Office) => {
    if (!office.active) return false;
    if (session.role.scope === 'state') return true;
    if (session.role.scope === 'area' && current?.localAreaId) {
      return office.localAreaId === current.localAreaId;
    }
    return office.id === session.office.id;
  };
  return all.filter((office) => inScope(office) || alreadyGranted.includes(office.id));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Part = 'general' | 'offices' | 'create';

/** The checks worth making before a round trip, in the reader's language; the server checks all. */
export function checkStaffForm(values: StaffFormValues, parts: Part[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (parts.includes('create')) {
    if (!EMAIL.test(values.email.trim())) errors.email = t('staff.errors.email');
  }
  if (parts.includes('general')) {
    if (!values.displayName.trim()) errors.displayName = t('staff.errors.displayName');
    if (!values.roleId) errors.roleId = t('staff.errors.roleId');
  }
  if (parts.includes('offices')) {
    if (values.officeIds.length === 0) errors.officeIds = t('staff.errors.officeIds');
    else if (!values.officeIds.includes(values.defaultOfficeId)) {
      errors.defaultOfficeId = t('staff.errors.defaultOfficeId');
    }
  }
  if (parts.includes('create')) {
    if (!values.accessRequestRef.trim())
      errors.accessRequestRef = t('staff.errors.accessRequestRef');
    if (values.initialPassword.length < MIN_PASSWORD_LENGTH) {
      errors.initialPassword = t('staff.errors.password', { min: MIN_PASSWORD_LENGTH });
    }
  }
  return errors;
}

import type { DischargeType, SeekerProfile, VeteranType } from '@onestop/contracts';
import { placeholderEmail } from '../seekers/seekers.rules';

/** SEEK-6: the service details (dates, branch, discharge, …) apply only to someone who served. */
export function veteranDetailsApply(servedInMilitary: boolean | null): boolean {
  return servedInMilitary === true;
}

/**
 * Discharges that bar veteran status under 38 U.S.C. 101(2) as this record can tell them apart.
 * "Other than honorable" is not listed: it needs a VA character-of-service decision, which staff
 * record by changing the veteran type, not something the system may assume.
 */
const BARRING_DISCHARGES: readonly DischargeType[] = ['dishonorable', 'bad_conduct'];

interface VeteranFacts {
  servedInMilitary: boolean | null;
  veteranType: VeteranType | null;
  dischargeType: DischargeType | null;
}

/**
 * VET-1: a "covered person" for priority of service (Jobs for Veterans Act, 38 U.S.C. 4215) is a
 * veteran, of any length of service, not discharged dishonorably, or an eligible spouse. A
 * transitioning service member is still serving: they become covered on separation, when staff
 * change the type to veteran.
 */
export function isCoveredPerson(v: VeteranFacts): boolean {
  if (v.veteranType === 'eligible_spouse') return true;
  if (!veteranDetailsApply(v.servedInMilitary)) return false;
  if (v.veteranType !== 'veteran' && v.veteranType !== 'veteran_180_days_or_less') return false;
  return v.dischargeType === null || !BARRING_DISCHARGES.includes(v.dischargeType);
}

export interface EmailOnFile {
  seekerId: string;
  email: string | null;
  emailIsPlaceholder: boolean;
  hasAccount: boolean;
}

export type EmailPlan =
  | { kind: 'keep' }
  | { kind: 'set'; email: string }
  | { kind: 'placeholder'; email: string }
  | { kind: 'refuse'; message: string };

/**
 * SEEK-4: what an email in the profile does to the record. A sign-in needs its email; a record
 * without one keeps (or goes back to) a placeholder that can never receive mail. A new address
 * must then be checked as free (the caller does, since that needs the database).
 */
export function planEmailChange(onFile: EmailOnFile, requested: string | null): EmailPlan {
  if (!requested) {
    if (onFile.hasAccount)
      return {
        kind: 'refuse',
        message: 'This person signs in with their email, so it cannot be removed. Enter one.',
      };
    return onFile.emailIsPlaceholder
      ? { kind: 'keep' }
      : { kind: 'placeholder', email: placeholderEmail(onFile.seekerId) };
  }
  const same =
    !onFile.emailIsPlaceholder && onFile.email?.toLowerCase() === requested.trim().toLowerCase();
  return same ? { kind: 'keep' } : { kind: 'set', email: requested.trim() };
}

/** Only the last four characters of an A-number reach the audit trail, like an SSN's. */
export function maskAlienNumber(value: string | null): string | null {
  return value ? `A*****${value.slice(-4)}` : null;
}

type Flat = Record<string, unknown>;

const GROUPS = [
  'contact',
  'demographics',
  'veteran',
  'employment',
  'driversLicense',
  'preferences',
] as const;

/** The parts of the profile a person edits: the response less what the server derives. */
export type ProfileGroups = Pick<
  SeekerProfile,
  | 'contact'
  | 'demographics'
  | 'veteran'
  | 'employment'
  | 'driversLicense'
  | 'languages'
  | 'preferences'
>;

/**
 * SEC-9: the profile as the audit trail keeps it, one key per field ("veteran.branch"), so that
 * the audit diff names exactly the fields that changed.
 */
export function profileAuditSnapshot(p: ProfileGroups): Flat {
  const out: Flat = {};
  const put = (prefix: string, group: object) => {
    for (const [key, value] of Object.entries(group)) {
      if (value && typeof value === 'object' && !Array.isArray(value))
        put(`${prefix}${key}.`, value);
      else out[`${prefix}${key}`] = value;
    }
  };
  for (const name of GROUPS) put(`${name}.`, p[name]);
  out['demographics.alienRegistrationNumber'] = maskAlienNumber(
    p.demographics.alienRegistrationNumber,
  );
  out.languages = p.languages.map((l) => `${l.language} (${l.proficiency})`);
  return out;
}

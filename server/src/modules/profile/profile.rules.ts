import {
  ALIEN_NUMBER_MESSAGES,
  isMaskedAlienNumber,
  maskAlienNumber,
  type Citizenship,
  type DischargeType,
  type SeekerProfile,
  type VeteranType,
} from '@onestop/contracts';
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

/** The A-number a record holds: sealed, or in plain text if saved before it was sealed. */
export interface AlienNumberOnFile {
  sealed: string | null;
  plaintext: string | null;
  last4: string | null;
}

/** The mask staff read for the number on file (it needs no decryption). */
export function maskOnFile(onFile: AlienNumberOnFile | null): string | null {
  return onFile ? `A*****${onFile.last4 ?? '????'}` : null;
}

export type AlienNumberPlan =
  | { kind: 'keep' }
  | { kind: 'set'; number: string }
  | { kind: 'clear' }
  | { kind: 'refuse'; path: string; message: string };

interface AlienNumberRequest {
  citizenship: Citizenship | null;
  /** Undefined or the mask: keep; null: remove; otherwise the new number (see the contract). */
  alienRegistrationNumber?: string | null;
  alienRegistrationExpires: string | null;
}

/**
 * SEEK-6: what a save does to the A-number on file. The contract already refuses a number typed
 * for a citizen; here the number kept from the file meets the same rules. A mask sent back keeps
 * the number only if it is that number's mask. A plain-text number kept from before sealing is
 * sealed now (`set`).
 */
export function planAlienNumber(
  onFile: AlienNumberOnFile | null,
  d: AlienNumberRequest,
): AlienNumberPlan {
  const requested = d.alienRegistrationNumber;
  const onFileMask = maskOnFile(onFile);
  const keeps = requested === undefined || (requested !== null && isMaskedAlienNumber(requested));
  if (keeps && requested !== undefined && requested !== onFileMask)
    return {
      kind: 'refuse',
      path: 'demographics.alienRegistrationNumber',
      message: ALIEN_NUMBER_MESSAGES.maskChanged,
    };
  const hasNumber = keeps ? onFile !== null : requested !== null;
  if (hasNumber && (d.citizenship === 'us_citizen' || d.citizenship === null))
    return {
      kind: 'refuse',
      path: 'demographics.alienRegistrationNumber',
      message:
        d.citizenship === null
          ? ALIEN_NUMBER_MESSAGES.noCitizenship
          : ALIEN_NUMBER_MESSAGES.citizen,
    };
  if (!hasNumber && d.alienRegistrationExpires)
    return {
      kind: 'refuse',
      path: 'demographics.alienRegistrationNumber',
      message: ALIEN_NUMBER_MESSAGES.expiryWithoutNumber,
    };
  if (!keeps) return requested ? { kind: 'set', number: requested } : { kind: 'clear' };
  return onFile?.plaintext ? { kind: 'set', number: onFile.plaintext } : { kind: 'keep' };
}

/** The A-number as the audit trail keeps it after a plan: masked, or null. */
export function alienNumberAfter(
  onFileMask: string | null,
  plan: Exclude<AlienNumberPlan, { kind: 'refuse' }>,
): string | null {
  if (plan.kind === 'clear') return null;
  return plan.kind === 'set' ? maskAlienNumber(plan.number) : onFileMask;
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

/**
 * The parts of the profile a person edits: the response less what the server derives. The
 * A-number is given as the audit trail may show it, masked or null.
 */
export type ProfileGroups = Pick<
  SeekerProfile,
  'contact' | 'veteran' | 'employment' | 'driversLicense' | 'languages' | 'preferences'
> & {
  demographics: Omit<
    SeekerProfile['demographics'],
    'alienRegistrationNumber' | 'alienRegistrationOnFile'
  > & {
    alienRegistrationNumber?: string | null;
  };
};

/**
 * SEC-9: the profile as the audit trail keeps it, one key per field ("veteran.branch"), so that
 * the audit diff names exactly the fields that changed. The A-number appears only masked.
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
    p.demographics.alienRegistrationNumber ?? null,
  );
  delete out['demographics.alienRegistrationOnFile'];
  out.languages = p.languages.map((l) => `${l.language} (${l.proficiency})`);
  return out;
}

import type { ActiveStatus } from '@onestop/contracts';

/** Staff-entered people without an email get one that can never receive mail (SEEK-4). */
export function placeholderEmail(seekerId: string): string {
  return `no-email-${seekerId.slice(0, 8)}@placeholder.invalid`;
}

export interface RegistrationState {
  registrationCompletedAt: Date | null;
  registrationStatus: ActiveStatus;
}

/**
 * SEEK-1, SEEK-2: services and referrals are recorded only for a person whose registration is
 * complete and active. Returns why not, or null. The services and referrals issues call this.
 */
export function whyNoServices(seeker: RegistrationState): string | null {
  if (!seeker.registrationCompletedAt) {
    return 'This person has not completed registration yet. Finish the registration before recording services or referrals.';
  }
  if (seeker.registrationStatus !== 'active') {
    return 'This registration is inactive. Reactivate it before recording services or referrals.';
  }
  return null;
}

export function formatRecordNumber(recordNumber: number): string {
  return `S-${recordNumber}`;
}

import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { domainEvents, seekers } from '../../db/schema';
import type { SsnVault } from '../../platform/crypto/ssn-vault';
import type { Db } from '../../platform/db/database';
import { conflict, invalid } from '../../platform/errors';
import { placeholderEmail } from './seekers.rules';
import { pseudoSsn, ssnDigits, ssnProblem } from './ssn.rules';
import { refreshSeekerMatch } from '../matching/match-features.store';

/** The SSN to store: the one given (validated), or the SEEK-5 pseudo-SSN. */
export function identityNumber(ssn: string | undefined, birthDate: string, prefix: string) {
  if (!ssn) return { digits: pseudoSsn(prefix, birthDate), isPseudo: true };
  const digits = ssnDigits(ssn);
  if (!digits)
    throw invalid('ssn', 'Enter the 9 digits of the SSN, like 212-45-6789, or leave it empty.');
  const problem = ssnProblem(digits);
  if (problem) throw invalid('ssn', problem);
  return { digits, isPseudo: false };
}

export interface NewSeeker {
  firstName: string;
  middleInitial?: string | undefined;
  lastName: string;
  birthDate: string;
  email?: string | undefined;
  phone?: string | undefined;
  address1?: string | undefined;
  address2?: string | undefined;
  city?: string | undefined;
  state?: string | undefined;
  zip?: string | undefined;
  county?: string | undefined;
}

export async function assertEmailFree(tx: Db, email: string, message: string): Promise<void> {
  const [taken] = await tx
    .select({ id: seekers.id })
    .from(seekers)
    .where(
      sql`lower(${seekers.email}) = ${email.toLowerCase()} and ${seekers.emailIsPlaceholder} = false`,
    );
  if (taken) throw conflict(message, [{ path: 'email', message }]);
}

/**
 * Inserts a complete registration (SEEK-1) with its SSN sealed (SEEK-3) and the domain event that
 * later issues count as a service. Duplicate policy is the caller's: it differs for staff and the public.
 */
export async function createSeekerRecord(
  tx: Db,
  vault: SsnVault,
  person: NewSeeker,
  ssn: { digits: string; isPseudo: boolean },
  origin: { method: 'self' | 'staff'; staffId: string | null; officeId: string | null },
) {
  const id = crypto.randomUUID();
  if (person.email)
    await assertEmailFree(tx, person.email, 'Another job seeker already uses this email.');
  const [row] = await tx
    .insert(seekers)
    .values({
      id,
      firstName: person.firstName,
      middleInitial: person.middleInitial ?? null,
      lastName: person.lastName,
      birthDate: person.birthDate,
      ssnCiphertext: vault.encrypt(ssn.digits),
      ssnHash: vault.hash(ssn.digits),
      ssnLast4: ssn.digits.slice(5),
      ssnIsPseudo: ssn.isPseudo,
      email: person.email ?? placeholderEmail(id),
      emailIsPlaceholder: !person.email,
      phone: person.phone ?? null,
      address1: person.address1 ?? null,
      address2: person.address2 ?? null,
      city: person.city ?? null,
      state: person.state ?? null,
      zip: person.zip ?? null,
      county: person.county ?? null,
      registrationMethod: origin.method,
      registrationCompletedAt: new Date(),
      createdByStaffId: origin.staffId,
      createdInOfficeId: origin.officeId,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await refreshSeekerMatch(tx, [id]);
  await tx.insert(domainEvents).values({
    type: origin.method === 'self' ? 'seeker.self_registered' : 'seeker.registered_by_staff',
    seekerId: id,
    staffId: origin.staffId,
    officeId: origin.officeId,
  });
  return row;
}

import crypto from 'node:crypto';
import type { SeekerDetail, StaffRegistrationRequest } from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import { domainEvents, seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { AppError, conflict, invalid } from '../../platform/errors';
import { findDuplicates, findSeekerRow, seekerSnapshot, toDetail } from './seekers.queries';
import { formatRecordNumber, placeholderEmail } from './seekers.rules';
import { pseudoSsn, ssnDigits, ssnProblem } from './ssn.rules';

type Input = Omit<StaffRegistrationRequest, 'confirmedNotDuplicate'> & {
  confirmedNotDuplicate: boolean;
};

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

/**
 * SEEK-1, SEEK-3, SEEK-4, SEEK-5: staff register a person ("mediated"). A real SSN already on file
 * is refused; a similar name with the same birth date must be looked at first.
 */
export async function registerSeekerByStaff(
  ctx: RequestContext,
  input: Input,
): Promise<SeekerDetail> {
  const actor = ctx.requireActor();
  const ssn = identityNumber(input.ssn, input.birthDate, ctx.config.seekers.pseudoSsnPrefix);
  const id = crypto.randomUUID();
  const created = await ctx.mutate(async (tx, audit) => {
    const duplicates = await findDuplicates(tx, ctx.vault, {
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate,
      ssnDigits: ssn.isPseudo ? null : ssn.digits,
    });
    if (duplicates.sameSsn) {
      throw conflict(
        `A job seeker with this SSN is already registered (record ${formatRecordNumber(duplicates.sameSsn.recordNumber)}). Open that record instead of creating another.`,
        [{ path: 'ssn', message: 'This SSN belongs to an existing record.' }],
      );
    }
    if (duplicates.likely.length > 0 && !input.confirmedNotDuplicate) {
      throw new AppError(
        'CONFLICT',
        `${duplicates.likely.length} existing record(s) have a similar name and the same birth date. Check them; if this is a different person, confirm and register again.`,
        { rule: 'SEEK-3' },
      );
    }
    if (input.email) {
      const [taken] = await tx
        .select({ id: seekers.id })
        .from(seekers)
        .where(
          sql`lower(${seekers.email}) = ${input.email.toLowerCase()} and ${seekers.emailIsPlaceholder} = false`,
        );
      if (taken) {
        throw conflict('Another job seeker already uses this email.', [
          { path: 'email', message: 'This email belongs to another record.' },
        ]);
      }
    }
    const now = new Date();
    const [row] = await tx
      .insert(seekers)
      .values({
        id,
        firstName: input.firstName,
        middleInitial: input.middleInitial ?? null,
        lastName: input.lastName,
        birthDate: input.birthDate,
        ssnCiphertext: ctx.vault.encrypt(ssn.digits),
        ssnHash: ctx.vault.hash(ssn.digits),
        ssnLast4: ssn.digits.slice(5),
        ssnIsPseudo: ssn.isPseudo,
        email: input.email ?? placeholderEmail(id),
        emailIsPlaceholder: !input.email,
        phone: input.phone ?? null,
        address1: input.address1 ?? null,
        address2: input.address2 ?? null,
        city: input.city ?? null,
        state: input.state ?? null,
        zip: input.zip ?? null,
        county: input.county ?? null,
        registrationMethod: 'staff',
        registrationCompletedAt: now,
        createdByStaffId: actor.staffId,
        createdInOfficeId: actor.officeId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await tx.insert(domainEvents).values({
      type: 'seeker.registered_by_staff',
      seekerId: id,
      staffId: actor.staffId,
      officeId: actor.officeId,
    });
    await audit.record({
      action: 'seeker.registered',
      entityType: 'seeker',
      entityId: id,
      after: seekerSnapshot(row),
    });
    return row;
  });
  return toDetail(created, false, ctx.vault);
}

export async function readSeeker(ctx: RequestContext, id: string) {
  const row = await findSeekerRow(ctx.db, id);
  return row ? toDetail(row.seeker, row.hasAccount, ctx.vault) : null;
}

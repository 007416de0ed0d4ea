import type { SeekerDetail, StaffRegistrationRequest } from '@onestop/contracts';
import type { RequestContext } from '../../platform/context';
import { AppError, conflict } from '../../platform/errors';
import { createSeekerRecord, identityNumber } from './create-seeker-record';
import { findDuplicates, findSeekerRow, seekerSnapshot, toDetail } from './seekers.queries';
import { formatRecordNumber } from './seekers.rules';

type Input = Omit<StaffRegistrationRequest, 'confirmedNotDuplicate'> & {
  confirmedNotDuplicate: boolean;
};

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
    const { confirmedNotDuplicate: _confirmed, ssn: _ssn, ...person } = input;
    const row = await createSeekerRecord(tx, ctx.vault, person, ssn, {
      method: 'staff',
      staffId: actor.staffId,
      officeId: actor.officeId,
    });
    await audit.record({
      action: 'seeker.registered',
      entityType: 'seeker',
      entityId: row.id,
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

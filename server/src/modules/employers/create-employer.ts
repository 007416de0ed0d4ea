import type { EmployerDetail, employerFields } from '@onestop/contracts';
import type { z } from 'zod';
import { employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { insertNote } from './add-note';
import { findEmployerDuplicates } from './employer-search';
import { employerSnapshot, findFeinHolder, requireEmployerDetail } from './employers.queries';
import { assertServingOffice, feinRace, feinTaken } from './employers.policy';
import { checkFein, formatFein } from './employers.rules';

export type NewEmployer = z.output<typeof employerFields>;

/** EMP-1: the FEIN digits to store, or a 400 that names the field to fix. */
export function validFein(input: NewEmployer): string | null {
  const fein = checkFein(input);
  if (!fein.ok) {
    throw new AppError('VALIDATION_FAILED', fein.issue.message, {
      fields: [fein.issue],
      rule: 'EMP-1',
    });
  }
  return fein.digits;
}

/**
 * Inserts an employer record with its FEIN already validated. An independent contractor's
 * statement also becomes a note on the record (EMP-1). Duplicate policy is the caller's: it
 * differs for staff and for employers registering themselves.
 */
export async function insertEmployer(
  tx: Db,
  input: NewEmployer,
  feinDigits: string | null,
  origin: {
    source: 'staff' | 'self_service';
    status: 'active' | 'pending_approval';
    staffId: string | null;
    officeId: string | null;
  },
) {
  const [row] = await tx
    .insert(employers)
    .values({
      legalName: input.legalName,
      tradeName: input.tradeName ?? null,
      fein: feinDigits,
      independentContractor: input.independentContractor,
      noFeinNote: feinDigits ? null : (input.noFeinNote ?? null),
      status: origin.status,
      source: origin.source,
      officeId: origin.officeId,
      website: input.website ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      address1: input.address1 ?? null,
      address2: input.address2 ?? null,
      city: input.city ?? null,
      state: input.state?.toUpperCase() ?? null,
      zip: input.zip ?? null,
      county: input.county ?? null,
      naicsCode: input.naicsCode ?? null,
      ownershipType: input.ownershipType ?? null,
      sizeClass: input.sizeClass ?? null,
      createdByStaffId: origin.staffId,
      updatedByStaffId: origin.staffId,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  if (!feinDigits && row.noFeinNote) {
    await insertNote(tx, {
      employerId: row.id,
      body: `Independent contractor without a FEIN. The employer’s statement: ${row.noFeinNote}`,
      staffId: origin.staffId,
      officeId: origin.officeId,
    });
  }
  return row;
}

type Input = NewEmployer & { officeId?: string | undefined; confirmedNotDuplicate: boolean };

/**
 * EMP-1, EMP-2: staff register an employer. A FEIN already held by an active record is refused
 * (by the query here and, for two requests at once, by the unique index); a similar name with the
 * same ZIP code or phone must be looked at first.
 */
export async function createEmployer(ctx: RequestContext, input: Input): Promise<EmployerDetail> {
  const actor = ctx.requireActor();
  const digits = validFein(input);
  const officeId = input.officeId ?? actor.officeId;
  if (input.officeId) await assertServingOffice(ctx.db, actor, input.officeId);
  try {
    const created = await ctx.mutate(async (tx, audit) => {
      const holder = digits ? await findFeinHolder(tx, digits) : null;
      if (holder) throw feinTaken(holder, formatFein(digits) as string);
      if (!input.confirmedNotDuplicate) {
        const { likely } = await findEmployerDuplicates(tx, actor, input);
        if (likely.length > 0) {
          throw new AppError(
            'CONFLICT',
            `${likely.length} existing employer record(s) have a similar name and the same ZIP code or phone. Check them; if this is a different employer, confirm and save again.`,
            { rule: 'EMP-2' },
          );
        }
      }
      const row = await insertEmployer(tx, input, digits, {
        source: 'staff',
        status: 'active',
        staffId: actor.staffId,
        officeId,
      });
      await audit.record({
        action: 'employer.created',
        entityType: 'employer',
        entityId: row.id,
        after: employerSnapshot(row),
      });
      return row;
    });
    return await requireEmployerDetail(ctx.db, actor, created.id);
  } catch (error) {
    throw feinRace(error) ?? error;
  }
}

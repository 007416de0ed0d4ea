import type { EmployerDetail, updateEmployerRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { insertNote } from './add-note';
import {
  employerSnapshot,
  findFeinHolder,
  lockEmployer,
  requireEmployerDetail,
} from './employers.queries';
import { assertServingOffice, feinRace, feinTaken } from './employers.policy';
import { checkFein, formatFein } from './employers.rules';

type Input = z.output<typeof updateEmployerRequest>;

/** The fields a change may set; status, source and approval have their own use cases. */
const EDITABLE = [
  'legalName',
  'tradeName',
  'noFeinNote',
  'independentContractor',
  'website',
  'phone',
  'email',
  'address1',
  'address2',
  'city',
  'state',
  'zip',
  'county',
  'naicsCode',
  'ownershipType',
  'sizeClass',
  'officeId',
] as const;

/**
 * Staff change an employer record; the audit row keeps each changed field before and after.
 * EMP-1 and EMP-2 hold for the record as it will be: a FEIN (or an independent contractor's
 * statement), never one that another active record holds.
 */
export async function updateEmployer(
  ctx: RequestContext,
  id: string,
  input: Input,
): Promise<EmployerDetail> {
  const actor = ctx.requireActor();
  if (input.officeId) await assertServingOffice(ctx.db, actor, input.officeId);
  try {
    await ctx.mutate(async (tx, audit) => {
      const current = await lockEmployer(tx, actor, id);
      const changes: Partial<typeof employers.$inferInsert> = {};
      for (const key of EDITABLE) {
        if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
      }
      if (typeof changes.state === 'string') changes.state = changes.state.toUpperCase();
      const fein = checkFein({
        fein: input.fein === undefined ? current.fein : input.fein,
        independentContractor: changes.independentContractor ?? current.independentContractor,
        noFeinNote: changes.noFeinNote === undefined ? current.noFeinNote : changes.noFeinNote,
      });
      if (!fein.ok) {
        throw new AppError('VALIDATION_FAILED', fein.issue.message, {
          fields: [fein.issue],
          rule: 'EMP-1',
        });
      }
      changes.fein = fein.digits;
      if (fein.digits) changes.noFeinNote = null;
      if (fein.digits && fein.digits !== current.fein && current.status !== 'inactive') {
        const holder = await findFeinHolder(tx, fein.digits, id);
        if (holder) throw feinTaken(holder, formatFein(fein.digits) as string);
      }
      const [after] = await tx
        .update(employers)
        .set({ ...changes, updatedAt: new Date(), updatedByStaffId: actor.staffId })
        .where(eq(employers.id, id))
        .returning();
      if (!after) throw new Error('update returned no row');
      if (!after.fein && after.noFeinNote && after.noFeinNote !== current.noFeinNote) {
        await insertNote(tx, {
          employerId: id,
          body: `Independent contractor without a FEIN. The employer’s statement: ${after.noFeinNote}`,
          staffId: actor.staffId,
          officeId: actor.officeId,
        });
      }
      await audit.record({
        action: 'employer.updated',
        entityType: 'employer',
        entityId: id,
        before: employerSnapshot(current),
        after: employerSnapshot(after),
      });
    });
  } catch (error) {
    throw feinRace(error) ?? error;
  }
  return requireEmployerDetail(ctx.db, actor, id);
}

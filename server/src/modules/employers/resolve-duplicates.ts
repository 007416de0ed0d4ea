import type { ResolveEmployerDuplicatesResult } from '@onestop/contracts';
import { eq, inArray } from 'drizzle-orm';
import { employerContacts, employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { insertNote } from './add-note';
import { assertRoomForContacts, contactLimitReached } from './employer-contacts.queries';
import { employerSnapshot } from './employers.queries';
import { violates } from './employers.policy';
import { formatRecordNumber } from './employers.rules';
import { loadDuplicatePlan } from './plan-duplicates';

const label = (e: { recordNumber: number; legalName: string }) =>
  `${formatRecordNumber(e.recordNumber)} (${e.legalName})`;

/**
 * EMP-3: carries out the plan staff confirmed, in one transaction. The records are locked and the
 * plan is made again; if it no longer keeps the record staff saw, nothing changes and they review
 * it anew. The others become inactive, merged into the survivor; the contacts the survivor lacks
 * are copied to it (the originals stay on the inactive records, which locations may still name);
 * and every record gets a note that says why.
 */
export async function resolveDuplicates(
  ctx: RequestContext,
  input: { ids: string[]; survivorId: string; comment?: string | undefined },
): Promise<ResolveEmployerDuplicatesResult> {
  const actor = ctx.requireActor();
  try {
    return await ctx.mutate(async (tx, audit) => {
      const plan = await loadDuplicatePlan(tx, actor, input.ids, true);
      const survivor = plan.rows.get(plan.view.survivor.id);
      if (!survivor) throw new Error('survivor not loaded');
      if (survivor.id !== input.survivorId) {
        throw new AppError(
          'CONFLICT',
          `These records changed since the plan was shown: now ${label(survivor)} would be kept. Review the plan again before confirming.`,
          { rule: 'EMP-3' },
        );
      }
      const copies = plan.contactsToCopy;
      if (copies.length > 0) await assertRoomForContacts(tx, survivor.id, copies.length);
      const copiedFrom = new Map<string, number>();
      if (copies.length > 0) {
        const originals = await tx
          .select()
          .from(employerContacts)
          .where(
            inArray(
              employerContacts.id,
              copies.map((c) => c.id),
            ),
          );
        await tx.insert(employerContacts).values(
          originals.map((c) => ({
            employerId: survivor.id,
            firstName: c.firstName,
            lastName: c.lastName,
            title: c.title,
            phone: c.phone,
            email: c.email,
            createdByStaffId: actor.staffId,
          })),
        );
        for (const c of originals)
          copiedFrom.set(c.employerId, (copiedFrom.get(c.employerId) ?? 0) + 1);
      }
      const comment = input.comment ? ` ${actor.displayName} noted: ${input.comment}` : '';
      const now = new Date();
      for (const gone of plan.view.toInactivate) {
        const before = plan.rows.get(gone.id);
        if (!before) continue;
        const reason = `Duplicate of ${formatRecordNumber(survivor.recordNumber)}: ${gone.reason}.`;
        const [after] = await tx
          .update(employers)
          .set({
            status: 'inactive',
            inactivatedReason: reason,
            mergedIntoId: survivor.id,
            updatedAt: now,
            updatedByStaffId: actor.staffId,
          })
          .where(eq(employers.id, gone.id))
          .returning();
        const copied = copiedFrom.get(gone.id) ?? 0;
        await insertNote(tx, {
          employerId: gone.id,
          body: `Inactivated as a duplicate of ${label(survivor)}, which is kept: ${gone.reason}. ${copied} contact(s) copied to ${formatRecordNumber(survivor.recordNumber)}.${comment}`,
          staffId: actor.staffId,
          officeId: actor.officeId,
        });
        await audit.record({
          action: 'employer.duplicate_inactivated',
          entityType: 'employer',
          entityId: gone.id,
          before: employerSnapshot(before),
          after: after ? employerSnapshot(after) : null,
        });
      }
      const goneLabels = plan.view.toInactivate.map((g) => label(g)).join(', ');
      await insertNote(tx, {
        employerId: survivor.id,
        body: `Kept as this employer’s record; duplicates inactivated: ${goneLabels}. ${copies.length} contact(s) copied from them.${comment}`,
        staffId: actor.staffId,
        officeId: actor.officeId,
      });
      const inactivatedIds = plan.view.toInactivate.map((g) => g.id);
      await audit.record({
        action: 'employer.duplicates_resolved',
        entityType: 'employer',
        entityId: survivor.id,
        after: { inactivatedIds, contactsCopied: copies.map((c) => c.id) },
      });
      return { survivorId: survivor.id, inactivatedIds, contactsCopied: copies.length };
    });
  } catch (error) {
    if (violates(error, 'employer_contacts_limit')) throw contactLimitReached();
    throw error;
  }
}

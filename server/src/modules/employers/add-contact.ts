import type { addEmployerContactRequest, EmployerContact } from '@onestop/contracts';
import type { z } from 'zod';
import { employerContacts } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import {
  assertRoomForContacts,
  clearPrimary,
  contactLimitReached,
  contactSnapshot,
  toContact,
} from './employer-contacts.queries';
import { lockEmployer } from './employers.queries';
import { requireTab, violates } from './employers.policy';

/** EMP-4: up to 300 active contacts, counted under the employer's row lock. */
export async function addContact(
  ctx: RequestContext,
  employerId: string,
  input: z.output<typeof addEmployerContactRequest>,
): Promise<EmployerContact> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.contacts');
  try {
    return await ctx.mutate(async (tx, audit) => {
      await lockEmployer(tx, actor, employerId);
      await assertRoomForContacts(tx, employerId, 1);
      if (input.isPrimary) await clearPrimary(tx, employerId);
      const [row] = await tx
        .insert(employerContacts)
        .values({
          employerId,
          firstName: input.firstName,
          lastName: input.lastName,
          title: input.title ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          isPrimary: input.isPrimary,
          createdByStaffId: actor.staffId,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await audit.record({
        action: 'employer.contact_added',
        entityType: 'employer',
        entityId: employerId,
        after: contactSnapshot(row),
      });
      return toContact(row);
    });
  } catch (error) {
    if (violates(error, 'employer_contacts_limit')) throw contactLimitReached();
    throw error;
  }
}

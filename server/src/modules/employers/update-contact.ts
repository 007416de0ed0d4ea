import type { EmployerContact, updateEmployerContactRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { employerContacts } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import {
  assertRoomForContacts,
  clearPrimary,
  contactLimitReached,
  contactSnapshot,
  findContact,
  toContact,
} from './employer-contacts.queries';
import { lockEmployer } from './employers.queries';
import { requireTab, violates } from './employers.policy';

/**
 * Staff correct a contact or make one who has left inactive. Contacts are not deleted: locations,
 * activities and the audit trail still name them. Making one active again counts toward EMP-4.
 */
export async function updateContact(
  ctx: RequestContext,
  employerId: string,
  contactId: string,
  input: z.output<typeof updateEmployerContactRequest>,
): Promise<EmployerContact> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.contacts');
  try {
    return await ctx.mutate(async (tx, audit) => {
      await lockEmployer(tx, actor, employerId);
      const current = await findContact(tx, employerId, contactId);
      if (!current) throw notFound('contact');
      const active = input.active ?? current.active;
      if (active && !current.active) await assertRoomForContacts(tx, employerId, 1, contactId);
      const isPrimary = active && (input.isPrimary ?? current.isPrimary);
      if (isPrimary && !current.isPrimary) await clearPrimary(tx, employerId);
      const [after] = await tx
        .update(employerContacts)
        .set({
          ...(input.firstName !== undefined ? { firstName: input.firstName } : {}),
          ...(input.lastName !== undefined ? { lastName: input.lastName } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.email !== undefined ? { email: input.email } : {}),
          isPrimary,
          active,
          updatedAt: new Date(),
        })
        .where(eq(employerContacts.id, contactId))
        .returning();
      if (!after) throw new Error('update returned no row');
      await audit.record({
        action: 'employer.contact_updated',
        entityType: 'employer',
        entityId: employerId,
        before: { contactId, ...contactSnapshot(current) },
        after: { contactId, ...contactSnapshot(after) },
      });
      return toContact(after);
    });
  } catch (error) {
    if (violates(error, 'employer_contacts_limit')) throw contactLimitReached();
    throw error;
  }
}

import type { EmployerOwner } from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { employerOwners, staff } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { conflict, invalid } from '../../platform/errors';
import { queueEmail } from '../../platform/mail/outbox';
import { loadOwners, lockEmployer } from './employers.queries';
import { ownerAddedEmail } from './employers.rules';

/**
 * EMP-7: an account may have several owners, who are told of each other. Each existing owner
 * gets an email naming the new one, queued in the same transaction so that it goes only if the
 * owner is really added. Whoever made the change is not mailed about their own action.
 */
export async function addOwner(
  ctx: RequestContext,
  employerId: string,
  staffId: string,
): Promise<{ items: EmployerOwner[] }> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const employer = await lockEmployer(tx, actor, employerId);
    const [person] = await tx
      .select({ id: staff.id, displayName: staff.displayName, email: staff.email })
      .from(staff)
      .where(and(eq(staff.id, staffId), eq(staff.active, true)));
    if (!person) throw invalid('staffId', 'Choose an active staff member as the owner.');
    const existing = await loadOwners(tx, employerId);
    if (existing.some((o) => o.staffId === staffId)) {
      throw conflict(`${person.displayName} already owns this employer account.`);
    }
    await tx.insert(employerOwners).values({ employerId, staffId, addedByStaffId: actor.staffId });
    const facts = {
      employerName: employer.legalName,
      recordNumber: employer.recordNumber,
      newOwner: { displayName: person.displayName, email: person.email },
      addedBy: actor.displayName,
    };
    const told: string[] = [];
    for (const owner of existing) {
      if (owner.staffId === actor.staffId) continue;
      const mail = ownerAddedEmail(facts, owner);
      await queueEmail(tx, { to: owner.email, subject: mail.subject, text: mail.text });
      told.push(owner.staffId);
    }
    await audit.record({
      action: 'employer.owner_added',
      entityType: 'employer',
      entityId: employerId,
      after: { ownerStaffId: staffId, ownersTold: told },
    });
  });
  return { items: await loadOwners(ctx.db, employerId) };
}

import type { addEmployerLocationRequest, EmployerLocation } from '@onestop/contracts';
import type { z } from 'zod';
import { employerLocations } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { assertLocationContact, listLocations } from './employer-contacts.queries';
import { lockEmployer } from './employers.queries';
import { requireTab } from './employers.policy';

/** EMP-8: an establishment of the employer, with its own contact (EMP-4). */
export async function addLocation(
  ctx: RequestContext,
  employerId: string,
  input: z.output<typeof addEmployerLocationRequest>,
): Promise<EmployerLocation> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.contacts');
  const id = await ctx.mutate(async (tx, audit) => {
    await lockEmployer(tx, actor, employerId);
    if (input.contactId) await assertLocationContact(tx, employerId, input.contactId);
    const [row] = await tx
      .insert(employerLocations)
      .values({
        employerId,
        name: input.name,
        address1: input.address1,
        address2: input.address2 ?? null,
        city: input.city,
        state: input.state.toUpperCase(),
        zip: input.zip,
        county: input.county ?? null,
        naicsCode: input.naicsCode ?? null,
        contactId: input.contactId ?? null,
        createdByStaffId: actor.staffId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audit.record({
      action: 'employer.location_added',
      entityType: 'employer',
      entityId: employerId,
      after: { locationId: row.id, ...row },
    });
    return row.id;
  });
  const [location] = await listLocations(ctx.db, employerId, id);
  if (!location) throw new Error('location vanished after insert');
  return location;
}

import type { EmployerLocation, updateEmployerLocationRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { employerLocations } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { assertLocationContact, findLocation, listLocations } from './employer-contacts.queries';
import { lockEmployer } from './employers.queries';
import { requireTab } from './employers.policy';

/** EMP-8: staff correct a location, change its contact, or make it inactive (it is not deleted). */
export async function updateLocation(
  ctx: RequestContext,
  employerId: string,
  locationId: string,
  input: z.output<typeof updateEmployerLocationRequest>,
): Promise<EmployerLocation> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.contacts');
  await ctx.mutate(async (tx, audit) => {
    await lockEmployer(tx, actor, employerId);
    const current = await findLocation(tx, employerId, locationId);
    if (!current) throw notFound('location');
    if (input.contactId) await assertLocationContact(tx, employerId, input.contactId);
    const changes: Partial<typeof employerLocations.$inferInsert> = {};
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(changes, { [key]: value });
    }
    if (changes.state) changes.state = changes.state.toUpperCase();
    const [after] = await tx
      .update(employerLocations)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(employerLocations.id, locationId))
      .returning();
    await audit.record({
      action: 'employer.location_updated',
      entityType: 'employer',
      entityId: employerId,
      before: { locationId, ...current },
      after: after ? { locationId, ...after } : null,
    });
  });
  const [location] = await listLocations(ctx.db, employerId, locationId);
  if (!location) throw notFound('location');
  return location;
}

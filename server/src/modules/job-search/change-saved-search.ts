import type { SavedSearch, updateSavedSearchRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { savedSearches } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { ownSavedSearch, snapshot, storedCriteria, toSavedSearch } from './saved-searches.store';

/**
 * SEEK-11: rename a saved search, change its criteria or turn its alerts on or off. Turning alerts
 * back on starts from now, so the next digest does not send what opened while they were off.
 */
export async function changeSavedSearch(
  ctx: RequestContext,
  id: string,
  body: z.output<typeof updateSavedSearchRequest>,
): Promise<SavedSearch> {
  const { seekerId } = ctx.requireSeeker();
  const criteria = body.criteria ? storedCriteria(body.criteria) : undefined;
  return ctx.mutate(async (tx, audit) => {
    const before = await ownSavedSearch(tx, seekerId, id);
    if (!before) throw notFound('saved search');
    const now = new Date();
    const [row] = await tx
      .update(savedSearches)
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(criteria ? { criteria } : {}),
        ...(body.alertsEnabled !== undefined ? { alertsEnabled: body.alertsEnabled } : {}),
        ...(body.alertsEnabled && !before.alertsEnabled ? { alertedThrough: now } : {}),
        updatedAt: now,
      })
      .where(eq(savedSearches.id, id))
      .returning();
    if (!row) throw notFound('saved search');
    await audit.record({
      action: 'portal.search_changed',
      entityType: 'saved_search',
      entityId: id,
      before: snapshot(before),
      after: snapshot(row),
    });
    return toSavedSearch(row);
  });
}

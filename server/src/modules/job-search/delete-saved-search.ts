import { eq } from 'drizzle-orm';
import { savedSearches } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { ownSavedSearch, snapshot } from './saved-searches.store';

/** SEEK-11: the seeker deletes a saved search; its alerts stop. */
export async function deleteSavedSearch(ctx: RequestContext, id: string) {
  const { seekerId } = ctx.requireSeeker();
  await ctx.mutate(async (tx, audit) => {
    const before = await ownSavedSearch(tx, seekerId, id);
    if (!before) throw notFound('saved search');
    await tx.delete(savedSearches).where(eq(savedSearches.id, id));
    await audit.record({
      action: 'portal.search_deleted',
      entityType: 'saved_search',
      entityId: id,
      before: snapshot(before),
    });
  });
  return { ok: true as const };
}

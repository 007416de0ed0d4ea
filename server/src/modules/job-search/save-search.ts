import type { SavedSearch } from '@onestop/contracts';
import { count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { saveSearchRequest } from '@onestop/contracts';
import { savedSearches, seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { ruleViolation } from '../../platform/errors';
import { MAX_SAVED_SEARCHES } from './job-search.rules';
import { snapshot, storedCriteria, toSavedSearch } from './saved-searches.store';

/**
 * SEEK-11: the seeker saves a search; with alerts on, the daily digest sends what opens from now
 * on (postings already on the board are what they just saw).
 */
export async function saveSearch(
  ctx: RequestContext,
  body: z.output<typeof saveSearchRequest>,
): Promise<SavedSearch> {
  const { seekerId } = ctx.requireSeeker();
  const criteria = storedCriteria(body.criteria);
  return ctx.mutate(async (tx, audit) => {
    // One seeker's saves are counted one at a time, so two at once cannot pass the limit.
    await tx.execute(sql`select 1 from ${seekers} where ${seekers.id} = ${seekerId} for update`);
    const [held] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(eq(savedSearches.seekerId, seekerId));
    if ((held?.n ?? 0) >= MAX_SAVED_SEARCHES) {
      throw ruleViolation(
        'SEEK-11',
        `You have ${MAX_SAVED_SEARCHES} saved searches, the most you can keep. Delete one you no longer need, then save this one.`,
      );
    }
    const [row] = await tx
      .insert(savedSearches)
      .values({ seekerId, name: body.name, criteria, alertsEnabled: body.alertsEnabled })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audit.record({
      action: 'portal.search_saved',
      entityType: 'saved_search',
      entityId: row.id,
      after: snapshot(row),
    });
    return toSavedSearch(row);
  });
}

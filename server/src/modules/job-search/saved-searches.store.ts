import type { JobSearchCriteria, SavedSearch } from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { savedSearches } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { originOf } from './job-search.queries';

/* Reads and checks the saved-search use cases share. */

export type SavedSearchRow = typeof savedSearches.$inferSelect;

/** Only what was filled in is stored, so the criteria read back as they were entered. */
export function storedCriteria(criteria: JobSearchCriteria): Record<string, unknown> {
  // An unknown ZIP could never alert: refused on the field, as the search itself does.
  try {
    originOf(criteria.zip);
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('VALIDATION_FAILED', error.message, {
        fields: [{ path: 'criteria.zip', message: error.message }],
      });
    throw error;
  }
  return Object.fromEntries(Object.entries(criteria).filter(([, v]) => v !== undefined));
}

export function toSavedSearch(row: SavedSearchRow): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    criteria: row.criteria as SavedSearch['criteria'],
    alertsEnabled: row.alertsEnabled,
    createdAt: row.createdAt.toISOString(),
    alertedThrough: row.alertedThrough.toISOString(),
  };
}

/** The seeker's own saved search, locked for the change; another's is not found. */
export async function ownSavedSearch(tx: Db, seekerId: string, id: string) {
  const [row] = await tx
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.seekerId, seekerId)))
    .for('update');
  return row ?? null;
}

export const snapshot = (row: SavedSearchRow) => ({
  name: row.name,
  criteria: row.criteria,
  alertsEnabled: row.alertsEnabled,
});

import { sql } from 'drizzle-orm';
import type { JobDefinition } from '../platform/jobs/jobs';

/** Sessions are kept a day past their end for incident review, then removed. */
export const purgeSessionsJob: JobDefinition = {
  name: 'sessions.purge',
  schedule: '17 * * * *',
  async handle(_data, { database, log }) {
    // Staff, job seekers and employer users each have their own sessions table.
    for (const table of ['sessions', 'seeker_sessions', 'employer_sessions']) {
      const result = await database.db.execute(sql`
        DELETE FROM ${sql.identifier(table)}
        WHERE revoked_at < now() - interval '1 day' OR last_seen_at < now() - interval '1 day'`);
      log.info(
        {
          table,
          removed: (result as { affectedRows?: number; rowCount?: number }).rowCount ?? null,
        },
        'purged old sessions',
      );
    }
  },
};

import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Cron (UTC) for scheduled jobs. */
  schedule?: string;
  handle(data: T, jobs: JobRunner): Promise<void>;
}

export interface JobRunner {
  boss: PgBoss;
  database: Database;
  log: Logger;
}

/**
 * pg-boss in the server's own process, on the same database (PGlite or PostgreSQL): queued work
 * lives in tables, so it survives a restart and resumes where it stopped.
 */
export async function startJobs(
  database: Database,
  log: Logger,
  definitions: JobDefinition[],
  options: { pollingIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  const runner: JobRunner = { boss, database, log };
  for (const def of definitions) {
    await boss.createQueue(def.name);
    await boss.work<object>(
      def.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
      async ([job]) => {
        if (job) await def.handle(job.data, runner);
      },
    );
    if (def.schedule) await boss.schedule(def.name, def.schedule);
  }
  return boss;
}

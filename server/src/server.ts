import type { FastifyInstance } from 'fastify';
import { backfillMatchFeatures } from './modules/matching/match-features.store';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { jobsFor } from './jobs';
import { allRoutes } from './modules';
import { warmOnetCatalog } from './modules/onet/onet.catalog';
import { hasDemoAccounts, seed, type SeedResult } from './db/seed/seed';
import type { Config } from './platform/config';
import { SsnVault, loadSecret } from './platform/crypto/ssn-vault';
import { openDatabase, type Database } from './platform/db/database';
import { migrate } from './platform/db/migrate';
import { sealPlaintextAlienNumbers } from './modules/profile/profile.store';
import { buildApp } from './platform/http/app';
import { createLogger } from './platform/logger';
import { startJobs } from './platform/jobs/jobs';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  boss: PgBoss | null;
  url: string;
  seeded: SeedResult;
  demoAccounts: boolean;
  stop(): Promise<void>;
}

/**
 * Opens the database, starts listening (so /health/live answers at once), migrates, seeds an empty
 * database, starts the job queue, and only then reports ready.
 */
export async function startServer(
  config: Config,
  log: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const vault = new SsnVault(loadSecret(config.secretKey));
  const database = await openDatabase(config.database);
  let ready = false;
  const app = await buildApp({
    config,
    database,
    vault,
    routes: allRoutes,
    isReady: () => ready,
    logger: log,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  try {
    const applied = await migrate(database);
    if (applied.length > 0) log.info({ applied }, 'applied migrations');
    // Migration 0008 cannot reach the key: A-numbers saved before it are encrypted here, once.
    const sealed = await sealPlaintextAlienNumbers(database.db, vault);
    if (sealed > 0)
      log.info({ sealed }, 'encrypted alien registration numbers saved in plain text');
    const seeded = await seed(database, config, log);
    // MATCH-1 features for rows written before migration 0015 or by a bulk load.
    const matched = await backfillMatchFeatures(database.db);
    if (matched > 0) log.info({ matched }, 'computed match features');
    warmOnetCatalog(); // the first title autocomplete should not pay for loading the catalog
    const boss = config.jobsEnabled ? await startJobs(database, log, jobsFor(config)) : null;
    ready = true;
    return {
      app,
      database,
      boss,
      seeded,
      demoAccounts: await hasDemoAccounts(database),
      url: config.publicUrl.replace(`:${config.port}`, `:${port}`),
      async stop() {
        await app.close();
        await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
        await database.close();
      },
    };
  } catch (err) {
    await app.close();
    await database.close();
    throw err;
  }
}

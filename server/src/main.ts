import { demoSignInLines } from './db/seed/demo-data';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { startServer } from './server';

const config = loadConfig();
const log = createLogger(config.logLevel);

try {
  const server = await startServer(config, log);
  const where =
    config.database.kind === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
      : 'PostgreSQL from DATABASE_URL';
  const lines = [
    '',
    `OneStop is running at ${server.url}`,
    `Database: ${where}`,
    `API docs: ${server.url}/api/docs`,
  ];
  if (server.demoAccounts) {
    lines.push('', ...demoSignInLines(config.demo && config.demoSeekers > 0));
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (err) {
  log.fatal({ err }, 'OneStop could not start');
  process.exit(1);
}

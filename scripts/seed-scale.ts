// Loads synthetic job seekers into the configured database (DATABASE_URL, else the embedded one in
// ./data), for scale tests and the seeker-search benchmark. Additive: each run adds more.
// Run from the repository root: npm run seed:scale -- --seekers 1000000
// With DATABASE_URL, set ONESTOP_SECRET_KEY to the key the server uses, or SSN search finds nothing.
// Prints progress on stderr and one JSON line {seekers, total, seconds} on stdout.
import { pino } from 'pino';
import { bulkSeedSeekers } from '../server/src/db/seed/bulk-seekers';
import { seed } from '../server/src/db/seed/seed';
import { loadConfig } from '../server/src/platform/config';
import { SsnVault, loadSecret } from '../server/src/platform/crypto/ssn-vault';
import { openDatabase } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';

function seekersOption(args: string[]): number {
  const at = args.indexOf('--seekers');
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  if (!Number.isInteger(value) || value < 1) {
    console.error('Usage: npm run seed:scale -- --seekers <how many to add, e.g. 1000000>');
    process.exit(1);
  }
  return value;
}

const count = seekersOption(process.argv.slice(2));
const config = loadConfig();
const vault = new SsnVault(loadSecret(config.secretKey));
const database = await openDatabase(config.database);
try {
  await migrate(database);
  // The built-in roles (and on the embedded database the demo), as at a server's first start.
  await seed(database, config, pino({ level: 'error' }));
  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'PGlite';
  console.error(`Adding ${count} job seekers to ${where}…`);
  let reported = 0;
  const result = await bulkSeedSeekers(database, vault, {
    count,
    pseudoSsnPrefix: config.seekers.pseudoSsnPrefix,
    onProgress(inserted, seconds) {
      if (inserted - reported >= Math.max(10_000, count / 20) || inserted === count) {
        reported = inserted;
        const rate = Math.round(inserted / Math.max(seconds, 0.1));
        console.error(`  ${inserted}/${count} after ${seconds} s (${rate} a second)`);
      }
    },
  });
  console.log(
    JSON.stringify({ seekers: result.inserted, total: result.total, seconds: result.seconds }),
  );
} finally {
  await database.close();
}

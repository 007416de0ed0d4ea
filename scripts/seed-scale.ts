// Loads synthetic job seekers and/or job postings into the configured database (DATABASE_URL, else
// the embedded one in ./data), for scale tests and the seeker-search, job-search and match
// benchmarks. Additive: each run adds more. Run from the repository root:
//   npm run seed:scale -- --seekers 1000000
//   npm run seed:scale -- --postings 500000      (with about one new employer per 50 postings)
//   npm run seed:scale -- --match-features       (MATCH-1 features for rows that have none)
// Seekers and postings it adds get their match features in the same run (synthetic work
// histories for the seekers, about 8% of them veterans; the app's own features for postings).
// --match-features alone fills in rows loaded before that, so a server start need not.
// With DATABASE_URL, set ONESTOP_SECRET_KEY to the key the server uses, or SSN search finds nothing.
// Postings need staff to own them: on a PostgreSQL database without the demo, add ONESTOP_DEMO=1
// (the demo accounts, seekers, employers and postings are seeded first, as at a first start).
// Prints progress on stderr and one JSON line per kind on stdout:
// {seekers, total, seconds}, {postings, employers, total, seconds} and
// {matchFeatures: {seekers, postings}, seconds}.
import { pino } from 'pino';
import {
  bulkRefreshPostingMatch,
  bulkSeedSeekerMatchFeatures,
} from '../server/src/db/seed/bulk-match-features';
import { bulkSeedPostings } from '../server/src/db/seed/bulk-postings';
import { bulkSeedSeekers } from '../server/src/db/seed/bulk-seekers';
import { seed } from '../server/src/db/seed/seed';
import { loadConfig } from '../server/src/platform/config';
import { SsnVault, loadSecret } from '../server/src/platform/crypto/ssn-vault';
import { openDatabase } from '../server/src/platform/db/database';
import { migrate } from '../server/src/platform/db/migrate';

function countOption(args: string[], name: string): number | null {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return null;
  const value = Number(args[at + 1]);
  return Number.isInteger(value) && value >= 1 ? value : NaN;
}

const args = process.argv.slice(2);
const seekerCount = countOption(args, 'seekers');
const postingCount = countOption(args, 'postings');
const matchOnly = args.includes('--match-features');
if (
  (seekerCount === null && postingCount === null && !matchOnly) ||
  Number.isNaN(seekerCount) ||
  Number.isNaN(postingCount)
) {
  console.error(
    'Usage: npm run seed:scale -- [--seekers <how many to add, e.g. 1000000>] [--postings <how many, e.g. 500000>] [--match-features]',
  );
  process.exit(1);
}

/** Reports every twentieth (at least every 10,000 rows; every 50,000 of an unknown count). */
function progress(what: string, count: number | null) {
  let reported = 0;
  return (inserted: number, seconds: number) => {
    const step = count === null ? 50_000 : Math.max(10_000, count / 20);
    if (inserted - reported >= step || inserted === count) {
      reported = inserted;
      const rate = Math.round(inserted / Math.max(seconds, 0.1));
      const done = count === null ? inserted : `${inserted}/${count}`;
      console.error(`  ${done} ${what} after ${seconds} s (${rate} a second)`);
    }
  };
}

const config = loadConfig();
const database = await openDatabase(config.database);
try {
  await migrate(database);
  // The built-in roles (and on the embedded database the demo), as at a server's first start.
  await seed(database, config, pino({ level: 'error' }));
  const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'PGlite';
  if (seekerCount) {
    const vault = new SsnVault(loadSecret(config.secretKey));
    console.error(`Adding ${seekerCount} job seekers to ${where}…`);
    const result = await bulkSeedSeekers(database, vault, {
      count: seekerCount,
      pseudoSsnPrefix: config.seekers.pseudoSsnPrefix,
      onProgress: progress('job seekers', seekerCount),
    });
    console.log(
      JSON.stringify({ seekers: result.inserted, total: result.total, seconds: result.seconds }),
    );
  }
  if (postingCount) {
    console.error(`Adding ${postingCount} job postings to ${where}…`);
    const result = await bulkSeedPostings(database, {
      count: postingCount,
      onProgress: progress('job postings', postingCount),
    });
    console.log(
      JSON.stringify({
        postings: result.inserted,
        employers: result.employers,
        total: result.total,
        seconds: result.seconds,
      }),
    );
  }
  // After any loading: rows without match features get them, whoever added them.
  console.error(`Computing match features in ${where}…`);
  const started = performance.now();
  const seekersMatched = await bulkSeedSeekerMatchFeatures(database, {
    onProgress: progress('job seekers matched', null),
  });
  const postingsMatched = await bulkRefreshPostingMatch(database, {
    onProgress: progress('job postings matched', null),
  });
  console.log(
    JSON.stringify({
      matchFeatures: { seekers: seekersMatched.written, postings: postingsMatched.written },
      seconds: Math.round((performance.now() - started) / 100) / 10,
    }),
  );
} finally {
  await database.close();
}

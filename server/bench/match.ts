// MATCH-1 and VET-2 benchmark: how fast the matching engine answers at state scale, called
// directly (no HTTP), against the PostgreSQL database in DATABASE_URL. Load it first:
//   ONESTOP_DEMO=1 npm run seed:scale -- --seekers 1000000 --postings 500000
// (a run adds match features for what it loads; `--match-features` alone fills in older rows).
// Migrations are applied first, as at a server start. Then --n samples per case (default 200)
// after a few untimed warm-ups, each for a random posting open on the board or a random seeker
// with features:
//   veteran-priority    runVeteranPriority for the posting as when it opens (it writes alerts,
//                       emails and the hold; in a transaction that is rolled back);
//   posting-candidates  rankCandidates, the posting's best 50 seekers;
//   seeker-matches      rankPostingsFor, the seeker's best 50 postings as the seeker sees them.
// One JSON line per case with the counts, p50, p95 and max in milliseconds and the median number
// of pairs scored (veterans scanned, for veteran-priority, with the median alerted), then one
// with the memory of this process and the size of the features on disk. Run from the repository
// root:
//   npm run bench -- match [--n 200] [--cases veteran-priority,posting-candidates,seeker-matches]
import { sql } from 'drizzle-orm';
import { Prng } from '../src/db/seed/prng';
import { seekerAudience } from '../src/modules/job-search/job-search.sql';
import { reachTokens } from '../src/modules/matching/match-features';
import {
  rankCandidates,
  rankPostingsFor,
  tokenArray,
} from '../src/modules/matching/matching.queries';
import { runVeteranPriority } from '../src/modules/matching/veteran-priority';
import { VETERAN_SETTINGS } from '../src/modules/matching/veteran-priority.rules';
import { loadConfig } from '../src/platform/config';
import { openDatabase, rowsOf, type Database } from '../src/platform/db/database';
import { migrate } from '../src/platform/db/migrate';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive number`);
  return value;
}
function text(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

const n = option('n', 200);
const WARM_UPS = 5;
const only = text('cases')?.split(',') ?? null;
const wants = (name: string) => !only || only.includes(name);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

async function counts(database: Database) {
  const [row] = (
    await database.executeSql(`
      SELECT (SELECT count(*) FROM seekers)::int AS seekers,
        (SELECT count(*) FROM seeker_match_features)::int AS with_features,
        (SELECT count(*) FROM seeker_match_features WHERE veteran)::int AS veterans,
        (SELECT count(*) FROM job_postings
          WHERE status = 'open' AND removed_from_board_at IS NULL AND match_tokens IS NOT NULL
        )::int AS postings`)
  ).rows;
  return {
    seekers: Number(row?.seekers ?? 0),
    seekersWithFeatures: Number(row?.with_features ?? 0),
    veterans: Number(row?.veterans ?? 0),
    postings: Number(row?.postings ?? 0),
  };
}

/** The first open, matched posting at or after a random id (wrapping round). */
async function randomPosting(database: Database, prng: Prng): Promise<string> {
  const find = `SELECT id FROM job_postings
    WHERE id >= $1::uuid AND status = 'open' AND removed_from_board_at IS NULL
      AND match_tokens IS NOT NULL
    ORDER BY id LIMIT 1`;
  // A random place to start from: the ids are random UUIDs, so this is a near-uniform draw.
  const row =
    (await database.executeSql(find, [prng.uuid()])).rows[0] ??
    (await database.executeSql(find, ['00000000-0000-0000-0000-000000000000'])).rows[0];
  if (!row) throw new Error('No open posting has match features.');
  return String(row.id);
}

async function randomSeeker(database: Database, prng: Prng): Promise<string> {
  const find = `SELECT seeker_id FROM seeker_match_features WHERE seeker_id >= $1::uuid
    ORDER BY seeker_id LIMIT 1`;
  const row =
    (await database.executeSql(find, [prng.uuid()])).rows[0] ??
    (await database.executeSql(find, ['00000000-0000-0000-0000-000000000000'])).rows[0];
  if (!row) throw new Error('No seeker has match features.');
  return String(row.seeker_id);
}

/** How many veterans the priority run scans for this posting (untimed, for the report). */
async function veteransScanned(database: Database, postingId: string): Promise<number> {
  const [posting] = rowsOf<{ code: string | null }>(
    await database.db.execute(
      sql`select match_features->>'onetCode' as code from job_postings where id = ${postingId}`,
    ),
  );
  if (!posting?.code) return 0;
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from (
        select 1 from seeker_match_features f join seekers s on s.id = f.seeker_id
        where f.veteran and f.tokens && ${tokenArray(reachTokens([posting.code]))}
          and s.seeker_status = 'active' and s.registration_status = 'active'
        limit ${VETERAN_SETTINGS.scanCap}) v`),
  );
  return Number(row?.n ?? 0);
}

class Rollback extends Error {}

interface Sample {
  ms: number;
  considered: number;
  alerted?: number;
}

const config = loadConfig();
if (config.database.kind !== 'postgres') {
  process.stderr.write(
    'Set DATABASE_URL to the PostgreSQL database that holds the seekers and postings (npm run seed:scale).\n',
  );
  process.exit(1);
}
const database = await openDatabase(config.database);
try {
  await migrate(database);
  const counted = await counts(database);
  if (counted.seekersWithFeatures === 0 || counted.postings === 0) {
    process.stderr.write(
      'No matched seekers or postings here yet: run npm run seed:scale -- --seekers N --postings N (or --match-features) first.\n',
    );
    process.exit(1);
  }
  const prng = new Prng(20_261_124);
  const db = database.db;
  const cases: [string, () => Promise<Sample>][] = [
    [
      'veteran-priority',
      async () => {
        const postingId = await randomPosting(database, prng);
        let alerted = 0;
        const started = performance.now();
        try {
          await db.transaction(async (tx) => {
            alerted = (await runVeteranPriority(tx, postingId, new Date(), config.publicUrl))
              .alerted;
            throw new Rollback();
          });
        } catch (err) {
          if (!(err instanceof Rollback)) throw err;
        }
        const ms = performance.now() - started;
        return { ms, alerted, considered: await veteransScanned(database, postingId) };
      },
    ],
    [
      'posting-candidates',
      async () => {
        const postingId = await randomPosting(database, prng);
        const started = performance.now();
        const found = await rankCandidates(db, postingId, { limit: 50, minStars: 0 });
        return { ms: performance.now() - started, considered: found?.considered ?? 0 };
      },
    ],
    [
      'seeker-matches',
      async () => {
        const seekerId = await randomSeeker(database, prng);
        const started = performance.now();
        // The audience is part of the request: the portal reads it for every "My matches".
        const audience = await seekerAudience(db, seekerId);
        const found = await rankPostingsFor(db, seekerId, audience, { limit: 50, minStars: 0 });
        return { ms: performance.now() - started, considered: found?.considered ?? 0 };
      },
    ],
  ];
  for (const [name, sample] of cases) {
    if (!wants(name)) continue;
    for (let i = 0; i < WARM_UPS; i++) await sample();
    const samples: Sample[] = [];
    for (let i = 0; i < n; i++) samples.push(await sample());
    const times = samples.map((s) => s.ms).sort((a, b) => a - b);
    const considered = samples.map((s) => s.considered).sort((a, b) => a - b);
    const alerted = samples.map((s) => s.alerted ?? 0).sort((a, b) => a - b);
    const line = {
      bench: 'match',
      case: name,
      seekers: counted.seekers,
      veterans: counted.veterans,
      postings: counted.postings,
      n,
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      max_ms: round(times.at(-1) ?? 0),
      median_considered: percentile(considered, 50),
      ...(name === 'veteran-priority' ? { median_alerted: percentile(alerted, 50) } : {}),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  const [size] = (
    await database.executeSql(
      `SELECT pg_total_relation_size('seeker_match_features')::bigint AS features,
         pg_relation_size('job_postings_board_match_idx')::bigint AS posting_index`,
    )
  ).rows;
  const memory = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'match',
      case: 'memory',
      rss_mb: mb(memory.rss),
      heap_used_mb: mb(memory.heapUsed),
      max_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      seeker_features_on_disk_mb: mb(Number(size?.features ?? 0)),
      posting_match_index_mb: mb(Number(size?.posting_index ?? 0)),
    })}\n`,
  );
} finally {
  await database.close();
}

// SEEK-3 benchmark: how fast staff find a job seeker among many. Against the database in
// DATABASE_URL (with the ONESTOP_SECRET_KEY its SSNs were sealed with), it makes sure at least
// --seekers job seekers exist (default 1,000,000; it adds the missing ones as `npm run seed:scale`
// does), then times searchSeekers, the function behind POST /api/v1/seekers/search, for each kind
// of query: SSN, exact name, misspelled name, email. Each kind runs --queries queries (default 300)
// drawn from existing rows, after a few untimed warm-up queries, one at a time. Prints one JSON
// line per kind with p50 and p95 in milliseconds and the share of queries whose row came back on
// the first page ("found"). Target: p95 under 50 ms at 1,000,000 seekers.
// Run from the repository root:
//   npm run bench -- seeker-search [--seekers N] [--queries Q] [--kinds ssn,name,fuzzy-name,email]
import { seekerSearchQuery, type SeekerSearchQuery } from '@onestop/contracts';
import { bulkSeedSeekers } from '../src/db/seed/bulk-seekers';
import { Prng } from '../src/db/seed/prng';
import { searchSeekers } from '../src/modules/seekers/seekers.queries';
import { formatSsn } from '../src/modules/seekers/ssn.rules';
import { loadConfig } from '../src/platform/config';
import { SsnVault, loadSecret } from '../src/platform/crypto/ssn-vault';
import { openDatabase } from '../src/platform/db/database';
import { migrate } from '../src/platform/db/migrate';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive number`);
  return value;
}

const wanted = option('seekers', 1_000_000);
const queries = option('queries', 300);
const kindsAt = process.argv.indexOf('--kinds');
const only = kindsAt >= 0 ? (process.argv[kindsAt + 1] ?? '').split(',') : null;
const config = loadConfig();
if (config.database.kind !== 'postgres') {
  process.stderr.write(
    'Set DATABASE_URL to a PostgreSQL database (a throwaway one: the benchmark adds job seekers) and ONESTOP_SECRET_KEY.\n',
  );
  process.exit(1);
}
const vault = new SsnVault(loadSecret(config.secretKey));
const database = await openDatabase(config.database);

/** A typing slip in the name: two letters swapped, one dropped, or one doubled. */
function misspell(prng: Prng, name: string): string {
  const at = prng.int(1, Math.max(1, name.length - 2));
  const slip = prng.int(0, 2);
  if (slip === 0 && at + 1 < name.length)
    return name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2);
  if (slip === 1 && name.length > 4) return name.slice(0, at) + name.slice(at + 1);
  return name.slice(0, at) + name.charAt(at) + name.slice(at);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

try {
  await migrate(database);
  const [existing] = (await database.executeSql('SELECT count(*)::int AS n FROM seekers')).rows;
  const have = Number(existing?.n ?? 0);
  if (have < wanted) {
    process.stderr.write(`Adding ${wanted - have} job seekers (there are ${have})…\n`);
    await bulkSeedSeekers(database, vault, {
      count: wanted - have,
      pseudoSsnPrefix: config.seekers.pseudoSsnPrefix,
    });
  }
  const [total] = (await database.executeSql('SELECT count(*)::int AS n FROM seekers')).rows;
  const seekers = Number(total?.n ?? 0);
  // Real SSNs and real emails: a pseudo-SSN or a placeholder email is not what staff type in.
  const sample = (
    await database.executeSql(
      `SELECT id, first_name, last_name, email, ssn_ciphertext FROM seekers
       WHERE NOT ssn_is_pseudo AND NOT email_is_placeholder ORDER BY random() LIMIT $1`,
      [queries],
    )
  ).rows as {
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    ssn_ciphertext: string;
  }[];
  const prng = new Prng(20_260_601);
  const kinds: {
    kind: string;
    query: (row: (typeof sample)[number]) => Partial<SeekerSearchQuery>;
  }[] = [
    { kind: 'ssn', query: (row) => ({ ssn: formatSsn(vault.decrypt(row.ssn_ciphertext)) }) },
    { kind: 'name', query: (row) => ({ name: `${row.first_name} ${row.last_name}` }) },
    {
      kind: 'fuzzy-name',
      query: (row) => ({
        name: prng.chance(0.5)
          ? `${misspell(prng, row.first_name)} ${row.last_name}`
          : `${row.first_name} ${misspell(prng, row.last_name)}`,
      }),
    },
    { kind: 'email', query: (row) => ({ email: row.email }) },
  ];
  for (const { kind, query } of kinds.filter((k) => !only || only.includes(k.kind))) {
    const cases = sample.map((row) => ({ id: row.id, q: seekerSearchQuery.parse(query(row)) }));
    for (const { q } of cases.slice(0, 5)) await searchSeekers(database.db, vault, q);
    const times: number[] = [];
    let found = 0;
    for (const { id, q } of cases) {
      const started = performance.now();
      const result = await searchSeekers(database.db, vault, q);
      times.push(performance.now() - started);
      if (result.items.some((item) => item.id === id)) found += 1;
    }
    times.sort((a, b) => a - b);
    const line = {
      bench: 'seeker-search',
      kind,
      seekers,
      queries: cases.length,
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      max_ms: round(times.at(-1) ?? 0),
      found: Math.round((found / Math.max(1, cases.length)) * 1000) / 1000,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
} finally {
  await database.close();
}

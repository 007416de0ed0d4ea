// SEEK-11 benchmark: how fast the public job board answers, through HTTP, GET /api/v1/jobs.
// Against the PostgreSQL database in DATABASE_URL, which must already hold postings: load them
// first with `npm run seed:scale -- --postings 500000` (ONESTOP_DEMO=1 on a fresh database, so
// that staff exist to own them). The benchmark starts a server on loopback (a child process, so
// that the load generator does not share its event loop) unless --url names a running one.
// 1. Latency, one request at a time, --n requests per case after a few untimed warm-ups:
//    keyword (a rotating list of job words), keyword-radius (the same words within 25 miles of
//    rotating Kentucky ZIP codes), filter (an occupation major group, a least hourly pay and posted
//    within 7 days, no words). One JSON line each with p50 and p95 in milliseconds.
// 2. Concurrency: --users simulated users (default 200) for --seconds (default 60), each looping a
//    random mix of the three over keep-alive connections, no think time. One JSON line with
//    throughput (requests a second), p50, p95 and the count of errors (non-200 answers or failures).
// Run from the repository root:
//   npm run bench -- job-search [--n 200] [--users 200] [--seconds 60] [--url http://127.0.0.1:3000]
//                               [--cases keyword,keyword-radius,filter,concurrency]
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { Prng } from '../src/db/seed/prng';
import { loadConfig } from '../src/platform/config';
import { openDatabase } from '../src/platform/db/database';

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
const users = option('users', 200);
const seconds = option('seconds', 60);
const only = text('cases')?.split(',') ?? null;
const wants = (name: string) => !only || only.includes(name);

const KEYWORDS = [
  'forklift',
  'nurse',
  'cashier',
  'welder',
  'driver',
  'warehouse',
  'truck driver',
  'maintenance technician',
  'customer service',
  'cook',
  'medical assistant',
  'electrician',
  'production',
  'CDL',
  'teacher',
  'accountant',
  'security officer',
  'janitor',
  'HVAC',
  'pharmacy technician',
];
const ZIPS = ['40601', '40507', '40202', '42001', '40741', '42101', '41011', '40324', '42301'];
const GROUPS = ['53', '51', '29', '31', '35', '41', '43', '47', '49'];
const PAY = [14, 16, 18, 20, 25];

type Case = 'keyword' | 'keyword-radius' | 'filter';
const CASES: Case[] = ['keyword', 'keyword-radius', 'filter'];

function queryFor(kind: Case, prng: Prng): string {
  const q = new URLSearchParams();
  if (kind !== 'filter') q.set('q', prng.pick(KEYWORDS));
  if (kind === 'keyword-radius') {
    q.set('zip', prng.pick(ZIPS));
    q.set('radiusMiles', '25');
  }
  if (kind === 'filter') {
    q.set('occupation', prng.pick(GROUPS));
    q.set('payAtLeast', String(prng.pick(PAY)));
    q.set('postedWithinDays', '7');
  }
  return `/api/v1/jobs?${q.toString()}`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(users, 1) });

interface Answer {
  status: number;
  ms: number;
  /** The result's `total` (how many postings matched), when asked to read the body. */
  total?: number;
}

/** One GET; resolves with the status and the milliseconds it took (the body read to its end). */
function get(base: URL, path: string, readTotal = false): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(
      {
        host: base.hostname,
        port: base.port,
        path,
        agent,
        headers: { accept: 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (readTotal) chunks.push(chunk);
        });
        res.on('end', () => {
          const ms = performance.now() - started;
          const status = res.statusCode ?? 0;
          if (!readTotal || status !== 200) return resolve({ status, ms });
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { total?: number };
          resolve({ status, ms, total: Number(body.total ?? 0) });
        });
        res.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A server on loopback over the same database, without background jobs or request logs. */
async function startChildServer(): Promise<{ base: URL; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ONESTOP_JOBS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = new URL(`http://127.0.0.1:${port}`);
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error('The server stopped while starting.');
    const ready = await get(base, '/health/ready');
    if (ready.status === 200) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('The server did not become ready in 150 s.');
}

const config = loadConfig();
if (config.database.kind !== 'postgres') {
  process.stderr.write(
    'Set DATABASE_URL to the PostgreSQL database that holds the postings (npm run seed:scale -- --postings N).\n',
  );
  process.exit(1);
}
const database = await openDatabase(config.database);
const [counted] = (
  await database.executeSql(
    `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE status = 'open' AND removed_from_board_at IS NULL)::int AS on_board
     FROM job_postings`,
  )
).rows;
await database.close();
const postings = Number(counted?.total ?? 0);
const onBoard = Number(counted?.on_board ?? 0);
if (postings === 0) {
  process.stderr.write('No postings here yet: run npm run seed:scale -- --postings N first.\n');
  process.exit(1);
}

const given = text('url');
const server = given ? { base: new URL(given), child: null } : await startChildServer();
const prng = new Prng(20_261_123);
try {
  for (const kind of CASES.filter(wants)) {
    for (let i = 0; i < 10; i++) await get(server.base, queryFor(kind, prng));
    const times: number[] = [];
    const totals: number[] = [];
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const { status, ms, total } = await get(server.base, queryFor(kind, prng), true);
      if (status !== 200) errors += 1;
      times.push(ms);
      if (total !== undefined) totals.push(total);
    }
    totals.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const line = {
      bench: 'job-search',
      case: kind,
      postings,
      on_board: onBoard,
      n,
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      max_ms: round(times.at(-1) ?? 0),
      // How many postings a query of this case matches, at the median: the work behind a page.
      median_matches: percentile(totals, 50),
      errors,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (wants('concurrency')) {
    const until = performance.now() + seconds * 1000;
    const times: number[] = [];
    let errors = 0;
    const user = async (id: number) => {
      const mine = new Prng(id + 1);
      while (performance.now() < until) {
        const { status, ms } = await get(server.base, queryFor(mine.pick(CASES), mine));
        if (status !== 200) errors += 1;
        times.push(ms);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
    const elapsed = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const line = {
      bench: 'job-search',
      case: 'concurrency',
      postings,
      on_board: onBoard,
      users,
      seconds: Math.round(elapsed * 10) / 10,
      requests: times.length,
      rps: Math.round((times.length / elapsed) * 10) / 10,
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      max_ms: round(times.at(-1) ?? 0),
      errors,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
} finally {
  agent.destroy();
  server.child?.kill('SIGTERM');
}

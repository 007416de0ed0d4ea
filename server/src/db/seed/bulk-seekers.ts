import crypto from 'node:crypto';
import { ssnProblem, pseudoSsn } from '../../modules/seekers/ssn.rules';
import type { SsnVault } from '../../platform/crypto/ssn-vault';
import type { Database } from '../../platform/db/database';
import { KY_PLACES_WEIGHTED, STREETS } from './ky-places';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './person-names';
import { Prng } from './prng';

/**
 * Synthetic job seekers in bulk, for scale tests and the seeker-search benchmark: a million in a
 * few minutes on PostgreSQL. Rows go in as INSERT … SELECT FROM unnest(arrays), ten thousand per
 * statement, two statements in flight, so the server indexes one chunk while Node encrypts the
 * next.
 * SSNs are sealed and hashed by the app's SsnVault, so search by SSN works as for real records.
 */

/**
 * Real SSNs the SSA could issue (ssn.rules): areas 001–665 and 667–899, groups 01–99, serials
 * 0001–9999. Sequence number k maps to one of them through a fixed permutation of that space
 * (k·a + b mod its size, a coprime with the size), so every k gives a different, scattered SSN.
 */
const AREAS = 898;
const SPACE = BigInt(AREAS * 99 * 9999);
const STRIDE = 2654435761n;
const SHIFT = 104_729_023n;

export function syntheticSsn(k: number): string {
  let x = Number((BigInt(k) * STRIDE + SHIFT) % SPACE);
  const serial = (x % 9999) + 1;
  x = Math.floor(x / 9999);
  const group = (x % 99) + 1;
  const areaIndex = Math.floor(x / 99);
  const area = areaIndex < 665 ? areaIndex + 1 : areaIndex + 2; // skips 666
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(area, 3)}${pad(group, 2)}${pad(serial, 4)}`;
}

const COLUMNS = [
  ['id', 'uuid'],
  ['first_name', 'text'],
  ['middle_initial', 'text'],
  ['last_name', 'text'],
  ['birth_date', 'date'],
  ['ssn_ciphertext', 'text'],
  ['ssn_hash', 'text'],
  ['ssn_last4', 'text'],
  ['ssn_is_pseudo', 'bool'],
  ['email', 'text'],
  ['email_is_placeholder', 'bool'],
  ['phone', 'text'],
  ['address1', 'text'],
  ['city', 'text'],
  ['state', 'text'],
  ['zip', 'text'],
  ['county', 'text'],
  ['registration_status', 'active_status'],
  ['seeker_status', 'active_status'],
  ['registration_method', 'registration_method'],
  ['created_by_staff_id', 'uuid'],
  ['created_in_office_id', 'uuid'],
  ['registration_completed_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

type Column = (typeof COLUMNS)[number][0];
type Chunk = Record<Column, unknown[]>;

// Enum arrays travel as text[] and are cast per element: a client cannot name the enum array type.
const ENUMS = new Set<string>(['active_status', 'registration_method']);
const names = COLUMNS.map(([name]) => name).join(', ');
const casts = COLUMNS.map(([name, type]) => (ENUMS.has(type) ? `${name}::${type}` : name));
const params = COLUMNS.map(([, type], i) => `$${i + 1}::${ENUMS.has(type) ? 'text' : type}[]`);
const INSERT_SQL = `
WITH inserted AS (
  INSERT INTO seekers (${names})
  SELECT ${casts.join(', ')} FROM unnest(${params.join(', ')}) AS t(${names})
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS n FROM inserted`;

const DAY_MS = 86_400_000;
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

interface Registrar {
  staffId: string;
  officeId: string;
}

/** Rows for sequence numbers from..from+size-1: the same per k, except random UUIDs and IVs. */
function generate(from: number, size: number, ctx: GenerateContext): Chunk {
  const chunk = Object.fromEntries(COLUMNS.map(([name]) => [name, []])) as unknown as Chunk;
  const push = (column: Column, value: unknown) => chunk[column].push(value);
  const prng = new Prng(0xb01c + from);
  for (let k = from; k < from + size; k++) {
    const id = crypto.randomUUID();
    const female = prng.chance(0.5);
    const first = prng.pickCommon(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, 1.5);
    const last = prng.pickCommon(LAST_NAMES, 1.6);
    const age = 18 + Math.floor(((prng.next() + prng.next()) / 2) * 52);
    const birth = new Date(ctx.now - (age * 365.25 + prng.int(0, 364)) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const real = syntheticSsn(k);
    const pseudo = prng.chance(0.03) || ssnProblem(real) !== null;
    const ssn = pseudo ? pseudoSsn(ctx.pseudoSsnPrefix, birth) : real;
    const place = prng.pick(KY_PLACES_WEIGHTED);
    const noEmail = prng.chance(0.04);
    const registrar =
      ctx.registrars.length > 0 && prng.chance(0.4) ? prng.pick(ctx.registrars) : null;
    const at = new Date(ctx.now - prng.int(1, 5 * 365) * DAY_MS - prng.int(0, DAY_MS));
    push('id', id);
    push('first_name', first);
    push('middle_initial', prng.chance(0.6) ? prng.pick(INITIALS.split('')) : null);
    push('last_name', last);
    push('birth_date', birth);
    push('ssn_ciphertext', ctx.vault.encrypt(ssn));
    push('ssn_hash', ctx.vault.hash(ssn));
    push('ssn_last4', ssn.slice(5));
    push('ssn_is_pseudo', pseudo);
    // The sequence number makes each email unique, also across runs.
    push(
      'email',
      noEmail
        ? `no-email-${id.slice(0, 8)}@placeholder.invalid`
        : `${first}.${last}.${k}@${prng.pick(EMAIL_DOMAINS)}`.toLowerCase(),
    );
    push('email_is_placeholder', noEmail);
    push('phone', `(${place.areaCode}) 555-01${String(prng.int(0, 99)).padStart(2, '0')}`);
    push('address1', `${prng.int(100, 9899)} ${prng.pick(STREETS)}`);
    push('city', place.city);
    push('state', 'KY');
    push('zip', place.zip);
    push('county', place.county);
    push('registration_status', prng.chance(0.06) ? 'inactive' : 'active');
    push('seeker_status', prng.chance(0.12) ? 'inactive' : 'active');
    push('registration_method', registrar ? 'staff' : 'self');
    push('created_by_staff_id', registrar?.staffId ?? null);
    push('created_in_office_id', registrar?.officeId ?? null);
    push('registration_completed_at', at.toISOString());
    push('created_at', at.toISOString());
    push('updated_at', at.toISOString());
  }
  return chunk;
}

interface GenerateContext {
  vault: SsnVault;
  pseudoSsnPrefix: string;
  registrars: Registrar[];
  now: number;
}

export interface BulkSeedResult {
  /** Rows added by this run. */
  inserted: number;
  /** Job seekers in the database afterwards. */
  total: number;
  seconds: number;
}

/**
 * Adds `count` synthetic job seekers. Additive: sequence numbers continue from the rows already
 * there, and a row that collides with an existing SSN or email is skipped and made up for.
 */
export async function bulkSeedSeekers(
  database: Database,
  vault: SsnVault,
  options: {
    count: number;
    pseudoSsnPrefix: string;
    chunkSize?: number;
    onProgress?: (inserted: number, seconds: number) => void;
  },
): Promise<BulkSeedResult> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const chunkSize = options.chunkSize ?? 10_000;
  const [existing] = (await database.executeSql('SELECT count(*)::int AS n FROM seekers')).rows;
  let next = Number(existing?.n ?? 0);
  const registrars = (
    await database.executeSql(
      `SELECT s.id AS "staffId", so.office_id AS "officeId"
       FROM staff s JOIN staff_offices so ON so.staff_id = s.id`,
    )
  ).rows as unknown as Registrar[];
  const ctx: GenerateContext = {
    vault,
    pseudoSsnPrefix: options.pseudoSsnPrefix,
    registrars,
    now: Date.now(),
  };
  // PGlite runs one statement at a time; PostgreSQL indexes one chunk while Node builds the next.
  const parallel = database.kind === 'postgres' ? 2 : 1;
  let inserted = 0;
  let planned = 0;
  let emptyChunks = 0;
  const inFlight = new Set<Promise<void>>();
  while (inserted < options.count) {
    while (planned < options.count && inFlight.size < parallel) {
      const size = Math.min(chunkSize, options.count - planned);
      const chunk = generate(next, size, ctx);
      next += size;
      planned += size;
      const values = COLUMNS.map(([name]) => chunk[name]);
      const task: Promise<void> = database.executeSql(INSERT_SQL, values).then((result) => {
        const n = Number(result.rows[0]?.n ?? 0);
        emptyChunks = n === 0 ? emptyChunks + 1 : 0;
        inserted += n;
        planned -= size - n; // skipped rows are planned again
        inFlight.delete(task);
        options.onProgress?.(inserted, seconds());
      });
      inFlight.add(task);
    }
    if (emptyChunks >= 3) throw new Error('Every row collided with existing job seekers.');
    await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  // Fresh planner statistics (a table that grew a millionfold plans badly without them), and hint
  // bits and the visibility map set now rather than by the first queries that read the new rows.
  await database.executeSql('VACUUM (ANALYZE) seekers');
  const [after] = (await database.executeSql('SELECT count(*)::int AS n FROM seekers')).rows;
  return { inserted, total: Number(after?.n ?? 0), seconds: seconds() };
}

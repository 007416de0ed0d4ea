import type {
  DuplicateCheckResult,
  SeekerDetail,
  SeekerSearchQuery,
  SeekerSearchResult,
  SeekerSummary,
} from '@onestop/contracts';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { seekerAccounts, seekers } from '../../db/schema';
import type { SsnVault } from '../../platform/crypto/ssn-vault';
import type { Db } from '../../platform/db/database';
import { invalid } from '../../platform/errors';
import { formatSsn, maskSsn, ssnDigits } from './ssn.rules';

type SeekerRow = typeof seekers.$inferSelect;

const columns = {
  seeker: seekers,
  hasAccount: sql<boolean>`${seekerAccounts.seekerId} is not null`,
};

export function toSummary(s: SeekerRow, hasAccount: boolean): SeekerSummary {
  return {
    id: s.id,
    recordNumber: s.recordNumber,
    firstName: s.firstName,
    middleInitial: s.middleInitial,
    lastName: s.lastName,
    birthDate: s.birthDate,
    ssnMasked: maskSsn(s.ssnLast4),
    ssnIsPseudo: s.ssnIsPseudo,
    email: s.email,
    emailIsPlaceholder: s.emailIsPlaceholder,
    phone: s.phone,
    city: s.city,
    state: s.state,
    zip: s.zip,
    registrationStatus: s.registrationStatus,
    seekerStatus: s.seekerStatus,
    registrationComplete: s.registrationCompletedAt !== null,
    hasAccount,
  };
}

export function toDetail(s: SeekerRow, hasAccount: boolean, vault: SsnVault): SeekerDetail {
  return {
    ...toSummary(s, hasAccount),
    // A pseudo-SSN is made from the birth date and a public prefix: it protects nothing to show it.
    pseudoSsn: s.ssnIsPseudo && s.ssnCiphertext ? formatSsn(vault.decrypt(s.ssnCiphertext)) : null,
    address1: s.address1,
    address2: s.address2,
    county: s.county,
    registrationMethod: s.registrationMethod,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function findSeekerRow(db: Db, id: string) {
  const [row] = await db
    .select(columns)
    .from(seekers)
    .leftJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
    .where(eq(seekers.id, id));
  return row ?? null;
}

/** What an audit row may say about a seeker: never the SSN, its ciphertext or its hash. */
export function seekerSnapshot(s: SeekerRow) {
  const { ssnCiphertext: _c, ssnHash: _h, searchName: _n, phoneDigits: _p, ...rest } = s;
  return rest;
}

/**
 * SEEK-3: a fuzzy name. One word: trigram similarity on the whole name. Two or more words (first …
 * last, in either order): first narrowed to people whose names sound alike (soundex) or share the
 * exact last or first name and the other's initial — indexed keys, so a common first name does not
 * make the database rank every "james …" in the state — then ranked by trigram similarity.
 */
/**
 * pg_trgm's default threshold for `%`. The narrowed form spells it out as a plain filter because
 * with `%` the planner also scans the trigram index for the whole name and intersects the two,
 * which costs more than checking the few hundred narrowed rows.
 */
const TRIGRAM_THRESHOLD = 0.3;

function nameMatch(name: string): SQL {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length < 2) return sql`${seekers.searchName} % ${name}`;
  const lastName = sql`lower(${seekers.lastName})`;
  const firstName = sql`lower(${seekers.firstName})`;
  return sql`(
    (soundex(${seekers.lastName}) = soundex(${last}) AND soundex(${seekers.firstName}) = soundex(${first}))
    OR (soundex(${seekers.lastName}) = soundex(${first}) AND soundex(${seekers.firstName}) = soundex(${last}))
    OR (${lastName} = ${last} AND left(${firstName}, 1) = ${first.slice(0, 1)})
    OR (${firstName} = ${first} AND left(${lastName}, 1) = ${last.slice(0, 1)})
  ) AND similarity(${seekers.searchName}, ${name}) >= ${TRIGRAM_THRESHOLD}`;
}

/** SEEK-3: exact SSN (by keyed hash), record number, email, phone; fuzzy name by trigram similarity. */
export async function searchSeekers(
  db: Db,
  vault: SsnVault,
  q: SeekerSearchQuery,
): Promise<SeekerSearchResult> {
  const filters: SQL[] = [];
  if (q.ssn) {
    const digits = ssnDigits(q.ssn);
    if (!digits) throw invalid('ssn', 'Enter the 9 digits of the SSN.');
    filters.push(eq(seekers.ssnHash, vault.hash(digits)));
  }
  if (q.recordNumber) filters.push(eq(seekers.recordNumber, q.recordNumber));
  if (q.email) filters.push(sql`lower(${seekers.email}) = ${q.email.toLowerCase()}`);
  if (q.phone) {
    const digits = q.phone.replace(/\D/g, '');
    if (digits.length !== 10) throw invalid('phone', 'Enter the 10 digits of the phone number.');
    filters.push(eq(seekers.phoneDigits, digits));
  }
  const name = q.name?.toLowerCase().replace(/\s+/g, ' ');
  if (name) filters.push(nameMatch(name));
  if (filters.length === 0) {
    throw invalid(
      'name',
      'Enter an SSN, a name, an email, a record number or a phone number to search.',
    );
  }
  const where = and(...filters);
  const similarity = name
    ? sql<number>`similarity(${seekers.searchName}, ${name})`
    : sql<number>`0`;
  const order =
    q.sort === 'name'
      ? [
          asc(sql`lower(${seekers.lastName})`),
          asc(sql`lower(${seekers.firstName})`),
          asc(seekers.id),
        ]
      : q.sort === 'recent' || !name
        ? [desc(seekers.createdAt), asc(seekers.id)]
        : [desc(similarity), asc(seekers.id)];
  // One pass gives the page and the total; only a page past the end needs its own count.
  const rows = await db
    .select({ ...columns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(seekers)
    .leftJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
    .where(where)
    .orderBy(...order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [counted] = await db.select({ n: count() }).from(seekers).where(where);
    total = counted?.n ?? 0;
  }
  return {
    items: rows.map((r) => toSummary(r.seeker, r.hasAccount)),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

/** Similarity above which a name with the same birth date counts as a likely duplicate. */
const LIKELY_DUPLICATE_SIMILARITY = 0.45;

export async function findDuplicates(
  db: Db,
  vault: SsnVault,
  input: { firstName: string; lastName: string; birthDate: string; ssnDigits: string | null },
): Promise<DuplicateCheckResult> {
  const name = `${input.firstName} ${input.lastName}`.toLowerCase().replace(/\s+/g, ' ');
  let sameSsn: SeekerSummary | null = null;
  if (input.ssnDigits) {
    const [row] = await db
      .select(columns)
      .from(seekers)
      .leftJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
      .where(and(eq(seekers.ssnHash, vault.hash(input.ssnDigits)), eq(seekers.ssnIsPseudo, false)));
    sameSsn = row ? toSummary(row.seeker, row.hasAccount) : null;
  }
  const similarity = sql<number>`similarity(${seekers.searchName}, ${name})`;
  const likely = await db
    .select({ ...columns, similarity })
    .from(seekers)
    .leftJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
    .where(
      and(
        eq(seekers.birthDate, input.birthDate),
        sql`${similarity} >= ${LIKELY_DUPLICATE_SIMILARITY}`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(10);
  return {
    sameSsn,
    likely: likely.map((r) => ({
      ...toSummary(r.seeker, r.hasAccount),
      similarity: Number(r.similarity),
    })),
  };
}

import type {
  EmployerDuplicateCheckResult,
  EmployerSearchQuery,
  EmployerSearchResult,
} from '@onestop/contracts';
import { and, asc, count, desc, eq, exists, ne, or, sql, type SQL } from 'drizzle-orm';
import { employerContacts, employers, offices } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { invalid } from '../../platform/errors';
import { findFeinHolder, inScope, summaryColumns, toSummary } from './employers.queries';
import { feinDigits } from './employers.rules';

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A name found inside a longer one ("acme" in "acme tool & die llc"), misspellings included:
 * pg_trgm word similarity, written `column %> query` so the trigram index serves it.
 */
const nameLike = (column: SQL | typeof employers.searchName, name: string) =>
  sql`${column} %> ${name}`;

/**
 * EMP-2: employer name (fuzzy), contact name (fuzzy), FEIN (exact) and contact email (exact,
 * any case), within the actor's offices (SEC-4).
 */
export async function searchEmployers(
  db: Db,
  actor: Actor,
  q: EmployerSearchQuery,
): Promise<EmployerSearchResult> {
  const filters: (SQL | undefined)[] = [inScope(actor)];
  const name = q.name ? normalise(q.name) : null;
  if (name) filters.push(nameLike(employers.searchName, name));
  if (q.fein) {
    const digits = feinDigits(q.fein);
    if (!digits) throw invalid('fein', 'Enter the 9 digits of the FEIN, like 12-3456789.');
    filters.push(eq(employers.fein, digits));
  }
  if (q.contactName) {
    filters.push(
      exists(
        sql`(select 1 from ${employerContacts} c where c.employer_id = ${employers.id} and c.search_name %> ${normalise(q.contactName)})`,
      ),
    );
  }
  if (q.contactEmail) {
    const email = q.contactEmail.trim().toLowerCase();
    filters.push(
      or(
        sql`lower(${employers.email}) = ${email}`,
        exists(
          sql`(select 1 from ${employerContacts} c where c.employer_id = ${employers.id} and lower(c.email) = ${email})`,
        ),
      ),
    );
  }
  if (filters.length === 1) {
    throw invalid(
      'name',
      'Enter an employer name, a contact name, a FEIN or a contact email to search.',
    );
  }
  if (q.status) filters.push(eq(employers.status, q.status));
  const where = and(...filters);
  const relevance = name
    ? sql<number>`word_similarity(${name}, ${employers.searchName})`
    : sql<number>`0`;
  const byName = [asc(sql`lower(${employers.legalName})`), asc(employers.id)];
  const order =
    q.sort === 'recent'
      ? [desc(employers.createdAt), asc(employers.id)]
      : q.sort === 'name' || !name
        ? byName
        : [desc(relevance), ...byName];
  const rows = await db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(where)
    .orderBy(...order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [counted] = await db.select({ n: count() }).from(employers).where(where);
    total = counted?.n ?? 0;
  }
  return {
    items: rows.map((r) => toSummary(r.employer, r.officeName)),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

/** Similarity from which a name with the same ZIP code or phone counts as a likely duplicate. */
const LIKELY_DUPLICATE_SIMILARITY = 0.5;

/**
 * EMP-2: before creating, the record that already holds the FEIN (anywhere in the state) and the
 * records in the actor's offices with a similar name and the same ZIP code or phone.
 */
export async function findEmployerDuplicates(
  db: Db,
  actor: Actor,
  input: {
    legalName: string;
    tradeName?: string | undefined;
    fein?: string | undefined;
    zip?: string | undefined;
    phone?: string | undefined;
  },
): Promise<EmployerDuplicateCheckResult> {
  const digits = input.fein ? feinDigits(input.fein) : null;
  const sameFein = digits ? await findFeinHolder(db, digits) : null;
  const zip = input.zip?.slice(0, 5) ?? null;
  const phone = input.phone?.replace(/\D/g, '') ?? null;
  if (!zip && !phone) return { sameFein, likely: [] };
  const names = [input.legalName, input.tradeName].filter((n): n is string => !!n).map(normalise);
  const similarity = sql<number>`greatest(${sql.join(
    names.map(
      (n) =>
        sql`similarity(${employers.searchName}, ${n}), word_similarity(${n}, ${employers.searchName})`,
    ),
    sql`, `,
  )})`;
  const sameZip = zip ? sql<boolean>`left(${employers.zip}, 5) = ${zip}` : sql<boolean>`false`;
  const samePhone = phone ? sql<boolean>`${employers.phoneDigits} = ${phone}` : sql<boolean>`false`;
  const rows = await db
    .select({ ...summaryColumns, similarity, sameZip, samePhone })
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(
      and(
        inScope(actor),
        ne(employers.status, 'inactive'),
        or(sameZip, samePhone),
        or(
          ...names.flatMap((n) => [
            sql`${employers.searchName} % ${n}`,
            nameLike(employers.searchName, n),
          ]),
        ),
        sql`${similarity} >= ${LIKELY_DUPLICATE_SIMILARITY}`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(10);
  return {
    sameFein,
    likely: rows.map((r) => ({
      ...toSummary(r.employer, r.officeName),
      similarity: Number(r.similarity),
      sameZip: Boolean(r.sameZip),
      samePhone: Boolean(r.samePhone),
    })),
  };
}

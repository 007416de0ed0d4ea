import crypto from 'node:crypto';
import { zipCentroid, zipsWithinMiles } from '../../modules/geo/zip-centroids';
import { addDays, isoDay } from '../../modules/postings/postings.rules';
import type { Database } from '../../platform/db/database';
import { INDUSTRIES_WEIGHTED, syntheticFein, type Industry } from './employer-industries';
import { KY_PLACES_WEIGHTED, STREETS } from './ky-places';
import { employerName } from './demo-employers';
import { buildPostingContent } from './posting-templates';
import { Prng } from './prng';

/**
 * Synthetic employers and job postings in bulk, for scale tests and the job-search benchmark:
 * half a million postings in minutes on PostgreSQL. Built from the demo's posting templates (O*NET
 * tasks, BLS wages) at Kentucky ZIP codes, mostly open and on the board, posted over the last 30
 * days. Rows go in as INSERT … SELECT FROM unnest(arrays), a few thousand per statement, two
 * statements in flight, so the server computes search vectors and indexes while Node builds the
 * next chunk. Additive: each run adds more.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Postings per synthetic employer, on average. */
export const POSTINGS_PER_EMPLOYER = 50;

type Column = readonly [name: string, type: string, cast?: string];

function insertSql(table: string, columns: readonly Column[], returning: string): string {
  const names = columns.map(([name]) => name).join(', ');
  // Enums and enum arrays travel as text and are cast per row: a client cannot name their types.
  const casts = columns.map(([name, , cast]) => (cast ? `${name}::${cast}` : name));
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`);
  return `WITH inserted AS (
  INSERT INTO ${table} (${names})
  SELECT ${casts.join(', ')} FROM unnest(${params.join(', ')}) AS t(${names})
  ON CONFLICT DO NOTHING
  RETURNING ${returning}
)
SELECT ${returning === '1' ? 'count(*)::int AS n' : '*'} FROM inserted`;
}

const EMPLOYER_COLUMNS = [
  ['id', 'uuid'],
  ['legal_name', 'text'],
  ['fein', 'text'],
  ['status', 'text', 'employer_status'],
  ['source', 'text', 'employer_source'],
  ['office_id', 'uuid'],
  ['phone', 'text'],
  ['address1', 'text'],
  ['city', 'text'],
  ['state', 'text'],
  ['zip', 'text'],
  ['county', 'text'],
  ['naics_code', 'text'],
  ['ownership_type', 'text'],
  ['size_class', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const satisfies readonly Column[];

const POSTING_COLUMNS = [
  ['id', 'uuid'],
  ['employer_id', 'uuid'],
  ['employer_name', 'text'],
  ['office_id', 'uuid'],
  ['title', 'text'],
  ['description', 'text'],
  ['onet_code', 'text'],
  ['onet_title', 'text'],
  ['onet_source', 'text', 'onet_source'],
  ['openings', 'int4'],
  ['pay_min', 'numeric'],
  ['pay_max', 'numeric'],
  ['pay_unit', 'text', 'pay_unit'],
  ['hours_per_week', 'int4'],
  ['employment_type', 'text', 'employment_type'],
  ['shift', 'text', 'posting_shift'],
  ['work_days', 'text', 'work_day[]'],
  ['experience_months', 'int4'],
  ['education_level', 'text', 'education_level'],
  ['license_class', 'text', 'license_class'],
  ['endorsements', 'text', 'license_endorsement[]'],
  ['contact_method', 'text', 'contact_method'],
  ['contact_url', 'text'],
  ['how_to_apply', 'text'],
  ['address1', 'text'],
  ['city', 'text'],
  ['state', 'text'],
  ['zip', 'text'],
  ['lat', 'float8'],
  ['lon', 'float8'],
  ['state_source', 'text', 'posting_state_source'],
  ['federal_source', 'text', 'posting_federal_source'],
  ['origin', 'text', 'posting_origin'],
  ['intake_method', 'text', 'order_intake_method'],
  ['owner_staff_id', 'uuid'],
  ['status', 'text', 'posting_status'],
  ['posted_at', 'timestamptz'],
  ['application_deadline', 'date'],
  ['closed_at', 'timestamptz'],
  ['created_by_staff_id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const satisfies readonly Column[];

const INSERT_EMPLOYERS = insertSql('employers', EMPLOYER_COLUMNS, 'id');
const INSERT_POSTINGS = insertSql('job_postings', POSTING_COLUMNS, '1');

interface Place {
  zip: string;
  city: string | null;
  county: string | null;
  office: string | null;
}

interface SyntheticEmployer {
  id: string;
  name: string;
  industry: Industry;
  place: Place;
  address1: string;
  officeId: string | null;
}

interface Owner {
  staffId: string;
  officeId: string;
}

/**
 * Kentucky ZIP codes: the demo's places (with their city) two times in three, else any Kentucky
 * ZIP code of the centroid table, whose city the project does not know.
 */
function kentuckyPlaces(): { known: readonly Place[]; other: readonly Place[] } {
  const known = KY_PLACES_WEIGHTED.map((p) => ({ ...p }));
  const other = (zipsWithinMiles('40601', 350) ?? [])
    .filter((z) => zipCentroid(z.zip)?.state === 'KY')
    .map((z) => ({ zip: z.zip, city: null, county: null, office: null }));
  return { known, other };
}

function placeOf(prng: Prng, places: ReturnType<typeof kentuckyPlaces>): Place {
  return prng.chance(0.65) || places.other.length === 0
    ? prng.pick(places.known)
    : prng.pick(places.other);
}

function rowsOf<C extends readonly Column[]>(columns: C, rows: Record<string, unknown>[]) {
  return columns.map(([name]) => rows.map((r) => r[name] ?? null));
}

async function addEmployers(
  database: Database,
  count: number,
  firstK: number,
  officeIds: Map<string, string>,
  now: number,
): Promise<SyntheticEmployer[]> {
  const prng = new Prng(0xe3b1_2000 + firstK);
  const places = kentuckyPlaces();
  const list: SyntheticEmployer[] = [];
  for (let i = 0; i < count; i++) {
    const industry = prng.pick(INDUSTRIES_WEIGHTED);
    const place = placeOf(prng, places);
    list.push({
      id: crypto.randomUUID(),
      name: employerName(prng, industry, place),
      industry,
      place,
      address1: `${prng.int(100, 9899)} ${prng.pick(STREETS)}`,
      officeId: officeIds.get(place.office ?? 'CO') ?? officeIds.values().next().value ?? null,
    });
  }
  const kept = new Set<string>();
  for (let at = 0; at < list.length; at += 5000) {
    const chunk = list.slice(at, at + 5000);
    const rows = chunk.map((e, i) => {
      const created = new Date(now - prng.int(30, 900) * DAY_MS).toISOString();
      return {
        id: e.id,
        legal_name: e.name,
        fein: syntheticFein(firstK + at + i),
        status: 'active',
        source: 'staff',
        office_id: e.officeId,
        phone: `(502) 555-01${String(prng.int(0, 99)).padStart(2, '0')}`,
        address1: e.address1,
        city: e.place.city,
        state: 'KY',
        zip: e.place.zip,
        county: e.place.county,
        naics_code: e.industry.naics,
        ownership_type: e.industry.ownership,
        size_class: prng.pick(e.industry.sizes),
        created_at: created,
        updated_at: created,
      };
    });
    const result = await database.executeSql(INSERT_EMPLOYERS, rowsOf(EMPLOYER_COLUMNS, rows));
    for (const row of result.rows) kept.add(String(row.id));
  }
  // A FEIN another record already holds is skipped; its postings go to the others.
  return list.filter((e) => kept.has(e.id));
}

const STATUS_MIX: readonly [string, number][] = [
  ['open', 0.86],
  ['closed', 0.04],
  ['filled', 0.04],
  ['draft', 0.03],
  ['on_hold', 0.02],
  ['pending_approval', 0.01],
];

function statusOf(prng: Prng): string {
  let roll = prng.next();
  for (const [status, share] of STATUS_MIX) if ((roll -= share) < 0) return status;
  return 'open';
}

function postingRows(
  from: number,
  size: number,
  ctx: { employers: SyntheticEmployer[]; owners: Owner[]; now: number },
) {
  const prng = new Prng(0x10b5_3000 + from);
  const today = isoDay(new Date(ctx.now));
  const rows: Record<string, unknown>[] = [];
  for (let k = from; k < from + size; k++) {
    const employer = prng.pick(ctx.employers);
    const code = prng.pickCommon(employer.industry.hires, 1.5);
    const content = buildPostingContent(prng, code, {
      employerName: employer.name,
      city: employer.place.city,
    });
    const status = statusOf(prng);
    const owner = prng.pick(ctx.owners);
    const byEmployer = status === 'pending_approval';
    const posted = status !== 'draft' && !byEmployer;
    const postedAt = posted ? new Date(ctx.now - prng.next() * 30 * DAY_MS) : null;
    const final = status === 'closed' || status === 'filled';
    let deadline = postedAt ? addDays(isoDay(postedAt), prng.pick([14, 21, 30, 45])) : null;
    if (deadline && !final && deadline <= today) deadline = addDays(today, prng.int(1, 14));
    const point = zipCentroid(employer.place.zip);
    const created = new Date((postedAt?.getTime() ?? ctx.now) - prng.int(0, 48) * HOUR_MS);
    rows.push({
      id: crypto.randomUUID(),
      employer_id: employer.id,
      employer_name: employer.name,
      office_id: owner.officeId,
      title: content.title,
      description: content.description,
      onet_code: content.onetCode,
      onet_title: content.onetTitle,
      onet_source: 'staff',
      openings: prng.int(1, 5),
      pay_min: content.payMin,
      pay_max: content.payMax,
      pay_unit: content.payUnit,
      hours_per_week: content.hoursPerWeek,
      employment_type: content.employmentType,
      shift: content.shift,
      work_days: `{${content.workDays.join(',')}}`,
      experience_months: content.experienceMonths,
      education_level: content.educationLevel,
      license_class: content.licenseClass,
      endorsements: `{${content.endorsements.join(',')}}`,
      contact_method: 'online',
      contact_url: `https://jobs.example/postings/${k}`,
      how_to_apply: 'Apply online.',
      address1: employer.address1,
      city: employer.place.city,
      state: 'KY',
      zip: employer.place.zip,
      lat: point?.lat ?? null,
      lon: point?.lon ?? null,
      state_source: 'full_service',
      federal_source: 'employer_listing',
      origin: byEmployer ? 'employer_self_service' : 'staff_order',
      intake_method: byEmployer ? null : 'phone',
      owner_staff_id: byEmployer ? null : owner.staffId,
      status,
      posted_at: postedAt?.toISOString() ?? null,
      application_deadline: deadline,
      closed_at: final && postedAt ? new Date(postedAt.getTime() + 7 * DAY_MS).toISOString() : null,
      created_by_staff_id: byEmployer ? null : owner.staffId,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
    });
  }
  return rows;
}

export interface BulkPostingsResult {
  /** Postings added by this run. */
  inserted: number;
  employers: number;
  /** Job postings in the database afterwards. */
  total: number;
  seconds: number;
}

/**
 * Adds `count` synthetic postings and one new employer for about every POSTINGS_PER_EMPLOYER of
 * them. Their owners are the staff who may enter job orders (business services, or anyone with the
 * job-posting grant); a database without staff gets an error saying how to create some.
 */
export async function bulkSeedPostings(
  database: Database,
  options: {
    count: number;
    chunkSize?: number;
    onProgress?: (inserted: number, seconds: number) => void;
  },
): Promise<BulkPostingsResult> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const now = Date.now();
  const owners = (
    await database.executeSql(
      `SELECT DISTINCT s.id AS "staffId", s.default_office_id AS "officeId"
       FROM staff s JOIN roles r ON r.id = s.role_id
       LEFT JOIN staff_grants g ON g.staff_id = s.id AND g.grant = 'job_posting_entry'
       WHERE s.active AND (r.key = 'business_services' OR g.staff_id IS NOT NULL)`,
    )
  ).rows as unknown as Owner[];
  if (owners.length === 0) {
    throw new Error(
      'No staff member may own job orders here. Start the server once with ONESTOP_DEMO=1 (or the bootstrap administrator settings), or run this with ONESTOP_DEMO=1.',
    );
  }
  const officeIds = new Map(
    (await database.executeSql('SELECT id, code FROM offices')).rows.map((r) => [
      String(r.code),
      String(r.id),
    ]),
  );
  const [before] = (await database.executeSql('SELECT count(*)::int AS n FROM employers')).rows;
  // Sequence numbers far past the demo's employers, continuing over runs (EMP-2: one FEIN each).
  const firstK = 100_000 + Number(before?.n ?? 0);
  const employers = await addEmployers(
    database,
    Math.max(1, Math.ceil(options.count / POSTINGS_PER_EMPLOYER)),
    firstK,
    officeIds,
    now,
  );
  if (employers.length === 0) throw new Error('Every synthetic employer collided with a FEIN.');
  const chunkSize = options.chunkSize ?? 2000;
  const parallel = database.kind === 'postgres' ? 2 : 1;
  const ctx = { employers, owners, now };
  let inserted = 0;
  let next = firstK * 100;
  const inFlight = new Set<Promise<void>>();
  for (let planned = 0; planned < options.count || inFlight.size > 0;) {
    while (planned < options.count && inFlight.size < parallel) {
      const size = Math.min(chunkSize, options.count - planned);
      const values = rowsOf(POSTING_COLUMNS, postingRows(next, size, ctx));
      next += size;
      planned += size;
      const task: Promise<void> = database.executeSql(INSERT_POSTINGS, values).then((r) => {
        inserted += Number(r.rows[0]?.n ?? 0);
        inFlight.delete(task);
        options.onProgress?.(inserted, seconds());
      });
      inFlight.add(task);
    }
    await Promise.race(inFlight);
  }
  // Fresh planner statistics, and hint bits and the visibility map set now rather than by the
  // first searches that read the new rows.
  await database.executeSql('VACUUM (ANALYZE) job_postings');
  await database.executeSql('VACUUM (ANALYZE) employers');
  const [after] = (await database.executeSql('SELECT count(*)::int AS n FROM job_postings')).rows;
  return {
    inserted,
    employers: employers.length,
    total: Number(after?.n ?? 0),
    seconds: seconds(),
  };
}

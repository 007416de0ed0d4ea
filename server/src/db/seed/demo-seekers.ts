import type { ActiveStatus, MILITARY_BRANCHES, StructuredResume } from '@onestop/contracts';
import { domainEvents, offices, seekerAccounts, seekerProfiles, seekers, staff } from '../schema';
import { pseudoSsn, ssnProblem } from '../../modules/seekers/ssn.rules';
import { hashPassword } from '../../platform/auth/passwords';
import type { SsnVault } from '../../platform/crypto/ssn-vault';
import type { Db } from '../../platform/db/database';
import { DEMO_PASSWORD, DEMO_SEEKER_EMAIL } from './demo-data';
import { DEMO_OCCUPATIONS } from './demo-occupations';
import { buildResume, militaryService, pickOccupation, type MilitaryService } from './demo-resumes';
import { KY_PLACES, KY_PLACES_WEIGHTED, STREETS, type KyPlace } from './ky-places';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './person-names';
import { Prng } from './prng';
import { insertInChunks, storeNewResumes } from './store-demo-resumes';

type DemoOffice = NonNullable<KyPlace['office']>;

export interface DemoSeeker {
  /** The same on every fresh database: it depends only on the seeker's place in the list. */
  id: string;
  firstName: string;
  middleInitial: string | null;
  lastName: string;
  birthDate: string;
  ssn: { digits: string; isPseudo: boolean };
  email: string;
  phone: string;
  address1: string;
  address2: string | null;
  place: KyPlace;
  registration: {
    method: 'self' | 'staff';
    office: DemoOffice | null;
    /** The demo staff member who registered the person (method "staff"). */
    staffEmail: string | null;
    at: Date;
  };
  registrationStatus: ActiveStatus;
  seekerStatus: ActiveStatus;
  /** Self-registered people have a portal sign-in (the demo password): registration makes one. */
  portalAccount: boolean;
  /** Every tenth demo seeker, so the veteran profile and VET-2 matching have people to find. */
  veteran: boolean;
  military: MilitaryService | null;
  resume: StructuredResume;
  searchable: boolean;
}

/** Who registers walk-ins at each demo office; veterans see the veterans' representative. */
const REGISTRARS: Record<DemoOffice, string[]> = {
  LEX: ['casemanager@demo.test', 'frontdesk@demo.test', 'supervisor@demo.test'],
  GEO: ['casemanager@demo.test', 'vetrep@demo.test'],
  LON: ['london.cm@demo.test', 'london.supervisor@demo.test'],
};
const VETERANS_REP = 'vetrep@demo.test';
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A number the SSA could have issued (ssn.rules), different from the ones already drawn. */
function realSsn(prng: Prng, taken: Set<string>): string {
  for (;;) {
    const digits = [prng.int(1, 899), prng.int(1, 99), prng.int(1, 9999)]
      .map((part, i) => String(part).padStart([3, 2, 4][i] as number, '0'))
      .join('');
    if (!ssnProblem(digits) && !taken.has(digits)) {
      taken.add(digits);
      return digits;
    }
  }
}

function emailFor(prng: Prng, first: string, last: string, birthYear: string, taken: Set<string>) {
  const [f, l] = [first, last].map((n) => n.toLowerCase().replace(/[^a-z]/g, '')) as [
    string,
    string,
  ];
  const local = prng.pick([
    `${f}.${l}`,
    `${f.charAt(0)}${l}`,
    `${f}${l}${birthYear.slice(2)}`,
    `${l}.${f}`,
  ]);
  const domain = prng.pick(EMAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** Ages 18 to 70, most between 25 and 55 (two uniform draws averaged). */
function birthDate(prng: Prng, today: Date, minAge: number): string {
  const age = Math.max(minAge, 18 + Math.floor(((prng.next() + prng.next()) / 2) * 52));
  return isoDate(new Date(today.getTime() - (age * 365.25 + prng.int(0, 364)) * DAY_MS));
}

const PORTAL_PLACE = KY_PLACES.find((p) => p.zip === '40505') as KyPlace;
const PORTAL_OCCUPATION = DEMO_OCCUPATIONS.find((o) => o.code === '29-2061.00');

interface Drawn {
  taken: { ssns: Set<string>; emails: Set<string> };
  pseudoSsnPrefix: string;
  today: Date;
}

/** The seeker at `index`. Index 0 is the demo's portal user, with a full resume. */
function demoSeeker(index: number, drawn: Drawn): DemoSeeker {
  // One generator per seeker: the first 40 seekers are the same whether the demo has 40 or 300.
  const prng = new Prng(0x5eed0000 + index * 7919);
  const id = prng.uuid();
  const portalUser = index === 0;
  const veteran = index % 10 === 7;
  const female = prng.chance(0.5);
  const firstName = portalUser
    ? 'Jamie'
    : prng.pickCommon(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, 1.5);
  const lastName = portalUser ? 'Collins' : prng.pickCommon(LAST_NAMES, 1.6);
  const born = portalUser ? '1988-04-17' : birthDate(prng, drawn.today, veteran ? 24 : 18);
  const place = portalUser ? PORTAL_PLACE : prng.pick(KY_PLACES_WEIGHTED);
  const email = portalUser
    ? DEMO_SEEKER_EMAIL
    : emailFor(prng, firstName, lastName, born.slice(0, 4), drawn.taken.emails);
  const pseudo = !portalUser && prng.chance(0.05);
  const ssn = pseudo
    ? { digits: pseudoSsn(drawn.pseudoSsnPrefix, born), isPseudo: true }
    : { digits: realSsn(prng, drawn.taken.ssns), isPseudo: false };
  const phone = `(${place.areaCode}) 555-01${String(prng.int(0, 99)).padStart(2, '0')}`;
  const byStaff = !portalUser && place.office !== null && prng.chance(0.5);
  const office = byStaff ? place.office : null;
  const staffEmail =
    office === null
      ? null
      : veteran && office !== 'LON'
        ? VETERANS_REP
        : prng.pick(REGISTRARS[office]);
  const military = veteran ? militaryService(prng, born, drawn.today) : null;
  const occupation = portalUser && PORTAL_OCCUPATION ? PORTAL_OCCUPATION : pickOccupation(prng);
  const resume = buildResume(
    prng,
    { firstName, lastName, email, phone, birthDate: born, place },
    occupation,
    drawn.today,
    { minJobs: portalUser ? 3 : 1, military },
  );
  return {
    id,
    firstName,
    middleInitial: prng.chance(0.6) ? prng.pick(INITIALS.split('')) : null,
    lastName,
    birthDate: born,
    ssn,
    email,
    phone,
    address1: `${prng.int(100, 9899)} ${prng.pick(STREETS)}`,
    address2: prng.chance(0.2) ? `Apt ${prng.int(1, 24)}` : null,
    place,
    registration: {
      method: byStaff ? 'staff' : 'self',
      office,
      staffEmail,
      at: new Date(drawn.today.getTime() - prng.int(1, 3 * 365) * DAY_MS),
    },
    registrationStatus: !portalUser && prng.chance(0.06) ? 'inactive' : 'active',
    seekerStatus: !portalUser && prng.chance(0.1) ? 'inactive' : 'active',
    portalAccount: !byStaff,
    veteran,
    military,
    resume,
    searchable: portalUser || prng.chance(0.65),
  };
}

/**
 * The demo's job seekers: deterministic people with varied O*NET occupations and complete resumes.
 * Pure: nothing is stored. `today` anchors ages and job dates.
 */
export function buildDemoSeekers(
  count: number,
  options: { pseudoSsnPrefix: string; today?: Date },
): DemoSeeker[] {
  const drawn: Drawn = {
    taken: { ssns: new Set(), emails: new Set([DEMO_SEEKER_EMAIL]) },
    pseudoSsnPrefix: options.pseudoSsnPrefix,
    today: options.today ?? new Date(),
  };
  return Array.from({ length: count }, (_, index) => demoSeeker(index, drawn));
}

/** The demo seekers flagged `veteran: true`, with their service, for the profile's veteran rows. */
export function demoVeterans(
  count: number,
  options: { pseudoSsnPrefix: string; today?: Date },
): DemoSeeker[] {
  return buildDemoSeekers(count, options).filter((s) => s.veteran);
}

/**
 * Hook for the rows that hang off a demo veteran once the profile tables exist: each veteran
 * carries `military` (branch key from MILITARY_BRANCHES in @onestop/contracts, rank, entry and
 * separation dates). Runs in the seeding transaction, after the seekers and their resumes are stored.
 */
export async function addDemoVeteranDetails(tx: Db, veterans: DemoSeeker[]): Promise<void> {
  const rows = veterans.flatMap((person) =>
    person.military
      ? [
          {
            seekerId: person.id,
            servedInMilitary: true,
            veteranType: 'veteran' as const,
            serviceStartDate: person.military.entered,
            serviceEndDate: person.military.separated,
            dischargeType: 'honorable' as const,
            militaryBranch: person.military.branch as (typeof MILITARY_BRANCHES)[number],
            militaryRank: person.military.rank,
            serviceConnectedDisability: 'none' as const,
          },
        ]
      : [],
  );
  await insertInChunks(rows, (chunk) => tx.insert(seekerProfiles).values(chunk));
}

/**
 * Stores the demo seekers as registration would: SSNs sealed by the vault (SEEK-3), the
 * registration's domain event, a portal sign-in for self-registered people, and the resume in the
 * resume store's rows. Staff registrations name the demo staff member and office; where those are
 * missing (a demo added to a database with other staff) the person counts as self-registered.
 */
export async function seedDemoSeekers(
  tx: Db,
  vault: SsnVault,
  people: DemoSeeker[],
): Promise<void> {
  if (people.length === 0) return;
  const officeIds = new Map(
    (await tx.select({ id: offices.id, code: offices.code }).from(offices)).map((o) => [
      o.code,
      o.id,
    ]),
  );
  const staffIds = new Map(
    (await tx.select({ id: staff.id, email: staff.email }).from(staff)).map((s) => [s.email, s.id]),
  );
  const origins = people.map((p) => {
    const staffId = p.registration.staffEmail ? staffIds.get(p.registration.staffEmail) : undefined;
    const officeId = p.registration.office ? officeIds.get(p.registration.office) : undefined;
    return staffId && officeId
      ? { method: 'staff' as const, staffId, officeId }
      : { method: 'self' as const, staffId: null, officeId: null };
  });
  await insertInChunks(
    people.map((p, i) => ({
      id: p.id,
      firstName: p.firstName,
      middleInitial: p.middleInitial,
      lastName: p.lastName,
      birthDate: p.birthDate,
      ssnCiphertext: vault.encrypt(p.ssn.digits),
      ssnHash: vault.hash(p.ssn.digits),
      ssnLast4: p.ssn.digits.slice(5),
      ssnIsPseudo: p.ssn.isPseudo,
      email: p.email,
      emailIsPlaceholder: false,
      phone: p.phone,
      address1: p.address1,
      address2: p.address2,
      city: p.place.city,
      state: 'KY',
      zip: p.place.zip,
      county: p.place.county,
      registrationStatus: p.registrationStatus,
      seekerStatus: p.seekerStatus,
      registrationMethod: origins[i]?.method ?? 'self',
      registrationCompletedAt: p.registration.at,
      createdByStaffId: origins[i]?.staffId ?? null,
      createdInOfficeId: origins[i]?.officeId ?? null,
      createdAt: p.registration.at,
      updatedAt: p.registration.at,
    })),
    (rows) => tx.insert(seekers).values(rows),
  );
  await insertInChunks(
    people.map((p, i) => ({
      type:
        origins[i]?.method === 'staff' ? 'seeker.registered_by_staff' : 'seeker.self_registered',
      seekerId: p.id,
      staffId: origins[i]?.staffId ?? null,
      officeId: origins[i]?.officeId ?? null,
      occurredAt: p.registration.at,
    })),
    (rows) => tx.insert(domainEvents).values(rows),
  );
  // One argon2 hash for all: hashing is deliberately slow, and the demo password is the same.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const withAccount = people.filter((p, i) => p.portalAccount && origins[i]?.method === 'self');
  await insertInChunks(
    withAccount.map((p) => ({ seekerId: p.id, passwordHash, createdAt: p.registration.at })),
    (rows) => tx.insert(seekerAccounts).values(rows),
  );
  await storeNewResumes(
    tx,
    people.map((p) => ({
      seekerId: p.id,
      resume: p.resume,
      searchable: p.searchable,
      at: p.registration.at,
    })),
  );
  await addDemoVeteranDetails(
    tx,
    people.filter((p) => p.veteran),
  );
}

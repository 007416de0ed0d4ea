import type { SeekerProfile, SeekerProfileFields } from '@onestop/contracts';
import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { seekerAccounts, seekerLanguages, seekerProfiles, seekers } from '../../db/schema';
import type { SsnVault } from '../../platform/crypto/ssn-vault';
import type { Db } from '../../platform/db/database';
import { loadResume } from '../resumes/resume.store';
import {
  isCoveredPerson,
  maskOnFile,
  type AlienNumberOnFile,
  type AlienNumberPlan,
  type EmailOnFile,
  type EmailPlan,
} from './profile.rules';
import { refreshSeekerMatch } from '../matching/match-features.store';

export interface ProfileRecord {
  profile: SeekerProfile;
  emailOnFile: EmailOnFile;
  alienNumberOnFile: AlienNumberOnFile | null;
}

/** Who reads the A-number: the job seeker in full (opened with the vault), staff masked. */
export type AlienNumberView = { kind: 'full'; vault: SsnVault } | { kind: 'masked' };

type ProfileRow = typeof seekerProfiles.$inferSelect;

/** The A-number on file as a record holds it: sealed, or plain text from before migration 0008. */
function alienNumberOnFile(p: ProfileRow | undefined): AlienNumberOnFile | null {
  if (p?.alienRegistrationCiphertext)
    return {
      sealed: p.alienRegistrationCiphertext,
      plaintext: null,
      last4: p.alienRegistrationLast4,
    };
  if (p?.alienRegistrationPlaintext)
    return {
      sealed: null,
      plaintext: p.alienRegistrationPlaintext,
      last4: p.alienRegistrationPlaintext.slice(-4),
    };
  return null;
}

function alienNumberFor(onFile: AlienNumberOnFile | null, view: AlienNumberView): string | null {
  if (!onFile) return null;
  if (view.kind === 'masked') return maskOnFile(onFile);
  return onFile.sealed ? view.vault.decrypt(onFile.sealed) : onFile.plaintext;
}

function mailingOf(p: ProfileRow | undefined): SeekerProfile['contact']['mailingAddress'] {
  if (!p || !(p.mailingAddress1 || p.mailingCity || p.mailingState || p.mailingZip)) return null;
  return {
    address1: p.mailingAddress1,
    address2: p.mailingAddress2,
    city: p.mailingCity,
    state: p.mailingState,
    zip: p.mailingZip,
  };
}

/**
 * The profile of one seeker, or null if there is no such seeker. Before the first save it holds
 * what the registration recorded. `withResume` is false when the resume tab is withheld (SEC-3);
 * `alienNumber` says whether the A-number is opened or masked (masked unless said otherwise).
 */
export async function loadProfileRecord(
  db: Db,
  seekerId: string,
  options: { withResume: boolean; alienNumber?: AlienNumberView },
): Promise<ProfileRecord | null> {
  // One query at a time: `db` may be a transaction.
  const [row] = await db
    .select({ seeker: seekers, hasAccount: sql<boolean>`${seekerAccounts.seekerId} is not null` })
    .from(seekers)
    .leftJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
    .where(eq(seekers.id, seekerId));
  if (!row) return null;
  const s = row.seeker;
  const [p] = await db.select().from(seekerProfiles).where(eq(seekerProfiles.seekerId, seekerId));
  const languages = await db
    .select()
    .from(seekerLanguages)
    .where(eq(seekerLanguages.seekerId, seekerId))
    .orderBy(asc(seekerLanguages.position));
  const resume = options.withResume ? await loadResume(db, seekerId) : null;
  const alien = alienNumberOnFile(p);

  const veteran: SeekerProfile['veteran'] = {
    servedInMilitary: p?.servedInMilitary ?? null,
    veteranType: p?.veteranType ?? null,
    serviceStartDate: p?.serviceStartDate ?? null,
    serviceEndDate: p?.serviceEndDate ?? null,
    plannedSeparationDate: p?.plannedSeparationDate ?? null,
    transitioningType: p?.transitioningType ?? null,
    campaignVeteran: p?.campaignVeteran ?? null,
    serviceConnectedDisability: p?.serviceConnectedDisability ?? null,
    dischargeType: p?.dischargeType ?? null,
    branch: p?.militaryBranch ?? null,
    rank: p?.militaryRank ?? null,
  };
  const profile: SeekerProfile = {
    seekerId,
    contact: {
      firstName: s.firstName,
      middleInitial: s.middleInitial,
      lastName: s.lastName,
      email: s.emailIsPlaceholder ? null : s.email,
      primaryPhone: s.phone,
      primaryPhoneType: p?.primaryPhoneType ?? null,
      alternatePhone: p?.alternatePhone ?? null,
      alternatePhoneType: p?.alternatePhoneType ?? null,
      address1: s.address1,
      address2: s.address2,
      city: s.city,
      state: s.state,
      zip: s.zip,
      county: s.county,
      mailingAddress: mailingOf(p),
    },
    demographics: {
      birthDate: s.birthDate,
      gender: p?.gender ?? null,
      ethnicity: p?.ethnicity ?? null,
      races: p?.races ?? [],
      citizenship: p?.citizenship ?? null,
      alienRegistrationNumber: alienNumberFor(alien, options.alienNumber ?? { kind: 'masked' }),
      alienRegistrationOnFile: alien !== null,
      alienRegistrationExpires: p?.alienRegistrationExpires ?? null,
      disability: p?.disability ?? null,
    },
    veteran,
    employment: {
      employmentStatus: p?.employmentStatus ?? null,
      schoolStatus: p?.schoolStatus ?? null,
      highestEducation: p?.highestEducation ?? null,
    },
    driversLicense: {
      hasLicense: p?.hasDriversLicense ?? null,
      state: p?.licenseState ?? null,
      licenseClass: p?.licenseClass ?? null,
      endorsements: p?.licenseEndorsements ?? [],
    },
    languages: languages.map((l) => ({ language: l.language, proficiency: l.proficiency })),
    preferences: {
      desiredWage: p?.desiredWage ?? null,
      payUnit: p?.desiredPayUnit ?? null,
      workWeek: p?.workWeek ?? null,
      duration: p?.workDuration ?? null,
      overtime: p?.overtime ?? null,
      shifts: p?.shifts ?? [],
      zipCodes: p?.zipCodes ?? [],
      radiusMiles: p?.radiusMiles ?? null,
      states: p?.states ?? [],
      willingToRelocate: p?.willingToRelocate ?? null,
    },
    coveredForPriorityOfService: isCoveredPerson(veteran),
    hasAccount: row.hasAccount,
    fromResume: resume
      ? {
          education: resume.resume.education,
          licenses: resume.resume.licenses,
          skills: resume.resume.skills,
        }
      : null,
    updatedAt: p ? p.updatedAt.toISOString() : null,
  };
  return {
    profile,
    emailOnFile: {
      seekerId,
      email: s.email,
      emailIsPlaceholder: s.emailIsPlaceholder,
      hasAccount: row.hasAccount,
    },
    alienNumberOnFile: alien,
  };
}

/**
 * Holds the seeker's row until the transaction ends, so two saves of one profile run one after
 * the other instead of colliding on its language rows. False when there is no such seeker.
 */
export async function lockSeeker(tx: Db, seekerId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: seekers.id })
    .from(seekers)
    .where(eq(seekers.id, seekerId))
    .for('update');
  return Boolean(row);
}

/** SEEK-4: a real email belongs to one seeker (the unique index on lower(email) agrees). */
export async function emailUsedByAnother(tx: Db, email: string, seekerId: string) {
  const [taken] = await tx
    .select({ id: seekers.id })
    .from(seekers)
    .where(
      and(
        sql`lower(${seekers.email}) = ${email.toLowerCase()}`,
        eq(seekers.emailIsPlaceholder, false),
        ne(seekers.id, seekerId),
      ),
    );
  return Boolean(taken);
}

/** The A-number columns a plan writes; none when the number on file stays as it is. */
function alienNumberColumns(plan: AlienNumberPlan, vault: SsnVault) {
  if (plan.kind === 'keep') return {};
  const number = plan.kind === 'set' ? plan.number : null;
  return {
    alienRegistrationCiphertext: number ? vault.encrypt(number) : null,
    alienRegistrationLast4: number ? number.slice(-4) : null,
    alienRegistrationPlaintext: null,
  };
}

/**
 * Replaces the whole profile. Contact facts go to `seekers`; the SSN and pseudo-SSN columns are
 * never touched, so a corrected birth date or name leaves the identity number as it was issued.
 * The A-number follows its plan (kept, sealed anew or removed), never the request as sent.
 */
export async function storeProfile(
  tx: Db,
  vault: SsnVault,
  seekerId: string,
  p: SeekerProfileFields,
  plans: { email: EmailPlan; alienNumber: AlienNumberPlan },
): Promise<void> {
  const { email } = plans;
  const { contact: c, demographics: d, veteran: v, driversLicense: dl, preferences: pref } = p;
  const now = new Date();
  await tx
    .update(seekers)
    .set({
      firstName: c.firstName,
      middleInitial: c.middleInitial,
      lastName: c.lastName,
      birthDate: d.birthDate,
      ...(email.kind === 'set' ? { email: email.email, emailIsPlaceholder: false } : {}),
      ...(email.kind === 'placeholder' ? { email: email.email, emailIsPlaceholder: true } : {}),
      phone: c.primaryPhone,
      address1: c.address1,
      address2: c.address2,
      city: c.city,
      state: c.state,
      zip: c.zip,
      county: c.county,
      updatedAt: now,
    })
    .where(eq(seekers.id, seekerId));

  const m = c.mailingAddress;
  const columns = {
    primaryPhoneType: c.primaryPhoneType,
    alternatePhone: c.alternatePhone,
    alternatePhoneType: c.alternatePhoneType,
    mailingAddress1: m?.address1 ?? null,
    mailingAddress2: m?.address2 ?? null,
    mailingCity: m?.city ?? null,
    mailingState: m?.state ?? null,
    mailingZip: m?.zip ?? null,
    gender: d.gender,
    ethnicity: d.ethnicity,
    races: d.races,
    citizenship: d.citizenship,
    ...alienNumberColumns(plans.alienNumber, vault),
    alienRegistrationExpires: d.alienRegistrationExpires,
    disability: d.disability,
    servedInMilitary: v.servedInMilitary,
    veteranType: v.veteranType,
    serviceStartDate: v.serviceStartDate,
    serviceEndDate: v.serviceEndDate,
    plannedSeparationDate: v.plannedSeparationDate,
    transitioningType: v.transitioningType,
    campaignVeteran: v.campaignVeteran,
    serviceConnectedDisability: v.serviceConnectedDisability,
    dischargeType: v.dischargeType,
    militaryBranch: v.branch,
    militaryRank: v.rank,
    employmentStatus: p.employment.employmentStatus,
    schoolStatus: p.employment.schoolStatus,
    highestEducation: p.employment.highestEducation,
    hasDriversLicense: dl.hasLicense,
    licenseState: dl.state,
    licenseClass: dl.licenseClass,
    licenseEndorsements: dl.endorsements,
    desiredWage: pref.desiredWage,
    desiredPayUnit: pref.payUnit,
    workWeek: pref.workWeek,
    workDuration: pref.duration,
    overtime: pref.overtime,
    shifts: pref.shifts,
    zipCodes: pref.zipCodes,
    radiusMiles: pref.radiusMiles,
    states: pref.states,
    willingToRelocate: pref.willingToRelocate,
    updatedAt: now,
  };
  await tx
    .insert(seekerProfiles)
    .values({ seekerId, ...columns })
    .onConflictDoUpdate({ target: seekerProfiles.seekerId, set: columns });

  await tx.delete(seekerLanguages).where(eq(seekerLanguages.seekerId, seekerId));
  if (p.languages.length > 0) {
    await tx
      .insert(seekerLanguages)
      .values(p.languages.map((l, position) => ({ seekerId, position, ...l })));
  }
  // MATCH-1: what the star rating reads of this seeker, in the same transaction.
  await refreshSeekerMatch(tx, [seekerId]);
}

/**
 * SEEK-6: seals the A-numbers saved in plain text before migration 0008 and empties that column.
 * Run it once the database is migrated (start-up); it is safe to run again. Returns how many
 * numbers it sealed. Not audited: the numbers themselves do not change.
 */
export async function sealPlaintextAlienNumbers(db: Db, vault: SsnVault): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        seekerId: seekerProfiles.seekerId,
        plaintext: seekerProfiles.alienRegistrationPlaintext,
      })
      .from(seekerProfiles)
      .where(isNotNull(seekerProfiles.alienRegistrationPlaintext))
      .for('update');
    for (const row of rows) {
      if (!row.plaintext) continue;
      await tx
        .update(seekerProfiles)
        .set({
          alienRegistrationCiphertext: vault.encrypt(row.plaintext),
          alienRegistrationLast4: row.plaintext.slice(-4),
          alienRegistrationPlaintext: null,
        })
        .where(eq(seekerProfiles.seekerId, row.seekerId));
    }
    return rows.length;
  });
}

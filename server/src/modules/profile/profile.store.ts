import type { SeekerProfile, SeekerProfileFields } from '@onestop/contracts';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { seekerAccounts, seekerLanguages, seekerProfiles, seekers } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { loadResume } from '../resumes/resume.store';
import { isCoveredPerson, type EmailOnFile, type EmailPlan } from './profile.rules';

export interface ProfileRecord {
  profile: SeekerProfile;
  emailOnFile: EmailOnFile;
}

type ProfileRow = typeof seekerProfiles.$inferSelect;

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
 * what the registration recorded. `withResume` is false when the resume tab is withheld (SEC-3).
 */
export async function loadProfileRecord(
  db: Db,
  seekerId: string,
  options: { withResume: boolean },
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
      alienRegistrationNumber: p?.alienRegistrationNumber ?? null,
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

/**
 * Replaces the whole profile. Contact facts go to `seekers`; the SSN and pseudo-SSN columns are
 * never touched, so a corrected birth date or name leaves the identity number as it was issued.
 */
export async function storeProfile(
  tx: Db,
  seekerId: string,
  p: SeekerProfileFields,
  email: EmailPlan,
): Promise<void> {
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
    alienRegistrationNumber: d.alienRegistrationNumber,
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
}

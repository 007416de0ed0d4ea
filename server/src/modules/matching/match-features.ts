import type { EducationLevel, Endorsement, PayUnit } from '@onestop/contracts';
import { occupation, readOnetSource, relatedOccupations } from '../onet/onet.catalog';
import { zipCentroid, type GeoPoint } from '../geo/zip-centroids';
import { hourlyRate } from '../job-search/job-search.rules';
import {
  EDUCATION_RANK,
  isThinDescription,
  normalizeSkill,
  skillsNamedIn,
  type LicenseClass,
  type PostingFeatures,
  type SeekerFeatures,
} from './matching.rules';
import { jobZoneOf, postingSkillVocabulary } from './occupation-closeness';

/**
 * MATCH-1: the compact features the star rating reads, built from a posting's or a seeker's rows
 * when they are written (match-features.store), and the index tokens that find the pairs worth
 * scoring: an O*NET code and its SOC minor group ("minor:53-7").
 */

export const minorGroupToken = (code: string) => `minor:${code.slice(0, 4)}`;

/** The tokens a posting is filed under. */
export function postingTokens(onetCode: string | null): string[] {
  return onetCode ? [onetCode, minorGroupToken(onetCode)] : [];
}

/** The tokens a seeker is filed under: each occupation and its minor group. */
export function seekerTokens(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => [code, minorGroupToken(code)]))];
}

let reverseRelated: Map<string, string[]> | null = null;

/** Codes O*NET relates to this one either way round (closeness is symmetric, see matching.rules). */
function relatedEitherWay(code: string): string[] {
  if (!reverseRelated) {
    reverseRelated = new Map();
    for (const { code: from } of readOnetSource().occupations)
      for (const r of relatedOccupations(from)) {
        const list = reverseRelated.get(r.code) ?? [];
        list.push(from);
        reverseRelated.set(r.code, list);
      }
  }
  return [
    ...new Set([
      ...relatedOccupations(code).map((r) => r.code),
      ...(reverseRelated.get(code) ?? []),
    ]),
  ];
}

/**
 * What to look for to find candidates for occupations `codes` (a posting's one, or a seeker's):
 * the codes themselves, the related ones, and the minor groups. Same-major-group and unrelated
 * pairs score too low to be anyone's best matches.
 */
export function reachTokens(codes: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const code of codes) {
    tokens.add(code);
    tokens.add(minorGroupToken(code));
    for (const related of relatedEitherWay(code)) tokens.add(related);
  }
  return [...tokens];
}

export interface PostingRow {
  title: string;
  description: string;
  onetCode: string | null;
  experienceMonths: number | null;
  educationLevel: EducationLevel | null;
  licenseClass: LicenseClass | null;
  endorsements: Endorsement[];
  lat: number | null;
  lon: number | null;
  payMin: number | null;
  payMax: number | null;
  payUnit: PayUnit | null;
}

export function postingFeaturesOf(p: PostingRow): PostingFeatures {
  const pay = p.payMax ?? p.payMin;
  return {
    onetCode: p.onetCode,
    jobZone: p.onetCode ? jobZoneOf(p.onetCode) : null,
    skills: p.onetCode
      ? skillsNamedIn(`${p.title}\n${p.description}`, postingSkillVocabulary(p.onetCode))
      : [],
    experienceMonths: p.experienceMonths,
    education: p.educationLevel,
    licenseClass: p.licenseClass,
    endorsements: p.endorsements,
    location: p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null,
    hourlyPayMax: pay !== null && p.payUnit ? hourlyRate(pay, p.payUnit) : null,
    thin: isThinDescription(p.description),
  };
}

export interface SeekerRows {
  zip: string | null;
  jobs: { onetCode: string | null; startDate: string | null; endDate: string | null }[];
  skills: string[];
  educationLevels: (EducationLevel | null)[];
  licenses: string[];
  profile: {
    highestEducation: EducationLevel | null;
    hasDriversLicense: boolean | null;
    licenseClass: LicenseClass | null;
    licenseEndorsements: Endorsement[];
    radiusMiles: number | null;
    desiredWage: number | null;
    desiredPayUnit: PayUnit | null;
    zipCodes: string[];
  } | null;
}

/** Whole months from one ISO day to another (or to `today` for a job still held). */
export function monthsBetween(start: string | null, end: string | null, today: string): number {
  if (!start) return 0;
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2] = (end ?? today).split('-').map(Number);
  if (!y1 || !m1 || !y2 || !m2) return 0;
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1));
}

function highestEducation(levels: (EducationLevel | null)[]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const level of levels)
    if (level && (!best || EDUCATION_RANK[level] > EDUCATION_RANK[best])) best = level;
  return best;
}

export function seekerLocation(rows: Pick<SeekerRows, 'zip' | 'profile'>): GeoPoint | null {
  const zip = rows.zip ?? rows.profile?.zipCodes[0] ?? null;
  const centre = zip ? zipCentroid(zip) : null;
  return centre ? { lat: centre.lat, lon: centre.lon } : null;
}

export function seekerFeaturesOf(rows: SeekerRows, today: string): SeekerFeatures {
  const months = new Map<string, number>();
  let total = 0;
  for (const job of rows.jobs) {
    const m = monthsBetween(job.startDate, job.endDate, today);
    total += m;
    if (job.onetCode) months.set(job.onetCode, (months.get(job.onetCode) ?? 0) + m);
  }
  const profile = rows.profile;
  const education = highestEducation([profile?.highestEducation ?? null, ...rows.educationLevels]);
  return {
    occupations: [...months].map(([code, m]) => ({
      code,
      months: m,
      jobZone: occupation(code)?.jobZone ?? null,
    })),
    totalExperienceMonths: total,
    skills: [...new Set(rows.skills.map(normalizeSkill).filter(Boolean))],
    education,
    licenseClass: profile?.hasDriversLicense === false ? null : (profile?.licenseClass ?? null),
    endorsements: profile?.licenseEndorsements ?? [],
    certificates: [...new Set(rows.licenses.map(normalizeSkill).filter(Boolean))],
    location: seekerLocation(rows),
    radiusMiles: profile?.radiusMiles ?? null,
    minHourlyPay:
      profile?.desiredWage != null && profile.desiredPayUnit
        ? hourlyRate(profile.desiredWage, profile.desiredPayUnit)
        : null,
  };
}

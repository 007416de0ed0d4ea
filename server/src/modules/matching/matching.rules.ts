import {
  DEFAULT_RADIUS_MILES,
  type EducationLevel,
  type Endorsement,
  type LICENSE_CLASSES,
} from '@onestop/contracts';
import { distanceMiles, type GeoPoint } from '../geo/zip-centroids';
import type { RelatednessTier } from '../onet/onet.catalog';

/**
 * MATCH-1 star rating. Pure: no database, no clock, no catalog (occupation closeness and skill
 * specificity come in as functions; occupation-closeness.ts gives them over the shipped O*NET).
 *
 * The model. A seeker fits a posting through what they have done: occupation closeness (the best
 * of the resume's occupations: same code 1, O*NET related tiers 0.8 / 0.65 / 0.5, same SOC minor
 * group 0.35, major group 0.25, unrelated 0), the share of the posting's skills the seeker has
 * (each skill weighted by how specific it is, so "Microsoft Excel" counts less than "PeopleNet"),
 * and related experience (months weighted by the same closeness) against the months asked or the
 * job zone's typical months. Their weighted mean (weights occupation 0.55, skills 0.25, experience
 * 0.2; a factor with nothing to judge on the posting's side is left out) is the fit, 0..1.
 * The rest cannot make a pair fit, only make a fitting pair worse, so each is a multiplier
 * 1 − weight × shortfall: education below what is asked (half when only the job zone's typical
 * level), missing licenses or certificates, distance beyond the seeker's radius, pay below the
 * seeker's minimum, and overqualification (education or job zone far above the posting's).
 * score = fit × the multipliers. Stars count the thresholds the score reaches (0.12, 0.3, 0.5,
 * 0.65, 0.8 for 1..5 stars); then caps apply: a missing required license class or endorsement
 * caps at 2 stars, an occupation that cannot be compared (no resume, no code) at 3, a thin posting
 * at 4. Data the seeker lacks scores as `unknownCredit`, not zero. Every factor leaves findings
 * (a code and params, worded by describeFinding) that say why.
 */

export { normalizeSkill, skillsNamedIn } from './match-skills.rules';
import { skillForms } from './match-skills.rules';

export type LicenseClass = (typeof LICENSE_CLASSES)[number];
export type OccupationCloseness =
  'same' | RelatednessTier | 'same_minor_group' | 'same_major_group' | 'unrelated';

export interface SeekerOccupation {
  code: string;
  /** 0 for a desired occupation the seeker has not worked in. */
  months: number;
  /** The occupation's O*NET job zone, where known: for overqualification. */
  jobZone?: number | null;
}

export interface SeekerFeatures {
  /** O*NET codes of resume jobs, and desired occupations with months 0. */
  occupations: SeekerOccupation[];
  totalExperienceMonths: number;
  /** Normalized (normalizeSkill). */
  skills: string[];
  education: EducationLevel | null;
  licenseClass: LicenseClass | null;
  endorsements: Endorsement[];
  /** Normalized names of the resume's licenses and certificates. */
  certificates: string[];
  location: GeoPoint | null;
  radiusMiles: number | null;
  minHourlyPay: number | null;
}

export interface PostingFeatures {
  onetCode: string | null;
  jobZone: number | null;
  /** Normalized skills the posting names. */
  skills: string[];
  experienceMonths: number | null;
  education: EducationLevel | null;
  licenseClass: LicenseClass | null;
  endorsements: Endorsement[];
  /** Normalized certificates the posting asks for, where it names any. */
  certificates?: string[];
  location: GeoPoint | null;
  hourlyPayMax: number | null;
  /** The description is too short to judge (isThinDescription). */
  thin: boolean;
}

/**
 * occupation, skills, experience: shares of the fit (relative). The others: the most each
 * shortfall takes off the score (0..1).
 */
export interface MatchWeights {
  occupation: number;
  skills: number;
  experience: number;
  education: number;
  licenses: number;
  distance: number;
  pay: number;
  overqualification: number;
}

/**
 * Defaults of settings a state may change (like POSTING_SETTINGS). Weights as in MatchWeights;
 * closenessCredit also says how a month of experience counts; starThresholds are the least scores
 * for 1..5 stars; unknownCredit is the credit of a factor that cannot be judged; the typical
 * experience and education are by job zone 1..5 (O*NET's job zone summaries); a seeker is
 * overqualified from the given gap in EDUCATION_RANK or job zone, counting an occupation's zone as
 * theirs after seasonedMonths in it.
 */
export const MATCH_SETTINGS = {
  weights: {
    occupation: 0.55,
    skills: 0.25,
    experience: 0.2,
    education: 0.3,
    licenses: 0.5,
    distance: 0.5,
    pay: 0.4,
    overqualification: 0.3,
  } as MatchWeights,
  closenessCredit: {
    same: 1,
    'Primary-Short': 0.8,
    'Primary-Long': 0.65,
    Supplemental: 0.5,
    same_minor_group: 0.35,
    same_major_group: 0.25,
    unrelated: 0,
  } as Record<OccupationCloseness, number>,
  starThresholds: [0.12, 0.3, 0.5, 0.65, 0.8] as readonly [number, number, number, number, number],
  unknownCredit: 0.4,
  hardRequirementCap: 2,
  unknownOccupationCap: 3,
  thinPostingCap: 4,
  defaultRadiusMiles: DEFAULT_RADIUS_MILES,
  /** A description shorter than this (characters) is too thin to judge. */
  minDescriptionChars: 200,
  /** Share of the (specificity-weighted) listed skills from which skills are met. */
  skillsMetShare: 0.6,
  /** Pay this share below the minimum takes off the whole pay weight. */
  payShortfallForFullPenalty: 0.25,
  typicalExperienceMonths: [0, 3, 12, 24, 48] as readonly number[],
  typicalEducation: [
    null,
    'high_school',
    'vocational_certificate',
    'bachelor',
    'master',
  ] as readonly (EducationLevel | null)[],
  overqualifiedEducationGap: 3,
  overqualifiedJobZoneGap: 2,
  seasonedMonths: 12,
};
export type MatchSettings = typeof MATCH_SETTINGS;

export type MatchFactor = keyof MatchWeights | 'posting';
export type MatchOutcome = 'met' | 'partial' | 'unmet' | 'unknown';
export interface MatchFinding {
  factor: MatchFactor;
  outcome: MatchOutcome;
  /** A stable key ('occupation.same', 'licenses.cdl_missing') that the web words per language. */
  code: string;
  params: Record<string, string | number>;
}
export type Stars = 0 | 1 | 2 | 3 | 4 | 5;
export interface MatchResult {
  stars: Stars;
  score: number;
  findings: MatchFinding[];
}

/** High school and GED rank alike, as do some college and a vocational certificate. */
export const EDUCATION_RANK: Record<EducationLevel, number> = {
  less_than_high_school: 0,
  high_school: 1,
  ged: 1,
  some_college: 2,
  vocational_certificate: 2,
  associate: 3,
  bachelor: 4,
  master: 5,
  doctorate: 6,
};

export function isThinDescription(description: string, settings = MATCH_SETTINGS): boolean {
  return description.trim().length < settings.minDescriptionChars;
}

// ---- Occupation closeness ------------------------------------------------------------------

export interface RelatedLink {
  code: string;
  tier: RelatednessTier;
}

const TIER_ORDER: RelatednessTier[] = ['Primary-Short', 'Primary-Long', 'Supplemental'];

/**
 * How close two O*NET-SOC codes are: the same code, the closest O*NET relatedness tier either way
 * round, then the same SOC minor group ("53-7"), major group ("53"), or unrelated.
 */
export function occupationCloseness(
  a: string,
  b: string,
  relatedTiers: (code: string) => readonly RelatedLink[],
): OccupationCloseness {
  if (a === b) return 'same';
  const tiers = [
    ...relatedTiers(a).filter((r) => r.code === b),
    ...relatedTiers(b).filter((r) => r.code === a),
  ].map((r) => TIER_ORDER.indexOf(r.tier));
  const closest = TIER_ORDER[Math.min(...tiers)];
  if (closest) return closest;
  if (a.slice(0, 4) === b.slice(0, 4)) return 'same_minor_group';
  if (a.slice(0, 2) === b.slice(0, 2)) return 'same_major_group';
  return 'unrelated';
}

// ---- Scoring -------------------------------------------------------------------------------

interface FactorResult {
  findings: MatchFinding[];
  /** Credit 0..1 toward the fit, weighted by the factor's weight; absent when not counted. */
  credit?: number;
  /** The share of the factor's weight taken off the score (0..1). */
  shortfall?: number;
  cap?: number;
}

const finding = (
  factor: MatchFactor,
  outcome: MatchOutcome,
  code: string,
  params: Record<string, string | number> = {},
): MatchFinding => ({ factor, outcome, code, params });

const byJobZone = <T>(table: readonly T[], zone: number | null): T | null =>
  zone === null ? null : (table[Math.min(5, Math.max(1, Math.round(zone))) - 1] ?? null);

interface Closeness {
  code: string;
  months: number;
  closeness: OccupationCloseness;
  credit: number;
}

function occupationFactor(closest: Closeness | null, posting: PostingFeatures, s: MatchSettings) {
  const unknown = (code: string): FactorResult => ({
    findings: [finding('occupation', 'unknown', code, { cap: s.unknownOccupationCap })],
    credit: s.unknownCredit,
    cap: s.unknownOccupationCap,
  });
  if (!posting.onetCode) return unknown('occupation.unknown_posting');
  if (!closest) return unknown('occupation.unknown_seeker');
  const { closeness: c } = closest;
  const params = {
    seekerCode: closest.code,
    postingCode: posting.onetCode,
    months: closest.months,
  };
  const outcome: MatchOutcome =
    c === 'same' ? 'met' : c === 'same_major_group' || c === 'unrelated' ? 'unmet' : 'partial';
  const code = TIER_ORDER.includes(c as RelatednessTier) ? 'occupation.related' : `occupation.${c}`;
  return {
    findings: [finding('occupation', outcome, code, { ...params, tier: c })],
    credit: closest.credit,
  };
}

function skillsFactor(
  seeker: SeekerFeatures,
  posting: PostingFeatures,
  skillWeight: (skill: string) => number,
  s: MatchSettings,
): FactorResult {
  if (posting.skills.length === 0)
    return { findings: [finding('skills', 'unknown', 'skills.none_listed')] };
  const held = new Set(
    [...seeker.skills, ...seeker.certificates].flatMap((k) => skillForms(k, false)),
  );
  if (held.size === 0)
    return {
      findings: [finding('skills', 'unknown', 'skills.unknown_seeker')],
      credit: s.unknownCredit,
    };
  const matched = posting.skills.filter((k) => skillForms(k, false).some((f) => held.has(f)));
  const missing = posting.skills.filter((k) => !matched.includes(k));
  const weigh = (list: string[]) => list.reduce((sum, k) => sum + skillWeight(k), 0);
  const share = weigh(matched) / (weigh(posting.skills) || 1);
  const outcome = share >= s.skillsMetShare ? 'met' : matched.length > 0 ? 'partial' : 'unmet';
  const params = {
    matched: matched.length,
    listed: posting.skills.length,
    matchedSkills: matched.join(', '),
    missingSkills: missing.join(', '),
  };
  return { findings: [finding('skills', outcome, 'skills.overlap', params)], credit: share };
}

function experienceFactor(
  seeker: SeekerFeatures,
  posting: PostingFeatures,
  closeness: Closeness[],
  s: MatchSettings,
): FactorResult {
  const stated = posting.experienceMonths !== null ? 1 : 0;
  const required =
    posting.experienceMonths ?? byJobZone(s.typicalExperienceMonths, posting.jobZone);
  if (!required) return { findings: [finding('experience', 'met', 'experience.none_required')] };
  if (seeker.occupations.length === 0 && seeker.totalExperienceMonths === 0)
    return {
      findings: [
        finding('experience', 'unknown', 'experience.unknown_seeker', { required, stated }),
      ],
      credit: s.unknownCredit,
    };
  // Without the posting's occupation any work counts; otherwise months count by closeness.
  const months = posting.onetCode
    ? closeness.reduce((sum, c) => sum + c.months * c.credit, 0)
    : seeker.totalExperienceMonths;
  const ratio = Math.min(1, months / required);
  const outcome = ratio >= 1 ? 'met' : ratio >= 0.5 ? 'partial' : 'unmet';
  const params = { months: Math.round(months), required, stated };
  const code = ratio >= 1 ? 'experience.met' : 'experience.short';
  return { findings: [finding('experience', outcome, code, params)], credit: ratio };
}

function educationFactor(seeker: SeekerFeatures, posting: PostingFeatures, s: MatchSettings) {
  const stated = posting.education !== null ? 1 : 0;
  const required = posting.education ?? byJobZone(s.typicalEducation, posting.jobZone);
  if (!required) return { findings: [] };
  if (!seeker.education)
    return {
      findings: [finding('education', 'unknown', 'education.unknown_seeker', { required, stated })],
    };
  const gap = EDUCATION_RANK[required] - EDUCATION_RANK[seeker.education];
  const params = { required, seeker: seeker.education, stated };
  if (gap <= 0) return { findings: [finding('education', 'met', 'education.met', params)] };
  return {
    findings: [finding('education', gap === 1 ? 'partial' : 'unmet', 'education.below', params)],
    shortfall: (gap === 1 ? 0.5 : 1) * (stated ? 1 : 0.5),
  };
}

/** A commercial class covers the classes below it; any license covers a regular one. */
const CLASS_RANK: Record<LicenseClass, number> = { regular: 0, cdl_c: 1, cdl_b: 2, cdl_a: 3 };

function licensesFactor(seeker: SeekerFeatures, posting: PostingFeatures, s: MatchSettings) {
  const findings: MatchFinding[] = [];
  const cap = s.hardRequirementCap;
  let hardMissing = false;
  const required = posting.licenseClass;
  if (required) {
    const held = seeker.licenseClass;
    const has = held !== null && CLASS_RANK[held] >= CLASS_RANK[required];
    const missingCode =
      required === 'regular' ? 'licenses.license_missing' : 'licenses.cdl_missing';
    hardMissing ||= !has;
    findings.push(
      has
        ? finding('licenses', 'met', 'licenses.class_held', { required, held: held ?? 'none' })
        : finding('licenses', 'unmet', missingCode, { required, held: held ?? 'none', cap }),
    );
  }
  for (const endorsement of posting.endorsements) {
    const has = seeker.endorsements.includes(endorsement);
    hardMissing ||= !has;
    findings.push(
      has
        ? finding('licenses', 'met', 'licenses.endorsement_held', { endorsement })
        : finding('licenses', 'unmet', 'licenses.endorsement_missing', { endorsement, cap }),
    );
  }
  const certificates = posting.certificates ?? [];
  const held = new Set(seeker.certificates.flatMap((c) => skillForms(c, false)));
  let missingCertificates = 0;
  for (const certificate of certificates) {
    const has = skillForms(certificate, false).some((f) => held.has(f));
    if (!has) missingCertificates++;
    const code = has ? 'licenses.certificate_held' : 'licenses.certificate_missing';
    findings.push(finding('licenses', has ? 'met' : 'unmet', code, { certificate }));
  }
  const shortfall = hardMissing ? 1 : missingCertificates / (certificates.length || 1);
  return { findings, shortfall, ...(hardMissing ? { cap } : {}) };
}

function distanceFactor(seeker: SeekerFeatures, posting: PostingFeatures, s: MatchSettings) {
  if (!seeker.location || !posting.location)
    return {
      findings: [
        finding('distance', 'unknown', 'distance.unknown', {
          missing: seeker.location ? 'posting' : 'seeker',
        }),
      ],
    };
  const miles = Math.round(distanceMiles(seeker.location, posting.location));
  const radius = seeker.radiusMiles ?? s.defaultRadiusMiles;
  if (miles <= radius)
    return { findings: [finding('distance', 'met', 'distance.within', { miles, radius })] };
  return {
    findings: [finding('distance', 'unmet', 'distance.outside_radius', { miles, radius })],
    shortfall: Math.min(1, (miles - radius) / Math.max(radius, 10)),
  };
}

function payFactor(seeker: SeekerFeatures, posting: PostingFeatures, s: MatchSettings) {
  const minimum = seeker.minHourlyPay;
  if (minimum === null) return { findings: [] };
  if (posting.hourlyPayMax === null)
    return { findings: [finding('pay', 'unknown', 'pay.unknown', { minimum })] };
  const pay = Math.round(posting.hourlyPayMax * 100) / 100;
  if (pay >= minimum) return { findings: [finding('pay', 'met', 'pay.meets', { pay, minimum })] };
  const short = (minimum - pay) / minimum;
  return {
    findings: [
      finding('pay', short < 0.1 ? 'partial' : 'unmet', 'pay.below_minimum', { pay, minimum }),
    ],
    shortfall: Math.min(1, short / s.payShortfallForFullPenalty),
  };
}

function overqualificationFactor(
  seeker: SeekerFeatures,
  posting: PostingFeatures,
  s: MatchSettings,
) {
  const findings: MatchFinding[] = [];
  let shortfall = 0;
  const severity = (gap: number, threshold: number) =>
    gap < threshold ? 0 : gap === threshold ? 0.5 : 1;
  const expected =
    posting.education ?? byJobZone(s.typicalEducation, posting.jobZone) ?? 'high_school';
  if (seeker.education && (posting.education || posting.jobZone !== null)) {
    const gap = EDUCATION_RANK[seeker.education] - EDUCATION_RANK[expected];
    const sev = severity(gap, s.overqualifiedEducationGap);
    if (sev > 0)
      findings.push(
        finding('overqualification', sev < 1 ? 'partial' : 'unmet', 'overqualification.education', {
          seeker: seeker.education,
          expected,
        }),
      );
    shortfall = Math.max(shortfall, sev);
  }
  const zones = seeker.occupations
    .filter((o) => o.months >= s.seasonedMonths && o.jobZone != null)
    .map((o) => o.jobZone as number);
  if (zones.length > 0 && posting.jobZone !== null) {
    const seekerZone = Math.max(...zones);
    const sev = severity(seekerZone - posting.jobZone, s.overqualifiedJobZoneGap);
    if (sev > 0)
      findings.push(
        finding('overqualification', sev < 1 ? 'partial' : 'unmet', 'overqualification.job_zone', {
          seekerZone,
          postingZone: posting.jobZone,
        }),
      );
    shortfall = Math.max(shortfall, sev);
  }
  return { findings, shortfall };
}

/** MATCH-1: the stars of one seeker–posting pair, with a finding per requirement. */
export function scoreMatch(
  seeker: SeekerFeatures,
  posting: PostingFeatures,
  relatedness: (seekerCode: string, postingCode: string) => OccupationCloseness,
  weights: MatchWeights = MATCH_SETTINGS.weights,
  skillWeight: (skill: string) => number = () => 1,
): MatchResult {
  const s = MATCH_SETTINGS;
  const postingCode = posting.onetCode;
  const closeness: Closeness[] = postingCode
    ? seeker.occupations.map((o) => {
        const c = relatedness(o.code, postingCode);
        return { code: o.code, months: o.months, closeness: c, credit: s.closenessCredit[c] };
      })
    : [];
  const closest = closeness.reduce<Closeness | null>(
    (best, c) =>
      !best || c.credit > best.credit || (c.credit === best.credit && c.months > best.months)
        ? c
        : best,
    null,
  );
  const factors: [keyof MatchWeights, FactorResult][] = [
    ['occupation', occupationFactor(closest, posting, s)],
    ['skills', skillsFactor(seeker, posting, skillWeight, s)],
    ['experience', experienceFactor(seeker, posting, closeness, s)],
    ['education', educationFactor(seeker, posting, s)],
    ['licenses', licensesFactor(seeker, posting, s)],
    ['distance', distanceFactor(seeker, posting, s)],
    ['pay', payFactor(seeker, posting, s)],
    ['overqualification', overqualificationFactor(seeker, posting, s)],
  ];
  let credit = 0;
  let counted = 0;
  let multiplier = 1;
  let cap = 5;
  for (const [factor, result] of factors) {
    if (result.credit !== undefined) {
      credit += weights[factor] * result.credit;
      counted += weights[factor];
    }
    multiplier *= 1 - Math.min(1, weights[factor] * (result.shortfall ?? 0));
    cap = Math.min(cap, result.cap ?? 5);
  }
  const findings = factors.flatMap(([, result]) => result.findings);
  if (posting.thin) {
    findings.push(finding('posting', 'unknown', 'posting.thin', { cap: s.thinPostingCap }));
    cap = Math.min(cap, s.thinPostingCap);
  }
  const score = Math.min(1, Math.max(0, (counted > 0 ? credit / counted : 0) * multiplier));
  const reached = s.starThresholds.filter((least) => score >= least).length;
  return { stars: Math.min(reached, cap) as Stars, score, findings };
}

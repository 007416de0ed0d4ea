import type { EducationLevel } from '@onestop/contracts';
import type { LicenseClass, MatchFinding } from './matching.rules';

/** MATCH-1: the English sentence of each finding (the web words the same codes in Spanish too). */

const EDUCATION_WORDS: Record<EducationLevel, string> = {
  less_than_high_school: 'less than high school',
  high_school: 'a high school diploma',
  ged: 'a GED',
  some_college: 'some college',
  vocational_certificate: 'a vocational certificate',
  associate: 'an associate degree',
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: 'a doctorate',
};
const LICENSE_WORDS: Record<LicenseClass, string> = {
  regular: "Driver's license",
  cdl_a: 'CDL class A',
  cdl_b: 'CDL class B',
  cdl_c: 'CDL class C',
};
const TIER_WORDS: Record<string, string> = {
  'Primary-Short': 'Closely related',
  'Primary-Long': 'Related',
  Supplemental: 'Loosely related',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "a bachelor's degree" → "Bachelor's degree", for "… required". */
const educationNoun = (level: unknown) =>
  capitalize((EDUCATION_WORDS[level as EducationLevel] ?? String(level)).replace(/^an? /, ''));
const licenseNoun = (cls: unknown) => LICENSE_WORDS[cls as LicenseClass] ?? String(cls);
const endorsementNoun = (e: unknown) => `${capitalize(String(e).replaceAll('_', ' '))} endorsement`;
const dollars = (amount: unknown) => `$${Number(amount).toFixed(2)}`;
const plural = (n: unknown, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** The English sentence of a finding; the web words the same codes in English and Spanish. */
export function describeFinding(f: MatchFinding): string {
  const p = f.params;
  const capped = `caps the rating at ${plural(p.cap, 'star')}`;
  const asked = (required: unknown) =>
    p.stated ? `${plural(required, 'month')} asked` : `about ${plural(required, 'month')} typical`;
  const educationRequired = `${educationNoun(p.required)} ${p.stated ? 'required' : 'typical'}`;
  switch (f.code) {
    case 'occupation.same':
      return Number(p.months) > 0
        ? `Same occupation (${p.postingCode}): ${plural(p.months, 'month')} of experience`
        : `Same occupation (${p.postingCode}): a desired occupation`;
    case 'occupation.related':
      return `${TIER_WORDS[String(p.tier)] ?? 'Related'} occupation: ${p.seekerCode} on the resume, ${p.postingCode} posted`;
    case 'occupation.same_minor_group':
      return `Same occupation group (${String(p.postingCode).slice(0, 4)}): ${p.seekerCode} on the resume, ${p.postingCode} posted`;
    case 'occupation.same_major_group':
      return `Same occupation family only (${String(p.postingCode).slice(0, 2)}): ${p.seekerCode} on the resume, ${p.postingCode} posted`;
    case 'occupation.unrelated':
      return `No related occupation on the resume for ${p.postingCode}`;
    case 'occupation.unknown_seeker':
      return `No resume occupation to compare; ${capped}`;
    case 'occupation.unknown_posting':
      return `The posting has no occupation code; ${capped}`;
    case 'skills.overlap':
      return `${p.matched} of ${plural(p.listed, 'listed skill')}`;
    case 'skills.none_listed':
      return 'The posting names no skills';
    case 'skills.unknown_seeker':
      return 'No skills on the resume to compare';
    case 'experience.none_required':
      return 'No experience required';
    case 'experience.met':
    case 'experience.short':
      return `${plural(p.months, 'month')} of related experience; ${asked(p.required)}`;
    case 'experience.unknown_seeker':
      return `No work history to compare; ${asked(p.required)}`;
    case 'education.met':
    case 'education.below':
      return `${educationRequired}: has ${EDUCATION_WORDS[p.seeker as EducationLevel] ?? p.seeker}`;
    case 'education.unknown_seeker':
      return `${educationRequired}: education not on record`;
    case 'licenses.class_held':
      return `${licenseNoun(p.required)} required: has it`;
    case 'licenses.cdl_missing':
    case 'licenses.license_missing':
      return `${licenseNoun(p.required)} required: ${p.held === 'none' ? 'none on record' : `has ${licenseNoun(p.held)}`}; ${capped}`;
    case 'licenses.endorsement_held':
      return `${endorsementNoun(p.endorsement)} required: has it`;
    case 'licenses.endorsement_missing':
      return `${endorsementNoun(p.endorsement)} required: missing; ${capped}`;
    case 'licenses.certificate_held':
      return `Certificate "${p.certificate}" required: has it`;
    case 'licenses.certificate_missing':
      return `Certificate "${p.certificate}" required: not on the resume`;
    case 'distance.within':
      return `${plural(p.miles, 'mile')}, within the ${p.radius}-mile radius`;
    case 'distance.outside_radius':
      return `${plural(p.miles, 'mile')}, outside the ${p.radius}-mile radius`;
    case 'distance.unknown':
      return `Distance unknown: no location for the ${p.missing}`;
    case 'pay.meets':
      return `Pays up to ${dollars(p.pay)} an hour; the minimum wanted is ${dollars(p.minimum)}`;
    case 'pay.below_minimum':
      return `Pays up to ${dollars(p.pay)} an hour, below the ${dollars(p.minimum)} minimum`;
    case 'pay.unknown':
      return `Pay not stated; the minimum wanted is ${dollars(p.minimum)} an hour`;
    case 'overqualification.education':
      return `Overqualified: has ${EDUCATION_WORDS[p.seeker as EducationLevel] ?? p.seeker}, ${EDUCATION_WORDS[p.expected as EducationLevel] ?? p.expected} expected`;
    case 'overqualification.job_zone':
      return `Overqualified: experience at job zone ${p.seekerZone} for a job zone ${p.postingZone} posting`;
    case 'posting.thin':
      return `Posting description too short to judge; ${capped}`;
    default:
      return f.code;
  }
}

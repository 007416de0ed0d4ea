import {
  EDUCATION_LEVELS,
  ENDORSEMENTS,
  LICENSE_CLASSES,
  type MatchFinding,
} from '@onestop/contracts';
import type { TFunction } from 'i18next';

/**
 * MATCH-1: every finding code the server words in describeFinding (match-findings.ts). The web
 * words each in English and Spanish from its params; a code not listed here shows the server's
 * English `text`.
 */
export const MATCH_FINDING_CODES = [
  'occupation.same',
  'occupation.related',
  'occupation.same_minor_group',
  'occupation.same_major_group',
  'occupation.unrelated',
  'occupation.unknown_seeker',
  'occupation.unknown_posting',
  'skills.overlap',
  'skills.none_listed',
  'skills.unknown_seeker',
  'experience.none_required',
  'experience.met',
  'experience.short',
  'experience.unknown_seeker',
  'education.met',
  'education.below',
  'education.unknown_seeker',
  'licenses.class_held',
  'licenses.cdl_missing',
  'licenses.license_missing',
  'licenses.endorsement_held',
  'licenses.endorsement_missing',
  'licenses.certificate_held',
  'licenses.certificate_missing',
  'distance.within',
  'distance.outside_radius',
  'distance.unknown',
  'pay.meets',
  'pay.below_minimum',
  'pay.unknown',
  'overqualification.education',
  'overqualification.job_zone',
  'posting.thin',
] as const;
export type MatchFindingCode = (typeof MATCH_FINDING_CODES)[number];

export function isMatchFindingCode(code: string): code is MatchFindingCode {
  return (MATCH_FINDING_CODES as readonly string[]).includes(code);
}

const TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;

/** A param the wording cannot use (a new enum value, a missing number): show the server's text. */
class UnwordableParam extends Error {}

function oneOf<T extends string>(list: readonly T[], value: unknown): T {
  if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
  throw new UnwordableParam(String(value));
}

function numberOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) throw new UnwordableParam('');
  return n;
}

function textOf(value: unknown): string {
  if (value === undefined) throw new UnwordableParam('');
  return String(value);
}

/**
 * The finding's sentence in the language of `t` (money and numbers in `locale`), worded from its
 * code and params; the server's English `text` where the code or a param is not known here.
 */
export function wordFinding(finding: MatchFinding, t: TFunction, locale: string): string {
  if (!isMatchFindingCode(finding.code)) return finding.text;
  try {
    return sentence(finding.code, finding.params, t, locale);
  } catch (error) {
    if (error instanceof UnwordableParam) return finding.text;
    throw error;
  }
}

function sentence(
  code: MatchFindingCode,
  p: MatchFinding['params'],
  t: TFunction,
  locale: string,
): string {
  const money = (value: unknown) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(numberOf(value));
  const cap = () => t('matching.findings.capped', { count: numberOf(p.cap) });
  const codes = () => ({ seekerCode: textOf(p.seekerCode), postingCode: textOf(p.postingCode) });
  const stated = () => numberOf(p.stated ?? 0) > 0;
  const asked = () =>
    stated()
      ? t('matching.findings.experience.asked', { count: numberOf(p.required) })
      : t('matching.findings.experience.typical', { count: numberOf(p.required) });
  const level = (value: unknown) => t(`matching.findings.levels.${oneOf(EDUCATION_LEVELS, value)}`);
  const levelHeld = (value: unknown) =>
    t(`matching.findings.levelsHeld.${oneOf(EDUCATION_LEVELS, value)}`);
  const license = (value: unknown) =>
    t(`matching.findings.licenseClasses.${oneOf(LICENSE_CLASSES, value)}`);
  const endorsement = () =>
    t(`matching.findings.endorsements.${oneOf(ENDORSEMENTS, p.endorsement)}`);

  switch (code) {
    case 'occupation.same':
      return numberOf(p.months) > 0
        ? t('matching.findings.occupation.same', {
            count: numberOf(p.months),
            postingCode: textOf(p.postingCode),
          })
        : t('matching.findings.occupation.sameDesired', { postingCode: textOf(p.postingCode) });
    case 'occupation.related':
      return t('matching.findings.occupation.related', {
        ...codes(),
        closeness: t(`matching.findings.tiers.${oneOf(TIERS, p.tier)}`),
      });
    case 'occupation.same_minor_group':
      return t('matching.findings.occupation.same_minor_group', {
        ...codes(),
        group: textOf(p.postingCode).slice(0, 4),
      });
    case 'occupation.same_major_group':
      return t('matching.findings.occupation.same_major_group', {
        ...codes(),
        group: textOf(p.postingCode).slice(0, 2),
      });
    case 'occupation.unrelated':
      return t('matching.findings.occupation.unrelated', { postingCode: textOf(p.postingCode) });
    case 'occupation.unknown_seeker':
      return t('matching.findings.occupation.unknown_seeker', { cap: cap() });
    case 'occupation.unknown_posting':
      return t('matching.findings.occupation.unknown_posting', { cap: cap() });
    case 'skills.overlap':
      return t('matching.findings.skills.overlap', {
        matched: numberOf(p.matched),
        count: numberOf(p.listed),
      });
    case 'skills.none_listed':
      return t('matching.findings.skills.none_listed');
    case 'skills.unknown_seeker':
      return t('matching.findings.skills.unknown_seeker');
    case 'experience.none_required':
      return t('matching.findings.experience.none_required');
    case 'experience.met':
    case 'experience.short':
      return t('matching.findings.experience.related', {
        months: t('matching.findings.experience.months', { count: numberOf(p.months) }),
        asked: asked(),
      });
    case 'experience.unknown_seeker':
      return t('matching.findings.experience.unknown_seeker', { asked: asked() });
    case 'education.met':
    case 'education.below':
      return stated()
        ? t('matching.findings.education.requiredHas', {
            level: level(p.required),
            seeker: levelHeld(p.seeker),
          })
        : t('matching.findings.education.typicalHas', {
            level: level(p.required),
            seeker: levelHeld(p.seeker),
          });
    case 'education.unknown_seeker':
      return stated()
        ? t('matching.findings.education.requiredUnknown', { level: level(p.required) })
        : t('matching.findings.education.typicalUnknown', { level: level(p.required) });
    case 'licenses.class_held':
      return t('matching.findings.licenses.class_held', { license: license(p.required) });
    case 'licenses.cdl_missing':
    case 'licenses.license_missing':
      return p.held === 'none'
        ? t('matching.findings.licenses.missingNone', { license: license(p.required), cap: cap() })
        : t('matching.findings.licenses.missingOther', {
            license: license(p.required),
            held: license(p.held),
            cap: cap(),
          });
    case 'licenses.endorsement_held':
      return t('matching.findings.licenses.endorsement_held', { endorsement: endorsement() });
    case 'licenses.endorsement_missing':
      return t('matching.findings.licenses.endorsement_missing', {
        endorsement: endorsement(),
        cap: cap(),
      });
    case 'licenses.certificate_held':
      return t('matching.findings.licenses.certificate_held', {
        certificate: textOf(p.certificate),
      });
    case 'licenses.certificate_missing':
      return t('matching.findings.licenses.certificate_missing', {
        certificate: textOf(p.certificate),
      });
    case 'distance.within':
      return t('matching.findings.distance.within', {
        count: numberOf(p.miles),
        radius: numberOf(p.radius),
      });
    case 'distance.outside_radius':
      return t('matching.findings.distance.outside_radius', {
        count: numberOf(p.miles),
        radius: numberOf(p.radius),
      });
    case 'distance.unknown':
      return oneOf(['seeker', 'posting'], p.missing) === 'seeker'
        ? t('matching.findings.distance.unknownSeeker')
        : t('matching.findings.distance.unknownPosting');
    case 'pay.meets':
      return t('matching.findings.pay.meets', { pay: money(p.pay), minimum: money(p.minimum) });
    case 'pay.below_minimum':
      return t('matching.findings.pay.below_minimum', {
        pay: money(p.pay),
        minimum: money(p.minimum),
      });
    case 'pay.unknown':
      return t('matching.findings.pay.unknown', { minimum: money(p.minimum) });
    case 'overqualification.education':
      return t('matching.findings.overqualification.education', {
        seeker: levelHeld(p.seeker),
        expected: levelHeld(p.expected),
      });
    case 'overqualification.job_zone':
      return t('matching.findings.overqualification.job_zone', {
        seekerZone: numberOf(p.seekerZone),
        postingZone: numberOf(p.postingZone),
      });
    case 'posting.thin':
      return t('matching.findings.posting.thin', { cap: cap() });
  }
}

import type { MatchFinding } from '@onestop/contracts';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import describeFindingSource from '../../../../server/src/modules/matching/match-findings.ts?raw';
import { catalogues } from '../../i18n';
import { MATCH_FINDING_CODES, wordFinding, type MatchFindingCode } from './finding-wording';

type Params = MatchFinding['params'];

/** One translator per language with no fallback, so that a missing Spanish key shows as a key. */
function translator(language: 'en' | 'es'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: catalogues[language] } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance.t;
}
const english = translator('en');
const spanish = translator('es');

const finding = (code: string, params: Params, text = `server text of ${code}`): MatchFinding => ({
  factor: 'occupation',
  outcome: 'met',
  code,
  params,
  text,
});

/** Each code with the params the server gives it: one set per way describeFinding words it. */
const SAMPLES: Record<MatchFindingCode, Params[]> = {
  'occupation.same': [
    { seekerCode: '53-7051.00', postingCode: '53-7051.00', months: 18, tier: 'same' },
    { seekerCode: '53-7051.00', postingCode: '53-7051.00', months: 0, tier: 'same' },
  ],
  'occupation.related': [
    { seekerCode: '53-7062.00', postingCode: '53-7051.00', months: 6, tier: 'Primary-Short' },
  ],
  'occupation.same_minor_group': [
    { seekerCode: '53-7062.00', postingCode: '53-7051.00', months: 6, tier: 'same_minor_group' },
  ],
  'occupation.same_major_group': [
    { seekerCode: '53-3032.00', postingCode: '53-7051.00', months: 6, tier: 'same_major_group' },
  ],
  'occupation.unrelated': [
    { seekerCode: '29-2061.00', postingCode: '53-7051.00', months: 6, tier: 'unrelated' },
  ],
  'occupation.unknown_seeker': [{ cap: 3 }],
  'occupation.unknown_posting': [{ cap: 3 }],
  'skills.overlap': [{ matched: 2, listed: 5, matchedSkills: 'sap, excel', missingSkills: 'x' }],
  'skills.none_listed': [{}],
  'skills.unknown_seeker': [{}],
  'experience.none_required': [{}],
  'experience.met': [{ months: 30, required: 12, stated: 1 }],
  'experience.short': [{ months: 3, required: 12, stated: 0 }],
  'experience.unknown_seeker': [
    { required: 12, stated: 1 },
    { required: 24, stated: 0 },
  ],
  'education.met': [{ required: 'high_school', seeker: 'bachelor', stated: 1 }],
  'education.below': [{ required: 'bachelor', seeker: 'high_school', stated: 0 }],
  'education.unknown_seeker': [
    { required: 'associate', stated: 1 },
    { required: 'associate', stated: 0 },
  ],
  'licenses.class_held': [{ required: 'cdl_b', held: 'cdl_a' }],
  'licenses.cdl_missing': [
    { required: 'cdl_a', held: 'none', cap: 2 },
    { required: 'cdl_a', held: 'regular', cap: 2 },
  ],
  'licenses.license_missing': [{ required: 'regular', held: 'none', cap: 2 }],
  'licenses.endorsement_held': [{ endorsement: 'hazardous_materials' }],
  'licenses.endorsement_missing': [{ endorsement: 'tank_vehicle', cap: 2 }],
  'licenses.certificate_held': [{ certificate: 'osha 10' }],
  'licenses.certificate_missing': [{ certificate: 'servsafe' }],
  'distance.within': [
    { miles: 1, radius: 25 },
    { miles: 12, radius: 25 },
  ],
  'distance.outside_radius': [{ miles: 40, radius: 25 }],
  'distance.unknown': [{ missing: 'seeker' }, { missing: 'posting' }],
  'pay.meets': [{ pay: 18.5, minimum: 15 }],
  'pay.below_minimum': [{ pay: 12, minimum: 15 }],
  'pay.unknown': [{ minimum: 15 }],
  'overqualification.education': [{ seeker: 'master', expected: 'high_school' }],
  'overqualification.job_zone': [{ seekerZone: 5, postingZone: 2 }],
  'posting.thin': [{ cap: 4 }],
};

describe('finding wording', () => {
  it('MATCH-1: lists exactly the codes the server words in describeFinding', () => {
    const body = describeFindingSource.slice(
      describeFindingSource.indexOf('export function describeFinding'),
    );
    const serverCodes = [...body.matchAll(/case '([a-z_]+\.[a-z_]+)':/g)].map((m) => m[1]);
    expect(serverCodes.length).toBeGreaterThan(30);
    expect([...MATCH_FINDING_CODES].sort()).toEqual([...new Set(serverCodes)].sort());
  });

  it('MATCH-1: every code has an English and a Spanish wording, in each of its forms', () => {
    for (const code of MATCH_FINDING_CODES) {
      for (const params of SAMPLES[code]) {
        const sample = finding(code, params);
        const en = wordFinding(sample, english, 'en-US');
        const es = wordFinding(sample, spanish, 'es-US');
        for (const [language, text] of [
          ['en', en],
          ['es', es],
        ]) {
          const context = `${code} ${JSON.stringify(params)} (${language ?? ''})`;
          expect(text, context).not.toBe(sample.text);
          expect(text, context).not.toMatch(/matching\.|{{|undefined|NaN/);
        }
        expect(es, `${code} is translated`).not.toBe(en);
      }
    }
  });

  it('MATCH-1: words the params as the server does, in English and Spanish', () => {
    const cdl = finding('licenses.cdl_missing', { required: 'cdl_a', held: 'regular', cap: 2 });
    expect(wordFinding(cdl, english, 'en-US')).toBe(
      'CDL class A required: has Driver’s license; caps the rating at 2 stars',
    );
    expect(wordFinding(cdl, spanish, 'es-US')).toBe(
      'Se requiere licencia CDL clase A: tiene licencia de conducir; limita la calificación a 2 estrellas',
    );
    const pay = finding('pay.below_minimum', { pay: 12, minimum: 15 });
    expect(wordFinding(pay, english, 'en-US')).toBe(
      'Pays up to $12.00 an hour, below the $15.00 minimum',
    );
    expect(wordFinding(pay, spanish, 'es-US')).toBe(
      'Paga hasta $12.00 la hora, menos que el mínimo de $15.00',
    );
    const near = finding('distance.within', { miles: 1, radius: 25 });
    expect(wordFinding(near, english, 'en-US')).toBe('1 mile, within the 25-mile radius');
    const asked = finding('experience.short', { months: 3, required: 12, stated: 0 });
    expect(wordFinding(asked, english, 'en-US')).toBe(
      '3 months of related experience; about 12 months typical',
    );
    expect(wordFinding(asked, spanish, 'es-US')).toBe(
      '3 meses de experiencia relacionada; lo común es cerca de 12 meses',
    );
  });

  it('MATCH-1: shows the server’s English text for a code or a param value it does not know', () => {
    const newCode = finding('commute.transit', { minutes: 50 }, 'A 50-minute bus ride');
    expect(wordFinding(newCode, spanish, 'es-US')).toBe('A 50-minute bus ride');
    const newClass = finding(
      'licenses.cdl_missing',
      { required: 'cdl_z', held: 'none', cap: 2 },
      'CDL class Z required: none on record; caps the rating at 2 stars',
    );
    expect(wordFinding(newClass, spanish, 'es-US')).toBe(
      'CDL class Z required: none on record; caps the rating at 2 stars',
    );
    const noMiles = finding('distance.within', { radius: 25 }, '? miles');
    expect(wordFinding(noMiles, english, 'en-US')).toBe('? miles');
  });
});

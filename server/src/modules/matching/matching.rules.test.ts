import { describe, expect, it } from 'vitest';
import {
  isThinDescription,
  MATCH_SETTINGS,
  normalizeSkill,
  occupationCloseness,
  scoreMatch,
  skillsNamedIn,
  type MatchFinding,
  type OccupationCloseness,
  type PostingFeatures,
  type RelatedLink,
  type SeekerFeatures,
} from './matching.rules';
import { closenessOf, postingSkillVocabulary, skillSpecificity } from './occupation-closeness';
import { describeFinding } from './match-findings';

const TRUCK_DRIVER = '53-3032.00';
const LEXINGTON = { lat: 38.03, lon: -84.5 };
/** A point `miles` due north of Lexington. */
const north = (miles: number) => ({ lat: LEXINGTON.lat + miles / 69.0932, lon: LEXINGTON.lon });

const driver = (over: Partial<SeekerFeatures> = {}): SeekerFeatures => ({
  occupations: [{ code: TRUCK_DRIVER, months: 36, jobZone: 2 }],
  totalExperienceMonths: 36,
  skills: ['peoplenet', 'omnitracs performance monitoring', 'excel'],
  education: 'high_school',
  licenseClass: 'cdl_a',
  endorsements: ['hazardous_materials', 'tank_vehicle'],
  certificates: [],
  location: LEXINGTON,
  radiusMiles: 25,
  minHourlyPay: 18,
  ...over,
});

const truckPosting = (over: Partial<PostingFeatures> = {}): PostingFeatures => ({
  onetCode: TRUCK_DRIVER,
  jobZone: 2,
  skills: ['peoplenet', 'omnitracs performance monitoring', 'microsoft excel'],
  experienceMonths: 12,
  education: 'high_school',
  licenseClass: 'cdl_a',
  endorsements: ['hazardous_materials'],
  location: north(10),
  hourlyPayMax: 24,
  thin: false,
  ...over,
});

/** Every code is related to nothing: closeness comes from the SOC groups alone. */
const noRelated = (): RelatedLink[] => [];
const sameOnly = (a: string, b: string): OccupationCloseness =>
  occupationCloseness(a, b, noRelated);

const codes = (findings: MatchFinding[]) => findings.map((f) => `${f.code}:${f.outcome}`);
const find = (findings: MatchFinding[], code: string) => findings.find((f) => f.code === code);

describe('MATCH-1 star rating', () => {
  it('MATCH-1: same occupation with the skills, experience, license and pay scores 5 stars, with a finding each', () => {
    const result = scoreMatch(driver(), truckPosting(), sameOnly);
    expect(result.stars).toBe(5);
    expect(result.score).toBeGreaterThanOrEqual(MATCH_SETTINGS.starThresholds[4]);
    expect(codes(result.findings)).toEqual([
      'occupation.same:met',
      'skills.overlap:met',
      'experience.met:met',
      'education.met:met',
      'licenses.class_held:met',
      'licenses.endorsement_held:met',
      'distance.within:met',
      'pay.meets:met',
    ]);
    expect(find(result.findings, 'skills.overlap')?.params).toMatchObject({
      matched: 3,
      listed: 3,
    });
    expect(find(result.findings, 'experience.met')?.params).toMatchObject({
      months: 36,
      required: 12,
    });
  });

  it('MATCH-1: a missing CDL class A caps the stars at 2 and says so; class A covers a class B posting', () => {
    const result = scoreMatch(driver({ licenseClass: 'cdl_b' }), truckPosting(), sameOnly);
    expect(result.stars).toBe(MATCH_SETTINGS.hardRequirementCap);
    expect(find(result.findings, 'licenses.cdl_missing')).toMatchObject({
      outcome: 'unmet',
      params: { required: 'cdl_a', held: 'cdl_b', cap: 2 },
    });
    const noEndorsement = scoreMatch(driver({ endorsements: [] }), truckPosting(), sameOnly);
    expect(noEndorsement.stars).toBe(2);
    expect(find(noEndorsement.findings, 'licenses.endorsement_missing')?.params).toMatchObject({
      endorsement: 'hazardous_materials',
    });
    const classB = scoreMatch(driver(), truckPosting({ licenseClass: 'cdl_b' }), sameOnly);
    expect(classB.stars).toBe(5);
    expect(find(classB.findings, 'licenses.class_held')?.outcome).toBe('met');
  });

  it('MATCH-1: outside the radius lowers the score and names the miles; no radius means 25', () => {
    const near = scoreMatch(driver(), truckPosting(), sameOnly);
    const far = scoreMatch(driver(), truckPosting({ location: north(42) }), sameOnly);
    expect(far.score).toBeLessThan(near.score);
    expect(far.stars).toBeLessThan(5);
    expect(find(far.findings, 'distance.outside_radius')).toMatchObject({
      outcome: 'unmet',
      params: { miles: 42, radius: 25 },
    });
    const wide = scoreMatch(
      driver({ radiusMiles: 50 }),
      truckPosting({ location: north(42) }),
      sameOnly,
    );
    expect(find(wide.findings, 'distance.within')?.params).toMatchObject({ miles: 42, radius: 50 });
    const noRadius = scoreMatch(
      driver({ radiusMiles: null }),
      truckPosting({ location: north(30) }),
      sameOnly,
    );
    expect(find(noRadius.findings, 'distance.outside_radius')?.params.radius).toBe(25);
  });

  it('MATCH-1: pay below the seeker’s minimum lowers the score', () => {
    const fair = scoreMatch(driver(), truckPosting(), sameOnly);
    const low = scoreMatch(driver(), truckPosting({ hourlyPayMax: 14 }), sameOnly);
    expect(low.score).toBeLessThan(fair.score);
    expect(find(low.findings, 'pay.below_minimum')).toMatchObject({
      outcome: 'unmet',
      params: { pay: 14, minimum: 18 },
    });
    const unstated = scoreMatch(driver(), truckPosting({ hourlyPayMax: null }), sameOnly);
    expect(find(unstated.findings, 'pay.unknown')?.outcome).toBe('unknown');
  });

  it('MATCH-1: overqualification (education, job zone) lowers the score with a finding', () => {
    const seasoned = driver({
      education: 'doctorate',
      occupations: [
        { code: TRUCK_DRIVER, months: 36, jobZone: 2 },
        { code: '29-1216.00', months: 120, jobZone: 5 },
      ],
    });
    const fitting = scoreMatch(driver(), truckPosting(), sameOnly);
    const over = scoreMatch(seasoned, truckPosting(), sameOnly);
    expect(over.score).toBeLessThan(fitting.score);
    expect(find(over.findings, 'overqualification.education')?.params).toMatchObject({
      seeker: 'doctorate',
      expected: 'high_school',
    });
    expect(find(over.findings, 'overqualification.job_zone')?.params).toMatchObject({
      seekerZone: 5,
      postingZone: 2,
    });
    expect(fitting.findings.some((f) => f.factor === 'overqualification')).toBe(false);
  });

  it('MATCH-1: a thin posting says so and cannot reach 5 stars', () => {
    const result = scoreMatch(driver(), truckPosting({ thin: true }), sameOnly);
    expect(result.stars).toBe(MATCH_SETTINGS.thinPostingCap);
    expect(find(result.findings, 'posting.thin')?.outcome).toBe('unknown');
    expect(isThinDescription('Drivers wanted.')).toBe(true);
    expect(isThinDescription('x'.repeat(MATCH_SETTINGS.minDescriptionChars))).toBe(false);
  });

  it('MATCH-1: a seeker without a resume gets unknown findings and no more than 3 stars', () => {
    const blank: SeekerFeatures = {
      occupations: [],
      totalExperienceMonths: 0,
      skills: [],
      education: null,
      licenseClass: 'cdl_a',
      endorsements: ['hazardous_materials'],
      certificates: [],
      location: null,
      radiusMiles: null,
      minHourlyPay: null,
    };
    const result = scoreMatch(blank, truckPosting(), sameOnly);
    expect(result.stars).toBeLessThanOrEqual(3);
    expect(result.findings.filter((f) => f.outcome === 'unknown').map((f) => f.code)).toEqual([
      'occupation.unknown_seeker',
      'skills.unknown_seeker',
      'experience.unknown_seeker',
      'education.unknown_seeker',
      'distance.unknown',
    ]);
  });

  it('MATCH-1: for otherwise equal pairs, same > related tiers > same group > unrelated', () => {
    const order: OccupationCloseness[] = [
      'same',
      'Primary-Short',
      'Primary-Long',
      'Supplemental',
      'same_minor_group',
      'same_major_group',
      'unrelated',
    ];
    const results = order.map((closeness) => scoreMatch(driver(), truckPosting(), () => closeness));
    for (let i = 1; i < results.length; i++)
      expect(results[i]!.score).toBeLessThan(results[i - 1]!.score);
    expect(results[0]!.stars).toBe(5);
    expect(results.at(-1)!.stars).toBeLessThanOrEqual(1);
    expect(results.map((r) => r.stars)).toEqual([...results.map((r) => r.stars)].sort().reverse());
  });

  it('MATCH-1: closeness takes the nearest O*NET tier either way round, then SOC groups', () => {
    const related = (code: string): RelatedLink[] =>
      code === '53-3032.00'
        ? [{ code: '53-7051.00', tier: 'Supplemental' }]
        : code === '53-7051.00'
          ? [{ code: '53-3032.00', tier: 'Primary-Long' }]
          : [];
    expect(occupationCloseness('53-3032.00', '53-3032.00', related)).toBe('same');
    expect(occupationCloseness('53-3032.00', '53-7051.00', related)).toBe('Primary-Long');
    expect(occupationCloseness('53-3032.00', '53-3033.00', related)).toBe('same_minor_group');
    expect(occupationCloseness('53-3032.00', '53-7062.00', related)).toBe('same_major_group');
    expect(occupationCloseness('53-3032.00', '29-1141.00', related)).toBe('unrelated');
    // The shipped catalog: heavy and light truck drivers are closely related.
    expect(closenessOf('53-3032.00', '53-3033.00')).toBe('Primary-Short');
    expect(closenessOf('53-3032.00', '29-1141.00')).toBe('unrelated');
  });

  it('MATCH-1: skills are found in a posting case-insensitively, by whole words and short forms', () => {
    const vocabulary = [
      'Microsoft Excel',
      'Microsoft Word',
      'Structured query language SQL',
      'PeopleNet',
      'R',
      'SAP software',
    ];
    const text =
      'Log loads in PEOPLENET and excel; SQL a plus. Word of mouth hires. R&D not needed.';
    expect(skillsNamedIn(text, vocabulary)).toEqual([
      'microsoft excel',
      'structured query language sql',
      'peoplenet',
    ]);
    expect(skillsNamedIn('An excellent sapper', vocabulary)).toEqual([]);
    expect(skillsNamedIn('We run SAP.', vocabulary)).toEqual(['sap software']);
    expect(normalizeSkill('  Café C++ / Nurse’s ')).toBe('cafe c++ nurses');
    expect(postingSkillVocabulary(TRUCK_DRIVER)).toContain('PeopleNet');
  });

  it('MATCH-1: a skill many occupations list counts less than a specific one', () => {
    expect(skillSpecificity('microsoft excel')).toBeLessThan(0.2);
    expect(skillSpecificity('peoplenet')).toBe(1);
    const excelOnly = driver({ skills: ['excel'] });
    const posting = truckPosting({ skills: ['microsoft excel', 'peoplenet'] });
    const weighted = scoreMatch(excelOnly, posting, sameOnly, undefined, skillSpecificity);
    const flat = scoreMatch(excelOnly, posting, sameOnly);
    expect(weighted.score).toBeLessThan(flat.score);
    expect(find(weighted.findings, 'skills.overlap')?.outcome).toBe('partial');
  });

  it('MATCH-1: findings read as sentences', () => {
    const f = (code: string, params: MatchFinding['params']): string =>
      describeFinding({ factor: 'licenses', outcome: 'met', code, params });
    expect(f('licenses.class_held', { required: 'cdl_a', held: 'cdl_a' })).toBe(
      'CDL class A required: has it',
    );
    expect(f('skills.overlap', { matched: 3, listed: 5 })).toBe('3 of 5 listed skills');
    expect(f('distance.outside_radius', { miles: 42, radius: 25 })).toBe(
      '42 miles, outside the 25-mile radius',
    );
    expect(f('licenses.cdl_missing', { required: 'cdl_a', held: 'none', cap: 2 })).toBe(
      'CDL class A required: none on record; caps the rating at 2 stars',
    );
    expect(f('education.below', { required: 'bachelor', seeker: 'high_school', stated: 1 })).toBe(
      "Bachelor's degree required: has a high school diploma",
    );
    expect(f('pay.below_minimum', { pay: 14, minimum: 18 })).toBe(
      'Pays up to $14.00 an hour, below the $18.00 minimum',
    );
    expect(f('experience.short', { months: 6, required: 24, stated: 0 })).toBe(
      '6 months of related experience; about 24 months typical',
    );
    // Every finding the engine gives has its own sentence, not the bare code.
    const all = [
      scoreMatch(
        driver({ licenseClass: null, education: 'doctorate' }),
        truckPosting({ thin: true, hourlyPayMax: 10, location: north(60) }),
        sameOnly,
      ),
      scoreMatch(driver({ occupations: [] }), truckPosting({ onetCode: null }), sameOnly),
    ].flatMap((r) => r.findings);
    for (const finding of all) expect(describeFinding(finding)).not.toBe(finding.code);
  });
});

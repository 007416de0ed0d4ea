// MATCH-1 quality harness: do the stars follow occupational closeness? No database: seekers and
// postings are built from the shipped O*NET catalog (server/reference/onet) with a seeded PRNG,
// so every run scores the same pairs.
// For each of --occupations sampled occupations A (default 300, among those with related
// occupations and technology skills), one seeker: a resume job in A with the months its job zone
// asks and then some, A's first ten technology skills (hot technologies come first), the education
// A's job zone expects, near the work sites, pay and license no obstacle. Then one posting per tier
// in occupation B: A itself, B in each O*NET relatedness tier (Primary-Short, Primary-Long,
// Supplemental), B in A's SOC major group but not related, B in another major group. The posting's
// text is B's description, three of its tasks and four of B's first fifteen technology skills;
// its skills are what skillsNamedIn finds there, the way postings are read on write; half state the
// experience and a third the education B's job zone expects. Every pair is scored by scoreMatch
// with the default weights, closenessOf and skillSpecificity.
// Prints one JSON line: mean stars per tier, whether they are strictly ordered (same >
// Primary-Short > Primary-Long > Supplemental > same major group > unrelated), the share of
// same-occupation pairs with 4 or 5 stars and the share of unrelated pairs with 0 or 1.
// Run from the repository root:
//   npm run bench -- match-quality [--occupations 300] [--seed 20260501]
import type { EducationLevel } from '@onestop/contracts';
import { Prng } from '../src/db/seed/prng';
import {
  isThinDescription,
  MATCH_SETTINGS,
  normalizeSkill,
  scoreMatch,
  skillsNamedIn,
  type OccupationCloseness,
  type PostingFeatures,
  type SeekerFeatures,
  type Stars,
} from '../src/modules/matching/matching.rules';
import {
  closenessOf,
  postingSkillVocabulary,
  skillSpecificity,
} from '../src/modules/matching/occupation-closeness';
import {
  draftDuties,
  readOnetSource,
  relatedOccupations,
  type Occupation,
} from '../src/modules/onet/onet.catalog';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive number`);
  return value;
}

const sampleSize = option('occupations', 300);
const prng = new Prng(option('seed', 20260501));

const TIERS = [
  'same',
  'Primary-Short',
  'Primary-Long',
  'Supplemental',
  'same_major_group',
  'unrelated',
] as const satisfies readonly OccupationCloseness[];
type Tier = (typeof TIERS)[number];

const usable = readOnetSource().occupations.filter(
  (o) => relatedOccupations(o.code).length > 0 && postingSkillVocabulary(o.code).length > 0,
);
const byCode = new Map(usable.map((o) => [o.code, o]));

/** Lexington, Kentucky; everyone works within a few miles of it. */
const CENTER = { lat: 38.03, lon: -84.5 };
/** A point up to `miles` from `from` (a degree of latitude is 69 miles; of longitude here, 54). */
function near(from: { lat: number; lon: number }, miles: number) {
  const angle = prng.next() * 2 * Math.PI;
  const distance = prng.next() * miles;
  return {
    lat: from.lat + (Math.sin(angle) * distance) / 69,
    lon: from.lon + (Math.cos(angle) * distance) / 54,
  };
}

const typicalMonths = (o: Occupation) =>
  o.jobZone === null ? 0 : (MATCH_SETTINGS.typicalExperienceMonths[o.jobZone - 1] ?? 0);
const typicalEducation = (o: Occupation): EducationLevel | null =>
  o.jobZone === null ? null : (MATCH_SETTINGS.typicalEducation[o.jobZone - 1] ?? null);

function seekerIn(a: Occupation): SeekerFeatures {
  const months = Math.max(6, Math.round(typicalMonths(a) * (1 + prng.next() * 2)));
  return {
    occupations: [{ code: a.code, months, jobZone: a.jobZone }],
    totalExperienceMonths: months,
    skills: postingSkillVocabulary(a.code).slice(0, 10).map(normalizeSkill),
    education: typicalEducation(a) ?? 'high_school',
    licenseClass: null,
    endorsements: [],
    certificates: [],
    location: near(CENTER, 10),
    radiusMiles: prng.chance(0.5) ? 25 : null,
    minHourlyPay: prng.chance(0.5) ? prng.int(12, 15) : null,
  };
}

function postingIn(b: Occupation, seeker: SeekerFeatures): PostingFeatures {
  const named = prng.sample(postingSkillVocabulary(b.code).slice(0, 15), 4);
  const description = [
    b.description,
    ...draftDuties(b.code, 3),
    `Experience with ${named.join(', ')} is a plus.`,
  ].join(' ');
  const months = typicalMonths(b);
  return {
    onetCode: b.code,
    jobZone: b.jobZone,
    skills: skillsNamedIn(`${b.title}\n${description}`, postingSkillVocabulary(b.code)),
    experienceMonths: months > 0 && prng.chance(0.5) ? months : null,
    education: prng.chance(1 / 3) ? typicalEducation(b) : null,
    licenseClass: null,
    endorsements: [],
    location: near(seeker.location ?? CENTER, 12),
    hourlyPayMax: prng.int(15, 45),
    thin: isThinDescription(description),
  };
}

/** A posting occupation B at exactly this closeness to A, or null where A has none. */
function occupationAt(a: Occupation, tier: Tier): Occupation | null {
  if (tier === 'same') return a;
  const pool =
    tier === 'unrelated' || tier === 'same_major_group'
      ? usable.filter((o) => (o.code.slice(0, 2) === a.code.slice(0, 2)) === (tier !== 'unrelated'))
      : relatedOccupations(a.code).flatMap((r) => byCode.get(r.code) ?? []);
  const candidates = pool.filter((o) => closenessOf(a.code, o.code) === tier);
  return candidates.length > 0 ? prng.pick(candidates) : null;
}

const stars = new Map<Tier, Stars[]>(TIERS.map((t) => [t, []]));
for (const a of prng.sample(usable, sampleSize)) {
  const seeker = seekerIn(a);
  for (const tier of TIERS) {
    const b = occupationAt(a, tier);
    if (!b) continue;
    const result = scoreMatch(
      seeker,
      postingIn(b, seeker),
      closenessOf,
      MATCH_SETTINGS.weights,
      skillSpecificity,
    );
    stars.get(tier)?.push(result.stars);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
const list = (tier: Tier) => stars.get(tier) ?? [];
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
const share = (values: number[], test: (v: number) => boolean) =>
  round(values.filter(test).length / (values.length || 1));
const means = TIERS.map((tier) => mean(list(tier)));

process.stdout.write(
  `${JSON.stringify({
    bench: 'match-quality',
    pairs: TIERS.reduce((sum, tier) => sum + list(tier).length, 0),
    meanStars: Object.fromEntries(TIERS.map((tier, i) => [tier, round(means[i] ?? 0)])),
    strictlyOrdered: means.every((m, i) => i === 0 || m < (means[i - 1] ?? 0)),
    sameScoring4Plus: share(list('same'), (s) => s >= 4),
    unrelatedScoring1OrLess: share(list('unrelated'), (s) => s <= 1),
    pairsPerTier: Object.fromEntries(TIERS.map((tier) => [tier, list(tier).length])),
  })}\n`,
);

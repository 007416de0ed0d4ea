import {
  occupation,
  readOnetSource,
  relatedOccupations,
  technologySkills,
} from '../onet/onet.catalog';
import { normalizeSkill, occupationCloseness, type OccupationCloseness } from './matching.rules';

/**
 * MATCH-1 over the shipped O*NET catalog: the closeness of two occupations, the skill vocabulary
 * to look for in a posting, and how specific each skill is. Memoized: matching a posting against
 * a state's seekers asks the same pairs over and over.
 */

/** Enough for every pair of the few hundred codes a state's postings use; cleared when full. */
const MAX_CACHED_PAIRS = 250_000;
const closenessCache = new Map<string, OccupationCloseness>();

export function closenessOf(seekerCode: string, postingCode: string): OccupationCloseness {
  const key = `${seekerCode}|${postingCode}`;
  let found = closenessCache.get(key);
  if (found === undefined) {
    found = occupationCloseness(seekerCode, postingCode, relatedOccupations);
    if (closenessCache.size >= MAX_CACHED_PAIRS) closenessCache.clear();
    closenessCache.set(key, found);
  }
  return found;
}

/** The occupation's O*NET technology skill names, hot technologies first. */
export function postingSkillVocabulary(code: string): string[] {
  return technologySkills(code).map((skill) => skill.name);
}

export function jobZoneOf(code: string): number | null {
  return occupation(code)?.jobZone ?? null;
}

let specificity: { byName: Map<string, number>; occupations: number } | null = null;

/**
 * How much a (normalized) skill tells about a person, 0.1..1: an inverse document frequency over
 * the catalog's occupations, so that "Microsoft Excel" (listed by most occupations) counts little
 * and "PeopleNet" (a few) counts fully. A skill the catalog does not list counts fully.
 */
export function skillSpecificity(skill: string): number {
  if (!specificity) {
    const byName = new Map<string, number>();
    const { occupations } = readOnetSource();
    for (const { code } of occupations) {
      for (const name of new Set(technologySkills(code).map((t) => normalizeSkill(t.name))))
        byName.set(name, (byName.get(name) ?? 0) + 1);
    }
    specificity = { byName, occupations: occupations.length };
  }
  const listedBy = specificity.byName.get(skill) ?? 0;
  if (listedBy <= 1) return 1;
  const n = specificity.occupations;
  return Math.max(0.1, Math.log((n + 1) / (listedBy + 1)) / Math.log((n + 1) / 2));
}

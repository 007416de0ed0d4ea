/** MATCH-1: skill names, as a seeker lists them and as a posting's text names them. Pure. */
import { normalizeTitle } from '../onet/onet.catalog';

/** Skills compare as O*NET titles do: lower case, no accents, punctuation a space ("C++" kept). */
export const normalizeSkill = normalizeTitle;

/** O*NET names lead with the vendor and end with a kind: "Microsoft Excel", "SAP software". */
const VENDORS = new Set(['microsoft', 'adobe', 'autodesk', 'oracle', 'intuit', 'ibm', 'google']);
const KIND_WORDS = new Set(['software', 'system', 'systems', 'program', 'programs']);
/** Short forms that are everyday words in prose, found in a skill list but not in a posting. */
const PROSE_WORDS = new Set(['word', 'office', 'project', 'access', 'outlook', 'teams', 'go']);

/**
 * The forms a skill goes by: the name, without a trailing kind word, without a leading vendor, and
 * a trailing acronym its preceding words spell ("structured query language sql" → "sql"). In prose
 * (a posting's text) short forms that are everyday words, and one-letter names, are left out.
 */
export function skillForms(name: string, inProse: boolean): string[] {
  let words = normalizeSkill(name).split(' ').filter(Boolean);
  const forms = new Set([words.join(' ')]);
  if (words.length > 1 && KIND_WORDS.has(words[words.length - 1] ?? '')) {
    words = words.slice(0, -1);
    forms.add(words.join(' '));
  }
  if (words.length > 1 && VENDORS.has(words[0] ?? '')) forms.add(words.slice(1).join(' '));
  const last = words[words.length - 1] ?? '';
  const before = words.slice(-1 - last.length, -1);
  if (
    last.length >= 2 &&
    before.length === last.length &&
    before.map((w) => w[0]).join('') === last
  )
    forms.add(last);
  return [...forms].filter((f) => f.length > 1 && !(inProse && PROSE_WORDS.has(f)));
}

/** The vocabulary names (normalized) that a text names, case-insensitive and word-bounded. */
export function skillsNamedIn(text: string, vocabulary: string[]): string[] {
  const prose = ` ${normalizeSkill(text)} `;
  const found = new Set<string>();
  for (const name of vocabulary) {
    if (skillForms(name, true).some((form) => prose.includes(` ${form} `)))
      found.add(normalizeSkill(name));
  }
  return [...found];
}

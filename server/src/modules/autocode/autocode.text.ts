import { normalizeTitle } from '../onet/onet.catalog';

/** Words that say nothing about the occupation, in titles or in prose. */
const STOPWORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our that the their ' +
    'this to was we were will with you your all other others etc'
  ).split(' '),
);

/**
 * A light stemmer: plurals only ("nurses" → "nurse", "secretaries" → "secretary"). Heavier
 * stemming conflates words that name different jobs ("operator", "operations", "operating").
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  )
    return word.slice(0, -1);
  return word;
}

/** The stemmed content words of a text, in order, repeats kept. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeTitle(text).split(' ')) {
    if (word && !STOPWORDS.has(word)) out.push(stem(word));
  }
  return out;
}

/**
 * An O*NET occupation title without its exclusions: "Teachers, Except Special Education" names
 * no special-education job, so the words after "Except" would only mislead.
 */
export function ownTitleWords(title: string): string[] {
  const at = title.search(/,?\s+except\b/i);
  return words(at < 0 ? title : title.slice(0, at));
}

/**
 * Title features and their weights: the words; each pair of neighbours joined ("fork lift" →
 * "forklift"), which both catches compounds written apart and rewards words in the same order;
 * and each long word's first letters ("cardiographer" → "cardi~"), which match other forms.
 */
export function titleFeatures(
  wordList: string[],
  pairWeight: number,
  prefixWeight: number,
  prefixLength: number,
): Map<string, number> {
  const out = new Map<string, number>();
  const put = (term: string, weight: number) => {
    if (weight > (out.get(term) ?? 0)) out.set(term, weight);
  };
  for (const word of wordList) {
    put(word, 1);
    if (prefixWeight > 0 && word.length > prefixLength)
      put(`${word.slice(0, prefixLength)}~`, prefixWeight);
  }
  if (pairWeight > 0) {
    for (let i = 0; i + 1 < wordList.length; i++)
      put(`${wordList[i]}${wordList[i + 1]}`, pairWeight);
  }
  return out;
}

import type { OnetSource } from '../onet/onet.catalog';
import { ownTitleWords, titleFeatures, words } from './autocode.text';

/**
 * How the evidence adds up. The title weights were chosen on the development split (`npm run bench
 * -- autocode --dev`, see autocode.split.ts), never on the hold-out; the description weights were
 * set by hand on example postings, as there are no labelled postings to tune them on yet.
 */
export interface AutocodeWeights {
  /** Cosine of the posting title with the occupation's closest indexed title. */
  nearest: number;
  /** Cosine with all of the occupation's titles pooled, each counted by its O*NET sources. */
  profile: number;
  /** Cosine of the posting title with the occupation's description and tasks. */
  titleText: number;
  /** The posting description's evidence: its cosine with the description and tasks, and with the
   * pooled titles (postings name the job in prose). */
  descriptionText: number;
  descriptionProfile: number;
  /** The weight of the description's best match against the title's best, and its floor. */
  description: number;
  descriptionFloor: number;
  /** Added when the posting title equals an indexed title, word for word. */
  exact: number;
  /** The weight of the occupation's own title in the pooled titles, against 1 for a one-source title. */
  ownTitle: number;
  /** Title features: joined neighbour pairs, and word beginnings of `prefixLength` letters. */
  pairs: number;
  prefixes: number;
  prefixLength: number;
  /** Added per matching title: its cosine to the power `votePower`, so near matches dominate. */
  votes: number;
  votePower: number;
}

export const DEFAULT_WEIGHTS: AutocodeWeights = {
  nearest: 1,
  profile: 0.6,
  titleText: 0.15,
  descriptionText: 0.5,
  descriptionProfile: 0.3,
  description: 1,
  descriptionFloor: 0.1,
  exact: 0.3,
  ownTitle: 3,
  pairs: 0.7,
  prefixes: 0.3,
  prefixLength: 5,
  votes: 0.4,
  votePower: 2,
};

/** A sparse matrix by term: for term t, columns cols[starts[t]..starts[t+1]) with their values. */
interface ByTerm {
  starts: Int32Array;
  cols: Int32Array;
  values: Float32Array;
}

type Numbers = Int32Array | Float32Array | Float64Array;

/** array[i] += value, for typed arrays read under noUncheckedIndexedAccess. */
function add(array: Numbers, i: number, value: number): void {
  array[i] = (array[i] ?? 0) + value;
}

/** Term frequencies, dampened: 1 + ln(count). */
function frequencies(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) counts.set(term, 1 + Math.log(count));
  return counts;
}

/** One sparse vector: parallel arrays, lighter than a Map for the tens of thousands of titles. */
interface Row {
  terms: number[];
  values: number[];
}

const toRow = (map: Map<number, number>): Row => ({
  terms: [...map.keys()],
  values: [...map.values()],
});

function byTerm(rows: Row[], terms: number): ByTerm {
  const counts = new Int32Array(terms + 1);
  for (const row of rows) for (const t of row.terms) add(counts, t + 1, 1);
  for (let t = 0; t < terms; t++) add(counts, t + 1, counts[t] ?? 0);
  const starts = counts.slice();
  const fill = counts.slice(0, terms);
  const cols = new Int32Array(starts[terms] ?? 0);
  const values = new Float32Array(starts[terms] ?? 0);
  rows.forEach((row, col) => {
    row.terms.forEach((t, i) => {
      const at = fill[t] ?? 0;
      fill[t] = at + 1;
      cols[at] = col;
      values[at] = row.values[i] ?? 0;
    });
  });
  return { starts, cols, values };
}

/** Weights each value by its term's idf and scales the row to unit length, for cosines. */
function weighRows(rows: Row[], idfOf: Float32Array): void {
  for (const { terms, values } of rows) {
    let sum = 0;
    for (let i = 0; i < terms.length; i++) {
      const v = (values[i] ?? 0) * (idfOf[terms[i] ?? 0] ?? 0);
      values[i] = v;
      sum += v * v;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let i = 0; i < values.length; i++) values[i] = (values[i] ?? 0) / norm;
  }
}

/** Inverse document frequency; 0 marks a term absent from this space (it has no postings). */
const idf = (documents: number, df: number) =>
  df === 0 ? 0 : Math.log((documents + 1) / (df + 0.5));
const maxIdf = (documents: number) => Math.log((documents + 1) / 0.5);

/** A weighted query vector, unit length; words the index lacks count toward the length only. */
function queryVector(
  terms: Map<string, number>,
  vocabulary: Map<string, number>,
  idfOf: Float32Array,
  unknownIdf: number,
  isWord: (term: string) => boolean,
): Map<number, number> {
  const vector = new Map<number, number>();
  let sum = 0;
  for (const [term, tf] of terms) {
    const id = vocabulary.get(term);
    const known = id === undefined ? 0 : (idfOf[id] ?? 0);
    // A joined pair the index lacks says nothing; an unknown word makes the title less clear.
    if (known === 0 && !isWord(term)) continue;
    const weight = tf * (known || unknownIdf);
    sum += weight * weight;
    if (known > 0 && id !== undefined) vector.set(id, weight);
  }
  const norm = Math.sqrt(sum) || 1;
  for (const [t, v] of vector) vector.set(t, v / norm);
  return vector;
}

/** Adds the dot products of a query vector with every row of a by-term matrix. */
function accumulate(into: Float64Array, query: Map<number, number>, matrix: ByTerm, scale = 1) {
  for (const [t, q] of query) {
    const end = matrix.starts[t + 1] ?? 0;
    for (let at = matrix.starts[t] ?? 0; at < end; at++) {
      add(into, matrix.cols[at] ?? 0, scale * q * (matrix.values[at] ?? 0));
    }
  }
}

export interface AutocodeQuery {
  title: string;
  description?: string | null;
}

/**
 * The autocoder's index: the occupations' titles (own and indexed alternates) as one vector per
 * title and one pooled vector per occupation, and their description and task statements as one
 * more vector per occupation. All TF-IDF, compared by cosine.
 */
export class AutocodeIndex {
  readonly codes: string[];
  readonly titles: string[];
  private readonly vocabulary = new Map<string, number>();
  private readonly titleIdf: Float32Array;
  private readonly occupationIdf: Float32Array;
  private readonly textIdf: Float32Array;
  private readonly maxTitleIdf: number;
  private readonly maxOccupationIdf: number;
  private readonly maxTextIdf: number;
  /** Title vectors by term, and the occupation of each title. */
  private readonly entries: ByTerm;
  private readonly entryOccupation: Int32Array;
  private readonly exact = new Map<string, Set<number>>();
  private readonly profiles: ByTerm;
  private readonly texts: ByTerm;
  private readonly entryScores: Float64Array;

  constructor(
    source: OnetSource,
    indexedTitles: OnetSource['titles'],
    private readonly weights: AutocodeWeights = DEFAULT_WEIGHTS,
  ) {
    const { occupations } = source;
    this.codes = occupations.map((o) => o.code);
    this.titles = occupations.map((o) => o.title);
    const id = (term: string) => {
      let t = this.vocabulary.get(term);
      if (t === undefined) this.vocabulary.set(term, (t = this.vocabulary.size));
      return t;
    };

    // One entry per title: its features, occupation and O*NET source count (own title: null).
    const entryRows: Row[] = [];
    const occupationOf: number[] = [];
    const sourcesOf: (number | null)[] = [];
    const addEntry = (wordList: string[], occupation: number, sources: number | null) => {
      if (wordList.length === 0) return;
      const features = this.features(wordList);
      entryRows.push({ terms: [...features.keys()].map(id), values: [...features.values()] });
      occupationOf.push(occupation);
      sourcesOf.push(sources);
      const key = wordList.join(' ');
      const set = this.exact.get(key) ?? new Set<number>();
      this.exact.set(key, set.add(occupation));
    };
    occupations.forEach((o, i) => addEntry(ownTitleWords(o.title), i, null));
    for (const [title, index, sources] of indexedTitles) {
      if (occupations[index]) addEntry(words(title), index, sources);
    }

    // Pooled titles: each feature summed over the occupation's titles by their source counts.
    const profiles = occupations.map(() => new Map<number, number>());
    entryRows.forEach(({ terms, values }, e) => {
      const sources = sourcesOf[e] ?? null;
      const weight = sources === null ? weights.ownTitle : 1 + Math.log2(sources);
      const profile = profiles[occupationOf[e] ?? 0];
      terms.forEach((t, i) => profile?.set(t, (profile.get(t) ?? 0) + weight * (values[i] ?? 0)));
    });
    const texts = occupations.map((o) => {
      const counts = new Map<number, number>();
      const tasks = source.tasks.get(o.code) ?? [];
      for (const text of [o.description, ...tasks.map(([task]) => task)]) {
        for (const word of words(text)) {
          const t = id(word);
          counts.set(t, (counts.get(t) ?? 0) + 1);
        }
      }
      return counts;
    });
    const dampen = (rows: Map<number, number>[]) =>
      rows.map((row) => {
        for (const [t, v] of row) row.set(t, Math.log1p(v));
        return toRow(row);
      });
    const profileRows = dampen(profiles);
    const textRows = dampen(texts);

    // Document frequencies: over titles for the nearest title, over occupations otherwise.
    const terms = this.vocabulary.size;
    const df = (rows: Row[]) => {
      const counts = new Int32Array(terms);
      for (const row of rows) for (const t of row.terms) add(counts, t, 1);
      return counts;
    };
    const n = occupations.length;
    this.titleIdf = Float32Array.from(df(entryRows), (d) => idf(entryRows.length, d));
    this.occupationIdf = Float32Array.from(df(profileRows), (d) => idf(n, d));
    this.textIdf = Float32Array.from(df(textRows), (d) => idf(n, d));
    this.maxTitleIdf = maxIdf(entryRows.length);
    this.maxOccupationIdf = maxIdf(n);
    this.maxTextIdf = maxIdf(n);

    weighRows(entryRows, this.titleIdf);
    this.entries = byTerm(entryRows, terms);
    this.entryOccupation = Int32Array.from(occupationOf);
    this.entryScores = new Float64Array(entryRows.length);
    weighRows(profileRows, this.occupationIdf);
    this.profiles = byTerm(profileRows, terms);
    weighRows(textRows, this.textIdf);
    this.texts = byTerm(textRows, terms);
  }

  /** Whether a title is indexed, word for word as the coder reads it. */
  hasTitle(title: string): boolean {
    return this.exact.has(words(title).join(' '));
  }

  private features(wordList: string[]): Map<string, number> {
    const w = this.weights;
    return titleFeatures(wordList, w.pairs, w.prefixes, w.prefixLength);
  }

  /** One score per occupation (index order), 0 where nothing matched. */
  score(query: AutocodeQuery): Float64Array {
    const w = this.weights;
    const scores = new Float64Array(this.codes.length);
    const titleWords = words(query.title);
    if (titleWords.length > 0) {
      const features = this.features(titleWords);
      const unigrams = new Set(titleWords);
      const isWord = (term: string) => unigrams.has(term);
      const inTitles = queryVector(
        features,
        this.vocabulary,
        this.titleIdf,
        this.maxTitleIdf,
        isWord,
      );
      // Nearest title: the best cosine among the occupation's titles.
      const entryScores = this.entryScores;
      entryScores.fill(0);
      accumulate(entryScores, inTitles, this.entries);
      const nearest = new Float64Array(this.codes.length);
      for (let e = 0; e < entryScores.length; e++) {
        const s = entryScores[e] ?? 0;
        if (s <= 0) continue;
        const o = this.entryOccupation[e] ?? 0;
        if (s > (nearest[o] ?? 0)) nearest[o] = s;
        add(scores, o, w.votes * s ** w.votePower);
      }
      nearest.forEach((s, o) => add(scores, o, w.nearest * s));
      for (const o of this.exact.get(titleWords.join(' ')) ?? []) add(scores, o, w.exact);

      const inOccupations = queryVector(
        features,
        this.vocabulary,
        this.occupationIdf,
        this.maxOccupationIdf,
        isWord,
      );
      accumulate(scores, inOccupations, this.profiles, w.profile);
      const inText = queryVector(
        frequencies(titleWords),
        this.vocabulary,
        this.textIdf,
        this.maxTextIdf,
        isWord,
      );
      accumulate(scores, inText, this.texts, w.titleText);
    }
    const descriptionWords = query.description ? words(query.description) : [];
    if (descriptionWords.length > 0) {
      // Unknown words of free prose are noise, not doubt: they do not lengthen the vector.
      const known = () => false;
      const v = queryVector(frequencies(descriptionWords), this.vocabulary, this.textIdf, 0, known);
      const evidence = new Float64Array(scores.length);
      accumulate(evidence, v, this.texts, w.descriptionText);
      const p = queryVector(
        frequencies(descriptionWords),
        this.vocabulary,
        this.occupationIdf,
        0,
        known,
      );
      accumulate(evidence, p, this.profiles, w.descriptionProfile);
      // Title scores have no fixed scale (a one-word title gathers votes from hundreds of titles),
      // so the description counts relative to both: its best match adds `description` times the
      // best title score. The floor keeps a description that matches nothing well from counting
      // as much as one that clearly names a job.
      let bestTitle = 0;
      let bestEvidence = w.descriptionFloor;
      for (let o = 0; o < scores.length; o++) {
        bestTitle = Math.max(bestTitle, scores[o] ?? 0);
        bestEvidence = Math.max(bestEvidence, evidence[o] ?? 0);
      }
      const scale = (w.description * Math.max(bestTitle, 1)) / bestEvidence;
      evidence.forEach((e, o) => add(scores, o, scale * e));
    }
    return scores;
  }
}

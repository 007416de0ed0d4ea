import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The O*NET 29.2 occupation catalog that ships with the product (server/reference/onet, built by
 * scripts/build-onet.mjs; attribution in its SOURCE.md). Read-only, loaded lazily on first use.
 */
export const ONET_DATA_DIR = fileURLToPath(new URL('../../../reference/onet', import.meta.url));

export interface Occupation {
  code: string;
  title: string;
  /** The first sentence of O*NET's description. */
  description: string;
  /** O*NET job zone 1 (little preparation) to 5 (extensive), or null where O*NET has none. */
  jobZone: number | null;
}

export interface TitleMatch {
  title: string;
  code: string;
  occupationTitle: string;
}

export type TaskType = 'Core' | 'Supplemental' | null;
export type RelatednessTier = 'Primary-Short' | 'Primary-Long' | 'Supplemental';

export interface RelatedOccupation {
  code: string;
  title: string;
  tier: RelatednessTier;
}

export interface TechnologySkill {
  name: string;
  hot: boolean;
  inDemand: boolean;
}

const TIERS: RelatednessTier[] = ['Primary-Short', 'Primary-Long', 'Supplemental'];

/**
 * Lower case, accents removed, apostrophes and periods dropped ("Nurse's" → "nurses"), any other
 * punctuation a word break; "+" and "#" are kept so that "C++" and "C#" stay searchable.
 */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first i in 0..items.length with key(items[i]) >= key, for items sorted by key(). */
function lowerBound<T>(items: T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One searchable title: an occupation's own title, an alternate title or a short title. */
interface Entry {
  title: string;
  occupation: Occupation;
  norm: string;
  words: string[];
  main: boolean;
  /** How many O*NET sources reported an alternate title. */
  sources: number;
  /** The entry's place on ties: main titles first, then shorter, then more sources. */
  rank: number;
}

const byTieBreak = (a: Entry, b: Entry) =>
  Number(b.main) - Number(a.main) ||
  a.norm.length - b.norm.length ||
  b.sources - a.sources ||
  compareStrings(a.norm, b.norm) ||
  compareStrings(a.title, b.title) ||
  compareStrings(a.occupation.code, b.occupation.code);

/** The search structures, built once from occupations.json and titles.json. */
class TitleIndex {
  private readonly byRank: Entry[];
  /** Sorted by normalized title, for exact and prefix matches. */
  private readonly byNorm: Entry[];
  /** Distinct title words, sorted, each with the entries that contain it. */
  private readonly vocabulary: string[];
  private readonly postings: Entry[][];
  /** Normalized titles in rank order joined by "\n", for substring matches; starts[rank]. */
  private readonly joined: string;
  private readonly starts: number[] = [];

  constructor(occupations: Occupation[], titles: [string, number, number][]) {
    const entry = (title: string, occupation: Occupation, sources: number | null): Entry => {
      const norm = normalizeTitle(title);
      const words = norm.split(' ');
      return {
        title,
        occupation,
        norm,
        words,
        main: sources === null,
        sources: sources ?? 0,
        rank: 0,
      };
    };
    const entries = [
      ...occupations.map((o) => entry(o.title, o, null)),
      ...titles.flatMap(([title, index, sources]) => {
        const o = occupations[index];
        return o ? [entry(title, o, sources)] : [];
      }),
    ].filter((e) => e.norm.length > 0);

    this.byRank = [...entries].sort(byTieBreak);
    let offset = 0;
    this.byRank.forEach((e, rank) => {
      e.rank = rank;
      this.starts.push(offset);
      offset += e.norm.length + 1;
    });
    this.joined = this.byRank.map((e) => e.norm).join('\n');
    this.byNorm = [...entries].sort((a, b) => compareStrings(a.norm, b.norm));

    const postings = new Map<string, Entry[]>();
    for (const e of entries) {
      for (const word of e.words) {
        const list = postings.get(word);
        if (!list) postings.set(word, [e]);
        else if (list[list.length - 1] !== e) list.push(e);
      }
    }
    this.vocabulary = [...postings.keys()].sort(compareStrings);
    this.postings = this.vocabulary.map((w) => postings.get(w) ?? []);
  }

  search(query: string, limit: number): TitleMatch[] {
    const q = normalizeTitle(query);
    if (!q || limit < 1) return [];
    const out: TitleMatch[] = [];
    const listed = new Set<Entry>();
    const pairs = new Set<string>();
    /** Appends one tier's entries in rank order; true once the list is full. */
    const take = (tier: Entry[]): boolean => {
      for (const rank of Int32Array.from(tier, (e) => e.rank).sort()) {
        const e = this.byRank[rank];
        if (out.length >= limit) return true;
        if (!e || pairs.has(`${e.occupation.code}\t${e.title}`)) continue;
        pairs.add(`${e.occupation.code}\t${e.title}`);
        out.push({ title: e.title, code: e.occupation.code, occupationTitle: e.occupation.title });
      }
      for (const e of tier) listed.add(e);
      return out.length >= limit;
    };

    // Exact and prefix matches of the whole title: one range of byNorm.
    const exact: Entry[] = [];
    const prefix: Entry[] = [];
    for (let i = lowerBound(this.byNorm, q, (e) => e.norm); i < this.byNorm.length; i++) {
      const e = this.byNorm[i];
      if (!e?.norm.startsWith(q)) break;
      (e.norm.length === q.length ? exact : prefix).push(e);
    }
    if (take(exact) || take(prefix)) return out;

    // Every query word starts some word of the title: walk the postings of the query word with
    // the fewest candidates and check the other words.
    const ranges = [...new Set(q.split(' '))].map((word) => {
      const lo = lowerBound(this.vocabulary, word, (w) => w);
      let hi = lo;
      let size = 0;
      for (; this.vocabulary[hi]?.startsWith(word); hi++) size += this.postings[hi]?.length ?? 0;
      return { word, lo, hi, size };
    });
    ranges.sort((a, b) => a.size - b.size);
    const [rarest, ...others] = ranges;
    const words: Entry[] = [];
    const visited = new Set<Entry>();
    for (let v = rarest?.lo ?? 0; v < (rarest?.hi ?? 0); v++) {
      for (const e of this.postings[v] ?? []) {
        if (listed.has(e) || visited.has(e)) continue;
        visited.add(e);
        if (others.every(({ word }) => e.words.some((w) => w.startsWith(word)))) words.push(e);
      }
    }
    if (take(words)) return out;

    // The query anywhere in the title. `joined` is in rank order, so stop once the list is full.
    const contains: Entry[] = [];
    const wanted = limit - out.length;
    let at = this.joined.indexOf(q);
    while (at !== -1 && contains.length < wanted) {
      let lo = 0; // the rank of the title that holds `at`: the last start <= at
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((this.starts[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      const e = this.byRank[lo];
      if (e && !listed.has(e)) contains.push(e);
      const next = this.starts[lo + 1];
      at = next === undefined ? -1 : this.joined.indexOf(q, next);
    }
    take(contains);
    return out;
  }
}

type ByCode<T> = Map<string, T>;
type Tasks = [string, TaskType][];
type Related = Partial<Record<RelatednessTier, string[]>>;
/** flags: 1 = Hot Technology, 2 = In Demand. */
type Technology = [string, number][];

/** The raw catalog; `titles` rows are `[title, index in occupations, O*NET source count]`. */
export interface OnetSource {
  occupations: Occupation[];
  titles: [string, number, number][];
  tasks: Map<string, [string, TaskType][]>;
}

interface Loaded {
  occupations: Occupation[];
  byCode: Map<string, Occupation>;
  index: TitleIndex;
}

/** The catalog over one data folder; the module functions below use the shipped one. */
export class OnetCatalog {
  private loaded: Loaded | null = null;
  private tasksByCode: ByCode<Tasks> | null = null;
  private relatedByCode: ByCode<Related> | null = null;
  private technologyByCode: ByCode<Technology> | null = null;

  constructor(private readonly dir = ONET_DATA_DIR) {}

  private read<T>(file: string): T {
    return JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')) as T;
  }

  /** A `{ code: value }` file as a Map, so that a code like "constructor" finds nothing. */
  private readByCode<T>(file: string): ByCode<T> {
    return new Map(Object.entries(this.read<Record<string, T>>(file)));
  }

  private get data(): Loaded {
    if (!this.loaded) {
      const occupations = this.read<Occupation[]>('occupations.json');
      const titles = this.read<[string, number, number][]>('titles.json');
      this.loaded = {
        occupations,
        byCode: new Map(occupations.map((o) => [o.code, o])),
        index: new TitleIndex(occupations, titles),
      };
    }
    return this.loaded;
  }

  /** Loads the title index now rather than on the first search. */
  warm(): void {
    void this.data;
  }

  /**
   * Job-title autocomplete over occupation titles, alternate titles and short titles ("RN").
   * Ranks exact match, then prefix of the whole title, then every query word starting a word of
   * the title, then substring; ties prefer occupation titles, then shorter titles, then titles
   * more O*NET sources reported.
   */
  searchTitles(query: string, limit = 10): TitleMatch[] {
    return this.data.index.search(query, limit);
  }

  occupation(code: string): Occupation | null {
    const found = this.data.byCode.get(code);
    return found ? { ...found } : null;
  }

  /**
   * SEEK-7: the occupation's task statements, Core first, as editable lines for the seeker's
   * "build up my job description" helper. Empty for an unknown code or one without tasks.
   */
  draftDuties(code: string, count = 5): string[] {
    const tasks = (this.tasksByCode ??= this.readByCode<Tasks>('tasks.json'));
    return (tasks.get(code) ?? []).slice(0, Math.max(0, count)).map(([task]) => task);
  }

  /** Related occupations in O*NET's order: Primary-Short, Primary-Long, then Supplemental. */
  relatedOccupations(code: string): RelatedOccupation[] {
    const related = (this.relatedByCode ??= this.readByCode<Related>('related.json'));
    const tiers = related.get(code) ?? {};
    return TIERS.flatMap((tier) =>
      (tiers[tier] ?? []).map((other) => ({
        code: other,
        title: this.data.byCode.get(other)?.title ?? other,
        tier,
      })),
    );
  }

  /**
   * The occupations, alternate titles and task statements as stored, read afresh and not kept
   * here: for indexes built elsewhere (the occupation autocoder) that keep their own form of them.
   */
  readSource(): OnetSource {
    return {
      occupations: this.read<Occupation[]>('occupations.json'),
      titles: this.read<[string, number, number][]>('titles.json'),
      tasks: this.readByCode<Tasks>('tasks.json'),
    };
  }

  /** Technology skill examples, hot technologies first (at most 40). */
  technologySkills(code: string): TechnologySkill[] {
    const technology = (this.technologyByCode ??= this.readByCode<Technology>('technology.json'));
    return (technology.get(code) ?? []).map(([name, flags]) => ({
      name,
      hot: (flags & 1) !== 0,
      inDemand: (flags & 2) !== 0,
    }));
  }
}

const shipped = new OnetCatalog();

export const searchTitles = (query: string, limit = 10) => shipped.searchTitles(query, limit);
export const occupation = (code: string) => shipped.occupation(code);
export const draftDuties = (code: string, count = 5) => shipped.draftDuties(code, count);
export const relatedOccupations = (code: string) => shipped.relatedOccupations(code);
export const technologySkills = (code: string) => shipped.technologySkills(code);
export const warmOnetCatalog = () => shipped.warm();
export const readOnetSource = () => shipped.readSource();

import { readOnetSource, type OnetSource } from '../onet/onet.catalog';
import { AutocodeIndex, DEFAULT_WEIGHTS, type AutocodeQuery } from './autocode.index';
import { splitTitles } from './autocode.split';

/**
 * Occupation autocoder: suggests O*NET-SOC codes for a job posting from its title and, where
 * given, its description. Staff see the suggestion with its confidence and alternatives and may
 * choose another code.
 *
 * Method (details in autocode.index.ts): TF-IDF cosine of the posting title with every indexed
 * O*NET title (the occupation's own and its alternate titles, less the bench's hold-out), summed
 * per occupation as the best match plus a vote of all matches; with the occupation's pooled
 * titles; and, lightly, with its description and task statements. The posting description adds
 * its cosine with the description, tasks and pooled titles.
 */

export interface OccupationSuggestion {
  code: string;
  title: string;
  /** Estimated probability, 0..1, that this code is right (see `confidence`). */
  confidence: number;
}

export interface SuggestOptions {
  /** How many suggestions: the best one and its alternatives. 3 unless said, at most 20. */
  limit?: number;
}

/**
 * Logistic models, one for each of the first three ranks (later ranks use the third), on
 * [1, score, ln score, relative margin over the next, score / best score]. Fitted by maximum
 * likelihood on the development split of titles (never the hold-out), where the top suggestion's
 * confidence tracks its accuracy within 0.02 on average over ten bins; the bench reports the same
 * check on the hold-out. Fitted on titles alone: a description raises scores and so, roughly
 * rightly, confidence, but that part is not calibrated.
 */
const CALIBRATION = [
  [-0.297, -0.478, 1.25, 3.348, -0.297],
  [-3.586, 0.041, 0.589, 1.388, 2.273],
  [-5.083, 1.026, -0.213, 1.171, 2.538],
] as const;

/** Calibrated confidences for scores sorted best first, never rising with rank. */
export function confidences(scores: number[]): number[] {
  const best = scores[0] ?? 0;
  const out: number[] = [];
  scores.forEach((score, rank) => {
    const next = scores[rank + 1] ?? 0;
    const [b0, b1, b2, b3, b4] = CALIBRATION[Math.min(rank, 2)] ?? CALIBRATION[2];
    const z =
      b0 + b1 * score + b2 * Math.log(score) + b3 * ((score - next) / score) + b4 * (score / best);
    const p = 1 / (1 + Math.exp(-z));
    out.push(Math.min(p, out[rank - 1] ?? 0.99));
  });
  return out.map((p) => Math.round(p * 1000) / 1000);
}

/** Long enough for any real title or posting; bounds the work on pasted junk. */
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 20_000;

export class Autocoder {
  private readonly index: AutocodeIndex;

  /** `tuning` also leaves out the development split, for choosing weights (see autocode.split.ts). */
  constructor(source: OnetSource, tuning = false) {
    this.index = new AutocodeIndex(source, splitTitles(source, tuning).indexed, DEFAULT_WEIGHTS);
  }

  /** Whether the coder indexed this title (the bench's hold-out must answer false). */
  hasTitle(title: string): boolean {
    return this.index.hasTitle(title);
  }

  suggest(query: AutocodeQuery, options: SuggestOptions = {}): OccupationSuggestion[] {
    const limit = Math.min(20, Math.max(0, Math.floor(options.limit ?? 3)));
    const title = typeof query.title === 'string' ? query.title.slice(0, MAX_TITLE) : '';
    const description =
      typeof query.description === 'string' ? query.description.slice(0, MAX_DESCRIPTION) : '';
    if (limit === 0) return [];
    const scores = this.index.score({ title, description });
    const ranked: { o: number; score: number }[] = [];
    scores.forEach((score, o) => {
      if (score > 0) ranked.push({ o, score });
    });
    // Ties go to the lower code, for stable answers. One more than asked: the last one's margin
    // over the next is part of its confidence.
    ranked.sort((a, b) => b.score - a.score || a.o - b.o);
    const top = ranked.slice(0, limit + 1);
    const chosen = confidences(top.map((t) => t.score));
    return top.slice(0, limit).map(({ o }, rank) => ({
      code: this.index.codes[o] ?? '',
      title: this.index.titles[o] ?? '',
      confidence: chosen[rank] ?? 0,
    }));
  }
}

let shipped: Autocoder | null = null;

/** The autocoder over the shipped catalog, built on first use (about a second) and kept. */
export function autocoder(): Autocoder {
  return (shipped ??= new Autocoder(readOnetSource()));
}

/** Suggested O*NET-SOC codes for a posting, best first; empty when nothing in it matches. */
export function suggestOccupations(
  query: AutocodeQuery,
  options: SuggestOptions = {},
): OccupationSuggestion[] {
  return autocoder().suggest(query, options);
}

/** Builds the index now rather than on the first suggestion. */
export function warmAutocoder(): void {
  autocoder();
}

import { DEFAULT_RADIUS_MILES, type HighlightRun, type PayUnit } from '@onestop/contracts';
import type { BoundingBox } from '../geo/zip-centroids';

/** SEEK-11 job search rules. Pure: no database. */

/**
 * A search ranks, sorts and counts at most this many matches (15 pages). A common word can match a
 * third of the board; reading and ranking every match would cost more than a person reads (at
 * 500,000 postings each candidate is a row fetched from disk or cache). The total then says "more
 * than 300" (`totalCapped`), which is what a person needs to narrow the search down. With more
 * matches than this, relevance, pay and distance order the first 300 found; newest first is exact.
 */
export const CANDIDATE_CAP = 300;

/** A seeker may keep this many saved searches; each one is run every day for the alerts. */
export const MAX_SAVED_SEARCHES = 25;

/**
 * The board's words-and-place index (migration 0014) files each posting under its word lexemes and
 * one grid cell of its work site: a quarter degree each way (about 17 by 14 miles in Kentucky). A
 * search with words and a radius asks for the words AND any cell the radius's box touches, which
 * GIN answers in one scan however common the word or dense the place. The SQL twin is
 * `geoCellSql` in job-search.sql.ts; the numbers are in the index expression, so change all three
 * together.
 */
export const GEO_CELLS_PER_DEGREE = 4;
/** Cell numbers are latitude cell × this + longitude cell (|longitude cell| < 1000). */
export const GEO_CELL_LAT_FACTOR = 2000;
/** Beyond this many cells (a radius above about 70 miles) the box is checked row by row. */
export const MAX_GEO_CELLS = 100;

export function geoCellOf(lat: number, lon: number): number {
  return (
    Math.floor(lat * GEO_CELLS_PER_DEGREE) * GEO_CELL_LAT_FACTOR +
    Math.floor(lon * GEO_CELLS_PER_DEGREE)
  );
}

/** The grid cells a box touches, or null when there are more than MAX_GEO_CELLS. */
export function geoCellsCovering(box: BoundingBox): number[] | null {
  const [fromLat, toLat] = [box.minLat, box.maxLat].map((v) =>
    Math.floor(v * GEO_CELLS_PER_DEGREE),
  );
  const [fromLon, toLon] = [box.minLon, box.maxLon].map((v) =>
    Math.floor(v * GEO_CELLS_PER_DEGREE),
  );
  if (fromLat === undefined || toLat === undefined || fromLon === undefined || toLon === undefined)
    return null;
  if ((toLat - fromLat + 1) * (toLon - fromLon + 1) > MAX_GEO_CELLS) return null;
  const cells: number[] = [];
  for (let lat = fromLat; lat <= toLat; lat++)
    for (let lon = fromLon; lon <= toLon; lon++) cells.push(lat * GEO_CELL_LAT_FACTOR + lon);
  return cells;
}

/** Hours in each pay unit, so that every posting's pay compares as an hourly rate. */
export const HOURS_PER_PAY_UNIT: Record<PayUnit, number> = {
  hour: 1,
  day: 8,
  week: 40,
  month: 173.33,
  year: 2080,
};

export function hourlyRate(amount: number, unit: PayUnit): number {
  return amount / HOURS_PER_PAY_UNIT[unit];
}

/** The radius in effect: the one asked for, or the default when only a ZIP was given. */
export function radiusOf(criteria: {
  zip?: string | undefined;
  radiusMiles?: number | undefined;
}): number | null {
  if (!criteria.zip) return null;
  return criteria.radiusMiles ?? DEFAULT_RADIUS_MILES;
}

export type EffectiveSort = 'relevance' | 'newest' | 'distance' | 'pay';

/** Relevance needs words and distance a ZIP; without them the newest come first. */
export function effectiveSort(
  sort: EffectiveSort,
  criteria: { q?: string | undefined; zip?: string | undefined },
): EffectiveSort {
  if (sort === 'relevance' && !criteria.q) return 'newest';
  if (sort === 'distance' && !criteria.zip) return 'newest';
  return sort;
}

/**
 * Private-use characters that ts_headline puts around matched words. They cannot be typed in a
 * posting (they are removed from the text before it is highlighted), so a posting cannot fake a
 * match, and the runs never carry HTML.
 */
export const MATCH_START = '\uE000';
export const MATCH_STOP = '\uE001';

/** Splits ts_headline's output into runs of text, marking the matched ones. */
export function highlightRuns(marked: string): HighlightRun[] {
  const runs: HighlightRun[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.match === match) last.text += text;
    else runs.push({ text, match });
  };
  let rest = marked;
  while (rest) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      push(rest.replaceAll(MATCH_STOP, ''), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(MATCH_STOP, ''), false);
    const after = rest.slice(start + 1);
    const stop = after.indexOf(MATCH_STOP);
    const word = stop < 0 ? after : after.slice(0, stop);
    push(word.replaceAll(MATCH_START, ''), true);
    rest = stop < 0 ? '' : after.slice(stop + 1);
  }
  return runs;
}

/** The beginning of a description, cut at a word, for results without words searched. */
export function plainSnippet(description: string, maxChars = 220): HighlightRun[] {
  const flat = description.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat ? [{ text: flat, match: false }] : [];
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return [
    { text: `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()} …`, match: false },
  ];
}

/** Distances are shown to a tenth of a mile. */
export const roundMiles = (miles: number) => Math.round(miles * 10) / 10;

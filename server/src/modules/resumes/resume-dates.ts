/** Dates as resumes write them: "Mar 2019", "March, 2019", "03/2019", "2019-03", "Summer 2019", "2019". */

const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_NUMBER = String.raw`(?:0?[1-9]|1[0-2])`;
const DATE = String.raw`(?:${MONTH_WORD}\.?,?\s*${YEAR}|${SEASON}\s+${YEAR}|${MONTH_NUMBER}[/.-]${YEAR}|${YEAR}[/-]${MONTH_NUMBER}(?!\d)|${YEAR})`;
const PRESENT = String.raw`(?:present|current(?:ly)?|now|today|date|ongoing)`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|~|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*`;

const RANGE = new RegExp(
  String.raw`(?<![\w/])(${DATE})${RANGE_SEPARATOR}(${DATE}|${PRESENT})(?![\w/])`,
  'i',
);
const SINGLE_DATE = new RegExp(String.raw`(?<![\w/$.])(${DATE})(?![\w/%])`, 'i');
const SINCE = new RegExp(String.raw`\b(?:since|from)\s+(${DATE})(?![\w/])`, 'i');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SEASON_MONTHS: Record<string, number> = {
  spring: 3,
  summer: 6,
  fall: 9,
  autumn: 9,
  winter: 1,
};

export interface ResumeDate {
  /** YYYY-MM. */
  value: string;
  /** Only a year was written; the month in `value` is January and the seeker should check it. */
  yearOnly: boolean;
}

export interface DateRange {
  start: ResumeDate;
  /** Null for "Present", "Current" and the like. */
  end: ResumeDate | null;
  /** Where the range sits in the text, so that callers can cut it out. */
  index: number;
  length: number;
}

function yearMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** One date token as matched by DATE → YYYY-MM, or null when it is not a plausible date. */
export function parseResumeDate(token: string): ResumeDate | null {
  const text = token.trim().toLowerCase();
  const year = Number(/(?:19|20)\d{2}/.exec(text)?.[0]);
  if (!year) return null;
  const word = /^[a-z]+/.exec(text)?.[0];
  if (word) {
    const season = SEASON_MONTHS[word];
    if (season) return { value: yearMonth(year, season), yearOnly: false };
    const month = MONTHS.indexOf(word.slice(0, 3)) + 1;
    return month > 0 ? { value: yearMonth(year, month), yearOnly: false } : null;
  }
  const monthFirst = /^(\d{1,2})[/.-]\d{4}$/.exec(text);
  const yearFirst = /^\d{4}[/-](\d{1,2})$/.exec(text);
  const month = Number(monthFirst?.[1] ?? yearFirst?.[1] ?? 0);
  if (month >= 1 && month <= 12) return { value: yearMonth(year, month), yearOnly: false };
  return /^\d{4}$/.test(text) ? { value: yearMonth(year, 1), yearOnly: true } : null;
}

/** The first date range in a line ("Mar 2019 – Present", "2015 to 2018", "Since 2020"). */
export function findDateRange(text: string): DateRange | null {
  const range = RANGE.exec(text);
  if (range) {
    const start = parseResumeDate(range[1] ?? '');
    const endText = range[2] ?? '';
    const current = new RegExp(`^${PRESENT}$`, 'i').test(endText);
    const end = current ? null : parseResumeDate(endText);
    if (start && (end || current)) {
      return { start, end, index: range.index, length: range[0].length };
    }
  }
  const since = SINCE.exec(text);
  const sinceDate = since ? parseResumeDate(since[1] ?? '') : null;
  if (since && sinceDate) {
    return { start: sinceDate, end: null, index: since.index, length: since[0].length };
  }
  return null;
}

/** A lone date such as the "2019" in "Cashier, Kroger, 2019" or "Graduated May 2016". */
export function findSingleDate(
  text: string,
): { date: ResumeDate; index: number; length: number } | null {
  const match = SINGLE_DATE.exec(text);
  const date = match ? parseResumeDate(match[1] ?? '') : null;
  return match && date ? { date, index: match.index, length: match[0].length } : null;
}

/** Removes a matched date (and the punctuation that framed it) from a line. */
export function cutOut(text: string, at: { index: number; length: number }): string {
  const before = text.slice(0, at.index).replace(/[\s,|(–—-]*(?:dates?:?)?\s*$/i, '');
  const after = text.slice(at.index + at.length).replace(/^[\s,|)–—-]*/, '');
  return [before, after].filter((part) => part.length > 0).join('  ');
}

import type { ResumeWarnings } from './resume-warnings';
import type { PayUnit, WorkEntry } from '@onestop/contracts';
import { cutOut, findDateRange, findSingleDate, type ResumeDate } from './resume-dates';
import type { ResumeLine } from './resume-sections';
import { capitalizedShare, endsLikeSentence, titleLikeness } from './resume-words';
import { splitTrailingPlace, type Place } from './us-places';

/** Separators between title, employer and place on a job's heading line. */
const PART_SEPARATOR = /\s*[|•·]\s*|\s+[-–—]\s+|—|\s{2,}|\s+at\s+(?=[A-Z])|\s+@\s+/;
const LABEL = /^(job title|title|position|role|employer|company|organization|location)\s*:\s*/i;
const WAGE =
  /\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)\s*(k\b)?\s*(?:\/\s*|per\s+|an?\s+|)(hour|hr|day|week|wk|month|mo|year|yr|annum|annually|hourly)\b/i;
const PAY_UNITS: Record<string, PayUnit> = {
  hour: 'hour',
  hr: 'hour',
  hourly: 'hour',
  day: 'day',
  week: 'week',
  wk: 'week',
  month: 'month',
  mo: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
  annually: 'year',
};

export function findWage(text: string): { wage: number; payUnit: PayUnit } | null {
  const match = WAGE.exec(text);
  if (!match) return null;
  const amount = Number((match[1] ?? '').replace(/,/g, '')) * (match[2] ? 1000 : 1);
  const payUnit = PAY_UNITS[(match[3] ?? '').toLowerCase()];
  return payUnit && Number.isFinite(amount) ? { wage: amount, payUnit } : null;
}

/** A job's heading line (title, employer, place, dates) as opposed to a duty. */
export function isJobHeadingLike(line: ResumeLine): boolean {
  if (line.bullet) return false;
  if (findDateRange(line.text)) return true;
  const words = line.text.split(/\s+/);
  if (line.text.length > 100 || words.length > 12 || endsLikeSentence(line.text)) return false;
  return capitalizedShare(line.text) >= 0.6;
}

/** A date in a heading line: a range, or a lone date at either end ("Cashier, Kroger, 2019"). */
function headingDates(
  text: string,
): { start: ResumeDate; end: ResumeDate | null; cut: string } | null {
  const range = findDateRange(text);
  if (range) return { start: range.start, end: range.end, cut: cutOut(text, range) };
  const single = findSingleDate(text);
  if (!single) return null;
  const atEdge = single.index === 0 || single.index + single.length >= text.trimEnd().length;
  return atEdge ? { start: single.date, end: single.date, cut: cutOut(text, single) } : null;
}

/**
 * Groups a run of heading lines into jobs. When the run opens with a dated line, each dated line
 * opens a job ("Mar 2019 – Present" / "Cashier" / "Kroger"); otherwise each dated line closes one
 * ("Cashier" / "Kroger  2019 – 2021"), and lines after the last dated line stay with the last job.
 */
function splitRun(run: string[]): string[][] {
  const dated = run.flatMap((text, index) => (headingDates(text) ? [index] : []));
  if (dated.length <= 1) return [run];
  const groups: string[][] = [];
  if (dated[0] === 0) {
    dated.forEach((start, k) => groups.push(run.slice(start, dated[k + 1] ?? run.length)));
  } else {
    let from = 0;
    for (const end of dated) {
      groups.push(run.slice(from, end + 1));
      from = end + 1;
    }
    groups.at(-1)?.push(...run.slice(from));
  }
  return groups;
}

interface JobHeading {
  title: string;
  employer: string;
  place: Place | null;
  start: ResumeDate | null;
  end: ResumeDate | null;
  dated: boolean;
  /** The employer came from a line without dates: a banner over one or more positions. */
  employerBanner: boolean;
  wage: ReturnType<typeof findWage>;
}

function readHeading(lines: string[]): JobHeading {
  const heading: JobHeading = {
    title: '',
    employer: '',
    place: null,
    start: null,
    end: null,
    dated: false,
    employerBanner: false,
    wage: null,
  };
  const parts: string[] = [];
  const undatedParts = new Set<string>();
  for (const line of lines) {
    let text = line;
    const dates = heading.dated ? null : headingDates(text);
    if (dates) {
      Object.assign(heading, { start: dates.start, end: dates.end, dated: true });
      text = dates.cut;
    }
    heading.wage ??= findWage(text);
    text = text.replace(WAGE, ' ');
    for (let part of text.split(PART_SEPARATOR)) {
      const label = LABEL.exec(part)?.[1]?.toLowerCase();
      part = part.replace(LABEL, '').replace(/^[\s,()]+|[\s,(]+$/g, '');
      const found = splitTrailingPlace(part);
      if (found) {
        heading.place ??= found.place;
        part = found.rest;
      }
      if (!part) continue;
      if (label && /title|position|role/.test(label)) heading.title ||= part;
      else if (label && /employer|company|organization/.test(label)) heading.employer ||= part;
      else parts.push(part);
      if (!dates) undatedParts.add(part);
    }
  }
  // "Warehouse Associate, Amazon" with no stronger separator.
  const only = parts[0];
  if (parts.length === 1 && only && only.includes(',')) {
    const comma = only.indexOf(',');
    parts.splice(0, 1, only.slice(0, comma).trim(), only.slice(comma + 1).trim());
  }
  const [first = '', second = ''] = parts;
  const secondIsTitle = second !== '' && titleLikeness(second) > titleLikeness(first);
  if (!heading.title && !heading.employer) {
    heading.title = secondIsTitle ? second : first;
    heading.employer = secondIsTitle ? first : second;
  } else if (!heading.title) {
    heading.title = first;
  } else if (!heading.employer) {
    heading.employer = first;
  }
  heading.employerBanner = lines.length > 1 && undatedParts.has(heading.employer);
  return heading;
}

/**
 * Wrapped lines of one duty are joined: a line that starts in lower case, or follows a line
 * cut after a comma or a small word. Any other line (a bullet, a capital) is the next duty.
 */
function dutiesFrom(body: ResumeLine[]): string {
  const duties: string[] = [];
  for (const line of body) {
    const previous = duties.at(-1);
    const continues =
      previous !== undefined &&
      !line.bullet &&
      (/^[a-z(]/.test(line.text) ||
        /(?:[,&/-]|\b(?:and|or|of|the|to|for|with|in|a|an|by|on|at))$/i.test(previous));
    if (continues) duties[duties.length - 1] = `${previous} ${line.text}`;
    else duties.push(line.text);
  }
  return duties.join('\n');
}

/** SEEK-8: the jobs in the work history sections, newest first as written. */
export function parseWork(lines: ResumeLine[], warnings: ResumeWarnings): WorkEntry[] {
  const jobs: { heading: JobHeading; body: ResumeLine[] }[] = [];
  const beforeFirstJob: ResumeLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as ResumeLine;
    if (!isJobHeadingLike(line)) {
      (jobs.at(-1)?.body ?? beforeFirstJob).push(line);
      index += 1;
      continue;
    }
    const run: string[] = [];
    while (index < lines.length && isJobHeadingLike(lines[index] as ResumeLine)) {
      run.push((lines[index] as ResumeLine).text);
      index += 1;
    }
    const previous = jobs.at(-1);
    const above = previous?.body ?? beforeFirstJob;
    const titleAbove = above.at(-1);
    if (titleAbove && needsLineAbove(run) && mayBeTitle(titleAbove)) {
      // "Warehouse associate" (not capitalized like a heading) above "Kroger, Dayton, OH  2019 – 2021".
      above.pop();
      run.unshift(titleAbove.text);
    }
    const groups = splitRun(run);
    const dated = groups.some((group) => group.some((text) => headingDates(text)));
    if (!dated && previous && !looksLikeUndatedJob(run)) {
      previous.body.push(...run.map((text) => ({ text, bullet: false })));
      continue;
    }
    for (const group of groups) {
      const heading = readHeading(group);
      // Several positions under one employer line ("Kroger, Dayton, OH" / "Cashier  2019 – 2021" /
      // duties / "Stock Clerk  2017 – 2019"): a position with no employer of its own inherits it.
      const before = jobs.at(-1)?.heading;
      if (before?.employerBanner && !heading.employer && heading.title) {
        Object.assign(heading, { employer: before.employer, employerBanner: true });
        heading.place ??= before.place;
      }
      jobs.push({ heading, body: [] });
    }
  }
  return jobs.flatMap(({ heading, body }) => {
    const bodyLines = body.filter((line) => {
      if (!/^(?:pay|wage|salary|rate)\b/i.test(line.text)) return true;
      heading.wage ??= findWage(line.text);
      return false;
    });
    const title = heading.title || heading.employer;
    if (!title) return [];
    if (!heading.dated) warnings.add('noJobDates', { job: title });
    if (heading.start?.yearOnly || heading.end?.yearOnly) {
      warnings.add('yearOnlyDates', { job: title });
    }
    return [
      {
        title,
        onetCode: null,
        employer: heading.title ? heading.employer : '',
        city: heading.place?.city ?? null,
        state: heading.place?.state ?? null,
        startDate: heading.start?.value ?? null,
        endDate: heading.end?.value ?? null,
        duties: dutiesFrom(bodyLines),
        wage: heading.wage?.wage ?? null,
        payUnit: heading.wage?.payUnit ?? null,
      },
    ];
  });
}

/** The run opens with a dated line that names only one thing (an employer or a title). */
function needsLineAbove(run: string[]): boolean {
  const first = splitRun(run)[0] ?? [];
  if (!headingDates(first[0] ?? '')) return false;
  const heading = readHeading(first);
  return heading.title !== '' && heading.employer === '';
}

function mayBeTitle(line: ResumeLine): boolean {
  return (
    !line.bullet &&
    line.text.split(/\s+/).length <= 6 &&
    !endsLikeSentence(line.text) &&
    !/[,;:]/.test(line.text)
  );
}

/** A heading without dates counts as a job only when it names two things or a place. */
function looksLikeUndatedJob(run: string[]): boolean {
  if (run.length > 3) return false;
  const text = run.join('  ');
  return PART_SEPARATOR.test(text) || splitTrailingPlace(text) !== null || LABEL.test(text);
}

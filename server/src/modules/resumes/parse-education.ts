import type { EducationEntry, EducationLevel } from '@onestop/contracts';
import { cutOut, findDateRange, findSingleDate } from './resume-dates';
import type { ResumeLine } from './resume-sections';
import { splitTrailingPlace, stateCodeOf } from './us-places';

/** Checked in order: the first that matches gives the level. Abbreviations without periods need "in"/"of" after them. */
const LEVEL_PATTERNS: [EducationLevel, RegExp][] = [
  ['doctorate', /\b(?:doctor(?:ate)? of|ph\.?\s?d\b|ed\.?\s?d\b|d\.n\.p\b|dnp\b|j\.d\.|m\.d\.)/i],
  [
    'master',
    /\b(?:master'?s?\b|m\.(?:s|a|ed|b\.a|s\.w|p\.a|s\.n)\.|mba\b|msw\b|msn\b|m\.?ed\b|(?:ms|ma|mpa)\s+(?:in|of)\b)/i,
  ],
  [
    'bachelor',
    /\b(?:bachelor'?s?\b|b\.(?:s|a|b\.a|s\.n|f\.a)\.|bsn\b|bba\b|(?:bs|ba|bfa)\s+(?:in|of)\b)/i,
  ],
  [
    'associate',
    /\b(?:associate'?s?\s+(?:of|in|degree)\b|a\.(?:a|s|a\.s)\.|aas\b|(?:as|aa)\s+(?:in|of)\b)/i,
  ],
  [
    'ged',
    /\b(?:ged|g\.e\.d\.?|general (?:educational|equivalency) (?:development|diploma)|hiset|tasc|high school equivalency)\b/i,
  ],
  ['less_than_high_school', /\b(?:(?:9|10|11)th grade|some high school|grades? \d{1,2}\b)/i],
  ['high_school', /\b(?:high school diploma|diploma\b.*high school|high school\b.*diploma)/i],
  [
    'vocational_certificate',
    /\b(?:certificate|certification|credential|vocational|apprenticeship|journeyman|trade school|(?:technical )?diploma in|program completion)\b/i,
  ],
  ['some_college', /\b(?:some college|coursework|credits? (?:toward|completed)|credit hours)\b/i],
];

const INSTITUTION =
  /\b(?:university|college|school|academy|institute|polytechnic|seminary|job corps|center|centre|program|campus|department|adult education|council|board|universidad)\b/i;
const NOISE =
  /\b(?:gpa|honors|dean'?s list|cum laude|relevant coursework)\b|^(?:major|minor|degree|school)$/i;
const SEPARATOR = /\s*[|•·,;]\s*|:\s+|\s+[-–—]\s+|—|\s{2,}/;

export function educationLevelOf(text: string): EducationLevel | null {
  for (const [level, pattern] of LEVEL_PATTERNS) if (pattern.test(text)) return level;
  return null;
}

interface Partial {
  institution: string | null;
  degree: string | null;
  level: EducationLevel | null;
  major: string | null;
  year: number | null;
}

function empty(): Partial {
  return { institution: null, degree: null, level: null, major: null, year: null };
}

/** "Associate of Applied Science in Welding Technology" → "Welding Technology". */
function majorOf(degree: string): string | null {
  const match = /\b(?:in|major:?)\s+(.+)$/i.exec(degree);
  return match?.[1]?.replace(/[\s,.(]+$/, '').trim() || null;
}

/** What one line says: a degree, a school, a year, or several of them. */
function readLine(text: string): Partial {
  const found = empty();
  let rest = text;
  const range = findDateRange(rest);
  const single = range ? null : findSingleDate(rest);
  if (range) {
    found.year = range.end ? Number(range.end.value.slice(0, 4)) : null;
    rest = cutOut(rest, range);
  } else if (single) {
    found.year = Number(single.date.value.slice(0, 4));
    rest = cutOut(rest, single);
  }
  rest = rest.replace(/\b(?:graduated|expected|anticipated|completed|class of)\b:?/gi, ' ');
  rest = splitTrailingPlace(rest)?.rest ?? rest;
  const parts = rest
    .split(SEPARATOR)
    .map((part) => part.replace(/^[\s()]+|[\s()]+$/g, ''))
    .filter((part) => part.length > 0 && !NOISE.test(part));
  const kept = parts.filter((part) => !stateCodeOf(part));
  // The degree is a part that names a level and not a school; only if none does, a school-like
  // part can be the degree ("Arizona Apprenticeship Program — Electrical Apprenticeship").
  const degree =
    kept.find((part) => educationLevelOf(part) && !INSTITUTION.test(part)) ??
    kept.find((part) => educationLevelOf(part));
  if (degree) {
    found.degree = degree;
    found.level = educationLevelOf(degree);
    found.major = majorOf(degree);
  }
  kept.forEach((part, index) => {
    if (part === degree) return;
    if (!found.institution && INSTITUTION.test(part)) {
      found.institution = part;
    } else if (degree && !found.major && kept[index - 1] === degree && !/\d/.test(part)) {
      // "B.S., Computer Science": the part right after a degree with no "in" names the major.
      found.major = part;
    }
  });
  if (!found.level && found.institution && /\bhigh school\b/i.test(found.institution)) {
    found.level = 'high_school';
  }
  return found;
}

/**
 * SEEK-8: each line adds what it says to the entry being read; a line that names a second school
 * or a second degree starts the next entry. This reads both "school, then degree" and "degree,
 * then school" layouts.
 */
export function parseEducation(lines: ResumeLine[]): EducationEntry[] {
  const entries: Partial[] = [];
  let current = empty();
  const finish = () => {
    if (current.institution || current.degree) entries.push(current);
    current = empty();
  };
  for (const line of lines) {
    if (line.bullet && !educationLevelOf(line.text)) continue;
    const found = readLine(line.text);
    const clashes = (found.institution && current.institution) || (found.degree && current.degree);
    if (clashes) finish();
    if (!found.institution && !found.degree && !found.year) {
      // A short line with no keyword, read as the school when the entry has none yet ("Purdue").
      const plain = line.text.trim();
      if (
        !current.institution &&
        !line.bullet &&
        plain.split(/\s+/).length <= 6 &&
        !NOISE.test(plain)
      ) {
        current.institution = plain;
      }
      continue;
    }
    current.institution ??= found.institution;
    current.degree ??= found.degree;
    current.major ??= found.major;
    current.year ??= found.year;
    if (found.level && (!current.level || current.level === 'high_school'))
      current.level = found.level;
  }
  finish();
  return entries.map((entry) => ({
    institution: entry.institution ?? '',
    level: entry.level,
    degree: entry.degree,
    major: entry.major,
    completedYear: entry.year,
  }));
}

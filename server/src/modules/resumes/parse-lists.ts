import type { ResumeWarnings } from './resume-warnings';
import type { LicenseEntry } from '@onestop/contracts';
import { cutOut, parseResumeDate } from './resume-dates';
import type { ResumeLine } from './resume-sections';

/**
 * Splits on commas, semicolons, bullets and column gaps, but not inside parentheses
 * ("MS Office (Word, Excel)"). With `commasOnly`, only commas and semicolons split.
 */
export function splitList(text: string, commasOnly = false): string[] {
  const separator = commasOnly ? /[,;]/ : /[,;•·|▪●]/;
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '(' || char === '[') depth += 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    const gap = !commasOnly && char === ' ' && text[index + 1] === ' ';
    if (depth === 0 && (separator.test(char) || gap)) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim().replace(/\.$/, '')).filter((item) => item.length > 0);
}

/** SEEK-8: skills as a flat list. A label before a colon ("Equipment: forklift, pallet jack") is dropped. */
const MAX_SKILLS = 100;

export function parseSkills(lines: ResumeLine[], warnings: ResumeWarnings): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  let shortened = false;
  for (const line of joinWrapped(lines, true)) {
    const colon = line.text.indexOf(':');
    const text = colon > 0 && colon < 40 ? line.text.slice(colon + 1) : line.text;
    for (const item of splitList(text)) {
      const key = item.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (item.length > 80) shortened = true;
      skills.push(item.length > 80 ? item.slice(0, 80).replace(/\s+\S*$/, '') : item);
    }
  }
  if (shortened) warnings.add('skillsShortened');
  if (skills.length > MAX_SKILLS) warnings.add('tooManySkills', { max: MAX_SKILLS });
  return skills.slice(0, MAX_SKILLS);
}

const ISSUER_WORDS =
  /\b(?:department|dept|board|bureau|commission|agency|association|society|council|institute|red cross|bmv|dmv|state of|secretary of state|administration|registry|academy|university|college|division|office|inc|llc|corporation|osha|fmcsa|faa|nccer|comptia|national|american|federal|u\.s\.)\b|\b[A-Z][a-z]+ of [A-Z]/i;
const DATE_TOKEN = String.raw`((?:[a-z]{3,9}\.?,?\s*)?(?:\d{1,2}[/.-])?(?:19|20)\d{2}(?:[/-]\d{1,2})?)`;
const EXPIRES = new RegExp(
  String.raw`\(?\s*(?:exp(?:ires|iration|\.)?|valid (?:through|thru|until)|renew(?:s|al)?(?: date)?)\s*:?\s*${DATE_TOKEN}\s*\)?`,
  'i',
);
const ISSUED = new RegExp(
  String.raw`\(?\s*(?:issued|obtained|earned|since)\s*:?\s*${DATE_TOKEN}\s*\)?`,
  'i',
);
const LICENSE_SEPARATOR = /\s*[|•·]\s*|\s+[-–—]\s+|—|\s{2,}|\s+issued by\s+/i;

/** One license: "Name — Issuer", "Name (Issuer)", "Name, Issuer" (the caller decides the last). */
function readOne(text: string, expires: string | null): LicenseEntry | null {
  let rest = text;
  let issuer: string | null = null;
  // "CNA (Ohio Department of Health)" or "Google Analytics (Google)", but not "Medical Assistant (CMA)".
  const parenthesis = /\s*\(([^()]+)\)\s*$/.exec(rest);
  if (parenthesis && isIssuerInParentheses(parenthesis[1] ?? '')) {
    issuer = (parenthesis[1] ?? '').trim();
    rest = rest.slice(0, parenthesis.index);
  }
  const parts = rest
    .split(LICENSE_SEPARATOR)
    .map((part) => part.replace(/^[\s,]+|[\s,]+$/g, ''))
    .filter(Boolean);
  // "AWS Certified Developer – Associate — Amazon Web Services": the issuer comes last, and a
  // dash before it belongs to the name.
  const nameParts = issuer || parts.length < 2 ? parts : parts.slice(0, -1);
  issuer ??= parts.length > 1 ? (parts.at(-1) ?? null) : null;
  const name = nameParts.join(' – ');
  return name ? { name, issuer, expires } : null;
}

function readLicense(text: string): LicenseEntry[] {
  let rest = text;
  let expires: string | null = null;
  const expiry = EXPIRES.exec(rest);
  if (expiry) {
    expires = parseResumeDate(expiry[1] ?? '')?.value ?? null;
    rest = cutOut(rest, { index: expiry.index, length: expiry[0].length });
  }
  const issued = ISSUED.exec(rest);
  if (issued) rest = cutOut(rest, { index: issued.index, length: issued[0].length });
  // A dash or bar names the issuer outright; commas before it belong to the name.
  if (LICENSE_SEPARATOR.test(rest)) {
    const license = readOne(rest, expires);
    return license ? [license] : [];
  }
  const items = splitList(rest, true);
  const [first = '', second = ''] = items;
  // An expiry belongs to one license, so "ProAdvisor, Intuit, expires 12/2025" is a name and its
  // issuer; so is "CNA, Ohio Department of Health". "CDL Class A, HAZMAT, TWIC" lists three.
  const oneWithIssuer =
    items.length >= 2 &&
    (expiry !== null ||
      (items.length === 2 && ISSUER_WORDS.test(second) && !ISSUER_WORDS.test(first)));
  if (oneWithIssuer) {
    const license = readOne(first, expires);
    return license ? [{ ...license, issuer: license.issuer ?? items.slice(1).join(', ') }] : [];
  }
  if (items.length >= 2) return items.flatMap((item) => readOne(item, null) ?? []);
  const license = readOne(rest, expires);
  return license ? [license] : [];
}

function isIssuerInParentheses(text: string): boolean {
  if (ISSUER_WORDS.test(text)) return true;
  // An abbreviation of the license itself: "CMA", "CPhT", "CNA".
  if (/^\S+$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2) return false;
  return /^[A-Z]/.test(text);
}

/** SEEK-8: one license or certificate per line or list item, with its issuer and expiry when given. */
export function parseLicenses(lines: ResumeLine[]): LicenseEntry[] {
  return joinWrapped(lines)
    .flatMap((line) => readLicense(line.text))
    .slice(0, 30);
}

/**
 * A line that starts in lower case or with a date is the rest of the line before it, wrapped.
 * With `afterListsOnly`, only a line after a comma-separated list is joined, so that a list of
 * one skill per line stays apart.
 */
export function joinWrapped(lines: ResumeLine[], afterListsOnly = false): ResumeLine[] {
  const joined: ResumeLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const wraps =
      previous !== undefined &&
      !line.bullet &&
      /^[a-z(\d]/.test(line.text) &&
      !/[,;]$/.test(previous.text) &&
      (!afterListsOnly || /[,;]/.test(previous.text));
    if (previous && wraps) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    } else {
      joined.push(line);
    }
  }
  return joined;
}

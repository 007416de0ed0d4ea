/**
 * JOB-13: orders that ask for screening that violates EEO or ADA law are refused, and staff are
 * told why. A short list of phrases, each with the reason staff read: it catches the common
 * wording, not every way to say it, and never replaces a person's judgment. A phrase a law or a
 * government contract does require (citizenship for a security clearance) goes to the central
 * office, which records the order with wording that cites the requirement.
 */

export type ScreeningCategory =
  | 'age'
  | 'sex'
  | 'pregnancy'
  | 'race'
  | 'religion'
  | 'national_origin'
  | 'citizenship'
  | 'disability';

export interface ScreeningFinding {
  category: ScreeningCategory;
  /** The words as they appear in the posting. */
  phrase: string;
  reason: string;
}

interface ScreeningPhrase {
  category: ScreeningCategory;
  pattern: RegExp;
  reason: string;
  /** Whether a match is a problem, for patterns that capture a number. */
  applies?: (match: RegExpExecArray) => boolean;
}

const AGE =
  'The Age Discrimination in Employment Act forbids preferring younger workers (40 and over are protected). Ask for the skills or experience the job needs instead.';
const AGE_PROXY =
  'Asking for recent graduates or "young" people screens out older workers (Age Discrimination in Employment Act). Describe the level of experience instead.';
const SEX =
  'Title VII of the Civil Rights Act forbids choosing applicants by sex, except for the rare bona fide occupational qualification, which the central office decides.';
const PREGNANCY =
  'The Pregnancy Discrimination Act (Title VII) forbids refusing applicants because they are or may become pregnant.';
const RACE = 'Title VII of the Civil Rights Act forbids choosing applicants by race or color.';
const RELIGION =
  'Title VII forbids choosing applicants by religion (religious organizations have a narrow exemption, which the central office decides).';
const ORIGIN =
  'Title VII forbids national-origin discrimination: ask for the English the job needs ("reads and writes English well enough to …"), not a native language, birthplace or accent.';
const CITIZENSHIP =
  'The Immigration and Nationality Act forbids requiring U.S. citizenship beyond lawful authorization to work, unless a law or government contract requires it (ask the central office).';
const DISABILITY =
  'The Americans with Disabilities Act forbids screening out people with disabilities or asking about health before an offer. State the essential functions of the job instead ("lifts 50 pounds").';

const UPPER_BOUND = '(?:under|below|younger than|no older than|not older than|not over|less than)';
const AGE_ENDING =
  '(?=\\s*(?:years?\\s+old|yrs?\\s+old|y\\/o\\b|years?\\s+of\\s+age|[.,;:!)]|$|\\s+(?:and|or|only|please|need|preferred)\\b))';

const PHRASES: readonly ScreeningPhrase[] = [
  {
    category: 'age',
    pattern: new RegExp(`\\b${UPPER_BOUND}\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(\\d{2})\\b`, 'i'),
    reason: AGE,
    // "Under 18" or "under 21" guards a legal minimum age; an upper limit from 25 up is an age bar.
    applies: (m) => Number(m[1]) >= 25,
  },
  {
    category: 'age',
    // A bare number counts only where nothing says it is pounds, days or dollars.
    pattern: new RegExp(`\\b${UPPER_BOUND}\\s+(\\d{2})${AGE_ENDING}`, 'i'),
    reason: AGE,
    applies: (m) => Number(m[1]) >= 25,
  },
  { category: 'age', pattern: /\bages?\s+\d{2}\s*(?:-|–|to)\s*\d{2}\b/i, reason: AGE },
  { category: 'age', pattern: /\b(?:maximum|max\.?)\s+age\b/i, reason: AGE },
  { category: 'age', pattern: /\bover\s+\d{2}\s+need not apply\b/i, reason: AGE },
  { category: 'age', pattern: /\bdigital natives?\b/i, reason: AGE_PROXY },
  { category: 'age', pattern: /\byouthful\b/i, reason: AGE_PROXY },
  {
    category: 'age',
    pattern:
      /\byoung(?:er)?\s+(?:and\s+\w+\s+)?(?:person|people|man|men|woman|women|candidates?|applicants?|professionals?|workers?|talent|blood|individuals?|team)\b/i,
    reason: AGE_PROXY,
  },
  {
    category: 'age',
    pattern: /\brecent\s+(?:college\s+|high[- ]school\s+|university\s+)?grad(?:uate)?s?\b/i,
    reason: AGE_PROXY,
  },
  {
    category: 'sex',
    pattern:
      /\b(?:males?|females?|men|women|man|woman|boys?|girls?)\s+(?:only|preferred|applicants only|candidates only)\b/i,
    reason: SEX,
  },
  {
    category: 'sex',
    pattern:
      /\b(?:only|prefer|preferred|must be)\s+(?:an?\s+)?(?:males?|females?|men|women|man|woman)\b/i,
    reason: SEX,
  },
  {
    category: 'pregnancy',
    pattern:
      /\b(?:not|no|never)\s+(?:be\s+)?pregnant\b|\bpregnan\w*\s+(?:\w+\s+)?need not apply\b/i,
    reason: PREGNANCY,
  },
  {
    category: 'race',
    pattern:
      /\b(?:white|black|caucasian|african[- ]american|asian|hispanic|latino|latina)s?\s+(?:only|preferred|applicants only|candidates only)\b/i,
    reason: RACE,
  },
  {
    category: 'race',
    pattern: /\bonly\s+(?:white|black|caucasian|asian|hispanic|latino)s?\b/i,
    reason: RACE,
  },
  {
    category: 'religion',
    pattern:
      /\b(?:christians?|catholics?|muslims?|jews|jewish|protestants?|hindus?|buddhists?|mormons?)\s+(?:only|preferred)\b/i,
    reason: RELIGION,
  },
  {
    category: 'religion',
    pattern: /\bmust\s+(?:be\s+(?:an?\s+)?(?:christian|catholic|muslim|jewish)|attend\s+church)\b/i,
    reason: RELIGION,
  },
  {
    category: 'national_origin',
    pattern:
      /\bnative\s+english\s+speakers?\b|\benglish\s+(?:as\s+(?:a|your)\s+)?(?:first|native|mother)\s+(?:language|tongue)\b/i,
    reason: ORIGIN,
  },
  { category: 'national_origin', pattern: /\benglish[- ]only\b/i, reason: ORIGIN },
  {
    category: 'national_origin',
    pattern: /\b(?:no|without\s+an?)\s+(?:foreign\s+)?accents?\b/i,
    reason: ORIGIN,
  },
  {
    category: 'national_origin',
    pattern:
      /\b(?:american[- ]born|born in the (?:u\.?s\.?a?|united states)|no (?:foreigners|immigrants))\b/i,
    reason: ORIGIN,
  },
  {
    category: 'citizenship',
    pattern:
      /\b(?:must be an?\s+)?(?:u\.?s\.?|united states|american)\s+citizens?\s*(?:only|required)\b|\bmust be an?\s+(?:u\.?s\.?|united states|american)\s+citizen\b|\bcitizens\s+only\b/i,
    reason: CITIZENSHIP,
  },
  {
    category: 'citizenship',
    pattern: /\bno\s+(?:green card|visa|work permit)\s+holders\b/i,
    reason: CITIZENSHIP,
  },
  {
    category: 'disability',
    pattern: /\bin\s+(?:perfect|excellent|good)\s+(?:physical\s+)?health\b|\bperfect\s+health\b/i,
    reason: DISABILITY,
  },
  {
    category: 'disability',
    pattern:
      /\bno\s+(?:disabilities|disabled|handicaps?|handicapped|medical conditions?|mental illness|history of (?:illness|injury|workers'? comp\w*))\b/i,
    reason: DISABILITY,
  },
  {
    category: 'disability',
    pattern:
      /\b(?:able[- ]bodied|not disabled|free (?:of|from) (?:any\s+)?(?:disabilit\w+|illness\w*|medical conditions?))\b/i,
    reason: DISABILITY,
  },
];

/** JOB-13: the phrases in a posting's text that ask for unlawful screening, each with its reason. */
export function screeningFindings(...texts: (string | null | undefined)[]): ScreeningFinding[] {
  const body = texts.filter(Boolean).join('\n');
  const found: ScreeningFinding[] = [];
  for (const { category, pattern, reason, applies } of PHRASES) {
    const match = pattern.exec(body);
    if (!match || (applies && !applies(match))) continue;
    const phrase = match[0].replace(/\s+/g, ' ').trim();
    if (!found.some((f) => f.phrase.toLowerCase() === phrase.toLowerCase()))
      found.push({ category, phrase, reason });
  }
  return found;
}

/** What staff read when an order is refused for its screening language. */
export function screeningMessage(findings: ScreeningFinding[]): string {
  const lines = findings.map((f) => `"${f.phrase}": ${f.reason}`);
  return `This order asks for screening that EEO or ADA law does not allow, so it cannot be taken as written. ${lines.join(' ')}`;
}

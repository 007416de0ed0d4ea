import type { ResumeWarnings } from './resume-warnings';
import type { ResumeContact } from '@onestop/contracts';
import type { ResumeLine } from './resume-sections';
import { splitTrailingPlace } from './us-places';

// The lookbehind makes a match start only at the beginning of an address: without it, a long run
// of letters with no "@" is rescanned from every position (quadratic time on hostile input).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/;
const PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?![\d-])/;
/** Separators people put between contact details on one line. */
const FIELD_SEPARATOR = /\s*(?:\||•|·|♦|◆|●|\s{2,}|;|\s[-–—]\s)\s*/;
const NAME_WORD = /^(?:[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*\.?|[A-Z]\.)$/;

export function fieldsOf(text: string): string[] {
  return text
    .split(FIELD_SEPARATOR)
    .map((field) => field.trim())
    .filter((field) => field.length > 0);
}

/** "(614) 555-0123", "614.555.0123", "+1 614 555 0123" → "614-555-0123". */
export function findPhone(text: string): string | null {
  const match = PHONE.exec(text);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function titleCaseIfShouted(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, lead: string, letter: string) => {
    return lead + letter.toUpperCase();
  });
}

/** A person's name: 2 to 5 words of letters, no digits, no contact details. */
function nameFrom(field: string): { firstName: string; lastName: string } | null {
  // "Jane Doe, CNA" → "Jane Doe"
  const text = field.replace(/,\s*[A-Z][A-Za-z.-]{1,10}(?:,\s*[A-Z][A-Za-z.-]{1,10})*$/, '').trim();
  if (text.length > 60 || /[\d@/]/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((word) => NAME_WORD.test(word))) {
    return null;
  }
  const [first, ...others] = titleCaseIfShouted(text).split(/\s+/);
  // A middle initial ("Maria L. Gonzalez") is not part of the last name.
  const lastName = others
    .filter((word, index) => index === others.length - 1 || !/^[A-Z]\.?$/.test(word))
    .join(' ');
  return first && lastName ? { firstName: first, lastName } : null;
}

/**
 * SEEK-8: the name is the first name-like line at the top; email, phone and place come from the
 * top lines first, then from anywhere (some resumes put them in a footer).
 */
export function parseContact(
  header: ResumeLine[],
  allLines: ResumeLine[],
  warnings: ResumeWarnings,
): ResumeContact {
  const contact: ResumeContact = {
    firstName: '',
    lastName: '',
    email: null,
    phone: null,
    city: null,
    state: null,
    zip: null,
  };
  for (const line of header.slice(0, 4)) {
    const name = nameFrom(fieldsOf(line.text)[0] ?? '');
    if (name) {
      Object.assign(contact, name);
      break;
    }
  }
  for (const line of [...header, ...allLines]) {
    contact.email ??= EMAIL.exec(line.text)?.[0].replace(/\.$/, '') ?? null;
    contact.phone ??= findPhone(line.text);
    if (contact.city) continue;
    for (const field of fieldsOf(line.text)) {
      if (EMAIL.test(field) || findPhone(field)) continue;
      const found = splitTrailingPlace(field);
      if (found && (found.place.zip || header.includes(line))) {
        contact.city = titleCaseIfShouted(found.place.city);
        contact.state = found.place.state;
        contact.zip = found.place.zip;
        break;
      }
    }
  }
  if (!contact.firstName) warnings.add('noName');
  if (!contact.email) warnings.add('noEmail');
  if (!contact.phone) warnings.add('noPhone');
  return contact;
}

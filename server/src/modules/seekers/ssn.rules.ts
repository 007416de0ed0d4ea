/** SSN rules (SEEK-3, SEEK-5). Pure: no keys, no storage. */

/** The nine digits of an SSN typed with or without dashes or spaces, or null if it is not nine digits. */
export function ssnDigits(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** Numbers the SSA has publicly voided (advertising samples). */
const VOIDED = new Set(['078051120', '219099999', '123456789']);

/**
 * Why these digits cannot be a real SSN, or null. The SSA never issues area 000, 666 or 900–999,
 * group 00 or serial 0000.
 */
export function ssnProblem(digits: string): string | null {
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) {
    return `An SSN cannot start with ${digits.slice(0, 3)}: the Social Security Administration never issues it.`;
  }
  if (digits.slice(3, 5) === '00') return 'The middle two digits of an SSN cannot be 00.';
  if (digits.slice(5) === '0000') return 'The last four digits of an SSN cannot be 0000.';
  if (VOIDED.has(digits)) return 'This number was published as a sample and is not a valid SSN.';
  return null;
}

/**
 * SEEK-5: when a person cannot or will not give an SSN, a pseudo-SSN is assigned: the local
 * area's prefix, then the birth day (DD), then the birth month and two-digit year (MMYY).
 * Born 1977-05-25 with prefix 975 → 975250577. The prefix lies in the never-issued 900s, so a
 * pseudo-SSN can never be mistaken for a real one.
 */
export function pseudoSsn(prefix: string, birthDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match || !/^9\d\d$/.test(prefix))
    throw new Error('pseudoSsn needs a 9xx prefix and a YYYY-MM-DD birth date');
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${prefix}${day}${month}${year.slice(2)}`;
}

export function formatSsn(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/** What everyone without the reveal grant sees. */
export function maskSsn(last4: string | null): string | null {
  return last4 ? `***-**-${last4}` : null;
}

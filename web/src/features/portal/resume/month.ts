/**
 * Resume dates are a month and a year. People type them the US way ("06/2021" or "6/2021"); the
 * contract keeps "2021-06". Both forms are accepted.
 */
const US = /^(\d{1,2})\s*\/\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})$/;

/** "2021-06", or null when empty or not a month and year. */
export function parseMonth(value: string): string | null {
  const text = value.trim();
  const us = US.exec(text);
  const iso = ISO.exec(text);
  const [year, month] = us ? [us[2], us[1]] : iso ? [iso[1], iso[2]] : [null, null];
  if (!year || !month) return null;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  return `${year}-${String(m).padStart(2, '0')}`;
}

/** "2021-06" → "06/2021". */
export function toMonthText(value: string): string {
  const [year, month] = value.split('-');
  return `${month ?? ''}/${year ?? ''}`;
}

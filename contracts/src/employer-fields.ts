import { z } from 'zod';

/* Field rules shared by the employer contracts. Internal: index.ts does not export this file. */

/**
 * A text field that may be left empty: '' means "none". `required` fields refuse ''. The server
 * gets undefined for "not given" and, in an update, null for "clear it".
 */
export function field(max: number, check?: (v: string) => boolean, error?: string) {
  return z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .refine((v) => v === '' || !check || check(v), { error: error ?? 'This value is not valid.' });
}
export const optional = (f: z.ZodString) => f.optional().transform((v) => (v ? v : undefined));
export const clearable = (f: z.ZodString) =>
  f
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
export const required = (max: number, error: string) =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(max, { error: `Use at most ${max} characters.` });

const isEmail = (v: string) => z.email().safeParse(v).success;
export const FIELDS = {
  /** EMP-1: typed with or without the dash; the server checks the IRS prefix. */
  fein: field(
    10,
    (v) => /^\d{2}-?\d{7}$/.test(v),
    'Enter the 9 digits of the FEIN, like 12-3456789.',
  ),
  tradeName: field(160),
  noFeinNote: field(1000),
  website: field(
    200,
    (v) => /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i.test(v),
    'Enter the website address, like www.example.com.',
  ),
  phone: field(
    20,
    (v) => v.replace(/\D/g, '').length === 10,
    'Use a 10-digit phone number, like 859-555-0123.',
  ),
  email: field(254, isEmail, 'Enter a valid email address, like hr@example.com.'),
  address2: field(120),
  city: field(80),
  state: field(2, (v) => /^[A-Za-z]{2}$/.test(v), 'Use the two-letter state code, like KY.'),
  zip: field(10, (v) => /^\d{5}(-\d{4})?$/.test(v), 'Use a 5-digit ZIP code, like 40507.'),
  county: field(80),
  naicsCode: field(6, (v) => /^\d{6}$/.test(v), 'Use the 6-digit NAICS code, like 311812.'),
  title: field(120),
};

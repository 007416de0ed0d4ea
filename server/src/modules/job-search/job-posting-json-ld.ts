import type { PayUnit } from '@onestop/contracts';

/**
 * schema.org JobPosting (https://schema.org/JobPosting), as search engines read it from the public
 * posting page. Pure. Google requires title, description, datePosted, hiringOrganization and
 * jobLocation; the rest is added when the posting has it.
 */
export interface JsonLdPosting {
  recordNumber: string;
  title: string;
  description: string;
  employerName: string;
  city: string | null;
  state: string | null;
  zip: string | null;
  payMin: number | null;
  payMax: number | null;
  payUnit: PayUnit | null;
  employmentType: 'full_time' | 'part_time' | null;
  occupation: { code: string; title: string } | null;
  postedAt: Date;
  /** YYYY-MM-DD: the last day to apply. */
  applicationDeadline: string | null;
}

const EMPLOYMENT_TYPES = { full_time: 'FULL_TIME', part_time: 'PART_TIME' } as const;

const UNIT_TEXT: Record<PayUnit, string> = {
  hour: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
};

export function jobPostingJsonLd(posting: JsonLdPosting): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: posting.description,
    identifier: { '@type': 'PropertyValue', name: 'Job posting', value: posting.recordNumber },
    datePosted: posting.postedAt.toISOString(),
    hiringOrganization: { '@type': 'Organization', name: posting.employerName },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(posting.city ? { addressLocality: posting.city } : {}),
        ...(posting.state ? { addressRegion: posting.state } : {}),
        ...(posting.zip ? { postalCode: posting.zip } : {}),
        addressCountry: 'US',
      },
    },
    // People apply as the posting says (through the job center), not on this page.
    directApply: false,
  };
  // The deadline is a whole day: applications are taken until it ends.
  if (posting.applicationDeadline) ld.validThrough = `${posting.applicationDeadline}T23:59:59`;
  if (posting.employmentType) ld.employmentType = EMPLOYMENT_TYPES[posting.employmentType];
  const low = posting.payMin ?? posting.payMax;
  if (low !== null && posting.payUnit) {
    ld.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: {
        '@type': 'QuantitativeValue',
        minValue: low,
        ...(posting.payMax !== null ? { maxValue: posting.payMax } : {}),
        unitText: UNIT_TEXT[posting.payUnit],
      },
    };
  }
  if (posting.occupation) ld.occupationalCategory = posting.occupation.code;
  return ld;
}

/**
 * The JSON for a <script type="application/ld+json"> element: `<` is escaped, so text in a posting
 * (such as "</script>") can never end the element early; `>` and `&` likewise, for old parsers.
 */
export function jsonLdScriptContent(ld: Record<string, unknown>): string {
  return JSON.stringify(ld)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Five resume layouts for the test corpus, each written the way people write resumes by hand:
// different heading words and cases, colons or not, date formats, title/employer order and line
// breaks, bullet marks, and skills as lists or lines.
import type { EducationEntry, LicenseEntry, StructuredResume, WorkEntry } from '@onestop/contracts';
import type { Block, Layout } from './resume-corpus-writers';

type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY-MM' | 'YYYY';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatDate(value: string, style: DateStyle): string {
  const [year = '', month = '01'] = value.split('-');
  const name = MONTHS[Number(month) - 1] ?? '';
  switch (style) {
    case 'Mon YYYY':
      return `${name.slice(0, 3)} ${year}`;
    case 'Month YYYY':
      return `${name} ${year}`;
    case 'MM/YYYY':
      return `${month}/${year}`;
    case 'YYYY-MM':
      return `${year}-${month}`;
    case 'YYYY':
      return year;
  }
}

function range(job: WorkEntry, style: DateStyle, separator: string, present: string): string {
  if (!job.startDate) return '';
  return `${formatDate(job.startDate, style)}${separator}${job.endDate ? formatDate(job.endDate, style) : present}`;
}

const where = (city: string | null, state: string | null) =>
  [city, state].filter(Boolean).join(', ');
const fullName = (r: StructuredResume) => `${r.contact.firstName} ${r.contact.lastName}`;
const duties = (job: WorkEntry) => job.duties.split('\n').filter(Boolean);
const cityLine = (r: StructuredResume) =>
  `${where(r.contact.city, r.contact.state)} ${r.contact.zip ?? ''}`.trim();

function degreeText(entry: EducationEntry): string {
  return entry.degree ?? '';
}

function licenseText(license: LicenseEntry, style: 'dash' | 'comma' | 'paren'): string {
  const expires = license.expires;
  if (style === 'dash') {
    const details = [
      license.issuer,
      expires ? `exp. ${formatDate(expires, 'MM/YYYY')}` : null,
    ].filter(Boolean);
    return details.length ? `${license.name} — ${details.join(', ')}` : license.name;
  }
  if (style === 'comma') {
    return [
      license.name,
      license.issuer,
      expires ? `expires ${formatDate(expires, 'Month YYYY')}` : null,
    ]
      .filter(Boolean)
      .join(', ');
  }
  const issuer = license.issuer ? ` (${license.issuer})` : '';
  return `${license.name}${issuer}${expires ? ` — Exp: ${expires}` : ''}`;
}

function section(blocks: Block[], heading: string, body: Block[]): void {
  if (body.length > 0) blocks.push({ kind: 'heading', text: heading }, ...body);
}

/** A: upper-case headings, "Title — Employer, City, ST" with the dates at the right margin. */
function classic(r: StructuredResume): Layout {
  const blocks: Block[] = [
    { kind: 'name', text: fullName(r) },
    {
      kind: 'line',
      text: [cityLine(r), r.contact.phone, r.contact.email].filter(Boolean).join(' | '),
    },
  ];
  section(blocks, 'PROFESSIONAL SUMMARY', r.summary ? [{ kind: 'line', text: r.summary }] : []);
  section(
    blocks,
    'EXPERIENCE',
    r.work.flatMap((job): Block[] => [
      { kind: 'gap' },
      {
        kind: 'line',
        bold: true,
        text: `${job.title} — ${job.employer}, ${where(job.city, job.state)}`,
        right: range(job, 'Mon YYYY', ' – ', 'Present'),
      },
      ...duties(job).map((text): Block => ({ kind: 'bullet', text, mark: null })),
    ]),
  );
  section(
    blocks,
    'EDUCATION',
    r.education.flatMap((entry): Block[] => [
      { kind: 'line', bold: true, text: entry.institution },
      ...(entry.degree
        ? [
            {
              kind: 'line',
              text: [degreeText(entry), entry.completedYear].filter(Boolean).join(', '),
            } as Block,
          ]
        : []),
    ]),
  );
  section(blocks, 'SKILLS', r.skills.length ? [{ kind: 'line', text: r.skills.join(', ') }] : []);
  section(
    blocks,
    'CERTIFICATIONS',
    r.licenses.map((l): Block => ({ kind: 'line', text: licenseText(l, 'dash') })),
  );
  return { blocks, font: 'helvetica', wordHeadings: true };
}

/** B: contact details stacked, "Heading:" with colons, title on its own line, then "Employer | place | MM/YYYY - MM/YYYY". */
function twoLine(r: StructuredResume): Layout {
  const blocks: Block[] = [{ kind: 'name', text: fullName(r) }];
  for (const text of [r.contact.phone, r.contact.email, cityLine(r)])
    if (text) blocks.push({ kind: 'line', text });
  section(blocks, 'Objective:', r.summary ? [{ kind: 'line', text: r.summary }] : []);
  section(
    blocks,
    'Work History:',
    r.work.flatMap((job): Block[] => [
      { kind: 'gap' },
      { kind: 'line', bold: true, text: job.title },
      {
        kind: 'line',
        text: [job.employer, where(job.city, job.state), range(job, 'MM/YYYY', ' - ', 'Present')]
          .filter(Boolean)
          .join(' | '),
      },
      ...duties(job).map((text): Block => ({ kind: 'bullet', text, mark: '-' })),
    ]),
  );
  section(
    blocks,
    'Education:',
    r.education.map((entry): Block => ({
      kind: 'line',
      text: `${[degreeText(entry), entry.institution].filter(Boolean).join(' — ')}${entry.completedYear ? ` (${entry.completedYear})` : ''}`,
    })),
  );
  section(
    blocks,
    'Skills:',
    r.skills.map((text): Block => ({ kind: 'bullet', text, mark: '-' })),
  );
  section(
    blocks,
    'Licenses:',
    r.licenses.map((l): Block => ({ kind: 'line', text: licenseText(l, 'comma') })),
  );
  return { blocks, font: 'times', wordHeadings: false };
}

/** C: dates first ("2019-03 to present"), then "EMPLOYER — City, ST", then the title; state names in full. */
function datesFirst(r: StructuredResume): Layout {
  const blocks: Block[] = [
    { kind: 'name', text: fullName(r).toUpperCase() },
    {
      kind: 'line',
      text: [r.contact.email, r.contact.phone, cityLine(r)].filter(Boolean).join('  ·  '),
    },
  ];
  section(blocks, 'Profile', r.summary ? [{ kind: 'line', text: r.summary }] : []);
  section(
    blocks,
    'Professional Experience',
    r.work.flatMap((job): Block[] => [
      { kind: 'gap' },
      { kind: 'line', text: range(job, 'YYYY-MM', ' to ', 'present') },
      { kind: 'line', bold: true, text: `${job.employer} — ${where(job.city, job.state)}` },
      { kind: 'line', italic: true, text: job.title },
      ...duties(job).map((text): Block => ({ kind: 'bullet', text, mark: '•' })),
    ]),
  );
  section(
    blocks,
    'Education & Training',
    r.education.map((entry): Block => ({
      kind: 'line',
      text: [
        entry.completedYear ? String(entry.completedYear) : '',
        [degreeText(entry), entry.institution].filter(Boolean).join(', '),
      ]
        .filter(Boolean)
        .join('   '),
    })),
  );
  section(
    blocks,
    'Core Competencies',
    r.skills.length ? [{ kind: 'line', text: r.skills.join('; ') }] : [],
  );
  section(
    blocks,
    'Licenses & Certifications',
    r.licenses.map((l): Block => ({ kind: 'bullet', text: licenseText(l, 'dash'), mark: null })),
  );
  return { blocks, font: 'helvetica', wordHeadings: true };
}

/** D: skills first, compact one-line jobs with years only, duties as one paragraph. */
function compact(r: StructuredResume): Layout {
  const blocks: Block[] = [
    { kind: 'name', text: fullName(r) },
    { kind: 'line', text: `${r.contact.email ?? ''} | ${r.contact.phone ?? ''} | ${cityLine(r)}` },
  ];
  section(blocks, 'Summary', r.summary ? [{ kind: 'line', text: r.summary }] : []);
  section(
    blocks,
    'Key Skills',
    r.skills.length ? [{ kind: 'line', text: r.skills.join(' • ') }] : [],
  );
  section(
    blocks,
    'Certifications',
    r.licenses.map((l): Block => ({ kind: 'line', text: licenseText(l, 'paren') })),
  );
  section(
    blocks,
    'Employment',
    r.work.flatMap((job): Block[] => [
      {
        kind: 'line',
        bold: true,
        text: [
          job.title,
          job.employer,
          where(job.city, job.state),
          range(job, 'YYYY', '–', 'Present'),
        ]
          .filter(Boolean)
          .join(', '),
      },
      { kind: 'line', text: `${duties(job).join('; ')}.` },
    ]),
  );
  section(
    blocks,
    'Education',
    r.education.map((entry): Block => ({
      kind: 'line',
      text: [
        entry.institution,
        degreeText(entry),
        entry.completedYear ? String(entry.completedYear) : '',
      ]
        .filter(Boolean)
        .join(' — '),
    })),
  );
  return { blocks, font: 'times', wordHeadings: false };
}

/** E: labelled contact lines, "WORK EXPERIENCE:" headings, employer line first, "Title | March 2019 to Current". */
function employerFirst(r: StructuredResume): Layout {
  const blocks: Block[] = [
    { kind: 'name', text: fullName(r) },
    { kind: 'line', text: cityLine(r) },
  ];
  if (r.contact.phone) blocks.push({ kind: 'line', text: `Tel: ${r.contact.phone}` });
  if (r.contact.email) blocks.push({ kind: 'line', text: `Email: ${r.contact.email}` });
  section(blocks, 'CAREER OBJECTIVE:', r.summary ? [{ kind: 'line', text: r.summary }] : []);
  section(
    blocks,
    'WORK EXPERIENCE:',
    r.work.flatMap((job): Block[] => [
      { kind: 'gap' },
      { kind: 'line', bold: true, text: `${job.employer}, ${where(job.city, job.state)}` },
      {
        kind: 'line',
        italic: true,
        text: `${job.title} | ${range(job, 'Month YYYY', ' to ', 'Current')}`,
      },
      ...duties(job).map((text): Block => ({ kind: 'bullet', text, mark: '*' })),
    ]),
  );
  section(
    blocks,
    'EDUCATION:',
    r.education.flatMap((entry): Block[] => [
      ...(entry.degree ? [{ kind: 'line', bold: true, text: degreeText(entry) } as Block] : []),
      {
        kind: 'line',
        text: `${entry.institution}${entry.completedYear ? ` — Graduated ${entry.completedYear}` : ''}`,
      },
    ]),
  );
  section(
    blocks,
    'LICENSES AND CERTIFICATIONS:',
    r.licenses.map((l): Block => ({ kind: 'line', text: licenseText(l, 'paren') })),
  );
  section(blocks, 'SKILLS:', r.skills.length ? [{ kind: 'line', text: r.skills.join(', ') }] : []);
  return { blocks, font: 'helvetica', wordHeadings: false };
}

export const TEMPLATES = { classic, twoLine, datesFirst, compact, employerFirst } as const;
export type TemplateName = keyof typeof TEMPLATES;

import { structuredResume } from '@onestop/contracts';
import { describe, expect, it } from 'vitest';
import { parseResume } from './parse-resume';

const jobs = (text: string) =>
  parseResume(text).draft.work.map((job) => [job.title, job.employer, job.startDate, job.endDate]);

describe('resume parsing (SEEK-8)', () => {
  it('SEEK-8: reads a classic resume into a draft that fits the structured resume', () => {
    const { draft, warnings } = parseResume(`MARIA L. GONZALEZ
123 Main St, Dayton, OH 45402 | (937) 555-0142 | maria.gonzalez@example.com

PROFESSIONAL SUMMARY
Dependable warehouse associate with 6 years of experience in shipping and
receiving.

Work History:
Warehouse Associate — Amazon Fulfillment, Columbus, OH   Mar 2019 – Present
• Picked and packed 250+ orders per shift with 99.8% accuracy
• Operated forklift and pallet jack safely; trained six new hires
  on scanners.
Stock Clerk, Kroger   06/2016 - 02/2019

EDUCATION
Sinclair Community College, Dayton, OH
Associate of Applied Science in Logistics, 2018

Skills
Forklift operation, RF scanners; Inventory control • Microsoft Office (Word, Excel)

Certifications
Forklift Operator Certification — OSHA, exp. 05/2026`);
    expect(structuredResume.safeParse(draft).success).toBe(true);
    expect(draft.contact).toEqual({
      firstName: 'Maria',
      lastName: 'Gonzalez',
      email: 'maria.gonzalez@example.com',
      phone: '937-555-0142',
      city: 'Dayton',
      state: 'OH',
      zip: '45402',
    });
    expect(draft.summary).toBe(
      'Dependable warehouse associate with 6 years of experience in shipping and receiving.',
    );
    expect(draft.work[0]).toMatchObject({
      title: 'Warehouse Associate',
      employer: 'Amazon Fulfillment',
      city: 'Columbus',
      state: 'OH',
      startDate: '2019-03',
      endDate: null,
      onetCode: null,
      duties:
        'Picked and packed 250+ orders per shift with 99.8% accuracy\nOperated forklift and pallet jack safely; trained six new hires on scanners.',
    });
    expect(draft.work[1]).toMatchObject({
      title: 'Stock Clerk',
      employer: 'Kroger',
      startDate: '2016-06',
      endDate: '2019-02',
    });
    expect(draft.education).toEqual([
      {
        institution: 'Sinclair Community College',
        level: 'associate',
        degree: 'Associate of Applied Science in Logistics',
        major: 'Logistics',
        completedYear: 2018,
      },
    ]);
    expect(draft.skills).toEqual([
      'Forklift operation',
      'RF scanners',
      'Inventory control',
      'Microsoft Office (Word, Excel)',
    ]);
    expect(draft.licenses).toEqual([
      { name: 'Forklift Operator Certification', issuer: 'OSHA', expires: '2026-05' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('SEEK-8: reads employer-first, dates-first and "Title at Employer" headings', () => {
    expect(
      jobs(`Ann Smith
Experience
Chesapeake Foods Inc., Jessup, MD
Forklift Operator  June 2018 - Current
• Loaded trailers
2014 to 2016
Metro Staffing Agency — Temp Laborer
• Assigned to warehouses
Assistant teacher at Bright Beginnings Daycare, Pasadena, TX (March 2012 to July 2013)`),
    ).toEqual([
      ['Forklift Operator', 'Chesapeake Foods Inc.', '2018-06', null],
      ['Temp Laborer', 'Metro Staffing Agency', '2014-01', '2016-01'],
      ['Assistant teacher', 'Bright Beginnings Daycare', '2012-03', '2013-07'],
    ]);
  });

  it('SEEK-8: positions listed under one employer line share the employer', () => {
    expect(
      jobs(`Ann Smith
Employment
Kroger, Dayton, OH
Cashier  2019 – 2021
• Ran the register
Stock Clerk  2017 – 2019
• Stocked shelves`),
    ).toEqual([
      ['Cashier', 'Kroger', '2019-01', '2021-01'],
      ['Stock Clerk', 'Kroger', '2017-01', '2019-01'],
    ]);
  });

  it('SEEK-8: a lower-case title on the line above its dated employer line still heads the job', () => {
    expect(
      jobs(`Kim Lee
Experience
Warehouse associate
Acme Logistics, Dayton, OH   Jan 2020 - Present
• Packed boxes`),
    ).toEqual([['Warehouse associate', 'Acme Logistics', '2020-01', null]]);
  });

  it('SEEK-8: duties without bullets stay one per line; wrapped lines are joined', () => {
    const { draft } = parseResume(`Kim Lee
Experience
Stocker — Food Town  2018 – 2019
Unloaded trucks
Built displays for the
holiday season and
kept aisles clean`);
    expect(draft.work[0]?.duties).toBe(
      'Unloaded trucks\nBuilt displays for the holiday season and kept aisles clean',
    );
  });

  it('SEEK-8: warns when dates carry only years, and when there is no work history', () => {
    expect(parseResume('Kim Lee\nExperience\nCook, Diner, 2015–2017').warnings).toContainEqual({
      code: 'yearOnlyDates',
      message: 'Only the year is given for the job “Cook”. Check the months.',
      params: { job: 'Cook' },
    });
    const graduate = parseResume(
      'Kim Lee\nkim@example.com\nEducation\nBall State University — B.A. in History, 2024',
    );
    expect(graduate.draft.work).toEqual([]);
    expect(graduate.warnings.map((w) => w.message)).toContain(
      'We could not find a work history section. Add your jobs if you have any.',
    );
  });

  it('SEEK-8: recognizes headings in any case, with colons, spaced out, or with content after the colon', () => {
    const { draft } = parseResume(`Lee Park
S K I L L S
Welding; Grinding
CERTIFICATIONS AND LICENSES:
CDL Class A, HAZMAT, TWIC
Languages: English, Korean`);
    expect(draft.skills).toEqual(['Welding', 'Grinding', 'English', 'Korean']);
    expect(draft.licenses.map((license) => license.name)).toEqual([
      'CDL Class A',
      'HAZMAT',
      'TWIC',
    ]);
  });

  it('SEEK-8: maps degree words to education levels', () => {
    const levels = parseResume(`Lee Park
Education
Ohio State University — Ph.D. in Chemistry, 2015
Wright State University — M.S. in Chemistry, 2010
Berea College — BS in Biology, 2008
Sinclair College — A.A.S. in Nursing, 2006
GED — Ohio Department of Education, 2003
Dunbar High School — High School Diploma, 2002
Columbus State Community College — Certificate in Phlebotomy
Cuyahoga Community College — Coursework in Accounting
Lincoln High School — Completed 10th grade`).draft.education.map((entry) => entry.level);
    expect(levels).toEqual([
      'doctorate',
      'master',
      'bachelor',
      'associate',
      'ged',
      'high_school',
      'vocational_certificate',
      'some_college',
      'less_than_high_school',
    ]);
  });

  it('SEEK-8: reads license issuers and expiry in their usual forms', () => {
    const { draft } = parseResume(`Lee Park
Licenses
Certified Nursing Assistant (CNA), Ohio Department of Health, expires June 2026
CPR/First Aid (American Heart Association); Texas Food Handler
QuickBooks Certified User — Intuit — Exp: 2026-01`);
    expect(draft.licenses).toEqual([
      {
        name: 'Certified Nursing Assistant (CNA)',
        issuer: 'Ohio Department of Health',
        expires: '2026-06',
      },
      { name: 'CPR/First Aid', issuer: 'American Heart Association', expires: null },
      { name: 'Texas Food Handler', issuer: null, expires: null },
      { name: 'QuickBooks Certified User', issuer: 'Intuit', expires: '2026-01' },
    ]);
  });

  it('SEEK-8: reads a wage given with a job', () => {
    const { draft } = parseResume(
      'Lee Park\nExperience\nCook — Diner  2019 – 2021\nPay: $15.50/hr',
    );
    expect(draft.work[0]).toMatchObject({ wage: 15.5, payUnit: 'hour', duties: '' });
  });

  it('SEEK-8: empty or odd text gives an empty draft with warnings, never an error', () => {
    for (const text of ['', '   \n\n', '@@@@ 12345 ####', 'x'.repeat(20_000)]) {
      const { draft, warnings } = parseResume(text);
      expect(structuredResume.safeParse(draft).success).toBe(true);
      expect(warnings.map((w) => w.code)).toContain('noName');
    }
  });

  it('SEEK-8: keeps the draft within the schema limits (30 jobs, 80-character skills)', () => {
    const manyJobs = Array.from(
      { length: 40 },
      (_, n) => `Helper ${n} — Shop ${n}  ${1980 + n} – ${1981 + n}`,
    ).join('\n');
    const { draft, warnings } = parseResume(
      `Lee Park\nExperience\n${manyJobs}\nSkills\n${'very long skill '.repeat(10)}`,
    );
    expect(draft.work).toHaveLength(30);
    expect(draft.skills[0]?.length).toBeLessThanOrEqual(80);
    expect(warnings).toContainEqual({
      code: 'tooManyJobs',
      message: 'Only the first 30 jobs were kept.',
      params: { max: 30 },
    });
    expect(structuredResume.safeParse(draft).success).toBe(true);
  });
});

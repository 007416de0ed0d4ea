import type { StructuredResume } from '@onestop/contracts';
import { structuredResume } from '@onestop/contracts';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importResume } from './import-resume';
import { renderResumeDocx } from './render-docx';
import { renderResumePdf } from './render-pdf';
import { detectResumeFileType } from './resume-file';

const resume: StructuredResume = {
  contact: {
    firstName: 'José',
    lastName: 'Ramírez Ortega',
    email: 'jose.ramirez@example.com',
    phone: '(614) 555-0199',
    city: 'Columbus',
    state: 'OH',
    zip: '43215',
  },
  summary: 'Bilingual forklift operator with a clean safety record.',
  work: [
    {
      title: 'Forklift operator',
      onetCode: '53-7051.00',
      employer: 'Buckeye Logistics LLC',
      city: 'Columbus',
      state: 'OH',
      startDate: '2020-04',
      endDate: null,
      duties: 'Move pallets between receiving and storage\nLoad trucks for 40 stores',
      wage: 18.5,
      payUnit: 'hour',
    },
    {
      title: 'Line Cook',
      onetCode: null,
      employer: "Mama Rosa's Kitchen",
      city: 'Dayton',
      state: 'OH',
      startDate: '2017-06',
      endDate: '2020-03',
      duties: 'Prepared food for 300 guests a night',
      wage: null,
      payUnit: null,
    },
  ],
  education: [
    {
      institution: 'Columbus State Community College',
      level: 'vocational_certificate',
      degree: 'Certificate in Supply Chain Management',
      major: 'Supply Chain Management',
      completedYear: 2019,
    },
  ],
  licenses: [
    {
      name: 'Forklift Operator Certification',
      issuer: 'Buckeye Logistics LLC',
      expires: '2026-05',
    },
  ],
  skills: ['Forklift', 'Spanish', 'Microsoft Office (Word, Excel)'],
};

/** The most a resume may hold: 30 jobs with 4,000-character duties, 100 skills. */
function maximalResume(): StructuredResume {
  const duty = 'Coordinated receiving, storage and shipping for a regional distribution center, ';
  return structuredResume.parse({
    ...resume,
    summary: 'Experienced worker. '.repeat(200).slice(0, 4000),
    work: Array.from({ length: 30 }, (_, n) => ({
      ...resume.work[0],
      title: `Position number ${n + 1} with a rather long title for testing the wrapping of lines`,
      duties: Array.from({ length: 50 }, () => duty)
        .join('\n')
        .slice(0, 4000),
    })),
    skills: Array.from({ length: 100 }, (_, n) => `Skill ${n + 1}`),
    education: Array.from({ length: 15 }, () => resume.education[0]),
    licenses: Array.from({ length: 30 }, () => resume.licenses[0]),
  });
}

describe('resume rendering (SEEK-10)', () => {
  it.each([
    ['PDF', renderResumePdf, 'pdf'],
    ['Word', renderResumeDocx, 'docx'],
  ] as const)(
    'SEEK-10: a %s download reads back as the same contact, jobs and dates',
    async (_, render, type) => {
      const bytes = await render(resume);
      expect(detectResumeFileType(bytes)).toBe(type);
      const { draft } = await importResume(bytes);
      expect(draft.contact).toEqual({ ...resume.contact, phone: '614-555-0199' });
      expect(
        draft.work.map(({ title, employer, city, state, startDate, endDate, duties }) => ({
          title,
          employer,
          city,
          state,
          startDate,
          endDate,
          duties,
        })),
      ).toEqual(
        resume.work.map(({ title, employer, city, state, startDate, endDate, duties }) => ({
          title,
          employer,
          city,
          state,
          startDate,
          endDate,
          duties,
        })),
      );
      expect(draft.education).toEqual(resume.education);
      expect(draft.licenses).toEqual(resume.licenses);
      expect(draft.skills).toEqual(resume.skills);
      expect(draft.summary).toBe(resume.summary);
    },
  );

  it('SEEK-10: a maximal resume renders to a multi-page PDF and a Word file', async () => {
    const maximal = maximalResume();
    const pdf = await renderResumePdf(maximal);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(10);
    const docx = await renderResumeDocx(maximal);
    expect(detectResumeFileType(docx)).toBe('docx');
  });

  it('SEEK-10: characters outside the standard PDF fonts do not break the download', async () => {
    const pdf = await renderResumePdf({
      ...resume,
      contact: { ...resume.contact, firstName: 'Nguyễn', lastName: 'Thị Lan 阮' },
      skills: ['Tiếng Việt', 'Emoji 👍', 'Long\twith\ttabs'],
    });
    const { draft } = await importResume(pdf);
    expect(draft.contact).toMatchObject({ firstName: 'Nguyen', lastName: 'Thi Lan' });
    expect(draft.skills).toEqual(['Tieng Viet', 'Emoji', 'Long with tabs']);
  });

  it('SEEK-10: an empty resume still renders', async () => {
    const empty = structuredResume.parse({
      contact: {
        firstName: '',
        lastName: '',
        email: null,
        phone: null,
        city: null,
        state: null,
        zip: null,
      },
      summary: '',
      work: [],
      education: [],
      licenses: [],
      skills: [],
    });
    expect((await renderResumePdf(empty)).length).toBeGreaterThan(0);
    expect((await renderResumeDocx(empty)).length).toBeGreaterThan(0);
  });
});

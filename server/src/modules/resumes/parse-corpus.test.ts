import { describe, expect, it } from 'vitest';
import { importResume } from './import-resume';
import { corpusFile, corpusTruth } from './resume-test-files';

// One file per layout of scripts/resume-corpus.ts, in both formats.
const SAMPLES = [
  ['01-warehouse-associate', 'pdf', 'classic'],
  ['06-welder', 'docx', 'classic'],
  ['02-certified-nursing-assistant', 'pdf', 'two lines, colons'],
  ['13-licensed-practical-nurse', 'pdf', 'dates first'],
  ['08-elementary-teacher', 'docx', 'dates first'],
  ['10-recent-graduate', 'docx', 'employer first, no jobs'],
  ['12-bilingual-customer-service', 'pdf', 'two lines, colons'],
  ['19-security-officer', 'docx', 'compact, years only'],
] as const;

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

describe('resume corpus (SEEK-8)', () => {
  it.each(SAMPLES)(
    'SEEK-8: %s.%s (%s) gives the right contact, jobs, schools and lists',
    async (name, format) => {
      const truth = corpusTruth(name);
      const { draft, fileType } = await importResume(corpusFile(`files/${name}.${format}`));
      expect(fileType).toBe(format);
      expect(draft.contact).toMatchObject({
        firstName: truth.contact.firstName,
        lastName: truth.contact.lastName,
        email: truth.contact.email,
        zip: truth.contact.zip,
        state: truth.contact.state,
      });
      expect(draft.contact.phone?.replace(/\D/g, '')).toBe(truth.contact.phone?.replace(/\D/g, ''));
      expect(draft.work.map((job) => normalize(job.employer))).toEqual(
        truth.work.map((job) => normalize(job.employer)),
      );
      expect(draft.work.map((job) => job.endDate === null)).toEqual(
        truth.work.map((job) => job.endDate === null),
      );
      expect(draft.work.map((job) => job.startDate?.slice(0, 4))).toEqual(
        truth.work.map((job) => job.startDate?.slice(0, 4)),
      );
      expect(draft.education.map((entry) => entry.institution)).toEqual(
        truth.education.map((entry) => entry.institution),
      );
      expect(draft.education.map((entry) => entry.level)).toEqual(
        truth.education.map((entry) => entry.level),
      );
      expect(draft.skills).toEqual(truth.skills);
      expect(draft.licenses.map((license) => license.name)).toEqual(
        truth.licenses.map((license) => license.name),
      );
    },
  );

  it('SEEK-8: titles, months and duties come through where the layout prints them', async () => {
    const truth = corpusTruth('01-warehouse-associate');
    const { draft } = await importResume(corpusFile('files/01-warehouse-associate.pdf'));
    expect(draft.work).toEqual(truth.work);
    expect(draft.summary).toBe(truth.summary);
    expect(draft.licenses).toEqual(truth.licenses);
  });
});

import type {
  EducationLevel,
  PayUnit,
  ResumeContact,
  StructuredResume,
  WorkEntry,
} from '@onestop/contracts';
import { parseMonth, toMonthText } from './month';

/*
 * The builder edits text as typed (wages, years, month/year dates) and turns it into the
 * contract's StructuredResume only to save, preview or draft the summary.
 */

export type ContactForm = Record<keyof ResumeContact, string>;

export interface WorkForm {
  /** Stable across edits and removals, for React; not sent. */
  key: string;
  title: string;
  onetCode: string | null;
  /** The O*NET occupation picked with the title, shown beside it; not sent. */
  occupationTitle: string | null;
  employer: string;
  city: string;
  state: string;
  startDate: string;
  endDate: string;
  current: boolean;
  duties: string;
  wage: string;
  payUnit: PayUnit | '';
}

export interface EducationForm {
  key: string;
  institution: string;
  level: EducationLevel | '';
  degree: string;
  major: string;
  completedYear: string;
}

export interface LicenseForm {
  key: string;
  name: string;
  issuer: string;
  expires: string;
}

export interface ResumeForm {
  contact: ContactForm;
  summary: string;
  work: WorkForm[];
  education: EducationForm[];
  licenses: LicenseForm[];
  skills: string[];
}

let lastKey = 0;
export const newKey = () => `entry-${++lastKey}`;

export const emptyWork = (): WorkForm => ({
  key: newKey(),
  title: '',
  onetCode: null,
  occupationTitle: null,
  employer: '',
  city: '',
  state: '',
  startDate: '',
  endDate: '',
  current: false,
  duties: '',
  wage: '',
  payUnit: '',
});

export const emptyEducation = (): EducationForm => ({
  key: newKey(),
  institution: '',
  level: '',
  degree: '',
  major: '',
  completedYear: '',
});

export const emptyLicense = (): LicenseForm => ({
  key: newKey(),
  name: '',
  issuer: '',
  expires: '',
});

const text = (value: string | null) => value ?? '';

function workForm(job: WorkEntry): WorkForm {
  return {
    key: newKey(),
    title: job.title,
    onetCode: job.onetCode,
    occupationTitle: null,
    employer: job.employer,
    city: text(job.city),
    state: text(job.state),
    startDate: job.startDate ? toMonthText(job.startDate) : '',
    endDate: job.endDate ? toMonthText(job.endDate) : '',
    // The contract has no "current" flag: a started job without an end date is the current one.
    current: job.startDate !== null && job.endDate === null,
    duties: job.duties,
    wage: job.wage === null ? '' : String(job.wage),
    payUnit: job.payUnit ?? '',
  };
}

export function fromResume(resume: StructuredResume): ResumeForm {
  const { contact } = resume;
  return {
    contact: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: text(contact.email),
      phone: text(contact.phone),
      city: text(contact.city),
      state: text(contact.state),
      zip: text(contact.zip),
    },
    summary: resume.summary,
    work: resume.work.map(workForm),
    education: resume.education.map((entry) => ({
      key: newKey(),
      institution: entry.institution,
      level: entry.level ?? '',
      degree: text(entry.degree),
      major: text(entry.major),
      completedYear: entry.completedYear === null ? '' : String(entry.completedYear),
    })),
    licenses: resume.licenses.map((entry) => ({
      key: newKey(),
      name: entry.name,
      issuer: text(entry.issuer),
      expires: entry.expires ? toMonthText(entry.expires) : '',
    })),
    skills: [...resume.skills],
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** "$15.50", "52,000" or "15" as a number; null when empty or not a number. */
export function parseWage(value: string): number | null {
  const cleaned = value.replace(/[$,\s]/g, '');
  if (!cleaned) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function parseYear(value: string): number | null {
  return /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The form as the contract's resume. Text that does not parse becomes null (checks run first). */
export function toResume(form: ResumeForm): StructuredResume {
  const { contact } = form;
  return {
    contact: {
      firstName: contact.firstName.trim(),
      lastName: contact.lastName.trim(),
      email: orNull(contact.email),
      phone: orNull(contact.phone),
      city: orNull(contact.city),
      state: orNull(contact.state),
      zip: orNull(contact.zip),
    },
    summary: form.summary.trim(),
    work: form.work.map((job) => {
      const wage = parseWage(job.wage);
      return {
        title: job.title.trim(),
        onetCode: job.onetCode,
        employer: job.employer.trim(),
        city: orNull(job.city),
        state: orNull(job.state),
        startDate: parseMonth(job.startDate),
        endDate: job.current ? null : parseMonth(job.endDate),
        duties: job.duties.trim(),
        wage,
        payUnit: wage === null || !job.payUnit ? null : job.payUnit,
      };
    }),
    education: form.education.map((entry) => ({
      institution: entry.institution.trim(),
      level: entry.level || null,
      degree: orNull(entry.degree),
      major: orNull(entry.major),
      completedYear: parseYear(entry.completedYear),
    })),
    licenses: form.licenses.map((entry) => ({
      name: entry.name.trim(),
      issuer: orNull(entry.issuer),
      expires: parseMonth(entry.expires),
    })),
    skills: [...new Set(form.skills.map((skill) => skill.trim()).filter(Boolean))],
  };
}

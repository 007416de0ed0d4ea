import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { EDUCATION_LEVELS, PAY_UNITS } from '@onestop/contracts';
import { seekers } from './seekers';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const seekerRef = () =>
  uuid('seeker_id')
    .notNull()
    .references(() => seekers.id, { onDelete: 'cascade' });

export const payUnitEnum = pgEnum('pay_unit', PAY_UNITS);
export const educationLevelEnum = pgEnum('education_level', EDUCATION_LEVELS);

/**
 * SEEK-7, SEEK-9: the seeker's resume. Its parts are typed rows, because matching and reporting
 * read job titles, O*NET codes, dates, education levels and licenses.
 */
export const resumes = pgTable('resumes', {
  seekerId: seekerRef().primaryKey(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  city: text('city'),
  state: text('state'),
  zip: text('zip'),
  summary: text('summary').notNull().default(''),
  /** SEEK-9: employers see a searchable resume; a confidential one stays with the seeker and staff. */
  searchable: boolean('searchable').notNull().default(false),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const resumeJobs = pgTable(
  'resume_jobs',
  {
    seekerId: seekerRef(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    onetCode: text('onet_code'),
    employer: text('employer').notNull(),
    city: text('city'),
    state: text('state'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    duties: text('duties').notNull().default(''),
    wage: numeric('wage', { precision: 12, scale: 2, mode: 'number' }),
    payUnit: payUnitEnum('pay_unit'),
  },
  (t) => [
    primaryKey({ columns: [t.seekerId, t.position] }),
    index('resume_jobs_onet_idx').on(t.onetCode),
  ],
);

export const resumeEducation = pgTable(
  'resume_education',
  {
    seekerId: seekerRef(),
    position: integer('position').notNull(),
    institution: text('institution').notNull(),
    level: educationLevelEnum('level'),
    degree: text('degree'),
    major: text('major'),
    completedYear: integer('completed_year'),
  },
  (t) => [primaryKey({ columns: [t.seekerId, t.position] })],
);

export const resumeLicenses = pgTable(
  'resume_licenses',
  {
    seekerId: seekerRef(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    issuer: text('issuer'),
    expires: date('expires', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.seekerId, t.position] })],
);

export const resumeSkills = pgTable(
  'resume_skills',
  {
    seekerId: seekerRef(),
    position: integer('position').notNull(),
    skill: text('skill').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.seekerId, t.position] }),
    index('resume_skills_skill_idx').on(t.skill),
  ],
);

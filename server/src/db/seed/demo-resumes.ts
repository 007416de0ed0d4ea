import {
  draftSummary,
  type EducationEntry,
  type EducationLevel,
  type LicenseEntry,
  type PayUnit,
  type StructuredResume,
  type WorkEntry,
} from '@onestop/contracts';
import {
  draftDuties,
  occupation,
  relatedOccupations,
  technologySkills,
} from '../../modules/onet/onet.catalog';
import {
  DEMO_OCCUPATIONS,
  EMPLOYER_KINDS,
  EMPLOYER_PLACES,
  GENERAL_SKILLS,
  GROUP_SKILLS,
  LICENSE_HINTS,
  MAJORS,
  DEMO_MILITARY_BRANCHES,
  MILITARY_JOBS,
  STARTER_CODES,
  type DemoOccupation,
} from './demo-occupations';
import type { KyPlace } from './ky-places';
import type { Prng } from './prng';

/** Who the resume is about: the parts of the seeker's record the resume repeats or depends on. */
export interface ResumePerson {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthDate: string;
  place: KyPlace;
}

/** A veteran's service, for the resume's military job and for the profile's veteran section. */
export interface MilitaryService {
  /** A key of the profile's MILITARY_BRANCHES list in @onestop/contracts (army, navy, …). */
  branch: string;
  rank: string;
  /** YYYY-MM-DD. */
  entered: string;
  separated: string;
}

const BY_CODE = new Map(DEMO_OCCUPATIONS.map((o) => [o.code, o]));
const WEIGHTED = DEMO_OCCUPATIONS.flatMap((o) => Array.from({ length: o.weight }, () => o));
/** Tools worth listing as a skill when O*NET names them for the occupation. */
const FAMILIAR_TECH = new Set([
  'Microsoft Excel',
  'Microsoft Word',
  'Microsoft Outlook',
  'Microsoft PowerPoint',
  'Intuit QuickBooks',
  'SAP software',
  'Epic Systems',
  'MEDITECH software',
  'Oracle Cerner CareAware',
  'Autodesk AutoCAD',
  'Salesforce software',
  'Microsoft Teams',
  'Structured query language SQL',
]);

/** Months counted from year 0, so that job dates are plain integers. */
const toMonths = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
const monthsOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
export const monthString = (months: number) =>
  `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
const group = (code: string) => code.slice(0, 2);

export function pickOccupation(prng: Prng): DemoOccupation {
  return prng.pick(WEIGHTED);
}

function employerName(prng: Prng, code: string, place: KyPlace): string {
  const kind = prng.pick(EMPLOYER_KINDS[group(code)] ?? ['Services', 'Company']);
  if (/County|Jail|Detention/.test(kind))
    return `${place.county} County ${kind.replace('County ', '')}`;
  return `${prng.chance(0.35) ? place.city : prng.pick(EMPLOYER_PLACES)} ${kind}`;
}

function duties(prng: Prng, code: string): string {
  const tasks = draftDuties(code, 8);
  if (tasks.length === 0)
    return 'Led and trained a team of four.\nKept equipment ready and inspected.';
  const chosen = new Set(prng.sample(tasks, prng.int(3, Math.min(5, tasks.length))));
  return tasks.filter((task) => chosen.has(task)).join('\n');
}

/** Hourly for most work, yearly for jobs that need a degree (O*NET job zones 4 and 5). */
function wage(prng: Prng, code: string): { wage: number | null; payUnit: PayUnit | null } {
  if (prng.chance(0.3)) return { wage: null, payUnit: null };
  const zone = occupation(code)?.jobZone ?? 2;
  if (zone >= 4) {
    const [low, high] = zone === 5 ? [70, 130] : [42, 85];
    return { wage: prng.int(low, high) * 1000, payUnit: 'year' };
  }
  const [low, high] = zone === 1 ? [1000, 1500] : zone === 2 ? [1200, 2100] : [1600, 3000];
  return { wage: Math.round(prng.int(low, high) / 25) / 4, payUnit: 'hour' };
}

/** An earlier job: the same line of work, a related occupation the demo knows, or a first job. */
function earlierCode(prng: Prng, code: string): string {
  if (prng.chance(0.45)) return code;
  const related = relatedOccupations(code).filter((r) => BY_CODE.has(r.code));
  if (related.length > 0 && prng.chance(0.6)) return prng.pick(related).code;
  return prng.pick(STARTER_CODES);
}

function job(prng: Prng, code: string, title: string, place: KyPlace, employer: string) {
  const entry: WorkEntry = {
    title,
    onetCode: code,
    employer,
    city: place.city,
    state: 'KY',
    startDate: null,
    endDate: null,
    duties: duties(prng, code),
    ...wage(prng, code),
  };
  return entry;
}

/** Newest job first. The first may be current; job seekers are more often between jobs. */
function workHistory(
  prng: Prng,
  primary: DemoOccupation,
  person: ResumePerson,
  today: Date,
  options: { minJobs: number; military: MilitaryService | null },
): WorkEntry[] {
  const now = toMonths(today);
  const zone = occupation(primary.code)?.jobZone ?? 2;
  const floor = options.military
    ? monthsOf(options.military.separated) + 1
    : monthsOf(person.birthDate) + 12 * (zone >= 4 ? 22 : 16) + prng.int(0, 24);
  const wanted = Math.max(options.minJobs, prng.int(1, 4));
  const work: WorkEntry[] = [];
  let end: number | null = prng.chance(0.4) ? null : now - prng.int(0, 14);
  let code = primary.code;
  for (let i = 0; i < wanted; i++) {
    const last = end ?? now;
    if (last - 3 < floor && i > 0) break;
    const start = Math.max(Math.min(floor, last - 3), last - prng.int(6, 84));
    const known = BY_CODE.get(code);
    const title = known ? prng.pick(known.titles) : (occupation(code)?.title ?? 'Associate');
    const entry = job(prng, code, title, person.place, employerName(prng, code, person.place));
    work.push({
      ...entry,
      startDate: monthString(start),
      endDate: end === null ? null : monthString(end),
    });
    end = start - 1 - prng.int(0, 8);
    code = earlierCode(prng, code);
  }
  if (options.military) {
    const service = options.military;
    const branch = DEMO_MILITARY_BRANCHES.find((b) => b.key === service.branch);
    const military = prng.pick(MILITARY_JOBS);
    const entry = job(
      prng,
      military.code,
      military.title,
      person.place,
      branch?.employer ?? 'U.S. Army',
    );
    work.push({
      ...entry,
      city: null,
      state: null,
      startDate: service.entered.slice(0, 7),
      endDate: service.separated.slice(0, 7),
      wage: null,
      payUnit: null,
    });
  }
  return work;
}

/** A veteran joined at 18 to 23 and served three to eight years. */
export function militaryService(prng: Prng, birthDate: string, today: Date): MilitaryService {
  const branch = prng.pick(DEMO_MILITARY_BRANCHES);
  const latestSeparation = toMonths(today) - 2;
  const entered = Math.min(monthsOf(birthDate) + prng.int(18 * 12, 23 * 12), latestSeparation - 36);
  const separated = Math.min(entered + prng.int(36, 96), latestSeparation);
  return {
    branch: branch.key,
    rank: prng.pick(branch.ranks),
    entered: `${monthString(entered)}-${String(prng.int(1, 28)).padStart(2, '0')}`,
    separated: `${monthString(separated)}-${String(prng.int(1, 28)).padStart(2, '0')}`,
  };
}

const COLLEGES = {
  LEX: [
    'Bluegrass Community and Technical College',
    'University of Kentucky',
    'Eastern Kentucky University',
    'Berea College',
  ],
  GEO: [
    'Bluegrass Community and Technical College',
    'Georgetown College',
    'Kentucky State University',
    'University of Kentucky',
  ],
  LON: [
    'Somerset Community College',
    'Southeast Kentucky Community and Technical College',
    'University of the Cumberlands',
    'Union College',
  ],
  other: [
    'Jefferson Community and Technical College',
    'University of Louisville',
    'Western Kentucky University',
    'Morehead State University',
    'Murray State University',
    'Northern Kentucky University',
  ],
} as const;

function highSchool(place: KyPlace): string {
  if (place.county === 'Fayette') return 'Henry Clay High School';
  if (place.county === 'Jefferson') return 'Fern Creek High School';
  return `${place.county} County High School`;
}

/** The highest level by job zone, then the entries a resume shows: high school and any college. */
function education(prng: Prng, code: string, person: ResumePerson): EducationEntry[] {
  const zone = occupation(code)?.jobZone ?? 2;
  const graduated = Number(person.birthDate.slice(0, 4)) + 18;
  const levels: Record<number, EducationLevel[]> = {
    1: ['less_than_high_school', 'high_school', 'high_school', 'ged'],
    2: [
      'high_school',
      'high_school',
      'high_school',
      'ged',
      'some_college',
      'vocational_certificate',
    ],
    3: ['high_school', 'vocational_certificate', 'associate', 'associate', 'some_college'],
    4: ['bachelor', 'bachelor', 'bachelor', 'master'],
    5: ['master', 'master', 'doctorate', 'bachelor'],
  };
  const level = prng.pick(levels[zone] ?? (levels[2] as EducationLevel[]));
  if (level === 'less_than_high_school') {
    return [
      {
        institution: highSchool(person.place),
        level,
        degree: null,
        major: null,
        completedYear: null,
      },
    ];
  }
  if (level === 'ged') {
    return [
      {
        institution: 'Kentucky Adult Education',
        level,
        degree: 'GED',
        major: null,
        completedYear: graduated + prng.int(1, 6),
      },
    ];
  }
  const school: EducationEntry = {
    institution: highSchool(person.place),
    level: 'high_school',
    degree: 'High School Diploma',
    major: null,
    completedYear: graduated,
  };
  if (level === 'high_school') return [school];
  const colleges = COLLEGES[person.place.office ?? 'other'];
  const twoYear =
    level === 'vocational_certificate' || level === 'associate' || level === 'some_college';
  const institution = twoYear ? (colleges[0] as string) : prng.pick(colleges.slice(1));
  const major = prng.pick(MAJORS[group(code)] ?? ['General Studies']);
  const years = {
    some_college: 1,
    vocational_certificate: 1,
    associate: 2,
    bachelor: 4,
    master: 6,
    doctorate: 8,
  };
  const degree =
    {
      some_college: null,
      vocational_certificate: 'Certificate',
      associate: 'Associate of Applied Science',
      bachelor: ['21', '23', '25', '27'].includes(group(code))
        ? 'Bachelor of Arts'
        : 'Bachelor of Science',
      master: group(code) === '11' ? 'Master of Business Administration' : 'Master of Science',
      doctorate: code === '29-1051.00' ? 'Doctor of Pharmacy' : 'Doctor of Nursing Practice',
    }[level] ?? null;
  return [
    {
      institution,
      level,
      degree,
      major,
      completedYear: level === 'some_college' ? null : graduated + years[level] + prng.int(0, 3),
    },
    school,
  ];
}

function licenses(prng: Prng, codes: string[], today: Date): LicenseEntry[] {
  const now = toMonths(today);
  const out = new Map<string, LicenseEntry>();
  for (const code of codes) {
    for (const hint of [
      ...(LICENSE_HINTS[code] ?? []),
      ...(LICENSE_HINTS[`g:${group(code)}`] ?? []),
    ]) {
      if (out.has(hint.name) || !prng.chance(hint.share)) continue;
      const expires = hint.validMonths
        ? monthString(now - 2 + prng.int(0, hint.validMonths))
        : null;
      out.set(hint.name, { name: hint.name, issuer: hint.issuer, expires });
    }
  }
  return [...out.values()];
}

function skills(prng: Prng, code: string): string[] {
  const tech = technologySkills(code)
    .map((t) => t.name)
    .filter((name) => FAMILIAR_TECH.has(name));
  return [
    ...prng.sample(GROUP_SKILLS[group(code)] ?? [], prng.int(2, 4)),
    ...prng.sample(tech, prng.int(0, 2)),
    ...prng.sample(GENERAL_SKILLS, prng.int(1, 3)),
  ];
}

/** A complete structured resume for one person, with the summary drafted from the rest. */
export function buildResume(
  prng: Prng,
  person: ResumePerson,
  primary: DemoOccupation,
  today: Date,
  options: { minJobs?: number; military?: MilitaryService | null } = {},
): StructuredResume {
  const work = workHistory(prng, primary, person, today, {
    minJobs: options.minJobs ?? 1,
    military: options.military ?? null,
  });
  const resume: StructuredResume = {
    contact: {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      city: person.place.city,
      state: 'KY',
      zip: person.place.zip,
    },
    summary: '',
    work,
    education: education(prng, primary.code, person),
    licenses: licenses(prng, [...new Set(work.map((w) => w.onetCode ?? ''))], today),
    skills: [...new Set(skills(prng, primary.code))],
  };
  return { ...resume, summary: draftSummary(resume, today) };
}

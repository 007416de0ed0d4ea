import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EducationLevel, PayUnit } from '@onestop/contracts';
import { ONET_DATA_DIR, draftDuties } from '../../modules/onet/onet.catalog';
import { DEMO_OCCUPATIONS } from './demo-occupations';
import type { Prng } from './prng';

/**
 * What a demo or synthetic job posting says, built from its O*NET occupation: a title people use,
 * a plain introduction followed by some of the occupation's task statements, and a pay range
 * around the occupation's BLS median wage. Used by the demo seed and by `npm run seed:scale`.
 */

export const WAGES_FILE = fileURLToPath(
  new URL('../../../reference/postings/wages.json', import.meta.url),
);

/** Hourly p25, median and p75 (USD), and 1 where BLS reports the occupation paid by the year. */
export type Wages = [number, number, number, number];

let wageTable: Map<string, Wages> | null = null;

interface OccupationRow {
  code: string;
  title: string;
  jobZone: number | null;
}
let occupationTable: Map<string, OccupationRow> | null = null;

/**
 * The catalog's occupation row, read from its file: onet.catalog's occupation() would build the
 * whole title index first (over a second), which a seed does not need.
 */
function occupation(code: string): OccupationRow | null {
  occupationTable ??= new Map(
    (
      JSON.parse(
        fs.readFileSync(path.join(ONET_DATA_DIR, 'occupations.json'), 'utf8'),
      ) as OccupationRow[]
    ).map((o) => [o.code, o]),
  );
  return occupationTable.get(code) ?? null;
}

/**
 * The BLS wages of an O*NET-SOC code's SOC occupation. OEWS publishes a few SOC codes only as
 * their aggregate ("51-2090" for 51-2092), which stands in for them.
 */
export function wagesFor(code: string): Wages | null {
  wageTable ??= new Map(
    Object.entries(JSON.parse(fs.readFileSync(WAGES_FILE, 'utf8')) as Record<string, Wages>),
  );
  const soc = code.slice(0, 7);
  const exact = wageTable.get(soc) ?? wageTable.get(`${soc.slice(0, 6)}0`);
  if (exact) return exact;
  for (const [key, wages] of wageTable) if (key.startsWith(soc.slice(0, 6))) return wages;
  return null;
}

/** Titles for occupations the demo's job seekers do not list (see DEMO_OCCUPATIONS). */
const EXTRA_TITLES: Readonly<Record<string, readonly string[]>> = {
  '53-1042.00': ['Warehouse Supervisor', 'Warehouse Shift Lead'],
  '35-2012.00': ['Cafeteria Cook', 'Dietary Cook'],
};

const titleCache = new Map<string, readonly string[]>();

/** The job titles employers post for an occupation. */
export function postingTitles(code: string): readonly string[] {
  let titles = titleCache.get(code);
  if (!titles) {
    titles = DEMO_OCCUPATIONS.find((o) => o.code === code)?.titles ??
      EXTRA_TITLES[code] ?? [occupation(code)?.title ?? code];
    titleCache.set(code, titles);
  }
  return titles;
}

export interface PostingContent {
  title: string;
  description: string;
  onetCode: string;
  onetTitle: string;
  payMin: number | null;
  payMax: number | null;
  payUnit: PayUnit | null;
  hoursPerWeek: number;
  employmentType: 'full_time' | 'part_time';
  shift: 'day' | 'evening' | 'night' | 'rotating' | 'split' | 'any';
  workDays: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
  experienceMonths: number | null;
  educationLevel: EducationLevel | null;
  licenseClass: 'regular' | 'cdl_a' | 'cdl_b' | null;
  endorsements: (
    'passenger' | 'school_bus' | 'tank_vehicle' | 'hazardous_materials' | 'air_brakes'
  )[];
  keyboardingWpm: number | null;
}

export interface PostingPlace {
  employerName: string;
  /** Null where only the ZIP code is known (synthetic postings). */
  city: string | null;
}

const SHIFT_WORDS: Record<string, string> = {
  evening: '2nd Shift',
  night: '3rd Shift',
  rotating: 'Rotating Shift',
};

type Shift = PostingContent['shift'];
const SHIFTS_BY_GROUP: Readonly<Record<string, readonly Shift[]>> = {
  '51': ['day', 'day', 'evening', 'night', 'rotating'],
  '53': ['day', 'day', 'evening', 'night', 'any'],
  '29': ['day', 'evening', 'night', 'rotating'],
  '31': ['day', 'evening', 'night', 'rotating'],
  '33': ['day', 'evening', 'night', 'rotating'],
  '35': ['day', 'evening', 'split', 'any'],
  '41': ['day', 'evening', 'any'],
  '37': ['day', 'evening', 'night'],
};

const PART_TIME_SHARE: Readonly<Record<string, number>> = {
  '35': 0.45,
  '41': 0.4,
  '39': 0.3,
  '31': 0.25,
  '37': 0.25,
  '25': 0.15,
};

const INTROS: readonly ((e: string, a: string, where: string) => string)[] = [
  (e, a, where) => `${e} is hiring ${a} in ${where}.`,
  (e, a, where) => `${e} is looking for a dependable team member to work as ${a} in ${where}.`,
  (e, a, where) => `Join the team at ${e} as ${a} in ${where}.`,
  (e, a, where) => `${e} has an opening for ${a} at our ${where} location.`,
];

const CLOSINGS: readonly string[] = [
  'We offer health, dental and vision insurance, paid time off and a 401(k) with a company match.',
  'Benefits include medical insurance, paid holidays, paid time off and a retirement plan.',
  'Weekly pay, paid training and room to grow with us.',
  'We offer competitive pay, paid time off and tuition assistance.',
  'Paid training is provided. Apply today and a member of our team will contact you.',
];

const EDUCATION_WORDS: Partial<Record<EducationLevel, string>> = {
  high_school: 'A high school diploma or GED is required.',
  vocational_certificate: 'A vocational certificate or equivalent training is required.',
  associate: "An associate's degree is required.",
  bachelor: "A bachelor's degree is required.",
  master: "A master's degree is required.",
};

const WEEKDAYS: PostingContent['workDays'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL_DAYS: PostingContent['workDays'] = [...WEEKDAYS, 'sat', 'sun'];

const article = (words: string) => (/^[AEIOU]/i.test(words) ? `an ${words}` : `a ${words}`);
const quarter = (n: number) => Math.round(n * 4) / 4;

function education(prng: Prng, code: string, jobZone: number | null): EducationLevel | null {
  if (code === '29-1141.00') return 'associate';
  switch (jobZone) {
    case 1:
      return prng.chance(0.5) ? null : 'less_than_high_school';
    case 2:
      return 'high_school';
    case 3:
      return prng.pick(['high_school', 'vocational_certificate', 'associate'] as const);
    case 4:
      return 'bachelor';
    case 5:
      return 'master';
    default:
      return null;
  }
}

function experience(prng: Prng, jobZone: number | null): number | null {
  const choices: Record<number, readonly (number | null)[]> = {
    1: [null, 0],
    2: [null, 0, 6, 12],
    3: [6, 12, 24],
    4: [12, 24, 36],
    5: [36, 60],
  };
  return prng.pick(choices[jobZone ?? 2] ?? [null]);
}

/** Salaried: BLS reports only annual wages, or a job zone 4–5 occupation outside health care. */
function paidByYear(code: string, jobZone: number | null): boolean {
  const group = code.slice(0, 2);
  return wagesFor(code)?.[3] === 1 || ((jobZone ?? 0) >= 4 && group !== '29' && group !== '31');
}

function pay(
  prng: Prng,
  code: string,
  jobZone: number | null,
): Pick<PostingContent, 'payMin' | 'payMax' | 'payUnit'> {
  const wages = wagesFor(code);
  if (!wages || prng.chance(0.06)) return { payMin: null, payMax: null, payUnit: null };
  // Kentucky pays somewhat under the national median.
  const median = wages[1] * (0.86 + prng.next() * 0.14);
  const yearly = paidByYear(code, jobZone);
  const low = 0.9 + prng.next() * 0.05;
  const high = 1.08 + prng.next() * 0.12;
  const single = prng.chance(0.15);
  if (yearly) {
    const min = Math.round((median * 2080 * low) / 500) * 500;
    const max = single ? min : Math.round((median * 2080 * high) / 500) * 500;
    return { payMin: min, payMax: max, payUnit: 'year' };
  }
  const min = quarter(median * low);
  return { payMin: min, payMax: single ? min : quarter(median * high), payUnit: 'hour' };
}

function license(prng: Prng, code: string) {
  if (code === '53-3032.00') {
    const endorsements: PostingContent['endorsements'] = prng.chance(0.3)
      ? ['hazardous_materials', 'tank_vehicle']
      : [];
    return { licenseClass: 'cdl_a' as const, endorsements };
  }
  if (code === '53-3051.00') {
    return {
      licenseClass: 'cdl_b' as const,
      endorsements: ['passenger', 'school_bus', 'air_brakes'] as PostingContent['endorsements'],
    };
  }
  if (code === '49-3031.00' && prng.chance(0.3)) {
    return { licenseClass: 'cdl_b' as const, endorsements: [] };
  }
  if (code.startsWith('53-3') || (code.startsWith('31-1122') && prng.chance(0.6))) {
    return { licenseClass: 'regular' as const, endorsements: [] };
  }
  return { licenseClass: null, endorsements: [] };
}

/** A posting for an occupation (an O*NET-SOC code the catalog has, with task statements). */
export function buildPostingContent(prng: Prng, code: string, place: PostingPlace): PostingContent {
  const occ = occupation(code);
  if (!occ) throw new Error(`${code} is not in the O*NET catalog`);
  const group = code.slice(0, 2);
  // A salaried opening is a full-time one.
  const partTime = !paidByYear(code, occ.jobZone) && prng.chance(PART_TIME_SHARE[group] ?? 0.08);
  const shift: Shift = prng.pick(SHIFTS_BY_GROUP[group] ?? (['day', 'day', 'day', 'any'] as const));
  const base = prng.pick(postingTitles(code));
  const shiftWord = SHIFT_WORDS[shift];
  const title =
    shiftWord && prng.chance(0.4)
      ? `${base} - ${shiftWord}`
      : partTime && prng.chance(0.5)
        ? `Part-Time ${base}`
        : base;
  const where = place.city ? `${place.city}, Kentucky` : 'Kentucky';
  const tasks = draftDuties(code, 10);
  const duties = prng.sample(tasks, Math.min(tasks.length, prng.int(4, 6)));
  // In the catalog's order (core tasks first), as an employer would list them.
  duties.sort((a, b) => tasks.indexOf(a) - tasks.indexOf(b));
  const educationLevel = education(prng, code, occ.jobZone);
  const nurses = code === '29-1141.00' || code === '29-2061.00';
  const hoursPerWeek = partTime ? prng.int(16, 30) : nurses && prng.chance(0.5) ? 36 : 40;
  const schedule = partTime
    ? `This is a part-time position, about ${hoursPerWeek} hours a week`
    : `This is a full-time position, ${hoursPerWeek} hours a week`;
  const shiftText = shift === 'any' ? 'with flexible shifts' : `on the ${shift} shift`;
  const description = [
    prng.pick(INTROS)(place.employerName, article(base), where),
    '',
    'What you will do:',
    ...duties.map((task) => `- ${task}`),
    '',
    `${schedule}, ${shiftText}.`,
    EDUCATION_WORDS[educationLevel ?? 'less_than_high_school'] ?? 'No diploma is required.',
    prng.pick(CLOSINGS),
  ].join('\n');
  const weekend = shift !== 'day' || ['35', '41', '29', '31', '33'].includes(group);
  return {
    title,
    description,
    onetCode: code,
    onetTitle: occ.title,
    ...pay(prng, code, occ.jobZone),
    hoursPerWeek,
    employmentType: partTime ? 'part_time' : 'full_time',
    shift,
    workDays: shift === 'any' || weekend ? ALL_DAYS.slice(0, prng.int(5, 7)) : WEEKDAYS,
    experienceMonths: experience(prng, occ.jobZone),
    educationLevel,
    ...license(prng, code),
    keyboardingWpm: group === '43' && prng.chance(0.3) ? prng.pick([30, 35, 40, 45]) : null,
  };
}

import type { GrantKey } from '@onestop/contracts';

/** Demo logins (README lists them). Demo mode only: never created against a real database by default. */
export const DEMO_PASSWORD = 'demo-password-1';

interface DemoOffice {
  code: string;
  name: string;
  central?: boolean;
}
interface DemoArea {
  code: string | null;
  name: string;
  offices: DemoOffice[];
}

/** A state (KY) with two local workforce areas and four offices, one of them the Central Office. */
export const DEMO_AREAS: DemoArea[] = [
  {
    code: null,
    name: 'State',
    offices: [{ code: 'CO', name: 'Central Office (Frankfort)', central: true }],
  },
  {
    code: 'BG',
    name: 'Bluegrass Local Area',
    offices: [
      { code: 'LEX', name: 'Lexington Career Center' },
      { code: 'GEO', name: 'Georgetown Career Center' },
    ],
  },
  {
    code: 'CU',
    name: 'Cumberlands Local Area',
    offices: [{ code: 'LON', name: 'London Career Center' }],
  },
];

export interface DemoStaff {
  email: string;
  name: string;
  role: string;
  /** The first is the default office. */
  offices: string[];
  grants: GrantKey[];
  listed?: boolean;
}

export const DEMO_STAFF: DemoStaff[] = [
  {
    email: 'admin@demo.test',
    name: 'Avery Administrator',
    role: 'administrator',
    offices: ['CO', 'LEX', 'GEO', 'LON'],
    grants: ['central_office', 'program_enrollment', 'job_posting_entry', 'ssn_reveal'],
    listed: true,
  },
  {
    email: 'casemanager@demo.test',
    name: 'Casey Morgan',
    role: 'case_manager',
    offices: ['LEX', 'GEO'],
    grants: ['program_enrollment'],
    listed: true,
  },
  {
    email: 'bsr@demo.test',
    name: 'Blake Rivera',
    role: 'business_services',
    offices: ['LEX'],
    grants: ['job_posting_entry'],
    listed: true,
  },
  {
    email: 'vetrep@demo.test',
    name: 'Victor Ramos',
    role: 'veterans_rep',
    offices: ['GEO', 'LEX'],
    grants: ['program_enrollment'],
    listed: true,
  },
  {
    email: 'supervisor@demo.test',
    name: 'Sam Patel',
    role: 'supervisor',
    offices: ['LEX', 'GEO'],
    grants: ['program_enrollment', 'job_posting_entry', 'ssn_reveal'],
    listed: true,
  },
  {
    email: 'central@demo.test',
    name: 'Chris Taylor',
    role: 'central_office',
    offices: ['CO'],
    grants: ['central_office', 'job_posting_entry', 'ssn_reveal'],
    listed: true,
  },
  {
    email: 'frontdesk@demo.test',
    name: 'Jordan Lee',
    role: 'new_staff',
    offices: ['LEX'],
    grants: [],
    listed: true,
  },
  {
    email: 'london.cm@demo.test',
    name: 'Dana Whitaker',
    role: 'case_manager',
    offices: ['LON'],
    grants: ['program_enrollment'],
  },
  {
    email: 'london.supervisor@demo.test',
    name: 'Morgan Hayes',
    role: 'supervisor',
    offices: ['LON'],
    grants: ['program_enrollment'],
  },
  {
    email: 'georgetown.bsr@demo.test',
    name: 'Riley Chen',
    role: 'business_services',
    offices: ['GEO'],
    grants: [],
  },
];

/** The demo job seeker with a portal sign-in (the staff's password), one of the demo seekers. */
export const DEMO_SEEKER_EMAIL = 'seeker@demo.test';

/** The demo employer user (the staff's password), of the first active demo employer. */
export const DEMO_EMPLOYER_EMAIL = 'employer@demo.test';

/**
 * The sign-ins printed at start: the listed staff and, when the demo has job seekers (and with
 * them employers), the seeker's portal sign-in (at /portal) and the employer's (at /employer).
 */
export function demoSignInLines(withSeeker: boolean): string[] {
  return [
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_STAFF.filter((p) => p.listed).map((p) => `  ${p.email.padEnd(24)} ${p.role}`),
    ...(withSeeker
      ? [
          `  ${DEMO_SEEKER_EMAIL.padEnd(24)} job seeker (portal, /portal)`,
          `  ${DEMO_EMPLOYER_EMAIL.padEnd(24)} employer (employer portal, /employer)`,
        ]
      : []),
  ];
}

import { INDUSTRIES_WEIGHTED, industry, syntheticFein, type Industry } from './employer-industries';
import { EMPLOYER_PLACES } from './demo-occupations';
import { KY_PLACES, KY_PLACES_WEIGHTED, STREETS, type KyPlace } from './ky-places';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './person-names';
import { Prng } from './prng';

/**
 * The demo's employers (EMP-1 … EMP-8): Kentucky businesses spread over the demo offices' areas,
 * each with contacts, establishments, account owners and some history of services. A few play a
 * part the demo shows: the warehouses near Frankfort (forklift jobs within 25 miles of 40601), a
 * freight company in Paducah (far from every office), an auto parts plant with a labor dispute
 * (JOB-11), a staffing agency (JOB-12) and two self-registrations waiting for the central office
 * (EMP-5). The same on every fresh database.
 */

export type DemoOfficeCode = 'LEX' | 'GEO' | 'LON' | 'CO';

export interface DemoContact {
  id: string;
  firstName: string;
  lastName: string;
  title: string;
  phone: string;
  email: string;
  isPrimary: boolean;
}

export interface DemoLocation {
  id: string;
  name: string;
  address1: string;
  place: KyPlace;
  contactId: string;
}

export type DemoRole = 'frankfort-warehouse' | 'far-away' | 'labor-dispute' | 'staffing-agency';

export interface DemoEmployer {
  id: string;
  legalName: string;
  tradeName: string | null;
  fein: string;
  industry: Industry;
  place: KyPlace;
  address1: string;
  /** The career center serving it; CO where no demo office is near. Null: not chosen yet (EMP-5). */
  office: DemoOfficeCode | null;
  status: 'active' | 'pending_approval';
  source: 'staff' | 'self_service';
  sizeClass: string;
  website: string;
  phone: string;
  email: string;
  createdDaysAgo: number;
  contacts: DemoContact[];
  locations: DemoLocation[];
  role: DemoRole | null;
  /** Occupations its postings are for, when the demo needs particular ones. */
  hires: readonly string[];
}

export const DEMO_EMPLOYER_COUNT = 60;

interface Special {
  legalName: string;
  tradeName?: string;
  industry: string;
  zip: string;
  role?: DemoRole;
  hires?: string[];
  pending?: { office: DemoOfficeCode | null };
}

const SPECIALS: readonly Special[] = [
  {
    legalName: 'Capital City Distribution Center LLC',
    industry: 'warehousing',
    zip: '40601',
    role: 'frankfort-warehouse',
    hires: ['53-7051.00', '53-7051.00', '53-7062.00', '53-7065.00', '53-1042.00'],
  },
  {
    legalName: 'Elkhorn Logistics Inc.',
    industry: 'warehousing',
    zip: '40324',
    role: 'frankfort-warehouse',
    hires: ['53-7051.00', '53-7062.00', '43-5071.00'],
  },
  {
    legalName: 'Kentucky River Distilling Company',
    industry: 'distillery',
    zip: '40342',
  },
  {
    legalName: 'Purchase Area Freight Lines LLC',
    tradeName: 'Purchase Freight',
    industry: 'trucking',
    zip: '42001',
    role: 'far-away',
    hires: ['53-7051.00', '53-3032.00', '53-7062.00'],
  },
  {
    legalName: 'Thoroughbred Automotive Components Inc.',
    industry: 'auto-parts',
    zip: '40324',
    role: 'labor-dispute',
    // JOB-11: none of these is the assembly work at issue in its dispute.
    hires: ['51-4121.00', '53-7051.00', '51-9061.00', '49-9071.00', '51-4041.00'],
  },
  {
    legalName: 'Bluegrass Workforce Staffing LLC',
    industry: 'staffing',
    zip: '40505',
    role: 'staffing-agency',
  },
  {
    legalName: 'Cumberland Valley Regional Medical Center',
    industry: 'hospital',
    zip: '40741',
  },
  {
    legalName: 'Red River Heating and Air LLC',
    industry: 'hvac',
    zip: '40391',
    pending: { office: null },
  },
  {
    legalName: 'Laurel Ridge Family Medicine PLLC',
    industry: 'clinic',
    zip: '40744',
    pending: { office: 'LON' },
  },
];

/** The labor dispute recorded against the 'labor-dispute' employer (JOB-11). */
export const DEMO_LABOR_DISPUTE = {
  startedDaysAgo: 45,
  description: 'Strike by production workers after the collective bargaining agreement expired.',
  positionsAtIssue: 'Assembly line production workers',
  positionCodes: ['51-2092.00'],
  positionTitles: ['Production Associate', 'Assembler', 'Assembly Line Worker'],
};

const CONTACT_TITLES = [
  'Human Resources Manager',
  'Recruiter',
  'Hiring Manager',
  'Office Manager',
  'Operations Manager',
  'Owner',
  'Talent Acquisition Specialist',
];

const SITE_WORDS: Readonly<Record<string, string>> = {
  warehousing: 'Warehouse',
  trucking: 'Terminal',
  'auto-parts': 'Plant',
  'metal-fabrication': 'Shop',
  'food-manufacturing': 'Plant',
  distillery: 'Distillery',
  hospital: 'Campus',
  clinic: 'Clinic',
  grocery: 'Store',
  hardware: 'Store',
  restaurant: 'Restaurant',
  schools: 'School',
};

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 30);

const phoneAt = (prng: Prng, place: KyPlace) =>
  `(${place.areaCode}) 555-01${String(prng.int(0, 99)).padStart(2, '0')}`;

/** Places served by the same office (or, for far-away places, the place itself and its region). */
function nearbyPlaces(place: KyPlace): readonly KyPlace[] {
  const same = KY_PLACES.filter((p) => p.office === place.office && p.office !== null);
  return same.length > 0 ? same : [place];
}

/**
 * A business name for an industry at a place: "Bluegrass Distribution Center LLC", "Whitaker
 * Trucking Inc.", "Franklin County Schools". Where the place's city or county is unknown, a demo
 * place lends its own.
 */
export function employerName(
  prng: Prng,
  ind: Industry,
  at: { city: string | null; county: string | null },
): string {
  const word = prng.pick(ind.names);
  const fallback = at.city && at.county ? null : prng.pick(KY_PLACES);
  const city = at.city ?? fallback?.city ?? 'Kentucky';
  const county = at.county ?? fallback?.county ?? 'Franklin';
  if (ind.ownership === 'local_government') {
    return word.startsWith('Independent') ? `${city} ${word}` : `${county} ${word}`;
  }
  const lead = prng.chance(0.5)
    ? prng.pick(EMPLOYER_PLACES)
    : prng.chance(0.5)
      ? city
      : prng.pickCommon(LAST_NAMES, 1.3);
  const legal =
    ind.ownership === 'private_nonprofit'
      ? ', Inc.'
      : ` ${prng.pick(['LLC', 'Inc.', 'LLC', 'Co.'])}`;
  return `${lead} ${word}${/(Company|Credit Union)$/.test(word) ? '' : legal}`;
}

function nameOf(prng: Prng, ind: Industry, place: KyPlace, taken: Set<string>): string {
  for (;;) {
    const name = employerName(prng, ind, place);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function contactsFor(prng: Prng, domain: string, place: KyPlace, count: number): DemoContact[] {
  const titles = prng.sample(CONTACT_TITLES, count);
  return titles.map((title, i) => {
    const female = prng.chance(0.55);
    const firstName = prng.pickCommon(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, 1.5);
    const lastName = prng.pickCommon(LAST_NAMES, 1.5);
    return {
      id: prng.uuid(),
      firstName,
      lastName,
      title,
      phone: phoneAt(prng, place),
      email: `${firstName}.${lastName}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      isPrimary: i === 0,
    };
  });
}

function employerAt(
  prng: Prng,
  legalName: string,
  ind: Industry,
  place: KyPlace,
  extra: Partial<DemoEmployer>,
  k: number,
): DemoEmployer {
  const domain = `${slug(extra.tradeName ?? legalName)}.example`;
  const contacts = contactsFor(prng, domain, place, prng.int(1, 4));
  const address1 = `${prng.int(100, 9899)} ${prng.pick(STREETS)}`;
  const site = SITE_WORDS[ind.key] ?? 'Office';
  const others = prng.sample(
    nearbyPlaces(place).filter((p) => p.city !== place.city),
    prng.int(0, 2),
  );
  const locations: DemoLocation[] = [place, ...others].map((at, i) => ({
    id: prng.uuid(),
    name: `${at.city} ${site}`,
    address1: i === 0 ? address1 : `${prng.int(100, 9899)} ${prng.pick(STREETS)}`,
    place: at,
    contactId: (contacts[i % contacts.length] as DemoContact).id,
  }));
  return {
    id: prng.uuid(),
    legalName,
    tradeName: null,
    fein: syntheticFein(k),
    industry: ind,
    place,
    address1,
    office: place.office ?? 'CO',
    status: 'active',
    source: 'staff',
    sizeClass: prng.pick(ind.sizes),
    website: `https://www.${domain}`,
    phone: phoneAt(prng, place),
    email: `jobs@${domain}`,
    createdDaysAgo: prng.int(60, 900),
    contacts,
    locations,
    role: null,
    hires: ind.hires,
    ...extra,
  };
}

/** The demo employers: the special ones first, then ordinary ones up to DEMO_EMPLOYER_COUNT. */
export function buildDemoEmployers(count = DEMO_EMPLOYER_COUNT): DemoEmployer[] {
  const prng = new Prng(0xe3b1_0001);
  const taken = new Set<string>();
  const out: DemoEmployer[] = [];
  for (const s of SPECIALS) {
    const place = KY_PLACES.find((p) => p.zip === s.zip) as KyPlace;
    const ind = industry(s.industry);
    taken.add(s.legalName);
    out.push(
      employerAt(
        prng,
        s.legalName,
        ind,
        place,
        {
          tradeName: s.tradeName ?? null,
          role: s.role ?? null,
          hires: s.hires ?? ind.hires,
          ...(s.pending
            ? {
                status: 'pending_approval',
                source: 'self_service',
                office: s.pending.office,
                createdDaysAgo: prng.int(1, 6),
              }
            : {}),
        },
        out.length,
      ),
    );
  }
  while (out.length < count) {
    const ind = prng.pick(INDUSTRIES_WEIGHTED);
    // The first ones at places the demo offices serve, where the demo's staff work.
    const place = prng.chance(0.8)
      ? prng.pick(KY_PLACES_WEIGHTED.filter((p) => p.office !== null))
      : prng.pick(KY_PLACES_WEIGHTED);
    out.push(employerAt(prng, nameOf(prng, ind, place, taken), ind, place, {}, out.length));
  }
  return out;
}

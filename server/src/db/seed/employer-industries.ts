/**
 * Kinds of Kentucky employer for the demo and synthetic employers: the NAICS code their
 * establishments carry, the words their names end in, and the O*NET occupations they hire for
 * (first ones most often). A unit test checks every code against the O*NET catalog and the wage
 * table.
 */
export type Ownership = 'private_for_profit' | 'private_nonprofit' | 'local_government';

export interface Industry {
  key: string;
  naics: string;
  /** Words after the place or family name: "Bluegrass Distribution Center". */
  names: readonly string[];
  /** Occupations its postings are for, most common first. */
  hires: readonly string[];
  ownership: Ownership;
  sizes: readonly string[];
  /** How common among employers, relative to the others. */
  weight: number;
}

const ind = (
  key: string,
  naics: string,
  weight: number,
  names: string[],
  hires: string[],
  sizes: string[] = ['20-49', '50-99', '100-249'],
  ownership: Ownership = 'private_for_profit',
): Industry => ({ key, naics, names, hires, ownership, sizes, weight });

export const INDUSTRIES: readonly Industry[] = [
  ind(
    'warehousing',
    '493110',
    5,
    ['Distribution Center', 'Logistics', 'Fulfillment', 'Warehousing'],
    ['53-7051.00', '53-7062.00', '53-7065.00', '43-5071.00', '53-1042.00', '49-9071.00'],
    ['100-249', '250-499', '500-999'],
  ),
  ind(
    'trucking',
    '484121',
    4,
    ['Trucking', 'Freight Lines', 'Transport', 'Carriers'],
    ['53-3032.00', '53-3033.00', '49-3031.00', '53-7062.00', '43-5071.00'],
  ),
  ind(
    'auto-parts',
    '336390',
    4,
    ['Automotive Components', 'Precision Parts', 'Auto Systems'],
    [
      '51-2092.00',
      '51-4121.00',
      '53-7051.00',
      '51-9061.00',
      '51-4041.00',
      '51-1011.00',
      '49-9071.00',
      '17-3026.00',
    ],
    ['250-499', '500-999', '1000+'],
  ),
  ind(
    'metal-fabrication',
    '332710',
    3,
    ['Fabrication', 'Machine Works', 'Steel', 'Tool and Die'],
    ['51-4121.00', '51-4041.00', '51-9061.00', '51-2092.00', '53-7051.00', '51-1011.00'],
  ),
  ind(
    'food-manufacturing',
    '311812',
    2,
    ['Foods', 'Baking Company', 'Provisions'],
    ['51-3011.00', '51-2092.00', '51-9198.00', '53-7062.00', '53-7051.00', '49-9071.00'],
  ),
  ind(
    'distillery',
    '312140',
    2,
    ['Distilling Company', 'Bourbon Company', 'Spirits'],
    ['51-9198.00', '53-7051.00', '51-9061.00', '19-4031.00', '53-7062.00', '49-9071.00'],
  ),
  ind(
    'hospital',
    '622110',
    3,
    ['Regional Medical Center', 'Health System', 'Community Hospital'],
    [
      '29-1141.00',
      '29-2061.00',
      '31-1131.00',
      '29-2052.00',
      '29-2034.00',
      '31-9092.00',
      '43-4171.00',
      '37-2011.00',
      '35-2012.00',
    ],
    ['500-999', '1000+'],
    'private_nonprofit',
  ),
  ind(
    'nursing-home',
    '623110',
    3,
    ['Nursing and Rehabilitation', 'Senior Living', 'Care Center'],
    ['31-1131.00', '29-2061.00', '29-1141.00', '31-1122.00', '37-2011.00', '35-2012.00'],
  ),
  ind(
    'home-health',
    '621610',
    2,
    ['Home Health', 'Home Care'],
    ['31-1122.00', '29-1141.00', '29-2061.00', '31-1131.00'],
  ),
  ind(
    'clinic',
    '621111',
    2,
    ['Family Clinic', 'Family Medicine', 'Primary Care'],
    ['31-9092.00', '29-1141.00', '43-4171.00', '29-1171.00', '11-9111.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'grocery',
    '445110',
    3,
    ['Market', 'Grocery', 'Foods Market'],
    ['41-2011.00', '53-7065.00', '41-2031.00', '41-1011.00', '35-2021.00'],
    ['50-99', '100-249'],
  ),
  ind(
    'hardware',
    '444140',
    2,
    ['Hardware', 'Farm and Home Supply', 'Building Supply'],
    ['41-2031.00', '41-2011.00', '53-7065.00', '53-7051.00', '41-1011.00'],
  ),
  ind(
    'restaurant',
    '722511',
    3,
    ['Grill', 'Family Restaurant', 'Barbecue', 'Diner', 'Kitchen'],
    ['35-2014.00', '35-3031.00', '35-2021.00', '35-3023.00', '35-1012.00', '11-9051.00'],
    ['20-49', '50-99'],
  ),
  ind(
    'construction',
    '236220',
    3,
    ['Builders', 'Construction', 'Contracting'],
    ['47-2061.00', '47-2031.00', '47-2073.00', '47-2111.00', '47-2152.00'],
  ),
  ind(
    'electrical',
    '238210',
    1,
    ['Electric', 'Electrical Contractors'],
    ['47-2111.00', '47-2061.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'hvac',
    '238220',
    2,
    ['Heating and Air', 'Mechanical', 'Plumbing and Heating'],
    ['49-9021.00', '47-2152.00', '47-2061.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'auto-repair',
    '811111',
    2,
    ['Auto Repair', 'Truck Center', 'Auto Service'],
    ['49-3023.00', '49-3031.00', '43-4051.00'],
    ['5-9', '10-19'],
  ),
  ind(
    'contact-center',
    '561422',
    2,
    ['Contact Center', 'Customer Solutions', 'Telecom'],
    ['43-4051.00', '43-1011.00', '43-9061.00'],
    ['250-499', '500-999'],
  ),
  ind(
    'credit-union',
    '522130',
    1,
    ['Credit Union', 'Federal Credit Union'],
    ['43-4051.00', '43-3031.00', '43-6014.00', '13-2011.00'],
    ['50-99', '100-249'],
    'private_nonprofit',
  ),
  ind(
    'schools',
    '611110',
    2,
    ['County Schools', 'Independent Schools'],
    ['25-2021.00', '25-2031.00', '25-9042.00', '53-3051.00', '37-2011.00', '35-2012.00'],
    ['500-999', '1000+'],
    'local_government',
  ),
  ind(
    'child-care',
    '624410',
    2,
    ['Child Care Center', 'Early Learning Center', 'Kids Academy'],
    ['39-9011.00', '25-9042.00', '35-2012.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'janitorial',
    '561720',
    1,
    ['Janitorial Services', 'Property Services', 'Building Maintenance'],
    ['37-2011.00', '49-9071.00'],
  ),
  ind(
    'landscaping',
    '561730',
    1,
    ['Lawn and Landscape', 'Landscaping', 'Grounds Care'],
    ['37-3011.00', '47-2061.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'security',
    '561612',
    1,
    ['Security Services', 'Protective Services'],
    ['33-9032.00'],
    ['50-99', '100-249'],
  ),
  ind(
    'it-services',
    '541512',
    1,
    ['Data Systems', 'IT Services', 'Software'],
    ['15-1232.00', '15-1244.00', '15-1252.00'],
    ['20-49', '50-99'],
  ),
  ind(
    'accounting',
    '541211',
    1,
    ['Accounting Group', 'CPAs', 'Tax and Accounting'],
    ['13-2011.00', '43-3031.00', '43-6014.00', '13-1071.00'],
    ['10-19', '20-49'],
  ),
  ind(
    'farm',
    '111910',
    1,
    ['Farms', 'Cattle Company', 'Orchards'],
    ['45-2092.00', '45-2091.00'],
    ['5-9', '10-19'],
  ),
  ind(
    'corrections',
    '922140',
    1,
    ['Regional Jail', 'Detention Center'],
    ['33-3012.00', '35-2012.00', '31-9092.00'],
    ['100-249'],
    'local_government',
  ),
  ind(
    'social-services',
    '624190',
    1,
    ['Community Action Agency', 'Family Services', 'Youth Services'],
    ['21-1093.00', '21-1021.00', '43-6014.00'],
    ['50-99'],
    'private_nonprofit',
  ),
  ind(
    'staffing',
    '561320',
    2,
    ['Staffing', 'Workforce Solutions', 'Personnel Services'],
    ['53-7062.00', '53-7051.00', '51-2092.00', '43-9061.00', '43-4051.00', '53-7065.00'],
    ['20-49', '50-99'],
  ),
];

export const INDUSTRIES_WEIGHTED: readonly Industry[] = INDUSTRIES.flatMap((industry) =>
  Array.from({ length: industry.weight }, () => industry),
);

export function industry(key: string): Industry {
  const found = INDUSTRIES.find((i) => i.key === key);
  if (!found) throw new Error(`no industry ${key}`);
  return found;
}

/** FEIN prefixes the IRS assigns (a subset of employers.rules' list), Kentucky's 61 among them. */
export const DEMO_FEIN_PREFIXES: readonly string[] = [
  '61',
  '20',
  '26',
  '27',
  '35',
  '45',
  '46',
  '47',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '87',
  '88',
];

/**
 * The nine digits of the k-th synthetic FEIN: a different serial (so a different number) for
 * every k below 10^7.
 */
export function syntheticFein(k: number, prefixes: readonly string[] = DEMO_FEIN_PREFIXES): string {
  const prefix = prefixes[k % prefixes.length] as string;
  // A fixed permutation of the 7-digit serials (the stride is coprime with 10^7), so numbers
  // scatter rather than count up.
  const serial = (k * 7_654_321 + 1_234_567) % 10_000_000;
  return `${prefix}${String(serial).padStart(7, '0')}`;
}

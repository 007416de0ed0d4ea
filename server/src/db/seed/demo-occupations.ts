/**
 * What the demo's job seekers did for a living: O*NET occupations common in Kentucky's workforce,
 * each with the job titles people put on a resume (O*NET's own titles are plural category names),
 * and what goes with them: licenses, majors, employers' kinds of business and everyday skills.
 * A unit test checks every code against the shipped O*NET catalog.
 */
export interface DemoOccupation {
  code: string;
  titles: readonly string[];
  /** How common among the demo's seekers, relative to the others. */
  weight: number;
}

const occ = (code: string, weight: number, ...titles: string[]): DemoOccupation => ({
  code,
  titles,
  weight,
});

export const DEMO_OCCUPATIONS: readonly DemoOccupation[] = [
  occ('53-3032.00', 6, 'Truck Driver', 'CDL-A Driver', 'Tractor-Trailer Driver'),
  occ('53-3033.00', 2, 'Delivery Driver', 'Route Driver'),
  occ('53-3051.00', 1, 'School Bus Driver'),
  occ('53-7062.00', 5, 'Warehouse Associate', 'Material Handler', 'Loader'),
  occ('53-7051.00', 3, 'Forklift Operator'),
  occ('53-7065.00', 3, 'Stocker', 'Order Picker'),
  occ('43-5071.00', 2, 'Shipping and Receiving Clerk', 'Inventory Clerk'),
  occ('51-2092.00', 5, 'Production Associate', 'Assembler', 'Assembly Line Worker'),
  occ('51-2031.00', 1, 'Engine Assembler'),
  occ('51-4121.00', 3, 'Welder', 'MIG Welder', 'Welder Fabricator'),
  occ('51-4041.00', 2, 'CNC Machinist', 'Machinist'),
  occ('51-9061.00', 2, 'Quality Inspector', 'Quality Control Inspector'),
  occ('51-9198.00', 2, 'Production Helper'),
  occ('51-1011.00', 2, 'Production Supervisor', 'Shift Supervisor'),
  occ('51-3011.00', 1, 'Baker'),
  occ('49-3023.00', 2, 'Automotive Technician', 'Auto Mechanic'),
  occ('49-3031.00', 2, 'Diesel Mechanic', 'Diesel Technician'),
  occ('49-9021.00', 2, 'HVAC Technician', 'HVAC Installer'),
  occ('49-9071.00', 3, 'Maintenance Technician', 'Maintenance Worker'),
  occ('49-1011.00', 1, 'Maintenance Supervisor'),
  occ('47-2111.00', 2, 'Electrician', 'Apprentice Electrician'),
  occ('47-2152.00', 1, 'Plumber'),
  occ('47-2031.00', 2, 'Carpenter', 'Framer'),
  occ('47-2061.00', 3, 'Construction Laborer', 'General Laborer'),
  occ('47-2073.00', 1, 'Heavy Equipment Operator'),
  occ('47-4051.00', 1, 'Highway Maintenance Worker'),
  occ('29-1141.00', 4, 'Registered Nurse', 'Staff Nurse', 'Charge Nurse'),
  occ('29-2061.00', 2, 'Licensed Practical Nurse'),
  occ('31-1131.00', 4, 'Certified Nursing Assistant', 'State Registered Nurse Aide'),
  occ('31-1122.00', 3, 'Personal Care Aide', 'Home Health Aide'),
  occ('31-9092.00', 2, 'Medical Assistant'),
  occ('29-2052.00', 1, 'Pharmacy Technician'),
  occ('29-2034.00', 1, 'Radiologic Technologist'),
  occ('31-2021.00', 1, 'Physical Therapist Assistant'),
  occ('29-1171.00', 1, 'Family Nurse Practitioner'),
  occ('29-1051.00', 1, 'Pharmacist'),
  occ('11-9111.00', 1, 'Practice Manager', 'Clinic Manager'),
  occ('41-2031.00', 5, 'Sales Associate', 'Retail Associate'),
  occ('41-2011.00', 5, 'Cashier'),
  occ('41-1011.00', 2, 'Assistant Store Manager', 'Retail Supervisor'),
  occ('41-3091.00', 1, 'Sales Representative'),
  occ('41-4012.00', 1, 'Outside Sales Representative'),
  occ('35-2014.00', 3, 'Line Cook', 'Cook'),
  occ('35-2021.00', 2, 'Prep Cook', 'Kitchen Helper'),
  occ('35-3023.00', 4, 'Crew Member', 'Fast Food Worker'),
  occ('35-3031.00', 3, 'Server', 'Waitress'),
  occ('35-1012.00', 1, 'Kitchen Supervisor', 'Shift Leader'),
  occ('11-9051.00', 1, 'Restaurant Manager'),
  occ('43-4051.00', 4, 'Customer Service Representative', 'Call Center Representative'),
  occ('43-6014.00', 3, 'Administrative Assistant', 'Office Assistant'),
  occ('43-4171.00', 2, 'Receptionist', 'Front Desk Clerk'),
  occ('43-9061.00', 2, 'Office Clerk', 'Data Entry Clerk'),
  occ('43-3031.00', 2, 'Bookkeeper', 'Accounts Payable Clerk'),
  occ('43-1011.00', 1, 'Office Manager'),
  occ('37-2011.00', 3, 'Custodian', 'Janitor'),
  occ('37-3011.00', 2, 'Landscaper', 'Groundskeeper'),
  occ('39-9011.00', 2, 'Childcare Worker', 'Daycare Teacher'),
  occ('39-5012.00', 1, 'Hair Stylist', 'Cosmetologist'),
  occ('33-9032.00', 2, 'Security Officer'),
  occ('33-3012.00', 1, 'Correctional Officer'),
  occ('25-2021.00', 1, 'Elementary School Teacher'),
  occ('25-2031.00', 1, 'High School Teacher'),
  occ('25-9042.00', 1, 'Instructional Assistant', 'Teacher Aide'),
  occ('21-1093.00', 1, 'Case Aide', 'Human Services Assistant'),
  occ('21-1021.00', 1, 'Family Services Social Worker'),
  occ('13-2011.00', 1, 'Staff Accountant', 'Accountant'),
  occ('13-1071.00', 1, 'Human Resources Generalist'),
  occ('13-1151.00', 1, 'Corporate Trainer'),
  occ('11-1021.00', 1, 'Operations Manager', 'General Manager'),
  occ('15-1232.00', 2, 'Help Desk Technician', 'IT Support Specialist'),
  occ('15-1244.00', 1, 'Network Administrator', 'Systems Administrator'),
  occ('15-1252.00', 1, 'Software Developer'),
  occ('17-2141.00', 1, 'Mechanical Engineer'),
  occ('17-3026.00', 1, 'Industrial Engineering Technician'),
  occ('19-4031.00', 1, 'Lab Technician', 'Chemical Technician'),
  occ('23-2011.00', 1, 'Paralegal'),
  occ('27-1024.00', 1, 'Graphic Designer'),
  occ('45-2091.00', 1, 'Farm Equipment Operator'),
  occ('45-2092.00', 1, 'Farmhand', 'Farm Worker'),
];

/** Jobs many people start in; an earlier job on a resume is often one of these. */
export const STARTER_CODES: readonly string[] = [
  '41-2011.00',
  '35-3023.00',
  '53-7065.00',
  '53-7062.00',
  '41-2031.00',
  '47-2061.00',
  '37-2011.00',
];

/** A military job and the O*NET occupation whose tasks describe it. */
export const MILITARY_JOBS: readonly { title: string; code: string }[] = [
  { title: 'Motor Transport Operator', code: '53-3032.00' },
  { title: 'Combat Medic', code: '29-2042.00' },
  { title: 'Wheeled Vehicle Mechanic', code: '49-3031.00' },
  { title: 'Supply Specialist', code: '43-5071.00' },
  { title: 'Military Police', code: '33-3051.00' },
  { title: 'Aircraft Maintenance Technician', code: '49-3011.00' },
  { title: 'Information Technology Specialist', code: '15-1232.00' },
  { title: 'Culinary Specialist', code: '35-2012.00' },
];

/** The branches of the profile's list, with how a resume names them as an employer. */
export const DEMO_MILITARY_BRANCHES: readonly { key: string; employer: string; ranks: string[] }[] =
  [
    { key: 'army', employer: 'U.S. Army', ranks: ['Specialist', 'Sergeant', 'Staff Sergeant'] },
    {
      key: 'army_national_guard',
      employer: 'Kentucky Army National Guard',
      ranks: ['Specialist', 'Sergeant'],
    },
    { key: 'marine_corps', employer: 'U.S. Marine Corps', ranks: ['Corporal', 'Sergeant'] },
    {
      key: 'navy',
      employer: 'U.S. Navy',
      ranks: ['Petty Officer Third Class', 'Petty Officer Second Class'],
    },
    { key: 'air_force', employer: 'U.S. Air Force', ranks: ['Senior Airman', 'Staff Sergeant'] },
  ];

/** Kinds of employer by SOC major group (the code's first two digits); a place name goes in front. */
export const EMPLOYER_KINDS: Readonly<Record<string, readonly string[]>> = {
  '11': ['Holdings', 'Group', 'Enterprises'],
  '13': ['Accounting Group', 'Bank', 'Credit Union', 'Insurance'],
  '15': ['Data Systems', 'IT Services', 'Software'],
  '17': ['Engineering', 'Manufacturing', 'Automotive Components'],
  '19': ['Laboratories', 'Water Company', 'Distilling Company'],
  '21': ['Community Action Agency', 'Family Services', 'Youth Services'],
  '23': ['Law Office', 'Legal Aid', 'Title Company'],
  '25': ['County Schools', 'Independent Schools', 'Learning Center'],
  '27': ['Printing', 'Media', 'Design Studio'],
  '29': ['Regional Medical Center', 'Health System', 'Family Clinic', 'Pharmacy'],
  '31': ['Nursing and Rehabilitation', 'Home Health', 'Family Clinic', 'Senior Living'],
  '33': ['Security Services', 'Regional Jail', 'Detention Center'],
  '35': ['Diner', 'Grill', 'Family Restaurant', 'Catering', 'Barbecue'],
  '37': ['Janitorial Services', 'Lawn and Landscape', 'Property Services'],
  '39': ['Child Care Center', 'Salon', 'Early Learning Center'],
  '41': ['Market', 'Hardware', 'Outfitters', 'Supply', 'Auto Sales'],
  '43': ['Insurance Agency', 'Credit Union', 'Property Management', 'Telecom'],
  '45': ['Farms', 'Cattle Company', 'Orchards', 'Tobacco Farm'],
  '47': ['Builders', 'Construction', 'Roofing', 'Paving', 'Electric'],
  '49': ['Auto Repair', 'Heating and Air', 'Equipment Service', 'Truck Center'],
  '51': ['Manufacturing', 'Fabrication', 'Plastics', 'Automotive Components', 'Foods'],
  '53': ['Trucking', 'Logistics', 'Freight Lines', 'Distribution Center'],
};

/** Place words that start a business name in Kentucky. */
export const EMPLOYER_PLACES: readonly string[] = [
  'Bluegrass',
  'Kentucky River',
  'Cumberland Valley',
  'Commonwealth',
  'Licking Valley',
  'Pennyrile',
  'Big Sandy',
  'Limestone',
  'Thoroughbred',
  'Red River',
  'Barren River',
  'Green River',
  'Ohio Valley',
  'Pine Mountain',
  'Laurel Ridge',
  'Daniel Boone',
  'Elkhorn',
  'Rockcastle',
  'Tri-County',
  'Heartland',
];

/** A license a worker in the occupation (or its SOC group, "g:47") may hold, and how often. */
export interface LicenseHint {
  name: string;
  issuer: string;
  share: number;
  /** Months a license stays valid, or null for one that does not expire. */
  validMonths: number | null;
}

const KBN = 'Kentucky Board of Nursing';
const HBC = 'Kentucky Department of Housing, Buildings and Construction';
const lic = (name: string, issuer: string, share: number, validMonths: number | null = null) => ({
  name,
  issuer,
  share,
  validMonths,
});

export const LICENSE_HINTS: Readonly<Record<string, readonly LicenseHint[]>> = {
  '53-3032.00': [
    lic("Commercial Driver's License (CDL) Class A", 'Kentucky Transportation Cabinet', 0.95, 96),
  ],
  '53-3051.00': [
    lic("Commercial Driver's License (CDL) Class B", 'Kentucky Transportation Cabinet', 0.95, 96),
  ],
  '49-3031.00': [
    lic("Commercial Driver's License (CDL) Class B", 'Kentucky Transportation Cabinet', 0.4, 96),
  ],
  '29-1141.00': [lic('Registered Nurse (RN)', KBN, 1, 24)],
  '29-1171.00': [lic('Registered Nurse (RN)', KBN, 1, 24), lic('APRN License', KBN, 1, 24)],
  '29-2061.00': [lic('Licensed Practical Nurse (LPN)', KBN, 1, 24)],
  '31-1131.00': [lic('State Registered Nurse Aide (SRNA)', KBN, 0.9, 24)],
  '29-2052.00': [
    lic('Certified Pharmacy Technician (CPhT)', 'Pharmacy Technician Certification Board', 0.8, 24),
  ],
  '29-1051.00': [lic('Pharmacist License', 'Kentucky Board of Pharmacy', 1, 24)],
  '29-2034.00': [
    lic('ARRT Radiography Certification', 'American Registry of Radiologic Technologists', 1, 24),
  ],
  '31-9092.00': [
    lic('Certified Medical Assistant (CMA)', 'American Association of Medical Assistants', 0.6, 60),
  ],
  '31-2021.00': [
    lic('Physical Therapist Assistant License', 'Kentucky Board of Physical Therapy', 1, 24),
  ],
  '47-2111.00': [lic('Journeyman Electrician License', HBC, 0.6, 12)],
  '47-2152.00': [lic('Journeyman Plumber License', HBC, 0.8, 12)],
  '49-9021.00': [
    lic('EPA Section 608 Technician Certification', 'U.S. Environmental Protection Agency', 0.9),
  ],
  '51-4121.00': [lic('AWS Certified Welder', 'American Welding Society', 0.5, 6)],
  '53-7051.00': [
    lic('Forklift Operator Certification', 'Employer training (OSHA 1910.178)', 0.9, 36),
  ],
  '39-5012.00': [lic('Cosmetology License', 'Kentucky Board of Cosmetology', 1, 12)],
  '25-2021.00': [
    lic('Kentucky Teaching Certificate', 'Education Professional Standards Board', 1, 60),
  ],
  '25-2031.00': [
    lic('Kentucky Teaching Certificate', 'Education Professional Standards Board', 1, 60),
  ],
  '13-2011.00': [
    lic('Certified Public Accountant (CPA)', 'Kentucky State Board of Accountancy', 0.3, 12),
  ],
  '15-1232.00': [lic('CompTIA A+', 'CompTIA', 0.5, 36)],
  '15-1244.00': [lic('CompTIA Security+', 'CompTIA', 0.5, 36)],
  'g:35': [lic('ServSafe Food Handler', 'National Restaurant Association', 0.4, 36)],
  'g:47': [lic('OSHA 10-Hour Construction Safety', 'OSHA Training Institute', 0.4)],
  'g:51': [lic('OSHA 10-Hour General Industry Safety', 'OSHA Training Institute', 0.3)],
  'g:29': [lic('Basic Life Support (BLS)', 'American Heart Association', 0.7, 24)],
  'g:31': [lic('CPR and First Aid', 'American Red Cross', 0.6, 24)],
  'g:39': [lic('CPR and First Aid', 'American Red Cross', 0.5, 24)],
};

/** Majors by SOC group, for the degree of someone in that line of work. */
export const MAJORS: Readonly<Record<string, readonly string[]>> = {
  '11': ['Business Administration', 'Management'],
  '13': ['Accounting', 'Business Administration', 'Human Resource Management'],
  '15': ['Information Technology', 'Computer Science', 'Computer and Information Technologies'],
  '17': ['Mechanical Engineering', 'Industrial Engineering Technology'],
  '19': ['Chemistry', 'Biology'],
  '21': ['Social Work', 'Human Services'],
  '23': ['Paralegal Studies'],
  '25': ['Elementary Education', 'Secondary Education', 'Early Childhood Education'],
  '27': ['Graphic Design', 'Visual Communication'],
  '29': ['Nursing', 'Health Sciences'],
  '31': ['Medical Assisting', 'Health Sciences'],
  '47': ['Construction Technology', 'Electrical Technology'],
  '49': ['Automotive Technology', 'HVAC Technology', 'Diesel Technology'],
  '51': ['Welding Technology', 'Machine Tool Technology', 'Industrial Maintenance Technology'],
  '53': ['Logistics and Supply Chain', 'Commercial Driving'],
};

/** Everyday skills by SOC group; every resume also gets a couple of the general ones. */
export const GROUP_SKILLS: Readonly<Record<string, readonly string[]>> = {
  '29': [
    'Patient assessment',
    'Electronic health records',
    'Medication administration',
    'Patient education',
  ],
  '31': ['Vital signs', 'Patient care', 'Infection control', 'Electronic health records'],
  '35': ['Food safety', 'Food preparation', 'Cash handling', 'Point of sale systems'],
  '41': ['Cash handling', 'Point of sale systems', 'Merchandising', 'Inventory control'],
  '43': ['Microsoft Office', 'Data entry', 'Scheduling', 'Multi-line phones', 'QuickBooks'],
  '47': ['Blueprint reading', 'Power tools', 'Job site safety', 'Measuring and layout'],
  '49': ['Troubleshooting', 'Preventive maintenance', 'Hand and power tools', 'Electrical systems'],
  '51': ['Lean manufacturing', '5S', 'Quality control', 'Blueprint reading', 'Hand tools'],
  '53': [
    'DOT regulations',
    'Electronic logging devices',
    'Pallet jack',
    'Inventory scanning',
    'Safe driving record',
  ],
  '15': ['Active Directory', 'Windows administration', 'Networking', 'Ticketing systems', 'SQL'],
  '25': ['Lesson planning', 'Classroom management', 'Google Classroom'],
  '37': ['Floor care', 'Commercial cleaning chemicals', 'Mowing and trimming'],
  '39': ['Child development', 'Customer service', 'Scheduling'],
  '13': ['Microsoft Excel', 'Payroll', 'Accounts payable', 'Reconciliations'],
  '11': ['Budgeting', 'Staff supervision', 'Scheduling', 'Microsoft Excel'],
};

export const GENERAL_SKILLS: readonly string[] = [
  'Customer service',
  'Teamwork',
  'Time management',
  'Problem solving',
  'Reliable attendance',
  'Communication',
  'Attention to detail',
  'Training new employees',
];

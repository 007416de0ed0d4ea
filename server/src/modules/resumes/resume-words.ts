/** Word lists that tell a job title from an employer, and a line of heading-like text from prose. */

const TITLE_WORDS = new Set(
  `associate assistant manager supervisor lead driver operator technician tech nurse aide clerk
  cashier specialist engineer developer programmer analyst teacher instructor tutor welder fabricator
  mechanic electrician plumber carpenter laborer worker helper handler picker packer loader attendant
  cook chef server bartender host hostess dishwasher housekeeper janitor custodian representative rep
  agent coordinator administrator director officer sergeant corporal soldier airman sailor
  intern volunteer receptionist secretary bookkeeper accountant cna lpn rn caregiver counselor advisor
  consultant designer writer editor salesperson stocker merchandiser guard trainee apprentice foreman
  installer inspector dispatcher courier cleaner landscaper groundskeeper barista teller
  paraprofessional paraeducator substitute nanny babysitter caretaker therapist phlebotomist hygienist machinist
  assembler owner founder president principal executive recruiter planner estimator superintendent
  coach trainer scientist researcher lineman roofer painter pipefitter millwright crew staff
  preparer processor examiner auditor controller buyer navigator
  medic paramedic emt mover framer operative sorter selector`
    .split(/\s+/)
    .filter(Boolean),
);

const EMPLOYER_WORDS = new Set(
  `inc llc corp corporation company co ltd group services hospital healthcare clinic center
  centre school schools district university college academy institute county department dept agency
  army navy corps bank market markets store stores restaurant restaurants cafe foods logistics
  transportation trucking freight express industries manufacturing solutions systems
  technologies associates partners enterprises holdings international usa america rehab
  rehabilitation living church ministries foundation authority commission
  library farms farm contractors builders motors automotive mills steel supply
  fulfillment hotel inn resort casino salon studio`
    .split(/\s+/)
    .filter(Boolean),
);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Positive when the text reads more like a job title than an employer. */
export function titleLikeness(text: string): number {
  const words = wordsOf(text);
  let score = words.filter((word) => TITLE_WORDS.has(word)).length;
  score -= words.filter((word) => EMPLOYER_WORDS.has(word)).length;
  if (/&|'s\b|’s\b|^the\s|\bof\s+[A-Z]/i.test(text)) score -= 1;
  if (/\bair force\b|\bcoast guard\b|\bmarine corps\b|\bnational guard\b/i.test(text)) score -= 2;
  return score;
}

const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'in',
  'at',
  'for',
  'to',
  'a',
  'an',
  'on',
  'with',
  '&',
]);

/** Share of the words that start with a capital letter or a digit, small words left out. */
export function capitalizedShare(text: string): number {
  const words = text.split(/\s+/).filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((word) => /^[^a-z]/.test(word)).length / words.length;
}

/** A line that ends like a sentence rather than like a name ("Inc." and "Jr." do not count). */
export function endsLikeSentence(text: string): boolean {
  return /[.;!?]$/.test(text) && !/\b(?:inc|co|corp|ltd|llc|jr|sr|st|dept|[A-Z])\.$/i.test(text);
}

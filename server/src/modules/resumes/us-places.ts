/** US states, DC and territories: postal code by lower-case name. */
const STATE_CODES_BY_NAME: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
  guam: 'GU',
  'virgin islands': 'VI',
  'american samoa': 'AS',
  'northern mariana islands': 'MP',
};

const STATE_CODES = new Set(Object.values(STATE_CODES_BY_NAME));

/** "OH", "Ohio" or "ohio" → "OH"; anything else → null. Codes must be upper case, so "in" or "me" in prose never count. */
export function stateCodeOf(text: string): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  if (/^[A-Z]{2}$/.test(trimmed)) return STATE_CODES.has(trimmed) ? trimmed : null;
  return STATE_CODES_BY_NAME[trimmed.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export interface Place {
  city: string;
  state: string;
  zip: string | null;
}

const CITY = String.raw`[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.' -]{0,38}`;
const STATE = String.raw`[A-Za-z][A-Za-z .]{1,24}?`;
const ZIP = String.raw`\d{5}(?:-\d{4})?`;
/** "City, ST 12345" or "City, State" at the end of a text, optionally in parentheses. */
const TRAILING_PLACE = new RegExp(
  String.raw`(?:^|,\s*|\(\s*|\s+[-–—|]\s+)(${CITY}),\s*(${STATE})\.?(?:\s+(${ZIP}))?\s*\)?\s*$`,
);
/** "City ST 12345" without the comma, only believed when a ZIP code follows. */
const TRAILING_PLACE_NO_COMMA = new RegExp(
  String.raw`(?:^|,\s*)(${CITY})\s+([A-Z]{2})\s+(${ZIP})\s*$`,
);

/**
 * Finds a US place at the end of a text ("Amazon, Columbus, OH" → Columbus, OH) and returns it
 * with the text before it. The state must be a real code or name, which keeps "Smith, Jones"
 * from reading as a place.
 */
export function splitTrailingPlace(text: string): { rest: string; place: Place } | null {
  for (const pattern of [TRAILING_PLACE, TRAILING_PLACE_NO_COMMA]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const city = (match[1] ?? '').trim();
    const state = stateCodeOf(match[2] ?? '');
    if (!state || city.split(/\s+/).length > 4 || /\d/.test(city)) continue;
    const rest = text
      .slice(0, match.index)
      .replace(/[\s,(|–—-]+$/, '')
      .trim();
    return { rest, place: { city, state, zip: match[3] ?? null } };
  }
  return null;
}

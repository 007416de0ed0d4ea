/** The 23 major groups of the Standard Occupational Classification, which O*NET-SOC codes share. */
export const OCCUPATION_GROUPS = [
  '11',
  '13',
  '15',
  '17',
  '19',
  '21',
  '23',
  '25',
  '27',
  '29',
  '31',
  '33',
  '35',
  '37',
  '39',
  '41',
  '43',
  '45',
  '47',
  '49',
  '51',
  '53',
  '55',
] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];

export function isOccupationGroup(code: string): code is OccupationGroup {
  return (OCCUPATION_GROUPS as readonly string[]).includes(code);
}

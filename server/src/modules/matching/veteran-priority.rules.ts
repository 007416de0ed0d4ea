/** Veterans' priority of service (VET-1 … VET-4). Pure: the clock is a parameter. */

/**
 * Defaults of settings a state may change: the least stars that earn a veteran-priority alert
 * (VET-2), how long non-veterans wait (VET-3), and how many veterans one opening scores at most.
 */
export const VETERAN_SETTINGS = {
  alertMinStars: 3,
  holdHours: 24,
  scanCap: 5000,
};

/** VET-3: the end of the hold when any veteran was alerted, else none (everyone sees it). */
export function veteranHoldUntil(
  alerted: number,
  openedAt: Date,
  settings: Pick<typeof VETERAN_SETTINGS, 'holdHours'> = VETERAN_SETTINGS,
): Date | null {
  return alerted > 0 ? new Date(openedAt.getTime() + settings.holdHours * 60 * 60 * 1000) : null;
}

export interface VeteranAlertInput {
  firstName: string;
  title: string;
  employerName: string;
  city: string | null;
  stars: number;
  reasons: string[];
  url: string;
  holdHours: number;
}

/** VET-2: the email of a veteran-priority job alert. */
export function veteranAlertEmail(a: VeteranAlertInput): { subject: string; text: string } {
  return {
    subject: `Veteran priority: ${a.title} at ${a.employerName}`,
    text: [
      `Hello ${a.firstName},`,
      '',
      `As a veteran you get priority of service. A new job matches your experience with ${a.stars} of 5 stars, and for the next ${a.holdHours} hours only veterans can see it:`,
      '',
      `  ${a.title} — ${a.employerName}${a.city ? `, ${a.city}` : ''}`,
      `  ${a.url}`,
      '',
      'Why it matches:',
      ...a.reasons.map((r) => `  • ${r}`),
      '',
      'Sign in to the job seeker portal to read it and apply, or ask your job center for help.',
    ].join('\n'),
  };
}

/** SEEK-11: the daily email of new postings for a seeker's saved searches. Pure. */

export interface AlertPosting {
  id: string;
  title: string;
  employerName: string;
  city: string | null;
  state: string | null;
}

export interface AlertSection {
  searchName: string;
  postings: AlertPosting[];
  /** Matches beyond those listed. */
  more: number;
}

/** At most this many postings are listed per search; the rest are counted. */
export const ALERT_POSTINGS_PER_SEARCH = 10;

export function jobAlertEmail(input: {
  firstName: string;
  sections: AlertSection[];
  publicBaseUrl: string;
}): { subject: string; text: string } {
  const ids = new Set(input.sections.flatMap((s) => s.postings.map((p) => p.id)));
  const more = input.sections.reduce((n, s) => n + s.more, 0);
  const total = ids.size + more;
  const base = input.publicBaseUrl.replace(/\/+$/, '');
  const lines = [`Hello ${input.firstName},`, '', 'New jobs were posted for your saved searches.'];
  for (const section of input.sections) {
    if (section.postings.length === 0) continue;
    lines.push('', `${section.searchName}:`);
    for (const p of section.postings) {
      const place = [p.city, p.state].filter(Boolean).join(', ');
      lines.push(
        `- ${p.title}, ${p.employerName}${place ? `, ${place}` : ''}`,
        `  ${base}/jobs/${p.id}`,
      );
    }
    if (section.more > 0) lines.push(`  … and ${section.more} more. Search again to see them all.`);
  }
  lines.push(
    '',
    'To stop these emails, turn off alerts for the search under Saved searches in the job seeker portal.',
  );
  return {
    subject: `${total} new ${total === 1 ? 'job' : 'jobs'} for your saved searches`,
    text: lines.join('\n'),
  };
}

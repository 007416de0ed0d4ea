import { normalizeZip } from '../geo/zip-centroids';
import { POSTING_SETTINGS, type PostingSettings } from './postings.rules';

/**
 * pg_trgm's trigrams, computed the same way here so the rule is testable without a database:
 * lower-cased words of letters and digits, each padded with two spaces before and one after.
 */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of either text, 0..1. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const t of left) if (right.has(t)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export interface DuplicateCandidate {
  id: string;
  employerId: string;
  title: string;
  zip: string | null;
}

/**
 * JOB-3: an employer's live posting with a similar title at the same ZIP is likely the same
 * listing. The caller passes the employer's live postings; this picks the likely ones.
 */
export function likelyDuplicates<T extends DuplicateCandidate>(
  posting: DuplicateCandidate,
  live: readonly T[],
  settings: Pick<PostingSettings, 'duplicateTitleSimilarity'> = POSTING_SETTINGS,
): T[] {
  const zip = posting.zip ? normalizeZip(posting.zip) : null;
  return live.filter(
    (other) =>
      other.id !== posting.id &&
      other.employerId === posting.employerId &&
      (other.zip ? normalizeZip(other.zip) : null) === zip &&
      trigramSimilarity(other.title, posting.title) >= settings.duplicateTitleSimilarity,
  );
}

export function duplicateMessage(found: { recordNumber: string; title: string }[]): string {
  const list = found.map((p) => `${p.recordNumber} "${p.title}"`).join(', ');
  return `This employer already has a similar open posting at the same place: ${list}. Tell the employer the job is already listed rather than posting it twice, or confirm that this is a different job.`;
}

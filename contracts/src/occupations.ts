import { z } from 'zod';
import { onetCode } from './resume';

/* The O*NET 29.2 occupation catalog the product ships (SEEK-7; coding of postings comes later). */

/** GET /occupations/titles: job-title autocomplete (O*NET titles, alternate and short titles). */
export const titleSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(25).default(10),
});
export type TitleSearchQuery = z.infer<typeof titleSearchQuery>;

export const titleMatch = z.object({
  /** The title as the seeker would pick it: an occupation title, alternate title or "RN". */
  title: z.string(),
  code: onetCode,
  occupationTitle: z.string(),
});
export type TitleMatch = z.infer<typeof titleMatch>;

export const titleSearchResult = z.object({ items: z.array(titleMatch) });
export type TitleSearchResult = z.infer<typeof titleSearchResult>;

export const occupationParams = z.object({ code: onetCode });

export const occupationDetail = z.object({
  code: onetCode,
  title: z.string(),
  /** The first sentence of O*NET's description. */
  description: z.string(),
  /** O*NET job zone: 1 (little or no preparation) to 5 (extensive preparation); null if none. */
  jobZone: z.number().int().min(1).max(5).nullable(),
  /** SEEK-7: task statements, Core first, as draft duties the seeker edits (at most 8). */
  tasks: z.array(z.string()),
});
export type OccupationDetail = z.infer<typeof occupationDetail>;

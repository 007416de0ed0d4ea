import type { PortalHome } from '@onestop/contracts';
import { count, eq } from 'drizzle-orm';
import { resumeFiles, resumeJobs, resumes, seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { seekerAudience } from '../job-search/job-search.sql';
import {
  listSavedJobs,
  listSavedSearches,
  recentlyViewed,
} from '../job-search/seeker-jobs.queries';

/** SEEK-11: the seeker's home: résumé status, the latest saved jobs and searches, jobs viewed. */
export async function loadPortalHome(ctx: RequestContext): Promise<PortalHome> {
  const { seekerId } = ctx.requireSeeker();
  const [seeker] = await ctx.db
    .select({ email: seekers.email, placeholder: seekers.emailIsPlaceholder })
    .from(seekers)
    .where(eq(seekers.id, seekerId));
  if (!seeker) throw notFound('record');
  const [resume] = await ctx.db
    .select({ updatedAt: resumes.updatedAt, searchable: resumes.searchable })
    .from(resumes)
    .where(eq(resumes.seekerId, seekerId));
  const [jobs] = await ctx.db
    .select({ n: count() })
    .from(resumeJobs)
    .where(eq(resumeJobs.seekerId, seekerId));
  const [uploads] = await ctx.db
    .select({ n: count() })
    .from(resumeFiles)
    .where(eq(resumeFiles.seekerId, seekerId));
  const audience = await seekerAudience(ctx.db, seekerId);
  const savedJobs = await listSavedJobs(ctx.db, audience, 5);
  return {
    resume: {
      started: Boolean(resume),
      updatedAt: resume?.updatedAt.toISOString() ?? null,
      searchable: resume?.searchable ?? false,
      jobs: jobs?.n ?? 0,
      uploads: uploads?.n ?? 0,
    },
    email: seeker.placeholder ? null : seeker.email,
    emailIsPlaceholder: seeker.placeholder,
    savedJobs: savedJobs.slice(0, 5).map((j) => ({
      postingId: j.postingId,
      title: j.title,
      employer: j.employerName,
      at: j.savedAt,
    })),
    savedSearches: (await listSavedSearches(ctx.db, seekerId))
      .slice(0, 5)
      .map((s) => ({ id: s.id, name: s.name, createdAt: s.createdAt })),
    recentlyViewed: await recentlyViewed(ctx.db, audience),
  };
}

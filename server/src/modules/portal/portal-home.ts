import type { PortalHome } from '@onestop/contracts';
import { count, eq } from 'drizzle-orm';
import { resumeFiles, resumeJobs, resumes, seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';

/**
 * SEEK-11: the seeker's home. Saved jobs, saved searches and recently viewed jobs stay empty until
 * job postings exist (the postings issue fills them); the page already shows where they will be.
 */
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
    savedJobs: [],
    savedSearches: [],
    recentlyViewed: [],
  };
}

import type { SavedResume, SaveResumeRequest } from '@onestop/contracts';
import { domainEvents } from '../../db/schema';
import { tabAllowed } from '../../platform/authz/permissions';
import type { RequestContext } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { loadResume, resumeSnapshot, storeResume } from './resume.store';

async function save(
  ctx: RequestContext,
  seekerId: string,
  input: SaveResumeRequest,
  byStaff: boolean,
) {
  await ctx.mutate(async (tx, audit) => {
    const before = await loadResume(tx, seekerId);
    if (!before) throw notFound('job seeker');
    await storeResume(tx, seekerId, input.resume, input.searchable);
    if (byStaff) {
      // Staff editing a resume counts as a service in the services issue (SVC-2).
      const actor = ctx.requireActor();
      await tx.insert(domainEvents).values({
        type: 'resume.edited_by_staff',
        seekerId,
        staffId: actor.staffId,
        officeId: actor.officeId,
      });
    }
    await audit.record({
      action: 'resume.saved',
      entityType: 'seeker',
      entityId: seekerId,
      before: before.updatedAt ? resumeSnapshot(before) : null,
      after: resumeSnapshot(input),
    });
  });
  return (await loadResume(ctx.db, seekerId)) as SavedResume;
}

/** SEEK-7, SEEK-9, SEEK-10: the seeker views and updates their own resume. */
export const saveOwnResume = (ctx: RequestContext, input: SaveResumeRequest) =>
  save(ctx, ctx.requireSeeker().seekerId, input, false);

/** SEC-3: the resume tab can be withheld from a role; then the resume is not available to it. */
export function assertResumeTab(ctx: RequestContext): void {
  if (!tabAllowed(ctx.requireActor(), 'seekers.resume')) {
    throw forbidden('The resume is not available to your role.');
  }
}

export function saveResumeForSeeker(
  ctx: RequestContext,
  seekerId: string,
  input: SaveResumeRequest,
) {
  assertResumeTab(ctx);
  return save(ctx, seekerId, input, true);
}

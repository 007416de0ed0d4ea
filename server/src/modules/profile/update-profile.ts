import type { SeekerProfile, SeekerProfileFields } from '@onestop/contracts';
import { tabAllowed } from '../../platform/authz/permissions';
import type { RequestContext } from '../../platform/context';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import {
  alienNumberAfter,
  maskOnFile,
  planAlienNumber,
  planEmailChange,
  profileAuditSnapshot,
} from './profile.rules';
import {
  emailUsedByAnother,
  loadProfileRecord,
  lockSeeker,
  storeProfile,
  type AlienNumberView,
} from './profile.store';

const EMAIL_TAKEN =
  'Another job seeker already uses this email. Use a different one, or leave it as it was.';

/** SEC-3: the profile tab can be withheld from a role; then the profile is not available to it. */
export function assertProfileTab(ctx: RequestContext): void {
  if (!tabAllowed(ctx.requireActor(), 'seekers.profile')) {
    throw forbidden('The profile is not available to your role.');
  }
}

/** Degrees, licenses and skills from the resume show on the profile only where the resume may. */
function resumeVisible(ctx: RequestContext): boolean {
  return ctx.actor ? tabAllowed(ctx.actor, 'seekers.resume') : true;
}

/** A unique-index race: another request took the email between our check and our write. */
function isEmailKeyViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, message } = e as {
      code?: string;
      constraint?: string;
      message?: string;
    };
    if (code === '23505' && (constraint ?? message ?? '').includes('seekers_email_key'))
      return true;
  }
  return false;
}

/** SEEK-6: the job seeker reads their own A-number in full; staff read it masked. */
function alienNumberView(ctx: RequestContext): AlienNumberView {
  return ctx.principal?.kind === 'seeker' ? { kind: 'full', vault: ctx.vault } : { kind: 'masked' };
}

async function readProfile(ctx: RequestContext, seekerId: string): Promise<SeekerProfile> {
  const found = await loadProfileRecord(ctx.db, seekerId, {
    withResume: resumeVisible(ctx),
    alienNumber: alienNumberView(ctx),
  });
  if (!found) throw notFound('job seeker');
  return found.profile;
}

async function save(ctx: RequestContext, seekerId: string, input: SeekerProfileFields) {
  try {
    await ctx.mutate(async (tx, audit) => {
      const before =
        (await lockSeeker(tx, seekerId)) &&
        (await loadProfileRecord(tx, seekerId, { withResume: false }));
      if (!before) throw notFound('job seeker');
      const email = planEmailChange(before.emailOnFile, input.contact.email);
      if (email.kind === 'refuse') throw invalid('contact.email', email.message);
      if (email.kind === 'set' && (await emailUsedByAnother(tx, email.email, seekerId))) {
        throw conflict(EMAIL_TAKEN, [{ path: 'contact.email', message: EMAIL_TAKEN }]);
      }
      const alienNumber = planAlienNumber(before.alienNumberOnFile, input.demographics);
      if (alienNumber.kind === 'refuse') throw invalid(alienNumber.path, alienNumber.message);
      await storeProfile(tx, ctx.vault, seekerId, input, { email, alienNumber });
      const maskedBefore = maskOnFile(before.alienNumberOnFile);
      await audit.record({
        action: 'seeker.profile_saved',
        entityType: 'seeker',
        entityId: seekerId,
        before: profileAuditSnapshot(before.profile),
        after: profileAuditSnapshot({
          ...input,
          demographics: {
            ...input.demographics,
            alienRegistrationNumber: alienNumberAfter(maskedBefore, alienNumber),
          },
        }),
      });
    });
  } catch (error) {
    if (isEmailKeyViolation(error))
      throw conflict(EMAIL_TAKEN, [{ path: 'contact.email', message: EMAIL_TAKEN }]);
    throw error;
  }
  return readProfile(ctx, seekerId);
}

/** SEEK-6: the seeker reads their own profile in the portal. */
export const readOwnProfile = (ctx: RequestContext) =>
  readProfile(ctx, ctx.requireSeeker().seekerId);

/** SEEK-6: the seeker keeps their own profile up to date. */
export const saveOwnProfile = (ctx: RequestContext, input: SeekerProfileFields) =>
  save(ctx, ctx.requireSeeker().seekerId, input);

/**
 * SEEK-6 for staff, on the record's Profile tab. SEC-1: a seeker's record is shared by every
 * office, so, like the record itself, it is found by id (an unknown id reads as not found).
 */
export function readProfileForStaff(ctx: RequestContext, seekerId: string) {
  assertProfileTab(ctx);
  return readProfile(ctx, seekerId);
}

export function saveProfileForSeeker(
  ctx: RequestContext,
  seekerId: string,
  input: SeekerProfileFields,
) {
  assertProfileTab(ctx);
  return save(ctx, seekerId, input);
}

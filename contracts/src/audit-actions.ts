/*
 * SEC-9: every action the server writes to the audit trail, and the kinds of record it names.
 * The server's audit writer accepts only these codes, and the web's audit viewer has a label for
 * each (a test checks English and Spanish), so a new action cannot reach the trail unnamed.
 */

export const AUDIT_ACTIONS = [
  // Staff sign-in and session.
  'auth.login',
  'auth.login_failed',
  'auth.login_refused',
  'auth.sign_in_locked',
  'auth.logout',
  'auth.office_switched',
  // Staff accounts and roles.
  'staff.created',
  'staff.updated',
  'staff.deactivated',
  'staff.reactivated',
  'staff.unlocked',
  'staff.password_reset',
  'role.created',
  'role.updated',
  'role.deleted',
  // Job seekers: records, profile and résumé.
  'seeker.registered',
  'seeker.self_registered',
  'seeker.status_changed',
  'seeker.ssn_revealed',
  'seeker.account_converted',
  'seeker.profile_saved',
  'resume.saved',
  'resume.file_uploaded',
  'resume.emailed',
  // Employers: records, contacts, locations, activities, owners, approval, duplicates.
  'employer.created',
  'employer.self_registered',
  'employer.updated',
  'employer.status_changed',
  'employer.approved',
  'employer.rejected',
  'employer.contact_added',
  'employer.contact_updated',
  'employer.location_added',
  'employer.location_updated',
  'employer.activity_recorded',
  'employer.note_added',
  'employer.owner_added',
  'employer.owner_removed',
  'employer.duplicate_inactivated',
  'employer.duplicates_resolved',
  'employer.activity_type_created',
  'employer.activity_type_updated',
  // Job postings (JOB-1 … JOB-15) and labor disputes (JOB-11).
  'posting.created',
  'posting.submitted_by_employer',
  'posting.imported',
  'posting.updated',
  'posting.openings_raised',
  'posting.contact_method_changed',
  'posting.status_changed',
  'posting.approved',
  'posting.refused',
  'posting.duplicated',
  'posting.owner_changed',
  'posting.reserved',
  'posting.reservation_released',
  'posting.removed_from_board',
  'posting.reposted',
  'posting.note_added',
  'posting.labor_dispute_recorded',
  'posting.labor_dispute_verified',
  'posting.labor_dispute_ended',
  'posting.veteran_hold_released',
  // Job seekers' own sign-in to the portal.
  'portal.login',
  'portal.login_failed',
  'portal.login_refused',
  'portal.logout',
  // Job seekers' job search (SEEK-11).
  'portal.job_viewed',
  'portal.job_saved',
  'portal.job_unsaved',
  'portal.search_saved',
  'portal.search_changed',
  'portal.search_deleted',
  'portal.job_alert_sent',
  'employer_portal.user_registered',
  'employer_portal.login',
  'employer_portal.login_failed',
  'employer_portal.login_refused',
  'employer_portal.logout',
  // Referrals (REF-1 … REF-6).
  'referral.made',
  'referral.requested',
  'referral.external_recorded',
  'referral.approved',
  'referral.denied',
  'referral.withdrawn',
  'referral.result_recorded',
  'referral.ui_reviewed',
  'referral.how_to_apply_emailed',
  // Start-up.
  'system.seeded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Codes older versions wrote and the trail still holds (it is append-only): the viewer names
 * them, the server no longer writes them. `auth.account_locked` became `auth.sign_in_locked`.
 */
export const RETIRED_AUDIT_ACTIONS = ['auth.account_locked'] as const;
export type RetiredAuditAction = (typeof RETIRED_AUDIT_ACTIONS)[number];

/** The kinds of record an audit row names (its `entityType`). */
export const AUDIT_ENTITY_TYPES = [
  'staff',
  'role',
  'seeker',
  'employer',
  'employer_activity_type',
  'job_posting',
  'labor_dispute',
  'saved_search',
  'referral',
  'system',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

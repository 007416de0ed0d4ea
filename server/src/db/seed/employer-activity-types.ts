import { employerActivityTypes } from '../schema';
import type { Db } from '../../platform/db/database';

/**
 * EMP-6: the employer services every installation starts with. A state renames, reorders, retires
 * or adds entries on its catalog page; codes stay, because reports count by them.
 */
export const DEFAULT_EMPLOYER_ACTIVITY_TYPES: { code: string; label: string }[] = [
  { code: 'job_order_taken', label: 'Job order taken' },
  { code: 'employer_visit', label: 'Employer visit' },
  { code: 'business_consultation', label: 'Business consultation' },
  { code: 'recruitment_assistance', label: 'Recruitment assistance' },
  { code: 'job_fair', label: 'Job fair or hiring event' },
  { code: 'applicant_screening', label: 'Applicant screening and referral' },
  { code: 'labor_market_information', label: 'Labor market information' },
  { code: 'rapid_response', label: 'Rapid response (layoff or closure)' },
  { code: 'ojt_agreement', label: 'On-the-job training agreement' },
  { code: 'training_services', label: 'Customized or incumbent worker training' },
  { code: 'wotc_information', label: 'Tax credit information (WOTC)' },
  { code: 'workforce_programs_information', label: 'Workforce programs information' },
  { code: 'follow_up', label: 'Follow-up' },
];

/** Reference data, seeded in every mode while the catalog is empty. Returns how many were added. */
export async function seedEmployerActivityTypesIfNone(tx: Db): Promise<number> {
  const [any] = await tx
    .select({ id: employerActivityTypes.id })
    .from(employerActivityTypes)
    .limit(1);
  if (any) return 0;
  await tx
    .insert(employerActivityTypes)
    .values(DEFAULT_EMPLOYER_ACTIVITY_TYPES.map((t, i) => ({ ...t, sortOrder: (i + 1) * 10 })));
  return DEFAULT_EMPLOYER_ACTIVITY_TYPES.length;
}

import type employerPortalEn from '../features/employer-portal/i18n/en.json';
import type jobsEn from '../features/jobs/i18n/en.json';
import type matchingEn from '../features/matching/i18n/en.json';
import type portalEn from '../features/portal/i18n/en.json';
import type postingsEn from '../features/postings/i18n/en.json';
import type referralsEn from '../features/referrals/i18n/en.json';
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en &
        typeof portalEn &
        typeof jobsEn &
        typeof postingsEn &
        typeof employerPortalEn &
        typeof matchingEn &
        typeof referralsEn;
    };
  }
}

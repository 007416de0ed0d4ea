import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import employerPortalEn from '../features/employer-portal/i18n/en.json';
import employerPortalEs from '../features/employer-portal/i18n/es.json';
import jobsEn from '../features/jobs/i18n/en.json';
import jobsEs from '../features/jobs/i18n/es.json';
import matchingEn from '../features/matching/i18n/en.json';
import matchingEs from '../features/matching/i18n/es.json';
import portalEn from '../features/portal/i18n/en.json';
import portalEs from '../features/portal/i18n/es.json';
import postingsEn from '../features/postings/i18n/en.json';
import postingsEs from '../features/postings/i18n/es.json';
import referralsEn from '../features/referrals/i18n/en.json';
import referralsEs from '../features/referrals/i18n/es.json';
import en from './en.json';
import es from './es.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'onestop.language';

/** Intl locales for the two languages; US conventions for both (dates, digits). */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'en';
});

/**
 * The catalogues of each language. Features with many strings keep them in their own files, each
 * under its own top-level key (`portal`), so that they can be edited apart from the app's files.
 */
export const featureCatalogues = [
  { en: portalEn, es: portalEs },
  { en: jobsEn, es: jobsEs },
  { en: postingsEn, es: postingsEs },
  { en: employerPortalEn, es: employerPortalEs },
  { en: matchingEn, es: matchingEs },
  { en: referralsEn, es: referralsEs },
] as const;

export const catalogues = {
  en: {
    ...en,
    ...portalEn,
    ...jobsEn,
    ...postingsEn,
    ...employerPortalEn,
    ...matchingEn,
    ...referralsEn,
  },
  es: {
    ...es,
    ...portalEs,
    ...jobsEs,
    ...postingsEs,
    ...employerPortalEs,
    ...matchingEs,
    ...referralsEs,
  },
};

void i18n.use(initReactI18next).init({
  resources: { en: { translation: catalogues.en }, es: { translation: catalogues.es } },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});

export default i18n;

import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, type Language } from '../i18n';

const NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * The USWDS two-language selector: one button naming the other language in that language, so a
 * reader of either can find it.
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const other: Language = current === 'en' ? 'es' : 'en';
  return (
    <div className="usa-language-container">
      <button
        type="button"
        className="usa-button usa-button--outline onestop-language-button"
        onClick={() => void changeLanguage(other)}
      >
        <span lang={other}>{NAMES[other]}</span>
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../common/domain.js';
import { useLanguage } from '../i18n/use-language.js';

/** FR / NL / EN buttons; each language is named in itself. */
export function LanguageSwitcher({ languages = LANGUAGES }: { languages?: readonly Language[] }) {
  const { t } = useTranslation('common');
  const { current, change } = useLanguage();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t('language.choose')}</legend>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-button"
          aria-pressed={lang === current}
          onClick={() => void change(lang)}
        >
          <span aria-hidden="true">{lang.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.name.${lang}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/domain.js';

const GREETING: Record<Language, string> = { fr: 'Bonjour', nl: 'Goeiedag', en: 'Hello' };

/** Step 1: the language, each button written in its own language. */
export function KioskLanguageStep({
  languages,
  onPick,
}: {
  languages: readonly Language[];
  onPick: (l: Language) => void;
}) {
  const { t } = useTranslation('visits');
  return (
    <section className="kiosk-step" aria-labelledby="k-lang">
      <h1 id="k-lang" className="kiosk-title">
        {t('kiosk.chooseLanguage')}
      </h1>
      <ul className="kiosk-languages">
        {languages.map((lang) => (
          <li key={lang}>
            <button type="button" className="kiosk-language" lang={lang} onClick={() => onPick(lang)}>
              <span className="kiosk-language-hello" aria-hidden="true">
                {GREETING[lang]}
              </span>
              <span className="kiosk-language-name">{t(`common:language.name.${lang}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

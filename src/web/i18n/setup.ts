import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../common/domain.js';
import { catalogueBackend } from './catalogues.js';
import { applyDocumentLanguage, initialLanguage } from './language.js';

/** A missing key shows as ⟦namespace:key⟧ so nobody can miss it on screen or in a browser test. */
export async function setupI18n() {
  const lng = initialLanguage();
  applyDocumentLanguage(lng);
  await i18next
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      lng,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: false,
      parseMissingKeyHandler: (key) => `⟦${key}⟧`,
      react: { useSuspense: true },
    });
  i18next.on('languageChanged', applyDocumentLanguage);
  return i18next;
}

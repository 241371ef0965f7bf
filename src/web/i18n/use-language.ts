import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/domain.js';
import type { Me } from '../../common/schemas/auth.js';
import { api } from '../api/client.js';
import { ME_KEY } from '../auth/session.js';
import { isLanguage, persistLanguage } from './language.js';

/** The current language and a way to change it that persists (and tells the server when signed in). */
export function useLanguage() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const change = async (lang: Language) => {
    persistLanguage(lang);
    await i18n.changeLanguage(lang);
    const me = client.getQueryData<Me | null>(ME_KEY);
    if (me) await api('PUT', '/api/auth/me/language', { body: { language: lang } }).catch(() => undefined);
  };
  return { current, change };
}

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../common/domain.js';

const STORAGE_KEY = 'atrium_lang';
const COOKIE = 'atrium_lang';
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first supported language, else French. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage may be blocked; fall through.
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** Remembers the language (storage and the cookie the server reads) and sets `<html lang dir>`. */
export function persistLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be blocked; the cookie still carries the choice.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie for error titles.
  document.cookie = `${COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  applyDocumentLanguage(lang);
}

export function applyDocumentLanguage(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
}

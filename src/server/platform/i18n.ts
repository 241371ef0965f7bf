import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type Language, DEFAULT_LANGUAGE } from '../../common/domain.js';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../locales');

type Catalogue = { title: Record<string, string>; validation: Record<string, string> };
const errorCatalogues = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(path.join(localesDir, lang, 'errors.json'), 'utf8')) as Catalogue,
  ]),
) as Record<Language, Catalogue>;

function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

const notificationCatalogues = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(path.join(localesDir, lang, 'notifications.json'), 'utf8')) as {
      push: Record<string, string>;
    },
  ]),
) as Record<Language, { push: Record<string, string> }>;

/** A server-sent notification text (e.g. Web Push) in the client's language. */
export function notificationText(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  return interpolate(notificationCatalogues[lang].push[key] ?? key, params);
}

export function errorTitle(lang: Language, code: string, params: Record<string, string | number> = {}): string {
  const text = errorCatalogues[lang].title[code] ?? errorCatalogues[lang].title.internal ?? code;
  return interpolate(text, params);
}

export function validationMessage(lang: Language, code: string, params: Record<string, string | number> = {}) {
  const catalogue = errorCatalogues[lang].validation;
  return interpolate(catalogue[code] ?? catalogue.invalid ?? code, params);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The request's language: the `atrium_lang` cookie, then Accept-Language, then French. */
export function requestLanguage(request: FastifyRequest): Language {
  const cookie = request.cookies?.atrium_lang;
  if (isLanguage(cookie)) return cookie;
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    const ranked = header
      .split(',')
      .map((part) => {
        // `nl-BE ; q=0.8`: the primary subtag, and a weight (1 when absent; unreadable or 0 means "not this one").
        const [range = '', ...params] = part.split(';').map((p) => p.trim());
        const weight = params.find((p) => /^q\s*=/i.test(p));
        const q = weight === undefined ? 1 : Number(weight.replace(/^q\s*=\s*/i, ''));
        return { lang: range.split('-')[0]?.toLowerCase() ?? '', q: Number.isFinite(q) ? q : 0 };
      })
      .filter((r) => r.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { lang } of ranked) if (isLanguage(lang)) return lang;
  }
  return DEFAULT_LANGUAGE;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickText } from '../../../common/agenda/rules.js';
import { LANGUAGES, type Language } from '../../../common/domain.js';
import { formatDateTime } from '../../../common/format.js';
import type { EventRow } from './presenters.js';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../locales');
type MailCatalogue = Record<string, { subject: string; body: string }>;
const catalogues = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    (JSON.parse(readFileSync(path.join(localesDir, lang, 'agenda.json'), 'utf8')) as { mail: MailCatalogue }).mail,
  ]),
) as Record<Language, MailCatalogue>;

export type MailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'cancelled';

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');

/** Subject and body of a registration e-mail in the registrant's language. */
export function mailText(kind: MailKind, lang: Language, event: EventRow, cancelUrl: string, timeZone: string) {
  const entry = catalogues[lang][kind] ?? { subject: kind, body: '' };
  const params = {
    title: pickText(event.title, lang, event.language as Language),
    when: formatDateTime(event.startsAt, lang, timeZone),
    cancelUrl,
  };
  return { subject: fill(entry.subject, params), text: fill(entry.body, params) };
}

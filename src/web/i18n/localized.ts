import type { Language } from '../../common/domain.js';
import type { LocalizedText } from '../../common/schemas/shared.js';

export function localized(text: LocalizedText | undefined, lang: Language): string {
  return text ? text[lang] || text.fr : '';
}

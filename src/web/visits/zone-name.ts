import type { Language } from '../../common/domain.js';
import type { PublicSite } from '../api/site-queries.js';
import { localized } from '../i18n/localized.js';

/** "Waiting area (B)" for a zone code, or the code alone when the zone is unknown. */
export function zoneName(site: Pick<PublicSite, 'zones'> | undefined, code: string | null, lang: Language) {
  if (!code) return null;
  const zone = site?.zones.find((z) => z.code === code);
  return zone ? `${localized(zone.name, lang)} (${code})` : code;
}

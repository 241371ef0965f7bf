import { useTranslation } from 'react-i18next';
import {
  FIELDS,
  LANGUAGES,
  ORGANISATION_KINDS,
  ROLES,
  ROOM_EQUIPMENT,
  STATION_KINDS,
  ZONE_KINDS,
} from '../../../common/domain.js';
import type { Zone } from '../../../common/schemas/sites/places.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import type { Option } from '../../ui/select-field.js';

/** Translated option lists for the stable vocabularies. */
export function useOptions() {
  const { t } = useTranslation('common');
  const { current } = useLanguage();
  const of = (values: readonly string[], prefix: string, suffix = ''): Option[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}${suffix}`) }));
  return {
    lang: current,
    languages: of(LANGUAGES, 'language.name'),
    fields: of(FIELDS, 'field', '.label'),
    roles: of(ROLES, 'role'),
    organisationKinds: of(ORGANISATION_KINDS, 'organisationKind'),
    zoneKinds: of(ZONE_KINDS, 'zoneKind'),
    stationKinds: of(STATION_KINDS, 'stationKind'),
    equipment: of(ROOM_EQUIPMENT, 'equipment'),
    zones: (zones: Zone[] | undefined): Option[] =>
      (zones ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${localized(z.name, current)}` })),
  };
}

import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../../common/schemas/sites/places.js';
import { localized } from '../../../i18n/localized.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';
import { useSiteContext } from './use-site-slug.js';

/** Zones give wayfinding: "waiting area B". */
export function ZonesScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const { base } = useSiteContext();
  const def: ResourceDef<Zone> = {
    resource: 'zones',
    listUrl: `${base}/zones`,
    itemUrl: (z) => `${base}/zones/${z.id}`,
    routeId: (z) => z.id,
    title: (z) => `${z.code} — ${localized(z.name, o.lang)}`,
    defaults: { kind: 'waiting' },
    fields: [
      { kind: 'text', name: 'code' },
      { kind: 'localized', name: 'name' },
      { kind: 'select', name: 'kind', options: o.zoneKinds },
    ],
    columns: [
      { key: 'code', header: t('zones.fields.code'), render: (z) => z.code },
      { key: 'name', header: t('zones.fields.name'), render: (z) => localized(z.name, o.lang) },
      { key: 'kind', header: t('zones.fields.kind'), render: (z) => t(`common:zoneKind.${z.kind}`) },
    ],
  };
  return <ResourceRoutes def={def} />;
}

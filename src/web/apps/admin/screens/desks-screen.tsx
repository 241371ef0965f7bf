import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../../common/schemas/sites/places.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';
import { useSiteContext } from './use-site-slug.js';

/** Counselling desks, numbered, in a zone. */
export function DesksScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const { base, zones } = useSiteContext();
  const zoneOptions = o.zones(zones);
  const def: ResourceDef<Desk> = {
    resource: 'desks',
    listUrl: `${base}/desks`,
    itemUrl: (d) => `${base}/desks/${d.id}`,
    routeId: (d) => d.id,
    title: (d) => d.label,
    defaults: { active: true, zoneId: zones.find((z) => z.kind === 'counselling')?.id ?? null },
    fields: [
      { kind: 'number', name: 'number' },
      { kind: 'text', name: 'label' },
      { kind: 'select', name: 'zoneId', options: zoneOptions, nullable: true },
      { kind: 'boolean', name: 'active' },
    ],
    columns: [
      { key: 'label', header: t('desks.fields.label'), render: (d) => d.label },
      { key: 'number', header: t('desks.fields.number'), numeric: true, render: (d) => d.number },
      {
        key: 'zone',
        header: t('desks.fields.zoneId'),
        render: (d) => zoneOptions.find((z) => z.value === d.zoneId)?.label ?? '—',
      },
      { key: 'active', header: t('desks.fields.active'), render: (d) => (d.active ? t('common:yes') : t('common:no')) },
    ],
  };
  return <ResourceRoutes def={def} />;
}

import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../common/schemas/sites/places.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';
import { useSiteContext } from './use-site-slug.js';

/** Rooms for workshops and events: capacity and equipment. */
export function RoomsScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const { base, zones } = useSiteContext();
  const zoneOptions = o.zones(zones);
  const def: ResourceDef<Room> = {
    resource: 'rooms',
    listUrl: `${base}/rooms`,
    itemUrl: (r) => `${base}/rooms/${r.id}`,
    routeId: (r) => r.id,
    title: (r) => r.name,
    defaults: { active: true, equipment: [], zoneId: zones.find((z) => z.kind === 'rooms')?.id ?? null },
    fields: [
      { kind: 'text', name: 'name' },
      { kind: 'number', name: 'capacity' },
      { kind: 'multi', name: 'equipment', options: o.equipment },
      { kind: 'select', name: 'zoneId', options: zoneOptions, nullable: true },
      { kind: 'boolean', name: 'active' },
    ],
    columns: [
      { key: 'name', header: t('rooms.fields.name'), render: (r) => r.name },
      { key: 'capacity', header: t('rooms.fields.capacity'), numeric: true, render: (r) => r.capacity },
      {
        key: 'equipment',
        header: t('rooms.fields.equipment'),
        render: (r) => r.equipment.map((e) => t(`common:equipment.${e}`)).join(', ') || '—',
      },
      { key: 'active', header: t('rooms.fields.active'), render: (r) => (r.active ? t('common:yes') : t('common:no')) },
    ],
  };
  return <ResourceRoutes def={def} />;
}

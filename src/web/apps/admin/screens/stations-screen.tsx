import { useTranslation } from 'react-i18next';
import type { Station } from '../../../../common/schemas/sites/places.js';
import { SelectField } from '../../../ui/select-field.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';
import { useSiteContext } from './use-site-slug.js';

/** Computers and tablets in the digital space; filter by kind, zone and state to find one among 80. */
export function StationsScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const { base, zones } = useSiteContext();
  const zoneOptions = o.zones(zones);
  const stateOptions = [
    { value: 'ok', label: t('stations.inOrder') },
    { value: 'broken', label: t('stations.outOfOrder') },
  ];
  const def: ResourceDef<Station> = {
    resource: 'stations',
    listUrl: `${base}/stations`,
    itemUrl: (s) => `${base}/stations/${s.id}`,
    routeId: (s) => s.id,
    title: (s) => s.label,
    defaults: {
      kind: 'computer',
      outOfOrder: false,
      note: null,
      zoneId: zones.find((z) => z.kind === 'digital')?.id ?? null,
    },
    fields: [
      { kind: 'text', name: 'label' },
      { kind: 'select', name: 'kind', options: o.stationKinds },
      { kind: 'select', name: 'zoneId', options: zoneOptions, nullable: true },
      { kind: 'boolean', name: 'outOfOrder' },
      { kind: 'text', name: 'note', nullable: true },
    ],
    filter: {
      initial: { kind: '', zone: '', state: '' },
      controls: (state, set) => (
        <>
          <SelectField
            label={t('stations.fields.kind')}
            name="filter-kind"
            value={state.kind ?? ''}
            onChange={(v) => set('kind', v)}
            options={o.stationKinds}
            emptyLabel={t('filter.all')}
          />
          <SelectField
            label={t('stations.fields.zoneId')}
            name="filter-zone"
            value={state.zone ?? ''}
            onChange={(v) => set('zone', v)}
            options={zoneOptions}
            emptyLabel={t('filter.all')}
          />
          <SelectField
            label={t('stations.state')}
            name="filter-state"
            value={state.state ?? ''}
            onChange={(v) => set('state', v)}
            options={stateOptions}
            emptyLabel={t('filter.all')}
          />
        </>
      ),
      apply: (items, { kind, zone, state }) =>
        items.filter(
          (s) =>
            (!kind || s.kind === kind) &&
            (!zone || s.zoneId === zone) &&
            (!state || (state === 'broken') === s.outOfOrder),
        ),
    },
    columns: [
      { key: 'label', header: t('stations.fields.label'), render: (s) => s.label },
      { key: 'kind', header: t('stations.fields.kind'), render: (s) => t(`common:stationKind.${s.kind}`) },
      {
        key: 'zone',
        header: t('stations.fields.zoneId'),
        render: (s) => zoneOptions.find((z) => z.value === s.zoneId)?.label ?? '—',
      },
      {
        key: 'state',
        header: t('stations.state'),
        render: (s) =>
          s.outOfOrder ? (
            <span className="badge badge-warning">{t('stations.outOfOrder')}</span>
          ) : (
            t('stations.inOrder')
          ),
      },
      { key: 'note', header: t('stations.fields.note'), render: (s) => s.note ?? '' },
    ],
  };
  return <ResourceRoutes def={def} />;
}

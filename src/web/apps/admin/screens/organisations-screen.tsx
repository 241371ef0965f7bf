import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../common/format.js';
import type { Organisation } from '../../../../common/schemas/sites/organisation.js';
import { localized } from '../../../i18n/localized.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';

/** Partner organisations: names in three languages, kind, website, share of the funding. */
export function OrganisationsScreen() {
  const { t } = useTranslation('common');
  const o = useOptions();
  const def: ResourceDef<Organisation> = {
    resource: 'organisations',
    listUrl: '/api/organisations',
    itemUrl: (org) => `/api/organisations/${org.id}`,
    routeId: (org) => org.id,
    title: (org) => localized(org.name, o.lang),
    readOnlyOnEdit: ['slug'],
    defaults: { kind: 'partner', website: null, fundingSharePercent: null },
    fields: [
      { kind: 'text', name: 'slug' },
      { kind: 'localized', name: 'name' },
      { kind: 'select', name: 'kind', options: o.organisationKinds },
      { kind: 'text', name: 'website', type: 'url', nullable: true },
      { kind: 'number', name: 'fundingSharePercent', nullable: true },
    ],
    columns: [
      { key: 'name', header: t('admin:organisations.fields.name'), render: (org) => localized(org.name, o.lang) },
      { key: 'kind', header: t('admin:organisations.fields.kind'), render: (org) => t(`organisationKind.${org.kind}`) },
      { key: 'website', header: t('admin:organisations.fields.website'), render: (org) => org.website ?? '—' },
      {
        key: 'share',
        header: t('admin:organisations.fields.fundingSharePercent'),
        numeric: true,
        render: (org) => (org.fundingSharePercent == null ? '—' : formatPercent(org.fundingSharePercent, o.lang)),
      },
    ],
  };
  return <ResourceRoutes def={def} />;
}

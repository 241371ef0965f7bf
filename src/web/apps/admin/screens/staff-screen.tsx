import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../common/schemas/sites/organisation.js';
import type { Site } from '../../../../common/schemas/sites/site.js';
import type { Staff } from '../../../../common/schemas/sites/staff.js';
import { localized } from '../../../i18n/localized.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useList } from '../resource/use-resource.js';
import { useOptions } from '../use-options.js';
import { ResetLinkButton } from './reset-link-button.js';
import { SiteRolesControl } from './site-roles-control.js';
import { StaffCreated } from './staff-created.js';
import { staffFilter } from './staff-filter.js';

/** Staff accounts: organisation, roles per site, languages and fields, contract, training. */
export function StaffScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const orgs = useList<Organisation>('/api/organisations');
  const sites = useList<Site>('/api/sites');
  const orgOptions = (orgs.data ?? []).map((org) => ({ value: org.id, label: localized(org.name, o.lang) }));
  const orgName = (id: string) => orgOptions.find((x) => x.value === id)?.label ?? '—';
  const def: ResourceDef<Staff> = {
    resource: 'staff',
    listUrl: '/api/staff',
    itemUrl: (s) => `/api/staff/${s.id}`,
    routeId: (s) => s.id,
    title: (s) => s.displayName,
    searchText: (s) => `${s.displayName} ${s.email}`,
    defaults: { preferredLanguage: 'fr', contractHours: 38, active: true, trainedOn: null, siteRoles: [] },
    fields: [
      { kind: 'text', name: 'displayName' },
      { kind: 'text', name: 'email', type: 'email' },
      { kind: 'select', name: 'organisationId', options: orgOptions, nullable: true },
      { kind: 'custom', name: 'siteRoles', empty: [] },
      { kind: 'select', name: 'preferredLanguage', options: o.languages },
      { kind: 'multi', name: 'languages', options: o.languages },
      { kind: 'multi', name: 'fields', options: o.fields },
      { kind: 'number', name: 'contractHours' },
      { kind: 'text', name: 'trainedOn', type: 'date', nullable: true },
      { kind: 'boolean', name: 'active' },
    ],
    custom: {
      siteRoles: (props) => <SiteRolesControl {...props} sites={sites.data ?? []} roles={o.roles} />,
    },
    filter: staffFilter(t, orgOptions),
    afterCreate: (result) => <StaffCreated result={result as Parameters<typeof StaffCreated>[0]['result']} />,
    columns: [
      { key: 'name', header: t('staff.fields.displayName'), render: (s) => s.displayName },
      { key: 'org', header: t('staff.fields.organisationId'), render: (s) => orgName(s.organisationId) },
      {
        key: 'roles',
        header: t('staff.fields.siteRoles'),
        render: (s) => [...new Set(s.siteRoles.flatMap((r) => r.roles))].map((r) => t(`common:role.${r}`)).join(', '),
      },
      {
        key: 'langs',
        header: t('staff.fields.languages'),
        render: (s) => s.languages.map((l) => l.toUpperCase()).join(' '),
      },
      {
        key: 'active',
        header: t('staff.fields.active'),
        render: (s) => (s.active ? t('common:yes') : t('common:no')),
      },
    ],
  };
  return <ResourceRoutes def={def} editExtra={(s) => <ResetLinkButton staff={s} />} />;
}

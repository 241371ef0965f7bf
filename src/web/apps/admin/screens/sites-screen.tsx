import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../common/domain.js';
import type { Site } from '../../../../common/schemas/sites/site.js';
import { localized } from '../../../i18n/localized.js';
import type { ResourceDef } from '../resource/resource-def.js';
import { ResourceRoutes } from '../resource/resource-routes.js';
import { useOptions } from '../use-options.js';
import { HoursControl } from './hours-control.js';

const closedWeek = Object.fromEntries(WEEKDAYS.map((d) => [d, []]));

/** Centres: names, address, time zone, languages, fields, opening hours, time limits, colours. */
export function SitesScreen() {
  const { t } = useTranslation('admin');
  const o = useOptions();
  const def: ResourceDef<Site> = {
    resource: 'sites',
    listUrl: '/api/sites',
    createUrl: '/api/admin/sites',
    itemUrl: (s) => `/api/sites/${s.slug}`,
    routeId: (s) => s.slug,
    title: (s) => localized(s.name, o.lang),
    readOnlyOnEdit: ['slug'],
    defaults: {
      timeZone: 'Europe/Brussels',
      languages: ['fr', 'nl', 'en'],
      fields: ['choose', 'train', 'change', 'work', 'create', 'move'],
      openingHours: closedWeek,
      timeLimits: { counsellingMinutes: 30, computerMinutes: 60, tabletMinutes: 30 },
      branding: { primaryColor: '#1f4e8c', accentColor: '#c2410c' },
    },
    fields: [
      { kind: 'text', name: 'slug' },
      { kind: 'localized', name: 'name' },
      { kind: 'text', name: 'address' },
      { kind: 'text', name: 'timeZone' },
      { kind: 'multi', name: 'languages', options: o.languages },
      { kind: 'multi', name: 'fields', options: o.fields },
      { kind: 'custom', name: 'openingHours', empty: closedWeek },
      { kind: 'number', name: 'timeLimits.counsellingMinutes' },
      { kind: 'number', name: 'timeLimits.computerMinutes' },
      { kind: 'number', name: 'timeLimits.tabletMinutes' },
      { kind: 'text', name: 'branding.primaryColor', type: 'color' },
      { kind: 'text', name: 'branding.accentColor', type: 'color' },
    ],
    custom: { openingHours: (props) => <HoursControl {...props} /> },
    columns: [
      { key: 'name', header: t('sites.fields.name'), render: (s) => localized(s.name, o.lang) },
      { key: 'slug', header: t('sites.fields.slug'), render: (s) => s.slug },
      { key: 'address', header: t('sites.fields.address'), render: (s) => s.address },
      {
        key: 'langs',
        header: t('sites.fields.languages'),
        render: (s) => s.languages.map((l) => l.toUpperCase()).join(' '),
      },
    ],
  };
  return <ResourceRoutes def={def} />;
}

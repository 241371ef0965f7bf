import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.js';
import type { Device } from '../../../../common/schemas/sites/device.js';
import { usePublicSite } from '../../../api/site-queries.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { DataTable } from '../../../ui/data-table.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { useList } from '../resource/use-resource.js';
import { DeviceActions } from './device-actions.js';
import { DeviceEnrolForm } from './device-enrol-form.js';
import { type EnrolmentCode, EnrolmentCodePanel } from './enrolment-code.js';
import { useSiteContext } from './use-site-slug.js';

/** Kiosks, displays and station screens: enrol, new code, revoke, status and last seen. */
export function DevicesScreen() {
  const { t } = useTranslation('admin');
  const { current } = useLanguage();
  const { slug, base } = useSiteContext();
  const site = usePublicSite(slug);
  const tz = site.data?.timeZone ?? 'Europe/Brussels';
  const list = useList<Device>(`${base}/devices`);
  const [code, setCode] = useState<EnrolmentCode>();
  const [actionError, setActionError] = useState<unknown>();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, current, tz) : '—');
  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <p className="section-lead">{t('devices.lead')}</p>
      {code && <EnrolmentCodePanel result={code} timeZone={tz} />}
      {actionError !== undefined && <QueryFailed error={actionError} />}
      <div className="panel">
        <DeviceEnrolForm base={base} onCode={setCode} />
      </div>
      {list.isPending && <Loading />}
      {list.isError && <QueryFailed error={list.error} />}
      {list.data && (
        <DataTable
          caption={t('devices.title')}
          items={list.data}
          rowKey={(d) => d.id}
          columns={[
            { key: 'label', header: t('devices.fields.label'), render: (d) => d.label },
            { key: 'kind', header: t('devices.fields.kind'), render: (d) => t(`common:deviceKind.${d.kind}`) },
            {
              key: 'status',
              header: t('devices.status'),
              render: (d) => <span className={`badge badge-${d.status}`}>{t(`devices.statusName.${d.status}`)}</span>,
            },
            { key: 'seen', header: t('devices.lastSeen'), render: (d) => when(d.lastSeenAt) },
            {
              key: 'actions',
              header: t('table.actions'),
              render: (d) => <DeviceActions base={base} device={d} onCode={setCode} onError={setActionError} />,
            },
          ]}
        />
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { Staff } from '../../../common/schemas/sites/staff.js';
import { api } from '../../api/client.js';
import { RequireRole } from '../../auth/require-role.js';
import { DataTable } from '../../ui/data-table.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { StatsLink } from '../manage/stats/stats-link.js';
import { BookingsLink } from './bookings/bookings-link.js';
import { OffersLink } from './offers/offers-link.js';
import { OwnOrganisation } from './own-organisation.js';

function Partner({ me }: { me: Me }) {
  const { t } = useTranslation('apps');
  const staff = useQuery({ queryKey: ['staff', 'own'], queryFn: () => api<Staff[]>('GET', '/api/staff') });
  return (
    <StaffLayout me={me} title={t('partner.title', { name: me.organisation.name })}>
      <BookingsLink to="/partner/bookings" />
      <StatsLink to="/partner/stats" />
      <OffersLink />
      <OwnOrganisation />
      <section className="panel" aria-labelledby="p-staff">
        <h2 id="p-staff">{t('partner.staff')}</h2>
        {staff.data ? (
          <DataTable
            caption={t('partner.staff')}
            items={staff.data}
            rowKey={(s) => s.id}
            columns={[
              { key: 'name', header: t('partner.name'), render: (s) => s.displayName },
              { key: 'email', header: t('partner.email'), render: (s) => s.email },
              {
                key: 'langs',
                header: t('partner.languages'),
                render: (s) => s.languages.map((l) => l.toUpperCase()).join(' '),
              },
              {
                key: 'fields',
                header: t('partner.fields'),
                render: (s) => s.fields.map((f) => t(`common:field.${f}.label`)).join(', '),
              },
            ]}
          />
        ) : (
          <Loading />
        )}
      </section>
    </StaffLayout>
  );
}

export function PartnerApp() {
  return <RequireRole roles={['partner']}>{(me) => <Partner me={me} />}</RequireRole>;
}

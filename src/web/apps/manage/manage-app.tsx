import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { Organisation } from '../../../common/schemas/sites/organisation.js';
import type { Staff } from '../../../common/schemas/sites/staff.js';
import { api } from '../../api/client.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { OpeningHoursTable } from '../../ui/opening-hours.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { StatsLink } from './stats/stats-link.js';
import { CatalogueTagsLink } from './catalogue-tags/tags-link.js';
import { BookingsLink } from '../partner/bookings/bookings-link.js';
import { CoverageTable } from './coverage-table.js';
import { QueueRules } from './queue-rules.js';
import { SpaceSummaryPanel } from '../space-shared/space-summary-panel.js';
import { PlanningLink } from '../planning/planning-link.js';
import { LiveCoveragePanel } from '../planning/today/live-coverage-panel.js';

function Manage({ me }: { me: Me }) {
  const { t } = useTranslation(['apps', 'visits']);
  const { current } = useLanguage();
  const site = usePublicSite(siteFor(me, ['manager'])?.slug);
  const staff = useQuery({ queryKey: ['staff'], queryFn: () => api<Staff[]>('GET', '/api/staff') });
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => api<Organisation[]>('GET', '/api/organisations') });
  if (!site.data || !staff.data || !orgs.data)
    return (
      <StaffLayout me={me} title={t('manage.title')}>
        <Loading />
      </StaffLayout>
    );
  const perOrg = orgs.data
    .map((o) => ({ org: o, n: staff.data.filter((s) => s.active && s.organisationId === o.id).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return (
    <StaffLayout me={me} title={t('manage.title')}>
      <BookingsLink to="/manage/bookings" />
      <StatsLink to="/manage/stats" />
      <CatalogueTagsLink />
      <PlanningLink />
      <LiveCoveragePanel slug={site.data.slug} timeZone={site.data.timeZone} />
      <div className="two-columns">
        <section className="panel" aria-labelledby="m-hours">
          <h2 id="m-hours">{t('manage.hours')}</h2>
          <OpeningHoursTable hours={site.data.openingHours} timeZone={site.data.timeZone} caption={t('manage.hours')} />
        </section>
        <section className="panel" aria-labelledby="m-orgs">
          <h2 id="m-orgs">{t('manage.staffPerOrg')}</h2>
          <table className="data-table">
            <caption className="visually-hidden">{t('manage.staffPerOrg')}</caption>
            <tbody>
              {perOrg.map(({ org, n }) => (
                <tr key={org.id}>
                  <th scope="row">{localized(org.name, current)}</th>
                  <td className="numeric">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section className="panel" aria-labelledby="m-rules">
        <h2 id="m-rules">{t('visits:rules.title')}</h2>
        <p>{t('visits:rules.lead')}</p>
        <QueueRules slug={site.data.slug} fields={site.data.fields} />
      </section>
      <SpaceSummaryPanel slug={site.data.slug} />
      <section className="panel" aria-labelledby="m-cover">
        <h2 id="m-cover">{t('manage.coverage')}</h2>
        <CoverageTable staff={staff.data} fields={site.data.fields} siteId={site.data.id} />
      </section>
    </StaffLayout>
  );
}

export function ManageApp() {
  return <RequireRole roles={['manager']}>{(me) => <Manage me={me} />}</RequireRole>;
}

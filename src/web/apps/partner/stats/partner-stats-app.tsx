import '../../manage/stats/stats.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../common/format.js';
import type { Me } from '../../../../common/schemas/auth.js';
import type { PartnerReport } from '../../../../common/stats/schemas.js';
import { api } from '../../../api/client.js';
import { RequireRole } from '../../../auth/require-role.js';
import { siteFor } from '../../../auth/roles.js';
import { localized } from '../../../i18n/localized.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { cellText } from '../../manage/stats/cell-text.js';
import { type Period, PeriodPicker, type Scope } from '../../manage/stats/period-picker.js';
import { presetPeriod } from '../../manage/stats/period.js';
import { TableScroll } from '../../../ui/table-scroll.js';

/** A partner's own contribution (sessions, hours, events) against its agreed share. */
function PartnerStats({ me }: { me: Me }) {
  const { t } = useTranslation('stats');
  const { current } = useLanguage();
  const slug = siteFor(me, ['partner', 'manager', 'admin'])?.slug ?? 'brussels';
  const [period, setPeriod] = useState<Period>(() => presetPeriod('seven_months'));
  const q = `from=${period.from}&to=${period.to}`;
  const report = useQuery({
    queryKey: ['stats', 'partner', slug, q, current],
    queryFn: () => api<PartnerReport>('GET', `/api/sites/${encodeURIComponent(slug)}/stats/partner?${q}`),
  });
  const r = report.data;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, current));
  return (
    <StaffLayout me={me} title={t('web.partner.title')}>
      <PeriodPicker period={period} scope="site" withScope={false} onChange={(p: Period, _s: Scope) => setPeriod(p)} />
      {report.isPending && <Loading />}
      {report.error && <QueryFailed error={report.error} onRetry={() => void report.refetch()} />}
      {r && (
        <section className="panel" aria-labelledby="partner-title">
          <h2 id="partner-title">{localized(r.organisation.name, current)}</h2>
          <TableScroll label={t('web.partner.caption')}>
            <table className="data-table">
              <caption>{t('web.partner.caption')}</caption>
              <tbody>
                <tr>
                  <th scope="row">{t('measure.sessions')}</th>
                  <td className="numeric">{cellText(r.sessions, r.threshold, current)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('web.partner.hours')}</th>
                  <td className="numeric">{cellText(r.hours, r.threshold, current)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('web.partner.share')}</th>
                  <td className="numeric">{pct(r.sharePercent)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('web.partner.agreed')}</th>
                  <td className="numeric">{pct(r.agreedSharePercent)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('outcome.row.events')}</th>
                  <td className="numeric">{cellText(r.events, r.threshold, current)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('outcome.row.participants')}</th>
                  <td className="numeric">{cellText(r.participants, r.threshold, current)}</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
          <p className="stats-note">{t('web.disclosure', { threshold: formatNumber(r.threshold, current) })}</p>
        </section>
      )}
    </StaffLayout>
  );
}

export function PartnerStatsApp() {
  return <RequireRole roles={['partner', 'manager', 'admin']}>{(me) => <PartnerStats me={me} />}</RequireRole>;
}

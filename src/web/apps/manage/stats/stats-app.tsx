import './stats.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../common/schemas/auth.js';
import type { OutcomeReport, PeriodReport } from '../../../../common/stats/schemas.js';
import { api } from '../../../api/client.js';
import { RequireRole } from '../../../auth/require-role.js';
import { siteFor } from '../../../auth/roles.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { BreakdownTable } from './breakdown-table.js';
import { FieldLanguageTable } from './field-language-table.js';
import { LiveFloorPanel } from './live-floor-panel.js';
import { OutcomeSection } from './outcome-section.js';
import { type Period, PeriodPicker, type Scope } from './period-picker.js';
import { presetPeriod } from './period.js';
import { SeriesChart } from './series-chart.js';
import { SummaryPanel } from './summary-panel.js';

/** The manager's statistics: outcome report, period report with charts and tables, exports. */
function Stats({ me }: { me: Me }) {
  const { t } = useTranslation('stats');
  const { current } = useLanguage();
  const slug = siteFor(me, ['manager', 'admin'])?.slug ?? 'brussels';
  const [period, setPeriod] = useState<Period>(() => presetPeriod('seven_months'));
  const [scope, setScope] = useState<Scope>('site');
  const query = `from=${period.from}&to=${period.to}&scope=${scope}`;
  const base = `/api/sites/${encodeURIComponent(slug)}/stats`;
  const outcome = useQuery({
    queryKey: ['stats', 'outcome', slug, query, current],
    queryFn: () => api<OutcomeReport>('GET', `${base}/outcome?${query}`),
  });
  const report = useQuery({
    queryKey: ['stats', 'report', slug, query, current],
    queryFn: () => api<PeriodReport>('GET', `${base}/report?${query}`),
  });
  return (
    <StaffLayout me={me} title={t('web.title')} wide>
      <LiveFloorPanel slug={slug} locale={current} />
      <PeriodPicker
        period={period}
        scope={scope}
        onChange={(p, s) => {
          setPeriod(p);
          setScope(s);
        }}
      />
      <nav className="panel stats-actions" aria-label={t('web.export.title')}>
        <a className="button" href={`${base}/export.xlsx?${query}`} download>
          {t('web.export.xlsx')}
        </a>
        <a className="button button-secondary" href={`${base}/export.csv?${query}`} download>
          {t('web.export.csv')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('web.print')}
        </button>
      </nav>
      {outcome.error ? <QueryFailed error={outcome.error} onRetry={() => void outcome.refetch()} /> : null}
      {outcome.data ? <OutcomeSection outcome={outcome.data} locale={current} /> : null}
      {report.isPending ? (
        <Loading />
      ) : report.data ? (
        <>
          <SummaryPanel report={report.data} locale={current} />
          <section className="panel" aria-labelledby="series-title">
            <h2 id="series-title">{t('tables.series')}</h2>
            <SeriesChart report={report.data} locale={current} />
          </section>
          <section className="panel" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('web.sessions')}</h2>
            <FieldLanguageTable report={report.data} locale={current} />
            <div className="stats-grid">
              <BreakdownTable report={report.data} locale={current} name="organisation" />
              <BreakdownTable report={report.data} locale={current} name="audience" />
              <BreakdownTable report={report.data} locale={current} name="channel" />
            </div>
          </section>
        </>
      ) : null}
    </StaffLayout>
  );
}

export function StatsApp() {
  return <RequireRole roles={['manager', 'admin']}>{(me) => <Stats me={me} />}</RequireRole>;
}

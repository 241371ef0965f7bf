import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../common/format.js';
import type { PeriodReport } from '../../../../common/stats/schemas.js';
import { cellText } from './cell-text.js';

/** Headline figures of the period: visitors, sessions, waits, session lengths, satisfaction. */
export function SummaryPanel({ report, locale }: { report: PeriodReport; locale: string }) {
  const { t } = useTranslation('stats');
  const minutes = (v: number | null) => (v === null ? '—' : t('web.minutes', { n: formatNumber(v, locale) }));
  const items: [string, string][] = [
    [t('measure.visitors'), cellText(report.totals.visitors, report.threshold, locale)],
    [t('measure.sessions'), cellText(report.totals.sessions, report.threshold, locale)],
    [t('outcome.row.referrals'), cellText(report.totals.referrals, report.threshold, locale)],
    [t('web.wait'), `${minutes(report.totals.waitMedianMinutes)} · p90 ${minutes(report.totals.waitP90Minutes)}`],
    [
      t('web.duration'),
      `${minutes(report.totals.durationMedianMinutes)} · p90 ${minutes(report.totals.durationP90Minutes)}`,
    ],
    [
      t('outcome.row.satisfaction'),
      report.totals.satisfaction === null ? '—' : formatNumber(report.totals.satisfaction, locale),
    ],
  ];
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('web.summary')}</h2>
      <dl className="stats-summary">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

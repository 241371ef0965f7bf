import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../../common/format.js';
import type { PeriodReport } from '../../../../common/stats/schemas.js';
import { cellText } from './cell-text.js';
import { TableScroll } from '../../../ui/table-scroll.js';

type Props = { report: PeriodReport; locale: string };

/**
 * Visitors over the period as bars (hand-made SVG, hidden from assistive technology) with the same
 * figures in a table right below it — the accessible alternative. Hidden cells draw no bar.
 */
export function SeriesChart({ report, locale }: Props) {
  const { t } = useTranslation('stats');
  const points = report.series.points;
  const max = Math.max(1, ...points.map((p) => (p.visitors.hidden ? 0 : p.visitors.value)));
  const width = 640;
  const height = 180;
  const bar = width / Math.max(1, points.length);
  return (
    <figure className="stats-figure">
      <figcaption id="series-caption">
        {t('web.series.caption', { step: t(`web.step.${report.series.step}`) })}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="stats-chart" aria-hidden="true" focusable="false">
        <line x1="0" y1={height - 1} x2={width} y2={height - 1} className="stats-axis" />
        {points.map((p, i) =>
          p.visitors.hidden ? null : (
            <rect
              key={p.period}
              x={i * bar + bar * 0.1}
              width={bar * 0.8}
              y={height - (p.visitors.value / max) * (height - 10)}
              height={(p.visitors.value / max) * (height - 10)}
              className="stats-bar"
            />
          ),
        )}
      </svg>
      <details className="stats-details">
        <summary>{t('web.series.table')}</summary>
        <TableScroll label={t('web.series.table')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('web.series.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measure.period')}</th>
                <th scope="col" className="numeric">
                  {t('measure.visitors')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{formatCalendarDate(p.period, locale)}</th>
                  <td className="numeric">{cellText(p.visitors, report.threshold, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}

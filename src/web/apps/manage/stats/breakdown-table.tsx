import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../common/stats/schemas.js';
import { cellText } from './cell-text.js';
import { TableScroll } from '../../../ui/table-scroll.js';

type Props = { report: PeriodReport; locale: string; name: 'organisation' | 'audience' | 'channel' };

/** One breakdown of sessions (organisation, audience or channel), with bars drawn in CSS beside the numbers. */
export function BreakdownTable({ report, locale, name }: Props) {
  const { t } = useTranslation('stats');
  const rows = report[name];
  const caption = t(`tables.${name}`);
  const max = Math.max(1, ...rows.map((r) => (r.sessions.hidden ? 0 : r.sessions.value)));
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`dimension.${name}`)}</th>
            <th scope="col" className="numeric">
              {t('measure.sessions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="numeric">
                <span className="stats-bar-value">
                  <span
                    className="stats-inline-bar"
                    aria-hidden="true"
                    style={{ inlineSize: `${r.sessions.hidden ? 0 : (r.sessions.value / max) * 3}rem` }}
                  />
                  {cellText(r.sessions, report.threshold, locale)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

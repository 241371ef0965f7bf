import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatNumber } from '../../../../common/format.js';
import type { OutcomeReport } from '../../../../common/stats/schemas.js';
import { cellText } from './cell-text.js';
import { TableScroll } from '../../../ui/table-scroll.js';

/** The outcome sentence in the centre's reporting style, and its supporting table. */
export function OutcomeSection({ outcome, locale }: { outcome: OutcomeReport; locale: string }) {
  const { t } = useTranslation('stats');
  const s = outcome.sentence;
  const values = {
    from: formatCalendarDate(outcome.from, locale),
    to: formatCalendarDate(outcome.to, locale),
    advised: s.advised === null ? '' : formatNumber(s.advised, locale),
    collective: s.collective === null ? '' : formatNumber(s.collective, locale),
  };
  const key = s.advised !== null && s.collective !== null ? 'both' : s.advised !== null ? 'advised' : 'none';
  return (
    <section className="panel stats-outcome" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('web.outcome.title')}</h2>
      <p className="stats-sentence" data-testid="outcome-sentence">
        {t(`web.outcome.sentence.${key}`, values)}
      </p>
      <TableScroll label={t('tables.summary')}>
        <table className="data-table">
          <caption>{t('tables.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measure.indicator')}</th>
              <th scope="col" className="numeric">
                {t('measure.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="numeric">{cellText(r.value, outcome.threshold, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="stats-note">
        {t('web.disclosure', { threshold: outcome.threshold })}
        {outcome.includesSimulated ? ` ${t('web.simulated')}` : ''}
      </p>
    </section>
  );
}

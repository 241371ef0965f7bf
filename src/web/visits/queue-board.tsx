import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../common/format.js';
import type { QueuesSnapshot } from '../../common/visits/schemas.js';
import { useLanguage } from '../i18n/use-language.js';
import { Icon } from '../ui/icons.js';
import { shortEstimate } from './estimate-text.js';
import { TableScroll } from '../ui/table-scroll.js';

/** Every queue (field × language) at a glance: waiting, longest wait, estimate, counsellors present. */
export function QueueBoard({ snapshot, onlyBusy = false }: { snapshot: QueuesSnapshot; onlyBusy?: boolean }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const rows = onlyBusy ? snapshot.queues.filter((q) => q.waiting > 0 || q.counsellors > 0) : snapshot.queues;
  const total = snapshot.queues.reduce((n, q) => n + q.waiting, 0);
  const caption = t('queues.caption', { n: formatNumber(total, current) });
  return (
    <TableScroll label={caption}>
      <table className="data-table queue-board">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queues.queue')}</th>
            <th scope="col" className="numeric">
              {t('queues.waiting')}
            </th>
            <th scope="col" className="numeric">
              {t('queues.longest')}
            </th>
            <th scope="col">{t('queues.estimate')}</th>
            <th scope="col" className="numeric">
              {t('queues.counsellors')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => (
            <tr key={`${q.field}:${q.language}`} className={q.waiting > 0 ? 'queue-busy' : undefined}>
              <th scope="row">
                <span className="queue-name">
                  <Icon name={q.field} size={20} /> {t(`common:field.${q.field}.label`)}
                  <span className="lang-tag">{q.language.toUpperCase()}</span>
                </span>
              </th>
              <td className="numeric queue-waiting">{formatNumber(q.waiting, current)}</td>
              <td className="numeric">
                {q.longestWaitMinutes === null
                  ? '—'
                  : t('queues.minutes', { n: formatNumber(Math.round(q.longestWaitMinutes), current) })}
              </td>
              <td>{shortEstimate(t, q.estimate, current)}</td>
              <td className={q.counsellors === 0 && q.waiting > 0 ? 'numeric cell-gap' : 'numeric'}>
                {formatNumber(q.counsellors, current)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

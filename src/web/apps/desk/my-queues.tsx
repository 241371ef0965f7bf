import { useTranslation } from 'react-i18next';
import type { Field, Language } from '../../../common/domain.js';
import { formatNumber } from '../../../common/format.js';
import type { QueuesSnapshot } from '../../../common/visits/schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';
import { shortEstimate } from '../../visits/estimate-text.js';

type Props = { queues: { field: Field; language: Language }[]; snapshot: QueuesSnapshot | undefined };

/** The queues I serve (my fields × my languages) and how many people wait in each. */
export function MyQueues({ queues, snapshot }: Props) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  if (queues.length === 0) return <p className="notice notice-info">{t('desk.noQueues')}</p>;
  return (
    <ul className="my-queues">
      {queues.map(({ field, language }) => {
        const q = snapshot?.queues.find((s) => s.field === field && s.language === language);
        const waiting = q?.waiting ?? 0;
        return (
          <li key={`${field}:${language}`} className={waiting > 0 ? 'my-queue my-queue-busy' : 'my-queue'}>
            <span className="my-queue-name">
              <Icon name={field} size={20} /> {t(`common:field.${field}.label`)}{' '}
              <span className="lang-tag">{language.toUpperCase()}</span>
            </span>
            <span className="my-queue-count">
              {t('desk.waitingCount', { count: waiting, n: formatNumber(waiting, current) })}
            </span>
            {waiting > 0 && q?.estimate && (
              <span className="my-queue-estimate">{shortEstimate(t, q.estimate, current)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

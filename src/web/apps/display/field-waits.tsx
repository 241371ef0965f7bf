import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';
import { formatNumber } from '../../../common/format.js';
import type { QueuesSnapshot } from '../../../common/visits/schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';
import { shortEstimate } from '../../visits/estimate-text.js';

/** Per field: how many people wait, and the estimated wait (the widest range over its languages). */
export function FieldWaits({ fields, snapshot }: { fields: readonly Field[]; snapshot: QueuesSnapshot | undefined }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  return (
    <section aria-labelledby="fw-title">
      <h2 id="fw-title" className="display-section-title">
        {t('display.waiting')}
      </h2>
      <ul className="display-fields">
        {fields.map((field) => {
          const queues = snapshot?.queues.filter((q) => q.field === field) ?? [];
          const waiting = queues.reduce((n, q) => n + q.waiting, 0);
          const estimates = queues.filter((q) => q.waiting > 0 && q.estimate).map((q) => q.estimate);
          const estimate =
            estimates.length > 0
              ? {
                  minutes: 0,
                  low: Math.min(...estimates.map((e) => e?.low ?? 0)),
                  high: Math.max(...estimates.map((e) => e?.high ?? 0)),
                }
              : null;
          return (
            <li key={field} className="display-field">
              <span className="display-field-name">
                <Icon name={field} size={36} /> {t(`common:field.${field}.label`)}
              </span>
              <span className="display-field-count">
                {t('display.people', { count: waiting, n: formatNumber(waiting, current) })}
              </span>
              <span className="display-field-wait">{waiting > 0 ? shortEstimate(t, estimate, current) : ''}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

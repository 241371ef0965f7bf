import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';
import type { Call } from './use-calls.js';

/** The calls before the current one: code, desk and time. */
export function LastCalls({ calls, timeZone }: { calls: Call[]; timeZone: string }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  return (
    <section className="display-last" aria-labelledby="dl-title">
      <h2 id="dl-title" className="display-section-title">
        {t('display.lastCalls')}
      </h2>
      {calls.length === 0 ? (
        <p className="display-muted">{t('display.noneYet')}</p>
      ) : (
        <ol className="display-last-list">
          {calls.map((c) => (
            <li key={`${c.code}-${c.calledAt}`}>
              <span className="display-last-code">{c.code}</span>
              <span className="display-last-desk">{t('display.desk', { number: c.desk.number })}</span>
              <span className="display-last-time">{formatClock(new Date(c.calledAt), current, timeZone)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../common/format.js';
import { warningLevel } from '../../../common/space/rules.js';
import type { Use } from '../../../common/space/schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatRemaining } from '../space-shared/format-remaining.js';

/** The time left, counted down in the browser from the end time; warnings at 10, 5 and 1 minutes. */
export function StationTimer({ use, now, timeZone }: { use: Use; now: Date; timeZone: string }) {
  const { t } = useTranslation('space');
  const { current } = useLanguage();
  const end = new Date(use.endsAt);
  const level = warningLevel(end, now);
  return (
    <section className={`station-timer${level ? ` is-warning-${level}` : ''}`} aria-labelledby="timer-title">
      <h2 id="timer-title" className="visually-hidden">
        {t('station.timeLeft')}
      </h2>
      <p className="station-remaining">
        <span className="station-remaining-value">{formatRemaining(end.getTime() - now.getTime())}</span>
        <span className="station-remaining-label">{t('station.timeLeft')}</span>
      </p>
      <p>{t('station.until', { time: formatClock(end, current, timeZone) })}</p>
      {use.shortened && (
        <p className="notice">
          {t('station.shortened', { minutes: use.limitMinutes, normal: use.normalLimitMinutes })}
        </p>
      )}
      <div role="status" className="station-warning">
        {typeof level === 'number' && <p className="notice notice-warning">{t(`station.warning.${level}`)}</p>}
      </div>
    </section>
  );
}

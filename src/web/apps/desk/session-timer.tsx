import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';

const WARN_MINUTES = 5;

function clock(totalSeconds: number) {
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Time in session against the limit: calm, then a warning 5 minutes before, then overtime. */
export function SessionTimer({ startedAt, limitMinutes }: { startedAt: string; limitMinutes: number }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
  const limit = limitMinutes * 60;
  const state = elapsed >= limit ? 'over' : elapsed >= limit - WARN_MINUTES * 60 ? 'warn' : 'ok';
  const over = Math.ceil((elapsed - limit) / 60);
  return (
    <div className={`session-timer session-timer-${state}`}>
      <p className="session-timer-label">{t('desk.timer', { limit: formatNumber(limitMinutes, current) })}</p>
      <p className="session-timer-value">
        <time dateTime={`PT${elapsed}S`}>{clock(elapsed)}</time>
      </p>
      {state !== 'ok' && (
        <p className="session-timer-note">
          {state === 'warn'
            ? t('desk.timerWarn', { n: formatNumber(Math.ceil((limit - elapsed) / 60), current) })
            : t('desk.timerOver', { n: formatNumber(over, current) })}
        </p>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { formatClock, formatLongDate } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';

/** The time and date in the centre's time zone. */
export function Clock({ timeZone }: { timeZone: string }) {
  const { current } = useLanguage();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="clock">
      <time className="clock-time" dateTime={now.toISOString()}>
        {formatClock(now, current, timeZone)}
      </time>
      <span className="clock-date">{formatLongDate(now, current, timeZone)}</span>
    </div>
  );
}

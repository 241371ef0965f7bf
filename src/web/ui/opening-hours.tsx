import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../common/domain.js';
import { formatTimeRange, weekdayIn, weekdayName } from '../../common/format.js';
import type { OpeningHours } from '../../common/schemas/shared.js';
import { useLanguage } from '../i18n/use-language.js';

/** Opening hours per weekday, today marked, times formatted for the reader's language. */
export function OpeningHoursTable({
  hours,
  timeZone,
  caption,
}: {
  hours: OpeningHours;
  timeZone: string;
  caption: string;
}) {
  const { t } = useTranslation('common');
  const { current } = useLanguage();
  const today = weekdayIn(new Date(), timeZone);
  return (
    <table className="hours-table">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {WEEKDAYS.map((day) => {
          const intervals = hours[day];
          return (
            <tr
              key={day}
              className={day === today ? 'is-today' : undefined}
              aria-current={day === today ? 'date' : undefined}
            >
              <th scope="row">
                {weekdayName(day, current)}
                {day === today && <span className="today-badge">{t('hours.today')}</span>}
              </th>
              <td>
                {intervals.length === 0
                  ? t('hours.closed')
                  : intervals.map((i) => formatTimeRange(i.open, i.close, current)).join(', ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

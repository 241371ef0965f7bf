import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../common/agenda/schemas.js';
import { formatCalendarDate, formatDateTime } from '../../../../common/format.js';
import { serviceDate } from '../../../../common/site-time.js';
import { useLanguage } from '../../../i18n/use-language.js';

type Props = { rooms: { id: string; name: string }[]; bookings: Booking[]; days: string[]; timeZone: string };

/**
 * A week per room as a table: rooms in rows, days in columns, bookings listed in each cell. A table
 * reads well with a screen reader (row and column headers) and needs no pointer.
 */
export function WeekCalendar({ rooms, bookings, days, timeZone }: Props) {
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table week-calendar">
        <caption>{t('bookings.calendar', { date: formatCalendarDate(days[0] ?? '', current) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bookings.room')}</th>
            {days.map((d) => (
              <th key={d} scope="col">
                {formatCalendarDate(d, current)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id}>
              <th scope="row">{room.name}</th>
              {days.map((d) => {
                const here = bookings.filter(
                  (b) => b.roomId === room.id && serviceDate(new Date(b.startsAt), timeZone) === d,
                );
                return (
                  <td key={d}>
                    <ul className="calendar-cell">
                      {here.map((b) => (
                        <li key={b.id} data-status={b.status}>
                          {formatDateTime(b.startsAt, current, timeZone).split(' ').pop()}{' '}
                          {b.title || t('bookings.busy')} ({t(`bookingStatus.${b.status}`)})
                        </li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dates (YYYY-MM-DD) of the seven days from a Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(`${monday}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });
}

export function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

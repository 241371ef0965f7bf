import '../../agenda/agenda.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.js';
import type { Me } from '../../../../common/schemas/auth.js';
import { api } from '../../../api/client.js';
import { usePublicSite } from '../../../api/site-queries.js';
import { RequireRole } from '../../../auth/require-role.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { agendaPaths, useBookings, useRooms } from '../../agenda/agenda-api.js';
import { mondayOf, WeekCalendar, weekDays } from '../../partner/bookings/week-calendar.js';

/** The manager approves or declines room requests and sees every room's week. */
function ManageBookings({ me }: { me: Me }) {
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const client = useQueryClient();
  const site = usePublicSite();
  const rooms = useRooms();
  const pending = useBookings('?status=requested');
  const [monday, setMonday] = useState(() => mondayOf(new Date()));
  const days = weekDays(monday);
  const week = useBookings(`?from=${days[0]}&to=${days[6]}`);
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'decline' }) =>
      api('POST', `${agendaPaths.base}/bookings/${v.id}/decision`, { body: { decision: v.decision } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bookings'] }),
  });
  const shift = (weeks: number) =>
    setMonday(mondayOf(new Date(Date.parse(`${monday}T12:00:00Z`) + weeks * 7 * 86_400_000)));
  if (!site.data || !rooms.data || !pending.data) {
    return (
      <StaffLayout me={me} title={t('bookings.title')}>
        <Loading />
      </StaffLayout>
    );
  }
  const timeZone = site.data.timeZone;
  return (
    <StaffLayout me={me} title={t('bookings.title')} wide>
      <section className="panel" aria-labelledby="pending">
        <h2 id="pending">{t('bookings.pending')}</h2>
        <FormProblem error={decide.error} />
        {pending.data.length === 0 ? (
          <p>{t('bookings.nonePending')}</p>
        ) : (
          <ul className="booking-list">
            {pending.data.map((b) => (
              <li key={b.id}>
                <span>
                  {formatDateTime(b.startsAt, current, timeZone)} · {b.roomName} · {b.title}
                  {b.seriesId ? ' ↻' : ''}
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => decide.mutate({ id: b.id, decision: 'approve' })}
                  >
                    {t('bookings.approve')}
                    <span className="visually-hidden"> {b.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => decide.mutate({ id: b.id, decision: 'decline' })}
                  >
                    {t('bookings.decline')}
                    <span className="visually-hidden"> {b.title}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="week">
        <h2 id="week">{t('bookings.calendarTitle')}</h2>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => shift(-1)}>
            {t('bookings.prevWeek')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => shift(1)}>
            {t('bookings.nextWeek')}
          </button>
        </div>
        {week.data ? (
          <WeekCalendar rooms={rooms.data} bookings={week.data} days={days} timeZone={timeZone} />
        ) : (
          <Loading />
        )}
      </section>
    </StaffLayout>
  );
}

export function ManageBookingsApp() {
  return <RequireRole roles={['manager', 'admin']}>{(me) => <ManageBookings me={me} />}</RequireRole>;
}

import '../../agenda/agenda.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../../../common/agenda/rules.js';
import { formatDateTime } from '../../../../common/format.js';
import type { Me } from '../../../../common/schemas/auth.js';
import { api } from '../../../api/client.js';
import { usePublicSite } from '../../../api/site-queries.js';
import { RequireRole } from '../../../auth/require-role.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Loading } from '../../../ui/loading.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { agendaPaths, useBookings, useRooms, useStaffEvents } from '../../agenda/agenda-api.js';
import { BookingForm } from './booking-form.js';
import { EventForm } from './event-form.js';
import { mondayOf, WeekCalendar, weekDays } from './week-calendar.js';

/** A partner's rooms and events: request bookings, see the week, publish events, open check-in. */
function PartnerBookings({ me }: { me: Me }) {
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const client = useQueryClient();
  const site = usePublicSite();
  const rooms = useRooms();
  const [monday, setMonday] = useState(() => mondayOf(new Date()));
  const days = weekDays(monday);
  const week = useBookings(`?from=${days[0]}&to=${days[6]}`);
  const mine = useBookings('');
  const events = useStaffEvents();
  const cancel = useMutation({
    mutationFn: (id: string) => api('POST', `${agendaPaths.base}/bookings/${id}/cancel`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bookings'] }),
  });
  const shift = (weeks: number) =>
    setMonday(mondayOf(new Date(Date.parse(`${monday}T12:00:00Z`) + weeks * 7 * 86_400_000)));
  if (!site.data || !rooms.data || !mine.data || !events.data) {
    return (
      <StaffLayout me={me} title={t('bookings.title')}>
        <Loading />
      </StaffLayout>
    );
  }
  const timeZone = site.data.timeZone;
  const own = mine.data.filter((b) => b.organisationId === me.organisation.id);
  const withEvent = new Set(events.data.map((e) => e.bookingId));
  const free = own.filter((b) => b.status === 'approved' && !withEvent.has(b.id));
  return (
    <StaffLayout me={me} title={t('bookings.title')} wide>
      <div className="two-columns">
        <BookingForm rooms={rooms.data.filter((r) => r.active)} timeZone={timeZone} />
        <EventForm bookings={free} timeZone={timeZone} />
      </div>
      <section className="panel" aria-labelledby="own-bookings">
        <h2 id="own-bookings">{t('bookings.title')}</h2>
        {own.length === 0 ? (
          <p>{t('bookings.none')}</p>
        ) : (
          <ul className="booking-list">
            {own.map((b) => (
              <li key={b.id} data-status={b.status}>
                <span>
                  {formatDateTime(b.startsAt, current, timeZone)} · {b.roomName} · {b.title} ·{' '}
                  {t(`bookingStatus.${b.status}`)}
                </span>
                {(b.status === 'requested' || b.status === 'approved') && (
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => cancel.mutate(b.id)}
                  >
                    {t('bookings.cancel')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="own-events">
        <h2 id="own-events">{t('events.title')}</h2>
        {events.data.length === 0 ? (
          <p>{t('events.none')}</p>
        ) : (
          <ul className="booking-list">
            {events.data.map((e) => (
              <li key={e.id}>
                <span>
                  <Link to={`/agenda/events/${e.id}`}>{pickText(e.title, current, e.language)}</Link> ·{' '}
                  {formatDateTime(e.startsAt, current, timeZone)} ·{' '}
                  {t('events.registrations', { confirmed: e.confirmed, waitlisted: e.waitlisted })}
                  {e.missingTranslations.length > 0 &&
                    ` · ${t('events.missing', { langs: e.missingTranslations.join(', ').toUpperCase() })}`}
                </span>
                <Link className="button button-small" to={`/agenda/check-in/${e.id}`}>
                  {t('events.checkin')}
                </Link>
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

export function PartnerBookingsApp() {
  return <RequireRole roles={['partner']}>{(me) => <PartnerBookings me={me} />}</RequireRole>;
}

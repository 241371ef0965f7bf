import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedInstant } from '../../../../common/agenda/rules.js';
import type { Booking } from '../../../../common/agenda/schemas.js';
import { api } from '../../../api/client.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { agendaPaths, fieldError } from '../../agenda/agenda-api.js';

type Props = { rooms: { id: string; name: string; capacity: number }[]; timeZone: string };

/** A partner asks for a room: once, or every week until a date. */
export function BookingForm({ rooms, timeZone }: Props) {
  const { t } = useTranslation('agenda');
  const client = useQueryClient();
  const [form, setForm] = useState({
    roomId: '',
    title: '',
    date: '',
    start: '10:00',
    end: '12:00',
    setup: '15',
    cleardown: '15',
    until: '',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const request = useMutation({
    mutationFn: () =>
      api<Booking[]>('POST', `${agendaPaths.base}/bookings`, {
        body: {
          roomId: form.roomId,
          title: form.title,
          startsAt: form.date ? zonedInstant(form.date, form.start, timeZone).toISOString() : '',
          endsAt: form.date ? zonedInstant(form.date, form.end, timeZone).toISOString() : '',
          setupMinutes: Number(form.setup),
          cleardownMinutes: Number(form.cleardown),
          ...(form.until ? { weekly: { until: form.until, exceptions: [] } } : {}),
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bookings'] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <form className="panel form form-grid" onSubmit={onSubmit} aria-labelledby="booking-form-title" noValidate>
      <h2 id="booking-form-title">{t('bookings.request')}</h2>
      <FormProblem error={request.error} />
      {request.isSuccess && (
        <p role="status" className="notice">
          {t('bookings.sent')}
        </p>
      )}
      <SelectField
        label={t('bookings.room')}
        name="roomId"
        value={form.roomId}
        onChange={set('roomId')}
        emptyLabel=""
        options={rooms.map((r) => ({ value: r.id, label: `${r.name} (${r.capacity})` }))}
        error={fieldError(request.error, 'roomId')}
      />
      <TextField
        label={t('bookings.titleField')}
        name="title"
        value={form.title}
        onChange={set('title')}
        error={fieldError(request.error, 'title')}
      />
      <TextField
        label={t('bookings.date')}
        name="date"
        type="date"
        value={form.date}
        onChange={set('date')}
        error={fieldError(request.error, 'startsAt')}
      />
      <TextField label={t('bookings.start')} name="start" type="time" value={form.start} onChange={set('start')} />
      <TextField
        label={t('bookings.end')}
        name="end"
        type="time"
        value={form.end}
        onChange={set('end')}
        error={fieldError(request.error, 'endsAt')}
      />
      <TextField
        label={t('bookings.setup')}
        name="setup"
        type="number"
        inputMode="numeric"
        value={form.setup}
        onChange={set('setup')}
      />
      <TextField
        label={t('bookings.cleardown')}
        name="cleardown"
        type="number"
        inputMode="numeric"
        value={form.cleardown}
        onChange={set('cleardown')}
      />
      <TextField
        label={t('bookings.weeklyUntil')}
        name="until"
        type="date"
        value={form.until}
        onChange={set('until')}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {t('bookings.submit')}
      </button>
    </form>
  );
}

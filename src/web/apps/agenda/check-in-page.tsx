import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { pickText } from '../../../common/agenda/rules.js';
import type { Me } from '../../../common/schemas/auth.js';
import { api } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Checkbox } from '../../ui/checkbox.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { TextField } from '../../ui/text-field.js';
import { agendaPaths, useEventRegistrations, useStaffEvent } from './agenda-api.js';

/** At the door, on a phone: tick who came, count walk-ins; the attendance is saved as it changes. */
export function CheckInPage({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const client = useQueryClient();
  const event = useStaffEvent(id);
  const list = useEventRegistrations(id);
  const [walkIns, setWalkIns] = useState('0');
  useEffect(() => {
    if (event.data) setWalkIns(String(event.data.walkIns));
  }, [event.data]);
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['event-registrations', id] }),
      client.invalidateQueries({ queryKey: ['staff-event', id] }),
    ]);
  const tick = useMutation({
    mutationFn: (v: { regId: string; checkedIn: boolean }) =>
      api('PUT', `${agendaPaths.base}/events/${id}/registrations/${v.regId}/check-in`, {
        body: { checkedIn: v.checkedIn },
      }),
    onSuccess: refresh,
  });
  const saveWalkIns = useMutation({
    mutationFn: () => api('PUT', `${agendaPaths.base}/events/${id}/walk-ins`, { body: { walkIns: Number(walkIns) } }),
    onSuccess: refresh,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    saveWalkIns.mutate();
  };
  const title = event.data ? pickText(event.data.title, current, event.data.language) : '';
  return (
    <StaffLayout me={me} title={`${t('checkin.title')} — ${title}`}>
      {!event.data || !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="checkin-count">
            {t('checkin.attendance', { count: event.data.checkedIn + event.data.walkIns })}
          </p>
          <FormProblem error={tick.error ?? saveWalkIns.error} />
          <ul className="checkin-list" aria-label={t('checkin.title')}>
            {list.data
              .filter((r) => r.status === 'confirmed')
              .map((r) => (
                <li key={r.id}>
                  <Checkbox
                    isSelected={r.checkedIn}
                    onChange={(checked) => tick.mutate({ regId: r.id, checkedIn: checked })}
                  >
                    {r.seats > 1 ? `${r.nickname} (${r.seats})` : r.nickname}
                  </Checkbox>
                </li>
              ))}
          </ul>
          <form className="panel checkin-walkins" onSubmit={onSubmit}>
            <TextField
              label={t('checkin.walkIns')}
              name="walkIns"
              type="number"
              inputMode="numeric"
              value={walkIns}
              onChange={setWalkIns}
            />
            <button type="submit" className="button" disabled={saveWalkIns.isPending}>
              {t('checkin.save')}
            </button>
          </form>
        </>
      )}
    </StaffLayout>
  );
}

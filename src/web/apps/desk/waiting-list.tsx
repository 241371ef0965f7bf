import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffTicket } from '../../../common/visits/schemas.js';
import { TextField } from '../../ui/text-field.js';
import { DialogFrame } from './dialog-frame.js';
import type { DeskAction } from './use-desk.js';

type Props = {
  waiting: StaffTicket[];
  parked: StaffTicket[];
  canCall: boolean;
  busy: boolean;
  run: (action: DeskAction, onDone?: () => void) => void;
};

/** Who waits in my queues (call one out of order, with a reason) and my parked clients (resume). */
export function WaitingList({ waiting, parked, canCall, busy, run }: Props) {
  const { t } = useTranslation('visits');
  const [picked, setPicked] = useState<StaffTicket | null>(null);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    run(
      {
        path: `/tickets/${picked.id}/call`,
        body: { reason: reason.trim() },
        done: (code) => t('desk.done.called', { code }),
      },
      () => {
        setPicked(null);
        setReason('');
      },
    );
  };
  return (
    <>
      {parked.length > 0 && (
        <section className="panel" aria-labelledby="d-parked">
          <h2 id="d-parked">{t('desk.parked')}</h2>
          <ul className="ticket-list">
            {parked.map((p) => (
              <li key={p.id}>
                <span className="ticket-code-cell">{p.code}</span> {t(`common:field.${p.field}.label`)}
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy || !canCall}
                  onClick={() =>
                    run({ path: `/tickets/${p.id}/resume`, done: (code) => t('desk.done.resumed', { code }) })
                  }
                >
                  {t('desk.resume', { code: p.code })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="d-waiting">
        <h2 id="d-waiting">{t('desk.waitingList', { n: waiting.length })}</h2>
        {waiting.length === 0 ? (
          <p>{t('desk.nobody')}</p>
        ) : (
          <ul className="ticket-list">
            {waiting.map((w) => (
              <li key={w.id}>
                <span className="ticket-code-cell">{w.code}</span> {t(`common:field.${w.field}.label`)} ·{' '}
                {w.language.toUpperCase()}
                {w.transferred && <span className="chip">{t('desk.transferredShort')}</span>}
                <button
                  type="button"
                  className="button button-small button-secondary"
                  disabled={busy || !canCall}
                  onClick={() => setPicked(w)}
                >
                  {t('desk.callThis', { code: w.code })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DialogFrame
        title={t('desk.callSpecificTitle', { code: picked?.code ?? '' })}
        isOpen={picked !== null}
        onClose={() => setPicked(null)}
      >
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('desk.reason')}
            description={t('desk.reasonHint')}
            name="reason"
            value={reason}
            onChange={setReason}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy || reason.trim().length < 3}>
              {t('desk.callNow')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setPicked(null)}>
              {t('desk.back')}
            </button>
          </div>
        </form>
      </DialogFrame>
    </>
  );
}

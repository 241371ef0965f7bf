import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../common/format.js';
import type { DeskState, StaffTicket } from '../../../common/visits/schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';
import { FeedbackQr } from './feedback-qr.js';
import { SessionTimer } from './session-timer.js';
import type { DeskAction } from './use-desk.js';

type Props = {
  ticket: StaffTicket;
  state: DeskState;
  busy: boolean;
  run: (action: DeskAction) => void;
  onEnd: () => void;
  onTransfer: () => void;
};

function minutesBetween(from: string, to: string | null) {
  return Math.max(0, Math.round(((to ? Date.parse(to) : Date.now()) - Date.parse(from)) / 60_000));
}

/** The client at my desk: who (anonymously), how long they waited, and what I can do next. */
export function CurrentClient({ ticket, state, busy, run, onEnd, onTransfer }: Props) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const path = (action: string) => `/tickets/${ticket.id}/${action}`;
  const remaining = Math.max(0, state.recallLimit - ticket.recalls);
  const waited = minutesBetween(ticket.priorityAt, ticket.calledAt);
  return (
    <section className="panel client-card" aria-labelledby="c-code">
      <div className="client-head">
        <h2 id="c-code" className="client-code" tabIndex={-1}>
          {ticket.code}
        </h2>
        <span className={`status-badge status-${ticket.status}`}>{t(`status.${ticket.status}`)}</span>
      </div>
      <dl className="client-facts">
        <div>
          <dt>{t('desk.field')}</dt>
          <dd>
            <Icon name={ticket.field} size={20} /> {t(`common:field.${ticket.field}.label`)}
          </dd>
        </div>
        <div>
          <dt>{t('desk.language')}</dt>
          <dd>{t(`common:language.name.${ticket.language}`)}</dd>
        </div>
        <div>
          <dt>{t('desk.waited')}</dt>
          <dd>{t('queues.minutes', { n: formatNumber(waited, current) })}</dd>
        </div>
        <div>
          <dt>{t('desk.recalls')}</dt>
          <dd>{formatNumber(ticket.recalls, current)}</dd>
        </div>
      </dl>
      {ticket.transferred && (
        <div className="notice notice-info handover">
          <p className="notice-title">{t('desk.transferred')}</p>
          <p>{ticket.handoverNote ?? t('desk.noNote')}</p>
        </div>
      )}
      {ticket.status === 'in_session' && ticket.startedAt && (
        <SessionTimer startedAt={ticket.startedAt} limitMinutes={state.sessionLimitMinutes} />
      )}
      <div className="client-actions">
        {ticket.status === 'called' && (
          <>
            <button
              type="button"
              className="button button-large"
              disabled={busy}
              onClick={() => run({ path: path('start'), done: (code) => t('desk.done.started', { code }) })}
            >
              {t('desk.start')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || remaining === 0}
              onClick={() => run({ path: path('recall'), done: (code) => t('desk.done.recalled', { code }) })}
            >
              {t('desk.recall', { n: remaining })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || remaining > 0}
              aria-describedby={remaining > 0 ? 'noshow-hint' : undefined}
              onClick={() => run({ path: path('no-show'), done: (code) => t('desk.done.noShow', { code }) })}
            >
              {t('desk.noShow')}
            </button>
            {remaining > 0 && (
              <p id="noshow-hint" className="hint">
                {t('desk.noShowHint')}
              </p>
            )}
          </>
        )}
        {ticket.status === 'in_session' && (
          <>
            <button type="button" className="button button-large" disabled={busy} onClick={onEnd}>
              {t('desk.end')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => run({ path: path('park'), done: (code) => t('desk.done.parked', { code }) })}
            >
              {t('desk.park')}
            </button>
            <FeedbackQr token={ticket.token} />
          </>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onTransfer}>
          {t('desk.transfer')}
        </button>
      </div>
    </section>
  );
}

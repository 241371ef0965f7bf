import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '../../../common/domain.js';
import type { WaitingTicket } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { formatRemaining } from '../space-shared/format-remaining.js';
import { spaceApi } from '../space-shared/space-api.js';

/** The waiting list: who waits for which kind, who has been offered a station, and adding someone. */
export function WaitingList({
  slug,
  waiting,
  now,
  onDone,
}: {
  slug: string;
  waiting: WaitingTicket[];
  now: Date;
  onDone: () => void;
}) {
  const { t } = useTranslation('space');
  const issue = useMutation({ mutationFn: (kind: StationKind) => spaceApi.issue(slug, kind), onSuccess: onDone });
  const cancel = useMutation({ mutationFn: (id: string) => spaceApi.cancelTicket(slug, id), onSuccess: onDone });
  return (
    <section className="panel" aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t('steward.waitingTitle', { count: waiting.length })}</h2>
      <FormProblem error={issue.error ?? cancel.error} />
      <div className="button-row">
        {(['computer', 'tablet'] as const).map((kind) => (
          <button key={kind} type="button" className="button button-secondary" onClick={() => issue.mutate(kind)}>
            {t(`steward.add.${kind}`)}
          </button>
        ))}
      </div>
      {issue.data && (
        <p role="status" className="notice notice-info">
          {t('steward.issued', { code: issue.data.code })}
        </p>
      )}
      {waiting.length === 0 ? (
        <p className="muted">{t('steward.waitingNone')}</p>
      ) : (
        <ol className="space-list">
          {waiting.map((w) => (
            <li key={w.id}>
              <span>
                <strong>{w.code}</strong> · {t(`kind.${w.kind}`)} ·{' '}
                {w.status === 'offered' && w.offerExpiresAt
                  ? t('steward.offered', {
                      label: w.offeredStationLabel,
                      time: formatRemaining(Date.parse(w.offerExpiresAt) - now.getTime()),
                    })
                  : t('steward.waitingSince', {
                      count: Math.max(0, Math.floor((now.getTime() - Date.parse(w.issuedAt)) / 60_000)),
                    })}
              </span>
              <button type="button" className="button button-small button-quiet" onClick={() => cancel.mutate(w.id)}>
                {t('steward.cancelTicket', { code: w.code })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Help } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { spaceApi } from '../space-shared/space-api.js';

/** People who pressed "I need help", oldest first. */
export function HelpQueue({ slug, help, now, onDone }: { slug: string; help: Help[]; now: Date; onDone: () => void }) {
  const { t } = useTranslation('space');
  const act = useMutation({ mutationFn: (run: () => Promise<unknown>) => run(), onSuccess: onDone });
  return (
    <section className="panel" aria-labelledby="help-title">
      <h2 id="help-title">{t('steward.helpTitle', { count: help.length })}</h2>
      <FormProblem error={act.error} />
      {help.length === 0 ? (
        <p className="muted">{t('steward.helpNone')}</p>
      ) : (
        <ul className="space-list">
          {help.map((h) => (
            <li key={h.id}>
              <span>
                <strong>{h.stationLabel}</strong>{' '}
                {t('steward.helpSince', {
                  count: Math.max(0, Math.floor((now.getTime() - Date.parse(h.raisedAt)) / 60_000)),
                })}
                {h.status === 'acknowledged' && ` · ${t('steward.helpAcknowledged')}`}
              </span>
              <span className="button-row">
                {h.status === 'raised' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => act.mutate(() => spaceApi.acknowledge(slug, h.id))}
                  >
                    {t('steward.acknowledge', { label: h.stationLabel })}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => act.mutate(() => spaceApi.resolve(slug, h.id))}
                >
                  {t('steward.resolve', { label: h.stationLabel })}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

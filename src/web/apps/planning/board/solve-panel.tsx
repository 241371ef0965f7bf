import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatPercent } from '../../../../common/format.js';
import type { PlanDetail } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import type { PlanActions } from '../plan-actions.js';
import type { SolveProgress } from '../use-roster-stream.js';

type Props = { plan: PlanDetail; actions: PlanActions; progress: SolveProgress | null; timeZone: string };

/** The plan's state, solve with live progress and cancel, publish; every outcome said in words. */
export function SolvePanel({ plan, actions, progress, timeZone }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const { solve } = plan;
  const running = solve.status === 'running';
  const live = progress?.planId === plan.id ? progress : null;
  const draft = plan.status === 'draft';
  const busy =
    actions.solve.isPending || actions.cancel.isPending || actions.publish.isPending || actions.create.isPending;
  const error = actions.solve.error ?? actions.cancel.error ?? actions.publish.error ?? actions.create.error;
  const gap = live?.gap ?? solve.gap;
  return (
    <section className="panel solve-panel" aria-labelledby="p-solve">
      <div className="section-head">
        <h2 id="p-solve">{t('board.planHeading')}</h2>
        <p className={`badge ${plan.status === 'published' ? 'badge-active' : ''}`}>
          {t(`board.status.${plan.status}`)}
          {plan.publishedAt && ` · ${formatDateTime(plan.publishedAt, current, timeZone)}`}
        </p>
      </div>
      <FormProblem error={error} />
      <div role="status" aria-live="polite" className="solve-status">
        {running ? (
          <>
            <p className="solve-running">
              <span className="spinner" aria-hidden="true" /> {t('board.solving')}
            </p>
            <progress className="solve-progress" aria-label={t('board.solving')} />
            {live && live.objective !== null && (
              <p>
                {t('board.progress', {
                  objective: formatNumber(Math.round(live.objective), current),
                  bound: live.bound === null ? '—' : formatNumber(Math.round(live.bound), current),
                  gap: gap === null ? '—' : formatPercent(gap * 100, current),
                })}
              </p>
            )}
          </>
        ) : (
          <p data-testid="solve-outcome">
            {t(`board.solveStatus.${solve.status}`, {
              seconds: formatNumber(Math.round((solve.seconds ?? 0) * 10) / 10, current),
              gap: formatPercent((solve.gap ?? 0) * 100, current),
            })}{' '}
            {solve.status !== 'idle' &&
              t('board.summary', { assignments: plan.assignmentCount, gaps: plan.gapCount, count: plan.gapCount })}
          </p>
        )}
        {solve.error && <p className="field-error">{solve.error}</p>}
      </div>
      <div className="form-actions actions-wrap">
        {running ? (
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => actions.cancel.mutate(plan.id)}
          >
            {t('board.cancel')}
          </button>
        ) : (
          draft && (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => actions.solve.mutate(plan.id)}>
                {t(solve.status === 'idle' ? 'board.solve' : 'board.resolve')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy || plan.assignmentCount === 0}
                onClick={() => actions.publish.mutate(plan.id)}
              >
                {t('board.publish')}
              </button>
            </>
          )
        )}
      </div>
    </section>
  );
}

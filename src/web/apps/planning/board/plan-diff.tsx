import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { activityName, slotName } from '../labels.js';
import { usePlanDiff } from '../planning-api.js';
import { TableScroll } from '../../../ui/table-scroll.js';

/** What a re-plan changes against the published plan: who, which half-days, before and after. */
export function PlanDiff({ slug, plan }: { slug: string; plan: PlanDetail }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const diff = usePlanDiff(slug, plan.id, plan.solve.status !== 'running');
  const none = t('board.diff.nothing');
  return (
    <section className="panel panel-highlight" aria-labelledby="p-diff">
      <h2 id="p-diff">{t('board.diff.title')}</h2>
      {plan.solve.status === 'running' ? (
        <p>{t('board.diff.waiting')}</p>
      ) : diff.isError ? (
        <QueryFailed error={diff.error} onRetry={() => void diff.refetch()} />
      ) : !diff.data ? (
        <Loading />
      ) : (
        <>
          <p data-testid="diff-summary">
            {t('board.diff.summary', { count: diff.data.peopleAffected, changes: diff.data.changes.length })}
          </p>
          {diff.data.changes.length > 0 && (
            <TableScroll label={t('board.diff.title')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('board.diff.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('board.person')}</th>
                    <th scope="col">{t('board.slotLabel')}</th>
                    <th scope="col">{t('board.diff.before')}</th>
                    <th scope="col">{t('board.diff.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.data.changes.map((c) => (
                    <tr key={`${c.userId}|${c.date}|${c.part}`}>
                      <th scope="row">{c.displayName}</th>
                      <td>{slotName(t, c.date, c.part, current)}</td>
                      <td>{c.before ? activityName(t, c.before) : none}</td>
                      <td>{c.after ? activityName(t, c.after) : none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}

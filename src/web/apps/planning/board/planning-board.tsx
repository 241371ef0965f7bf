import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../common/schemas/sites/organisation.js';
import { api } from '../../../api/client.js';
import { localized } from '../../../i18n/localized.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { SelectField } from '../../../ui/select-field.js';
import { formatDateTime } from '../../../../common/format.js';
import { monthName } from '../labels.js';
import { monthRange, nextMonth } from '../period.js';
import { usePlanActions } from '../plan-actions.js';
import { usePlans } from '../planning-api.js';
import { useRosterStream } from '../use-roster-stream.js';
import { PlanView } from './plan-view.js';

/** The months a manager may plan: this one and the next five. */
function monthOptions(locale: string) {
  const now = new Date();
  return Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() + i, 15));
    const value = d.toISOString().slice(0, 7);
    return { value, label: monthName(value, locale) };
  });
}

/** The manager's planning board: a month, its plan (or the button that builds it), and the plan itself. */
export function PlanningBoard({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const [month, setMonth] = useState(nextMonth);
  const [chosen, setChosen] = useState<string | undefined>();
  const plans = usePlans(slug);
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => api<Organisation[]>('GET', '/api/organisations') });
  const actions = usePlanActions(slug);
  const progress = useRosterStream(slug);
  const { from, to } = monthRange(month);
  if (plans.isError) return <QueryFailed error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data || !orgs.data) return <Loading />;
  const forPeriod = plans.data
    .filter((p) => p.from <= to && p.to >= from && p.status !== 'superseded')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const planId = forPeriod.find((p) => p.id === chosen)?.id ?? forPeriod[0]?.id;
  const organisations = orgs.data.map((o) => ({ id: o.id, name: localized(o.name, current) }));
  return (
    <>
      <section className="panel" aria-labelledby="p-period">
        <h2 id="p-period">{t('board.periodTitle')}</h2>
        <div className="filters">
          <SelectField
            label={t('board.month')}
            name="month"
            value={month}
            onChange={(m) => {
              setMonth(m);
              setChosen(undefined);
            }}
            options={monthOptions(current)}
          />
          {forPeriod.length > 1 && (
            <SelectField
              label={t('board.version')}
              name="plan"
              value={planId ?? ''}
              onChange={setChosen}
              options={forPeriod.map((p) => ({
                value: p.id,
                label: t(`board.versionOf.${p.status}`, {
                  at: formatDateTime(p.publishedAt ?? p.createdAt, current, timeZone),
                }),
              }))}
            />
          )}
        </div>
        {!planId && (
          <>
            <p>{t('board.noPlan', { month: monthName(month, current) })}</p>
            <FormProblem error={actions.create.error} />
            <button
              type="button"
              className="button"
              disabled={actions.create.isPending}
              onClick={() => actions.create.mutate({ from, to }, { onSuccess: (p) => setChosen(p.id) })}
            >
              {t('board.build', { month: monthName(month, current) })}
            </button>
          </>
        )}
      </section>
      {planId && (
        <PlanView
          key={planId}
          slug={slug}
          planId={planId}
          actions={actions}
          progress={progress}
          organisations={organisations}
          timeZone={timeZone}
          onReplanned={setChosen}
        />
      )}
    </>
  );
}

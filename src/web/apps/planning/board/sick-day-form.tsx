import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { type AbsencePeriod, AbsencePeriodFields } from '../absence-period-fields.js';
import type { PlanActions } from '../plan-actions.js';

type Props = { plan: PlanDetail; actions: PlanActions; onReplanned: (planId: string) => void; today: string };

/**
 * Someone calls in sick: record the absence, then re-plan the published plan so that as few people's
 * days change as possible. The result is a draft whose changes are shown before it is published.
 */
export function SickDayForm({ plan, actions, onReplanned, today }: Props) {
  const { t } = useTranslation('planning');
  const first = today > plan.from && today <= plan.to ? today : plan.from;
  const [userId, setUserId] = useState('');
  const [period, setPeriod] = useState<AbsencePeriod>({ from: first, to: first, part: 'day' });
  const errors = isApiError(actions.sickDay.error) ? actions.sickDay.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    actions.sickDay.mutate(
      { id: plan.id, userId, absence: { ...period, kind: 'sick' } },
      { onSuccess: (replan) => onReplanned(replan.id) },
    );
  };
  const planned = new Set(plan.assignments.map((a) => a.userId));
  return (
    <section className="panel" aria-labelledby="p-sick">
      <h2 id="p-sick">{t('board.sick.title')}</h2>
      <p>{t('board.sick.lead')}</p>
      <form className="form form-grid" onSubmit={submit}>
        <FormProblem error={actions.sickDay.error} />
        <SelectField
          label={t('board.person')}
          name="userId"
          value={userId}
          onChange={setUserId}
          emptyLabel={t('board.choose')}
          options={plan.staff
            .filter((p) => planned.has(p.userId))
            .map((p) => ({ value: p.userId, label: p.displayName }))}
          error={errors.userId}
        />
        <AbsencePeriodFields period={period} onChange={setPeriod} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={!userId || actions.sickDay.isPending}>
            {t('board.sick.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

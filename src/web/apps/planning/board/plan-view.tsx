import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAssignment } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { SelectField } from '../../../ui/select-field.js';
import { longDay } from '../labels.js';
import { byWeek, todayIso } from '../period.js';
import type { PlanActions } from '../plan-actions.js';
import { usePlan } from '../planning-api.js';
import type { SolveProgress } from '../use-roster-stream.js';
import { applyFilters, BoardFilters, type Filters, NO_FILTERS } from './board-filters.js';
import { GapList } from './gap-list.js';
import { OrganisationShares } from './organisation-shares.js';
import { PinForm } from './pin-form.js';
import { PlanDiff } from './plan-diff.js';
import { SickDayForm } from './sick-day-form.js';
import { planSlots } from './slots.js';
import { SolvePanel } from './solve-panel.js';
import { WeekGrid } from './week-grid.js';

type Props = {
  slug: string;
  planId: string;
  actions: PlanActions;
  progress: SolveProgress | null;
  organisations: { id: string; name: string }[];
  timeZone: string;
  onReplanned: (planId: string) => void;
};

/**
 * One plan: its state and solve, the re-plan's changes, the explained gaps, the organisations' shares of
 * the hours, the board, pins, sick days.
 */
export function PlanView({ slug, planId, actions, progress, organisations, timeZone, onReplanned }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const plan = usePlan(slug, planId);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [week, setWeek] = useState(0);
  if (plan.isError) return <QueryFailed error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <Loading />;
  const p = plan.data;
  const weeks = byWeek(planSlots(p), (s) => s.date);
  const index = Math.max(0, Math.min(week, weeks.length - 1));
  const shown = weeks[index];
  const people = applyFilters(p.staff, filters).filter((x) => x.contract);
  const onTogglePin = (a: PlanAssignment) =>
    a.pinned
      ? actions.unpin.mutate({ id: p.id, assignmentId: a.id })
      : actions.pin.mutate({ id: p.id, pin: { userId: a.userId, date: a.date, part: a.part, activity: a.activity } });
  return (
    <>
      <SolvePanel plan={p} actions={actions} progress={progress} timeZone={timeZone} />
      {p.basedOnPlanId && p.status === 'draft' && <PlanDiff slug={slug} plan={p} />}
      <GapList gaps={p.gaps} />
      {p.assignmentCount > 0 && <OrganisationShares shares={p.organisationShares} organisations={organisations} />}
      <section className="panel" aria-labelledby="p-board">
        <h2 id="p-board">{t('board.gridTitle')}</h2>
        <BoardFilters value={filters} onChange={setFilters} organisations={organisations} />
        {weeks.length > 1 && (
          <div className="filters week-picker">
            <SelectField
              label={t('board.week')}
              name="week"
              value={String(index)}
              onChange={(v) => setWeek(Number(v))}
              options={weeks.map((w, i) => ({
                value: String(i),
                label: t('board.weekOf', { day: longDay(w.items[0]?.date ?? w.monday, current) }),
              }))}
            />
            <button
              type="button"
              className="button button-secondary"
              disabled={index <= 0}
              onClick={() => setWeek(index - 1)}
            >
              {t('board.previousWeek')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={index >= weeks.length - 1}
              onClick={() => setWeek(index + 1)}
            >
              {t('board.nextWeek')}
            </button>
          </div>
        )}
        <p className="field-description">{p.status === 'draft' ? t('board.pinHelp') : t('board.readOnly')}</p>
        <FormProblem error={actions.unpin.error} />
        {shown && (
          <WeekGrid
            plan={p}
            people={people}
            slots={shown.items}
            caption={t('board.gridCaption', {
              day: longDay(shown.items[0]?.date ?? shown.monday, current),
              shown: people.length,
              total: p.staff.filter((x) => x.contract).length,
            })}
            onTogglePin={onTogglePin}
            busy={actions.pin.isPending || actions.unpin.isPending}
          />
        )}
        {p.status === 'draft' && p.solve.status !== 'running' && (
          <PinForm plan={p} slots={weeks.flatMap((w) => w.items)} actions={actions} />
        )}
      </section>
      {p.status === 'published' && (
        <SickDayForm plan={p} actions={actions} onReplanned={onReplanned} today={todayIso()} />
      )}
    </>
  );
}

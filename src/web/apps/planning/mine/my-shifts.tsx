import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from '../../../../common/format.js';
import { DAY_PARTS } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { SelectField } from '../../../ui/select-field.js';
import { activityName, longDay, monthName } from '../labels.js';
import { byWeek, monthRange, nextMonth, todayIso } from '../period.js';
import { useMyPlan } from '../planning-api.js';

const UPCOMING = 'upcoming';

/** The periods a person may look at: from today to the end of next month, or a whole month. */
function periodOf(choice: string): { from: string; to: string } {
  if (choice !== UPCOMING) return monthRange(choice);
  return { from: todayIso(), to: monthRange(nextMonth()).to };
}

/** The person's own half-days from published plans, week by week. */
export function MyShifts({ slug }: { slug: string }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const [choice, setChoice] = useState(UPCOMING);
  const { from, to } = periodOf(choice);
  const plan = useMyPlan(slug, from, to);
  const months = Array.from({ length: 5 }, (_, i) => {
    const d = new Date();
    const m = new Date(Date.UTC(d.getFullYear(), d.getMonth() - 1 + i, 15)).toISOString().slice(0, 7);
    return { value: m, label: monthName(m, current) };
  });
  // By day, morning before afternoon (the part names sort the wrong way round).
  const shifts = [...(plan.data?.shifts ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || DAY_PARTS.indexOf(a.part) - DAY_PARTS.indexOf(b.part),
  );
  const weeks = byWeek(shifts, (s) => s.date);
  return (
    <section className="panel" aria-labelledby="m-shifts">
      <h2 id="m-shifts">{t('mine.shiftsTitle')}</h2>
      <div className="filters">
        <SelectField
          label={t('mine.period')}
          name="period"
          value={choice}
          onChange={setChoice}
          options={[{ value: UPCOMING, label: t('mine.upcoming') }, ...months]}
        />
      </div>
      {plan.isError ? (
        <QueryFailed error={plan.error} onRetry={() => void plan.refetch()} />
      ) : !plan.data ? (
        <Loading />
      ) : weeks.length === 0 ? (
        <p>{t('mine.noShifts')}</p>
      ) : (
        <div className="my-weeks">
          {weeks.map((w) => (
            <section key={w.monday} className="my-week" aria-labelledby={`w-${w.monday}`}>
              <h3 id={`w-${w.monday}`}>
                {t('board.weekOf', { day: longDay(w.monday, current) })} ·{' '}
                {t('mine.halfDays', { count: w.items.length })}
              </h3>
              <ul className="my-shift-list">
                {w.items.map((s) => (
                  <li key={`${s.date}|${s.part}`} data-testid="my-shift">
                    <span className="my-shift-day">{longDay(s.date, current)}</span>
                    <span>
                      {t(`labels.part.${s.part}`)} · {formatTimeRange(s.start, s.end, current)}
                    </span>
                    <span className="my-shift-activity">{activityName(t, s.activity)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <p className="field-description">
        {t('mine.periodHint', { from: longDay(from, current), to: longDay(to, current) })}
      </p>
    </section>
  );
}

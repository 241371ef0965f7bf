import { useTranslation } from 'react-i18next';
import type { PlanAssignment, PlanDetail, RosterStaff } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Icon } from '../../../ui/icons.js';
import { TableScroll } from '../../../ui/table-scroll.js';
import { activityName, activityShort, longDay, shortDay, slotName } from '../labels.js';
import { assignmentIndex, missingBySlot, type Slot, slotKey } from './slots.js';

type Props = {
  plan: PlanDetail;
  people: RosterStaff[];
  slots: Slot[];
  caption: string;
  onTogglePin: (a: PlanAssignment) => void;
  busy: boolean;
};

/**
 * One week as a table: a coverage row (the heat map: gaps in red, with an icon and words), then one row
 * per person with their activity in each half-day. Each planned cell is a pin toggle (aria-pressed).
 */
export function WeekGrid({ plan, people, slots, caption, onTogglePin, busy }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const cells = assignmentIndex(plan.assignments);
  const missing = missingBySlot(plan);
  const days = [...new Set(slots.map((s) => s.date))];
  const editable = plan.status === 'draft' && plan.solve.status !== 'running';
  return (
    <TableScroll label={caption} className="plan-grid-wrap">
      <table className="data-table plan-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="plan-grid-corner" />
            {days.map((d) => (
              <th key={d} scope="colgroup" colSpan={slots.filter((s) => s.date === d).length}>
                <abbr title={longDay(d, current)}>{shortDay(d, current)}</abbr>
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">{t('board.person')}</th>
            {slots.map((s) => (
              <th key={slotKey(s.date, s.part)} scope="col" className="plan-part">
                <abbr title={slotName(t, s.date, s.part, current)}>{t(`labels.partShort.${s.part}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="plan-heat">
            <th scope="row">{t('board.coverageRow')}</th>
            {slots.map((s) => {
              const n = missing.get(slotKey(s.date, s.part)) ?? 0;
              return (
                <td key={slotKey(s.date, s.part)} className={n > 0 ? `heat-gap heat-gap-${Math.min(n, 3)}` : 'heat-ok'}>
                  {n > 0 ? (
                    <a href={`#gap-${slotKey(s.date, s.part).replace('|', '-')}`} className="heat-link">
                      <Icon name="warning" size={16} />
                      <span>{t('board.missing', { count: n })}</span>
                      <span className="visually-hidden"> — {slotName(t, s.date, s.part, current)}</span>
                    </a>
                  ) : (
                    <span>{t('board.covered')}</span>
                  )}
                </td>
              );
            })}
          </tr>
          {people.map((p) => (
            <tr key={p.userId}>
              <th scope="row" className="plan-person">
                {p.displayName}
              </th>
              {slots.map((s) => {
                const a = cells.get(`${p.userId}|${slotKey(s.date, s.part)}`);
                if (!a) return <td key={slotKey(s.date, s.part)} className="plan-cell" />;
                const short = activityShort(t, a.activity);
                return (
                  <td key={slotKey(s.date, s.part)} className={a.pinned ? 'plan-cell is-pinned' : 'plan-cell'}>
                    {editable ? (
                      <button
                        type="button"
                        className="plan-chip"
                        aria-pressed={a.pinned}
                        disabled={busy}
                        aria-label={t('board.pinToggle', {
                          activity: short,
                          name: p.displayName,
                          slot: slotName(t, s.date, s.part, current),
                        })}
                        title={activityName(t, a.activity)}
                        onClick={() => onTogglePin(a)}
                      >
                        {a.pinned && <Icon name="pin" size={14} />}
                        {short}
                      </button>
                    ) : (
                      <span className="plan-chip" title={activityName(t, a.activity)}>
                        {a.pinned && <Icon name="pin" size={14} />}
                        {short}
                        {a.pinned && <span className="visually-hidden"> ({t('board.pinned')})</span>}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          {people.length === 0 && (
            <tr>
              <td colSpan={slots.length + 1} className="empty-row">
                {t('board.nobodyMatches')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

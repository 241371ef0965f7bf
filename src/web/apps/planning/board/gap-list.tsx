import { useTranslation } from 'react-i18next';
import type { CoverageGap } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Icon } from '../../../ui/icons.js';
import { slotName } from '../labels.js';
import { slotKey } from './slots.js';

/** The plan's gaps, slot by slot, each explained in a sentence written by the server in this language. */
export function GapList({ gaps }: { gaps: CoverageGap[] }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const bySlot = new Map<string, CoverageGap[]>();
  for (const g of gaps) bySlot.set(slotKey(g.date, g.part), [...(bySlot.get(slotKey(g.date, g.part)) ?? []), g]);
  // Morning before afternoon: the part names sort the wrong way round, so compare their order.
  const order = (key: string) => key.replace('|morning', '|0').replace('|afternoon', '|1');
  const slots = [...bySlot.entries()].sort(([a], [b]) => order(a).localeCompare(order(b)));
  return (
    <section className="panel" aria-labelledby="p-gaps">
      <h2 id="p-gaps">{t('board.gapsTitle', { count: gaps.length })}</h2>
      {gaps.length === 0 ? (
        <p className="notice notice-success">{t('board.noGaps')}</p>
      ) : (
        <>
          <p>{t('board.gapsLead')}</p>
          <ul className="gap-list">
            {slots.map(([key, list]) => {
              const first = list[0] as CoverageGap;
              return (
                <li key={key} id={`gap-${key.replace('|', '-')}`} tabIndex={-1}>
                  <p className="gap-when">
                    <Icon name="warning" size={18} /> {slotName(t, first.date, first.part, current)}
                  </p>
                  <ul>
                    {list.map((g) => (
                      <li key={g.rule} data-testid="gap-explanation">
                        {g.explanation}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { minutesLeft } from '../../../common/space/rules.js';
import type { StationView } from '../../../common/space/schemas.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';

type Props = { stations: StationView[]; now: Date; selected: string | null; onSelect: (id: string) => void };

/** Stations grouped by zone; each state is a word and an icon, not only a colour. */
export function StationGrid({ stations, now, selected, onSelect }: Props) {
  const { t } = useTranslation('space');
  const { current } = useLanguage();
  const zones = [...new Map(stations.map((s) => [s.zone?.id ?? 'none', s.zone])).entries()];
  return (
    <>
      {zones.map(([key, zone]) => {
        const items = stations.filter((s) => (s.zone?.id ?? 'none') === key);
        return (
          <section key={key} className="panel" aria-labelledby={`zone-${key}`}>
            <h2 id={`zone-${key}`}>{zone ? `${zone.code} — ${localized(zone.name, current)}` : t('steward.noZone')}</h2>
            <ul className="space-grid">
              {items.map((s) => {
                const left = s.use ? minutesLeft(new Date(s.use.endsAt), now) : null;
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={`space-tile is-${s.state}`}
                      aria-pressed={selected === s.id}
                      onClick={() => onSelect(s.id)}
                    >
                      <Icon name={s.state === 'out_of_order' || s.state === 'help' ? 'warning' : s.kind} size={18} />
                      <span className="space-tile-label">{s.label}</span>
                      <span className="space-tile-state">{t(`state.${s.state}`)}</span>
                      {left !== null && (
                        <span className="space-tile-time">
                          {left >= 0
                            ? t('steward.minutesLeft', { count: left })
                            : t('steward.minutesOver', { count: -left })}
                        </span>
                      )}
                      {s.offer && <span className="space-tile-time">{s.offer.code}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

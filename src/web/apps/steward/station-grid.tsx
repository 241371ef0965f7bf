import { useTranslation } from 'react-i18next';
import type { Station, Zone } from '../../../common/schemas/sites/places.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';

/** Stations grouped by zone; out-of-order ones stand out with a word, not only a colour. */
export function StationGrid({ stations, zones }: { stations: Station[]; zones: Zone[] }) {
  const { t } = useTranslation('apps');
  const { current } = useLanguage();
  const groups = [...zones, undefined]
    .map((zone) => ({ zone, items: stations.filter((s) => s.zoneId === (zone?.id ?? null)) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map(({ zone, items }) => (
        <section key={zone?.id ?? 'none'} className="panel" aria-labelledby={`z-${zone?.id ?? 'none'}`}>
          <h2 id={`z-${zone?.id ?? 'none'}`}>
            {zone ? `${zone.code} — ${localized(zone.name, current)}` : t('steward.noZone')}{' '}
            <span className="muted">({t('steward.count', { n: items.length })})</span>
          </h2>
          <ul className="station-grid">
            {items.map((s) => (
              <li key={s.id} className={s.outOfOrder ? 'station-tile is-broken' : 'station-tile'}>
                <Icon name={s.outOfOrder ? 'warning' : s.kind} size={20} />
                <span className="station-label">{s.label}</span>
                {s.outOfOrder && <span className="station-state">{t('steward.outOfOrder')}</span>}
                {s.outOfOrder && s.note && <span className="station-note">{s.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

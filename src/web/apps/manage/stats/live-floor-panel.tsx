import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../common/format.js';
import type { LiveFloor } from '../../../../common/stats/schemas.js';
import { api } from '../../../api/client.js';
import { TableScroll } from '../../../ui/table-scroll.js';

/** Now on the floor (exact figures, for the manager only), refreshed every 30 seconds. */
export function LiveFloorPanel({ slug, locale }: { slug: string; locale: string }) {
  const { t } = useTranslation(['stats', 'common']);
  const floor = useQuery({
    queryKey: ['stats', 'floor', slug],
    queryFn: () => api<LiveFloor>('GET', `/api/sites/${encodeURIComponent(slug)}/stats/floor`),
    refetchInterval: 30_000,
  });
  const f = floor.data;
  if (!f) return null;
  const n = (v: number) => formatNumber(v, locale);
  const today: [string, number, number][] = [
    [t('web.floor.counselling'), f.today.counselling, f.reference.counselling],
    [t('web.floor.digital'), f.today.digital, f.reference.digital],
    [t('web.floor.group'), f.today.group, f.reference.group],
  ];
  return (
    <section className="panel" aria-labelledby="floor-title">
      <h2 id="floor-title">{t('web.floor.title')}</h2>
      <dl className="stats-summary">
        <div>
          <dt>{t('web.floor.waiting')}</dt>
          <dd>{n(f.waiting)}</dd>
        </div>
        <div>
          <dt>{t('web.floor.inSession')}</dt>
          <dd>{n(f.inSession)}</dd>
        </div>
        <div>
          <dt>{t('web.floor.stations')}</dt>
          <dd>{n(f.space.stationsInUse)}</dd>
        </div>
        <div>
          <dt>{t('web.floor.help')}</dt>
          <dd>{n(f.space.helpRequests)}</dd>
        </div>
        <div>
          <dt>{t('web.floor.events')}</dt>
          <dd>{n(f.eventsToday)}</dd>
        </div>
      </dl>
      <TableScroll label={t('web.floor.today')}>
        <table className="data-table">
          <caption>{t('web.floor.today')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measure.indicator')}</th>
              <th scope="col" className="numeric">
                {t('web.floor.sofar')}
              </th>
              <th scope="col" className="numeric">
                {t('web.floor.reference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {today.map(([label, value, ref]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="numeric">{n(value)}</td>
                <td className="numeric">{n(ref)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

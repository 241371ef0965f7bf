import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';
import { spaceApi, spaceKeys } from './space-api.js';

/** For the manager app: `<SpaceSummaryPanel slug={slug} />` — today in the digital space. */
export function SpaceSummaryPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('space');
  const { current } = useLanguage();
  const summary = useQuery({ queryKey: spaceKeys.summary(slug), queryFn: () => spaceApi.summary(slug) });
  const s = summary.data;
  if (!s) return null;
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, current));
  return (
    <section className="panel" aria-labelledby="space-summary-title">
      <h2 id="space-summary-title">{t('summary.title')}</h2>
      <dl className="space-figures">
        <dt>{t('summary.uses')}</dt>
        <dd>{n(s.uses)}</dd>
        <dt>{t('summary.averageUse')}</dt>
        <dd>{n(s.averageUseMinutes)}</dd>
        <dt>{t('summary.averageWait')}</dt>
        <dd>{n(s.averageWaitMinutes)}</dd>
        <dt>{t('summary.helpAck')}</dt>
        <dd>{n(s.averageHelpAckMinutes)}</dd>
        <dt>{t('summary.helpResolve')}</dt>
        <dd>{n(s.averageHelpResolveMinutes)}</dd>
      </dl>
      <table className="data-table">
        <caption>{t('summary.occupancy')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.hour')}</th>
            <th scope="col">{t('summary.inUse')}</th>
          </tr>
        </thead>
        <tbody>
          {s.occupancy.map((o) => (
            <tr key={o.hour}>
              <th scope="row">{o.hour}</th>
              <td>{n(o.stationsInUse)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

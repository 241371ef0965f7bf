import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceApi, spaceKeys } from './space-api.js';
import { useSpaceEvents } from './use-space-events.js';
import './space.css';

/**
 * For the display board: `<DisplaySpacePanel slug={site.slug} token={deviceToken} />` — the stations
 * offered to waiting tickets ("D 007 → PC-12") and the waiting counts, updated by push.
 */
export function DisplaySpacePanel({ slug, token }: { slug: string; token: string }) {
  const { t } = useTranslation('space');
  const client = useQueryClient();
  const data = useQuery({ queryKey: spaceKeys.display(slug), queryFn: () => spaceApi.display(slug, token) });
  const refetch = useCallback(
    () => void client.invalidateQueries({ queryKey: spaceKeys.display(slug) }),
    [client, slug],
  );
  useSpaceEvents(slug, token, (e) => e.type === 'space.ticket_changed' && refetch(), refetch);
  if (!data.data) return null;
  return (
    <section className="display-space" aria-labelledby="display-space-title">
      <h2 id="display-space-title">{t('display.title')}</h2>
      {data.data.offers.length === 0 ? (
        <p>{t('display.none')}</p>
      ) : (
        <ul className="display-space-offers">
          {data.data.offers.map((o) => (
            <li key={o.code}>
              <span className="display-space-code">{o.code}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden">{t('display.goTo')}</span>
              <span className="display-space-station">{o.stationLabel}</span>
            </li>
          ))}
        </ul>
      )}
      <p>{t('display.waiting', { computer: data.data.waiting.computer, tablet: data.data.waiting.tablet })}</p>
    </section>
  );
}

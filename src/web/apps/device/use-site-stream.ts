import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { debounced, openSiteEvents, type SiteEventHandler } from '../../api/site-events.js';
import { publicSiteKey } from '../../api/site-queries.js';
import { queuesKey } from '../../api/visits-api.js';

/**
 * Follows the site's live events. EventSource reconnects by itself; after a reconnect the snapshots are
 * fetched again, and after an error the device's own status is re-checked (it may have been revoked).
 * Any queue event re-fetches the queues snapshot (debounced); `onEvent` sees every event too.
 */
export function useSiteStream(slug: string, token: string, onTrouble: () => void, onEvent?: SiteEventHandler) {
  const client = useQueryClient();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const refreshQueues = debounced(() => void client.invalidateQueries({ queryKey: queuesKey(slug) }), 300);
    const refreshSite = () => void client.invalidateQueries({ queryKey: publicSiteKey(slug) });
    const close = openSiteEvents(slug, {
      token,
      onEvent: (event) => {
        if (event.type === 'site.updated' || event.type === 'zone.changed') refreshSite();
        refreshQueues();
        handler.current?.(event);
      },
      onReconnect: () => {
        refreshSite();
        refreshQueues();
      },
      onError: onTrouble,
    });
    return () => {
      refreshQueues.cancel();
      close();
    };
  }, [client, slug, token, onTrouble]);
}

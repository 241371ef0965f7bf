import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { debounced, openSiteEvents } from '../api/site-events.js';

/** Staff screens follow the site's events with their session cookie and re-fetch what they show. */
export function useStaffStream(slug: string, keys: QueryKey[]) {
  const client = useQueryClient();
  const current = useRef(keys);
  current.current = keys;
  useEffect(() => {
    const refresh = debounced(() => {
      for (const queryKey of current.current) void client.invalidateQueries({ queryKey });
    }, 250);
    const close = openSiteEvents(slug, { onEvent: refresh, onReconnect: refresh });
    return () => {
      refresh.cancel();
      close();
    };
  }, [client, slug]);
}

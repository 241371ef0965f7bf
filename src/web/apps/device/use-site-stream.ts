import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { publicSiteKey } from '../../api/site-queries.js';

/**
 * Follows the site's live events. EventSource reconnects by itself; after a reconnect the snapshot is
 * fetched again, and after an error the device's own status is re-checked (it may have been revoked).
 */
export function useSiteStream(slug: string, token: string, onTrouble: () => void) {
  const client = useQueryClient();
  useEffect(() => {
    const source = new EventSource(
      `/api/sites/${encodeURIComponent(slug)}/stream?access_token=${encodeURIComponent(token)}`,
    );
    let hadError = false;
    const refresh = () => void client.invalidateQueries({ queryKey: publicSiteKey(slug) });
    source.onopen = () => {
      if (hadError) refresh();
      hadError = false;
    };
    source.onerror = () => {
      hadError = true;
      onTrouble();
    };
    for (const type of ['site.updated', 'zone.changed']) source.addEventListener(type, refresh);
    return () => source.close();
  }, [client, slug, token, onTrouble]);
}

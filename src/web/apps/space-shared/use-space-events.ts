import { useEffect, useRef } from 'react';
import type { SiteEvent } from '../../../common/events.js';

/** The events after which a digital-space screen fetches its snapshot again. */
export const SPACE_EVENTS = [
  'space.changed',
  'space.help_changed',
  'space.ticket_changed',
  'station.changed',
  'zone.changed',
  'site.updated',
] as const;

/**
 * Follows the site's event stream (staff cookie, or a device token in the query) for digital-space
 * events. EventSource reconnects by itself; after a reconnect `onResync` re-fetches the snapshot, so a
 * screen that lost its connection catches up. Nothing polls.
 */
export function useSpaceEvents(
  slug: string | undefined,
  token: string | null | undefined,
  onEvent: (event: SiteEvent) => void,
  onResync: () => void,
) {
  const handlers = useRef({ onEvent, onResync });
  handlers.current = { onEvent, onResync };
  useEffect(() => {
    if (!slug) return;
    const query = token ? `?access_token=${encodeURIComponent(token)}` : '';
    const source = new EventSource(`/api/sites/${encodeURIComponent(slug)}/stream${query}`, {
      withCredentials: !token,
    });
    let lost = false;
    source.onopen = () => {
      if (lost) handlers.current.onResync();
      lost = false;
    };
    source.onerror = () => {
      lost = true;
    };
    const listener = (message: MessageEvent<string>) => {
      try {
        handlers.current.onEvent(JSON.parse(message.data) as SiteEvent);
      } catch {
        // A malformed frame is ignored; the next re-sync covers it.
      }
    };
    for (const type of SPACE_EVENTS) source.addEventListener(type, listener);
    return () => source.close();
  }, [slug, token]);
}

/** Whether an event concerns a station: events name the stations they touched, or say `all`. */
export function touchesStation(event: SiteEvent, stationId: string) {
  if (event.type === 'site.updated' || event.data.all === true) return true;
  if (event.type === 'station.changed') return event.data.id === stationId;
  const ids = event.data.stationIds;
  return Array.isArray(ids) && ids.includes(stationId);
}

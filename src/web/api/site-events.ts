import type { SiteEvent } from '../../common/events.js';

export type SiteEventHandler = (event: SiteEvent) => void;
type Options = {
  token?: string;
  onEvent: SiteEventHandler;
  onReconnect: () => void;
  onError?: () => void;
  /** Event types to listen to (default: the queue events). */
  types?: readonly string[];
};

/** Event types after which every screen showing queues re-fetches its snapshot. */
export const QUEUE_EVENTS = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.ended',
  'ticket.transferred',
  'ticket.cancelled',
  'ticket.no_show',
  'ticket.parked',
  'ticket.resumed',
  'ticket.not_served',
  'desk_session.changed',
  'direction.recorded',
  'queues.settings_changed',
  'site.updated',
  'zone.changed',
] as const;

/**
 * Opens the site's Server-Sent Events stream (device token in the query, or the staff cookie).
 * EventSource reconnects by itself; after a reconnect the caller re-syncs from its snapshot.
 */
export function openSiteEvents(
  slug: string,
  { token, onEvent, onReconnect, onError, types = QUEUE_EVENTS }: Options,
): () => void {
  const query = token ? `?access_token=${encodeURIComponent(token)}` : '';
  const source = new EventSource(`/api/sites/${encodeURIComponent(slug)}/stream${query}`, {
    withCredentials: !token,
  });
  let hadError = false;
  source.onopen = () => {
    if (hadError) onReconnect();
    hadError = false;
  };
  source.onerror = () => {
    hadError = true;
    onError?.();
  };
  const listener = (message: MessageEvent<string>) => {
    try {
      onEvent(JSON.parse(message.data) as SiteEvent);
    } catch {
      // A malformed frame is ignored; the next snapshot re-sync covers it.
    }
  };
  for (const type of types) source.addEventListener(type, listener);
  return () => source.close();
}

/** Calls `run` once after a burst of calls has settled. */
export function debounced(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  call.cancel = () => timer && clearTimeout(timer);
  return call;
}

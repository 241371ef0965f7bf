import { useEffect, useState } from 'react';
import type { TicketView } from '../../../common/visits/schemas.js';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';

type State = { ticket: TicketView | null; error: ApiError | null };

/** The ticket, followed by push: the stream sends the full view whenever it changes; reloads after a cut. */
export function useTicket(token: string): State {
  const [state, setState] = useState<State>({ ticket: null, error: null });
  useEffect(() => {
    let alive = true;
    const load = () =>
      api<TicketView>('GET', `/api/tickets/${encodeURIComponent(token)}`).then(
        (ticket) => alive && setState({ ticket, error: null }),
        (error: unknown) => alive && error instanceof ApiError && setState((s) => ({ ...s, error })),
      );
    void load();
    const source = new EventSource(`/api/tickets/${encodeURIComponent(token)}/stream`);
    let cut = false;
    source.addEventListener('status', (message) => {
      try {
        const ticket = JSON.parse((message as MessageEvent<string>).data) as TicketView;
        if (alive) setState({ ticket, error: null });
      } catch {
        // Ignore a malformed frame; the next one carries the full view again.
      }
    });
    source.onerror = () => {
      cut = true;
    };
    source.onopen = () => {
      if (cut) void load();
      cut = false;
    };
    return () => {
      alive = false;
      source.close();
    };
  }, [token]);
  return state;
}

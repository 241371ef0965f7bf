import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../../common/domain.js';
import type { SiteEvent } from '../../../common/events.js';
import type { QueuesSnapshot } from '../../../common/visits/schemas.js';

export type Call = QueuesSnapshot['recentCalls'][number];
const MAX_CALLS = 8;

/** A call carried by a `ticket.called` / `ticket.recalled` event, or null. */
export function callFromEvent(event: SiteEvent): Call | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  const d = event.data as Partial<Call> & { desk?: Call['desk'] };
  if (typeof d.code !== 'string' || !d.desk) return null;
  return {
    code: d.code,
    language: (d.language ?? 'fr') as Language,
    desk: d.desk,
    calledAt: event.at,
    recalls: typeof d.recalls === 'number' ? d.recalls : 0,
  };
}

function merge(calls: Call[]): Call[] {
  const seen = new Set<string>();
  return [...calls]
    .sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt))
    .filter((c) => {
      if (seen.has(c.code)) return false;
      seen.add(c.code);
      return true;
    })
    .slice(0, MAX_CALLS);
}

/** The latest calls: the snapshot is the truth, events show a call at once (list capped). */
export function useCalls(snapshot: QueuesSnapshot | undefined) {
  const [calls, setCalls] = useState<Call[]>([]);
  useEffect(() => {
    if (snapshot) setCalls((live) => merge([...snapshot.recentCalls, ...live.filter((c) => c.calledAt > snapshot.at)]));
  }, [snapshot]);
  const push = useCallback((call: Call) => setCalls((list) => merge([call, ...list])), []);
  return { calls, push };
}

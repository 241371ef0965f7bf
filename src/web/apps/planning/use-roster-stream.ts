import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RosterEventData } from '../../../common/roster/plan-schemas.js';
import { debounced, openSiteEvents } from '../../api/site-events.js';
import { planKeys } from './planning-api.js';

export type SolveProgress = NonNullable<RosterEventData['progress']> & { planId: string };

const ROSTER_EVENTS = ['roster.changed', 'checkin.changed'] as const;

/**
 * Follows the site's planning and check-in events: re-reads the planning queries after a burst of
 * changes, and keeps the latest solve progress (objective, bound, gap) for a progress line.
 */
export function useRosterStream(slug: string) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<SolveProgress | null>(null);
  const setter = useRef(setProgress);
  setter.current = setProgress;
  useEffect(() => {
    const refresh = debounced(() => void client.invalidateQueries({ queryKey: planKeys.all }), 300);
    const close = openSiteEvents(slug, {
      types: ROSTER_EVENTS,
      onReconnect: refresh,
      onEvent: (event) => {
        const data = event.data as Partial<RosterEventData>;
        if (data.kind === 'solve_progress' && data.planId && data.progress) {
          setter.current({ planId: data.planId, ...data.progress });
          return;
        }
        refresh();
      },
    });
    return () => {
      refresh.cancel();
      close();
    };
  }, [client, slug]);
  return progress;
}

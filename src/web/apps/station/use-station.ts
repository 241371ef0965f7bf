import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SiteEvent } from '../../../common/events.js';
import { spaceApi, spaceKeys } from '../space-shared/space-api.js';
import { touchesStation, useSpaceEvents } from '../space-shared/use-space-events.js';

/** The station's own state, fetched again only when an event names this station (or after a reconnect). */
export function useStation(token: string, slug: string) {
  const client = useQueryClient();
  const state = useQuery({
    queryKey: spaceKeys.station(token),
    queryFn: () => spaceApi.station(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const stationId = state.data?.station.id;
  const refetch = useCallback(
    () => void client.invalidateQueries({ queryKey: spaceKeys.station(token) }),
    [client, token],
  );
  const onEvent = useCallback(
    (event: SiteEvent) => {
      if (!stationId || touchesStation(event, stationId)) refetch();
    },
    [stationId, refetch],
  );
  useSpaceEvents(slug, token, onEvent, refetch);
  return { state, refetch };
}

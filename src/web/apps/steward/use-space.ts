import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { debounce } from '../space-shared/debounce.js';
import { spaceApi, spaceKeys } from '../space-shared/space-api.js';
import { useSpaceEvents } from '../space-shared/use-space-events.js';

/** The live floor: one snapshot, fetched again (debounced) after each digital-space event. */
export function useSpace(slug: string) {
  const client = useQueryClient();
  const snapshot = useQuery({ queryKey: spaceKeys.snapshot(slug), queryFn: () => spaceApi.snapshot(slug) });
  const refetch = useCallback(
    () => void client.invalidateQueries({ queryKey: spaceKeys.snapshot(slug) }),
    [client, slug],
  );
  const soon = useMemo(() => debounce(refetch, 150), [refetch]);
  useSpaceEvents(slug, null, soon, refetch);
  return { snapshot, refetch };
}

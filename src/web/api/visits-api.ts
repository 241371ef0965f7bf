import { useQuery } from '@tanstack/react-query';
import type { QueuesSnapshot } from '../../common/visits/schemas.js';
import { api } from './client.js';

export const queuesKey = (slug: string) => ['queues', slug] as const;
export const ticketsKey = (slug: string) => ['tickets', slug] as const;
export const deskKey = (slug: string) => ['desk', slug] as const;
export const directionsKey = (slug: string) => ['directions', slug] as const;

const site = (slug: string) => `/api/sites/${encodeURIComponent(slug)}`;
export const sitePath = site;

/** Every queue of the site at a glance; devices pass their token, staff use their session. */
export function useQueues(slug: string, options: { bearer?: string; refetchMs?: number } = {}) {
  return useQuery({
    queryKey: queuesKey(slug),
    queryFn: () => api<QueuesSnapshot>('GET', `${site(slug)}/queues`, options.bearer ? { bearer: options.bearer } : {}),
    staleTime: 10_000,
    refetchInterval: options.refetchMs ?? 60_000,
  });
}

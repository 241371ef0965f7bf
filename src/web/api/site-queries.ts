import { useQuery } from '@tanstack/react-query';
import type { Site } from '../../common/schemas/sites/site.js';
import type { Zone } from '../../common/schemas/sites/places.js';
import { api } from './client.js';

export const DEFAULT_SITE = 'brussels';
export type PublicSite = Site & { zones: Zone[] };

export function publicSiteKey(slug: string) {
  return ['site-public', slug] as const;
}

/** The centre's public identity: names, address, hours, fields, colours and zones. */
export function usePublicSite(slug: string = DEFAULT_SITE) {
  return useQuery({
    queryKey: publicSiteKey(slug),
    queryFn: () => api<PublicSite>('GET', `/api/sites/${encodeURIComponent(slug)}/public`),
    staleTime: 5 * 60_000,
  });
}

/** CSS custom properties carrying the centre's colours. */
export function brandStyle(site: Pick<Site, 'branding'> | undefined) {
  if (!site) return undefined;
  return { '--brand': site.branding.primaryColor, '--accent': site.branding.accentColor } as React.CSSProperties;
}

import { useParams } from 'react-router';
import type { Zone } from '../../../../common/schemas/sites/places.js';
import { DEFAULT_SITE } from '../../../api/site-queries.js';
import { useList } from '../resource/use-resource.js';

/** The site in the address (/admin/site/:slug/…) and its zones, used by every place screen. */
export function useSiteContext() {
  const slug = useParams().slug ?? DEFAULT_SITE;
  const base = `/api/sites/${encodeURIComponent(slug)}`;
  const zones = useList<Zone>(`${base}/zones`);
  return { slug, base, zones: zones.data ?? [] };
}

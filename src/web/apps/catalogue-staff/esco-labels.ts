import { useQueries } from '@tanstack/react-query';
import type { OccupationDetail } from '../../../common/catalogue/occupation-schemas.js';
import { api } from '../../api/client.js';
import type { EscoItem } from './esco-picker.js';

/** Labels of occupations already linked (an offer being edited): one small request each, cached. */
export function useOccupationLabels(uris: string[], lang: string): Map<string, EscoItem> {
  const results = useQueries({
    queries: uris.map((uri) => ({
      queryKey: ['esco-occupation-label', uri, lang],
      queryFn: () => api<OccupationDetail>('GET', `/api/catalogue/occupations/${encodeURIComponent(uri)}?lang=${lang}`),
      staleTime: 3_600_000,
      retry: false,
    })),
  });
  const labels = new Map<string, EscoItem>();
  for (const r of results)
    if (r.data) labels.set(r.data.escoUri, { uri: r.data.escoUri, title: r.data.title, titleLang: r.data.titleLang });
  return labels;
}

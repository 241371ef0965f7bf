import { useQuery } from '@tanstack/react-query';
import type { OccupationDetail, TransitionList } from '../../../common/catalogue/occupation-schemas.js';
import type { SearchResult } from '../../../common/catalogue/schemas.js';
import { api } from '../../api/client.js';

const OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';
/** Portal URLs carry the ESCO concept id only; the API takes the full URI. */
export const occupationPath = (uri: string) => `/portal/occupations/${uri.replace(OCCUPATION_PREFIX, '')}`;
const occupationUri = (id: string) => encodeURIComponent(`${OCCUPATION_PREFIX}${id}`);

export const useSearch = (q: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-search', q, lang],
    enabled: q.trim() !== '',
    queryFn: () =>
      api<SearchResult>(
        'GET',
        `/api/catalogue/search?${new URLSearchParams({ q, lang, type: 'occupation', limit: '20' })}`,
      ),
  });

export const useOccupation = (id: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-occupation', id, lang],
    queryFn: () => api<OccupationDetail>('GET', `/api/catalogue/occupations/${occupationUri(id)}?lang=${lang}`),
  });

export const useTransitions = (id: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-transitions', id, lang],
    queryFn: () =>
      api<TransitionList>('GET', `/api/catalogue/occupations/${occupationUri(id)}/transitions?lang=${lang}&limit=10`),
  });

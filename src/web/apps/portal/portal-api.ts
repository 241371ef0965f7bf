import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicEvent } from '../../../common/agenda/schemas.js';
import type { OccupationDetail, TransitionList } from '../../../common/catalogue/occupation-schemas.js';
import type {
  ListingDetail,
  Listings,
  OccupationOffers,
  OfferKind,
  TransitionsResult,
} from '../../../common/catalogue/portal-schemas.js';
import type { SearchResult } from '../../../common/catalogue/schemas.js';
import { portalSearchUrl } from '../../../common/catalogue/search-url.js';
import { api } from '../../api/client.js';
import { DEFAULT_SITE } from '../../api/site-queries.js';

const OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';
const SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';
/** Portal URLs carry ESCO concept ids only; the API takes full URIs. */
export const occupationId = (uri: string) => uri.replace(OCCUPATION_PREFIX, '');
export const occupationPath = (uri: string) => `/portal/occupations/${occupationId(uri)}`;
export const skillId = (uri: string) => uri.replace(SKILL_PREFIX, '');
export const skillUri = (id: string) => `${SKILL_PREFIX}${id}`;
const occupationUri = (id: string) => encodeURIComponent(`${OCCUPATION_PREFIX}${id}`);

/** Portal paths of each kind of offer (English words, like the rest of the URLs). */
export const OFFER_PATHS: Record<OfferKind, string> = {
  training: 'trainings',
  vacancy: 'vacancies',
  service: 'services',
  guide: 'guides',
};
export const offerPath = (kind: OfferKind, id: string) => `/portal/${OFFER_PATHS[kind]}/${id}`;

/** The one search: `facets` are the chosen language, organisation and field, as `name=value` pairs. */
export const useSearch = (q: string, lang: string, type: string, facets: Record<string, string> = {}) => {
  // events of this centre's agenda, where the results link to
  const url = portalSearchUrl(q, lang, type, DEFAULT_SITE, facets);
  return useQuery({
    queryKey: ['catalogue-search', url],
    enabled: q.trim() !== '',
    queryFn: () => api<SearchResult>('GET', url),
  });
};

/** Skill autocomplete: the one search, skills only, a few titles. */
export const useSkillSuggestions = (q: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-skills', q, lang],
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api<SearchResult>('GET', `/api/catalogue/search?${new URLSearchParams({ q, lang, type: 'skill', limit: '8' })}`, {
        signal,
      }),
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
      api<TransitionList>('GET', `/api/catalogue/occupations/${occupationUri(id)}/transitions?lang=${lang}&limit=5`),
  });

export const useOccupationOffers = (id: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-occupation-offers', id, lang],
    queryFn: () => api<OccupationOffers>('GET', `/api/catalogue/occupations/${occupationUri(id)}/offers?lang=${lang}`),
  });

export type TransitionStart = { from?: string; skills?: string[]; tag?: string };

export const useTransitionTargets = ({ from, skills, tag }: TransitionStart, lang: string) => {
  const params = new URLSearchParams({ lang, limit: '10' });
  if (from) params.set('from', `${OCCUPATION_PREFIX}${from}`);
  if (skills && skills.length > 0) params.set('skills', skills.map(skillUri).join(','));
  if (tag) params.set('tag', tag);
  return useQuery({
    queryKey: ['catalogue-transition-targets', params.toString()],
    enabled: Boolean(from) || Boolean(skills && skills.length > 0),
    placeholderData: keepPreviousData,
    queryFn: () => api<TransitionsResult>('GET', `/api/catalogue/transitions?${params}`),
  });
};

export const useListings = (params: URLSearchParams) =>
  useQuery({
    queryKey: ['catalogue-listings', params.toString()],
    placeholderData: keepPreviousData,
    queryFn: () => api<Listings>('GET', `/api/catalogue/listings?${params}`),
  });

export const useListing = (id: string, lang: string) =>
  useQuery({
    queryKey: ['catalogue-listing', id, lang],
    queryFn: () => api<ListingDetail>('GET', `/api/catalogue/listings/${encodeURIComponent(id)}?lang=${lang}`),
  });

/** Upcoming public events of the centre (the agenda module's public read). */
export const useUpcomingEvents = (lang: string) =>
  useQuery({
    queryKey: ['portal-events', lang],
    staleTime: 5 * 60_000,
    queryFn: () => api<PublicEvent[]>('GET', `/api/sites/${DEFAULT_SITE}/agenda?limit=30`),
  });

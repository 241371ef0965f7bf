import { useQuery } from '@tanstack/react-query';
import type { FeedReport, FeedSource } from '../../../../common/catalogue/feed-schemas.js';
import { CATALOGUE_LANGS, type CatalogueLang } from '../../../../common/catalogue/languages.js';
import type { Offer, OfferInput } from '../../../../common/catalogue/offer-schemas.js';
import { ApiError } from '../../../api/api-error.js';
import { api } from '../../../api/client.js';

export const OFFERS_PATH = '/partner/offers';
export const useOwnOffers = () =>
  useQuery({ queryKey: ['own-offers'], queryFn: () => api<{ items: Offer[] }>('GET', '/api/catalogue/offers/mine') });
export const useOffer = (id: string) =>
  useQuery({ queryKey: ['offer', id], queryFn: () => api<Offer>('GET', `/api/catalogue/offers/${id}`) });
export const useFeedSources = () =>
  useQuery({
    queryKey: ['feed-sources'],
    queryFn: () => api<{ items: FeedSource[] }>('GET', '/api/catalogue/feed-sources'),
  });

export const saveOffer = (input: OfferInput, id?: string) =>
  id
    ? api<Offer>('PUT', `/api/catalogue/offers/${id}`, { body: input })
    : api<Offer>('POST', '/api/catalogue/offers', { body: input });
export const importFile = (body: { format: 'csv' | 'json'; source: string; content: string }) =>
  api<FeedReport>('POST', '/api/catalogue/feeds', { body });

/** The editable part of an offer; an expired one comes back as a draft until its date is moved. */
export const toInput = (
  o: Offer,
  status: OfferInput['status'] = o.status === 'published' ? 'published' : 'draft',
): OfferInput => ({
  kind: o.kind,
  titles: o.titles,
  descriptions: o.descriptions,
  languages: o.languages,
  occupationUris: o.occupationUris,
  skillUris: o.skillUris,
  details: o.details,
  closesOn: o.closesOn,
  status,
});

/** Languages in which the offer has no title, or no description while another language has one. */
export function missingTranslations(o: Pick<Offer, 'titles' | 'descriptions'>): CatalogueLang[] {
  const anyDescription = Object.values(o.descriptions).some((d) => d?.trim());
  return CATALOGUE_LANGS.filter((l) => !o.titles[l]?.trim() || (anyDescription && !o.descriptions[l]?.trim()));
}

export const fieldError = (error: unknown, ...fields: string[]) => {
  if (!(error instanceof ApiError)) return undefined;
  const errors = error.fieldErrors();
  for (const f of fields) if (errors[f]) return errors[f];
  return undefined;
};

import type { OfferInput } from '../../../../common/catalogue/offer-schemas.js';

type Kind = OfferInput['kind'];
export type DetailField = { key: string; type?: 'url' | 'text' | 'long' };

/**
 * The facts a partner gives for each kind of offer, under the keys the portal shows (offer facts) and the
 * CSV feed reads: a training's provider, schedule, place, duration, cost, conditions and how to apply;
 * a vacancy's employer, contract, place and apply link; a service's audience, access, place and hours.
 */
export const KIND_DETAILS: Record<Kind, DetailField[]> = {
  training: [
    { key: 'provider' },
    { key: 'schedule' },
    { key: 'place' },
    { key: 'duration' },
    { key: 'cost' },
    { key: 'conditions', type: 'long' },
    { key: 'apply_url', type: 'url' },
  ],
  vacancy: [
    { key: 'employer' },
    { key: 'contract' },
    { key: 'place' },
    { key: 'schedule' },
    { key: 'apply_url', type: 'url' },
  ],
  service: [{ key: 'audience' }, { key: 'access', type: 'long' }, { key: 'place' }, { key: 'hours' }, { key: 'cost' }],
  guide: [{ key: 'provider' }, { key: 'audience' }, { key: 'apply_url', type: 'url' }],
};

/** Keeps only the facts of the chosen kind (a training turned vacancy loses its provider), without blanks. */
export function detailsFor(kind: Kind, details: Record<string, string>, extra: Record<string, string> = {}) {
  const keys = new Set([...KIND_DETAILS[kind].map((f) => f.key), ...Object.keys(extra)]);
  return Object.fromEntries(
    Object.entries({ ...details, ...extra }).filter(([k, v]) => keys.has(k) && v.trim() !== ''),
  );
}

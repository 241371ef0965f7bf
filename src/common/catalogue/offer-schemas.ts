import { z } from 'zod';
import { CATALOGUE_LANGS } from './languages.js';

export const OFFER_KINDS = ['training', 'vacancy', 'service', 'guide'] as const;
export const OFFER_STATUSES = ['draft', 'published', 'expired'] as const;
export const OFFER_LIMITS = { title: 200, description: 5000, detail: 500, links: 20 } as const;

const langText = (max: number) =>
  z
    .partialRecord(z.enum(CATALOGUE_LANGS), z.string().trim().min(1).max(max))
    .refine((v) => Object.keys(v).length > 0, { message: 'required' });

export const offerInputSchema = z.object({
  kind: z.enum(OFFER_KINDS),
  titles: langText(OFFER_LIMITS.title),
  descriptions: z.partialRecord(z.enum(CATALOGUE_LANGS), z.string().trim().max(OFFER_LIMITS.description)).default({}),
  languages: z.array(z.enum(CATALOGUE_LANGS)).min(1).max(3),
  occupationUris: z.array(z.string().url().max(200)).max(OFFER_LIMITS.links).default([]),
  skillUris: z.array(z.string().url().max(200)).max(OFFER_LIMITS.links).default([]),
  /** Kind-specific fields: provider, employer, place, schedule, cost, contract, applyUrl, … */
  details: z.record(z.string().max(40), z.string().max(OFFER_LIMITS.detail)).default({}),
  closesOn: z.iso.date().nullable().default(null),
  status: z.enum(['draft', 'published']).default('draft'),
});
export type OfferInput = z.infer<typeof offerInputSchema>;

export const offerSchema = offerInputSchema.extend({
  id: z.string(),
  status: z.enum(OFFER_STATUSES),
  organisationId: z.string(),
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;
export const offerParamsSchema = z.object({ id: z.uuid() });
export const offerListSchema = z.object({ items: z.array(offerSchema) });

import { z } from 'zod';
import { FIELDS } from '../domain.js';
import { CATALOGUE_LANGS } from './languages.js';
import { OCCUPATION_TAGS } from './occupation-tags.js';
import { OFFER_KINDS } from './offer-schemas.js';
import { catalogueLangSchema } from './schemas.js';

/** Public reads of the portal: published offers, offers linked to an occupation, career transitions. */

export const PORTAL_LIMITS = { listMax: 50, offsetMax: 5000, pickedSkillsMax: 40, transitionsMax: 20 } as const;

export { OCCUPATION_TAGS };
export type OfferKind = (typeof OFFER_KINDS)[number];

const labelled = z.object({ escoUri: z.string(), title: z.string(), titleLang: catalogueLangSchema });
export type Labelled = z.infer<typeof labelled>;

/** What a list shows of a published offer: small, so a list stays light on a weak network. */
export const offerSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(OFFER_KINDS),
  title: z.string(),
  titleLang: catalogueLangSchema,
  organisation: z.object({ id: z.string(), name: z.string() }),
  languages: z.array(z.enum(CATALOGUE_LANGS)),
  place: z.string().nullable(),
  closesOn: z.string().nullable(),
});
export type OfferSummary = z.infer<typeof offerSummarySchema>;

export const listingsQuerySchema = z.object({
  kind: z.enum(OFFER_KINDS),
  lang: catalogueLangSchema.default('fr'),
  /** Language the offer is given in. */
  language: z.enum(CATALOGUE_LANGS).optional(),
  organisation: z.uuid().optional(),
  /** Field of expertise, where the offer's data names one (`details.field`). */
  field: z.enum(FIELDS).optional(),
  occupation: z.string().url().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PORTAL_LIMITS.listMax).default(20),
  offset: z.coerce.number().int().min(0).max(PORTAL_LIMITS.offsetMax).default(0),
});
export type ListingsQuery = z.infer<typeof listingsQuerySchema>;

export const listingsSchema = z.object({
  items: z.array(offerSummarySchema),
  total: z.number().int(),
  /** Organisations with published offers of this kind, for the filter. */
  organisations: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
});
export type Listings = z.infer<typeof listingsSchema>;

export const listingParamsSchema = z.object({ id: z.uuid() });

export const listingDetailSchema = offerSummarySchema.extend({
  description: z.object({ text: z.string(), lang: catalogueLangSchema }).nullable(),
  /** Kind-specific fields as the partner gave them (provider, employer, schedule, cost, apply_url, access, …). */
  details: z.record(z.string(), z.string()),
  occupations: z.array(labelled),
  skills: z.array(labelled),
  organisationWebsite: z.string().nullable(),
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type ListingDetail = z.infer<typeof listingDetailSchema>;

export const occupationOffersSchema = z.object({
  training: z.array(offerSummarySchema),
  vacancy: z.array(offerSummarySchema),
  service: z.array(offerSummarySchema),
  guide: z.array(offerSummarySchema),
});
export type OccupationOffers = z.infer<typeof occupationOffersSchema>;

const tagSchema = z.object({
  tag: z.enum(OCCUPATION_TAGS),
  region: z.string(),
  source: z.string(),
  year: z.number(),
});

const skillList = z
  .string()
  .max(PORTAL_LIMITS.pickedSkillsMax * 201)
  .transform((s) => [...new Set(s.split(',').filter((x) => x !== ''))])
  .pipe(z.array(z.string().url().max(200)).min(1).max(PORTAL_LIMITS.pickedSkillsMax));

/** Transitions from an occupation (`from`) or from the skills a person ticked (`skills`, comma-separated URIs). */
export const transitionsSearchSchema = z
  .object({
    from: z.string().url().max(200).optional(),
    skills: skillList.optional(),
    tag: z.enum(OCCUPATION_TAGS).optional(),
    lang: catalogueLangSchema.default('fr'),
    limit: z.coerce.number().int().min(1).max(PORTAL_LIMITS.transitionsMax).default(10),
  })
  .refine((q) => (q.from === undefined) !== (q.skills === undefined), {
    message: 'one_of_from_or_skills',
    path: ['from'],
  });
export type TransitionsSearch = z.infer<typeof transitionsSearchSchema>;

export const transitionTargetSchema = labelled.extend({
  score: z.number(),
  tags: z.array(tagSchema),
  /** Skills the target shares with the starting point (the first ones by title; all are counted). */
  sharedSkills: z.array(labelled),
  sharedCount: z.number().int(),
  /** Essential skills of the target that the starting point lacks (the first ones by title; all are counted). */
  gapSkills: z.array(labelled),
  gapCount: z.number().int(),
  /** Published trainings linked to the target occupation or to a gap skill, the most gap skills first. */
  trainings: z.array(offerSummarySchema.extend({ coversGapSkills: z.number().int() })),
});
export type TransitionTarget = z.infer<typeof transitionTargetSchema>;

export const transitionsResultSchema = z.object({
  /** The starting occupation, or null when starting from skills. */
  from: labelled.nullable(),
  /** The ticked skills as understood (unknown URIs dropped). */
  skills: z.array(labelled),
  items: z.array(transitionTargetSchema),
});
export type TransitionsResult = z.infer<typeof transitionsResultSchema>;

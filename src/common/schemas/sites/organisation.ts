import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../domain.js';
import { LIMITS } from '../../limits.js';
import { localizedTextSchema, slugSchema, urlSchema } from '../shared.js';

export const organisationInputSchema = z.strictObject({
  slug: slugSchema,
  name: localizedTextSchema,
  kind: z.enum(ORGANISATION_KINDS),
  website: urlSchema.nullable(),
  fundingSharePercent: z.number().min(LIMITS.fundingSharePercent.min).max(LIMITS.fundingSharePercent.max).nullable(),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export const organisationPatchSchema = organisationInputSchema.omit({ slug: true }).partial();
/** What a partner coordinator may change about their own organisation. */
export const ownOrganisationPatchSchema = organisationInputSchema.pick({ name: true, website: true }).partial();

export const organisationSchema = organisationInputSchema.extend({ id: z.string() });
export type Organisation = z.infer<typeof organisationSchema>;

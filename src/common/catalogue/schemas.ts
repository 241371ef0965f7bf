import { z } from 'zod';
import { slugSchema } from '../schemas/shared.js';
import { CATALOGUE_LANGS } from './languages.js';

export const SEARCH_TYPES = ['occupation', 'skill', 'training', 'vacancy', 'service', 'guide', 'event'] as const;
export const SEARCH_LIMITS = { queryMax: 200, limitMax: 50 } as const;

export const catalogueLangSchema = z.enum(CATALOGUE_LANGS);

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(SEARCH_LIMITS.queryMax),
  lang: catalogueLangSchema.default('fr'),
  type: z.enum(SEARCH_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.limitMax).default(10),
  /** Events of this centre only (its agenda); without it, every centre's. */
  site: slugSchema.optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchItemSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  /** ESCO concept URI for occupations and skills. */
  escoUri: z.string().optional(),
  /** Id of a partner offer or of an agenda event. */
  id: z.string().optional(),
  title: z.string(),
  /** Language the title is in (differs from the requested one when it fell back). */
  titleLang: catalogueLangSchema,
  /** When an agenda event starts (events only: a workshop held on several days is one item per day). */
  startsAt: z.string().optional(),
  score: z.number(),
});
export const searchResultSchema = z.object({
  items: z.array(searchItemSchema),
  facets: z.object({ type: z.record(z.string(), z.number()) }),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const suggestQuerySchema = searchQuerySchema.pick({ q: true, lang: true, type: true }).extend({
  limit: z.coerce.number().int().min(1).max(15).default(8),
});

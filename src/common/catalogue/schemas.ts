import { z } from 'zod';
import { FIELDS } from '../domain.js';
import { slugSchema } from '../schemas/shared.js';
import { CATALOGUE_LANGS } from './languages.js';

export const SEARCH_TYPES = ['occupation', 'skill', 'training', 'vacancy', 'service', 'guide', 'event'] as const;
export const SEARCH_LIMITS = { queryMax: 200, limitMax: 50 } as const;
/** The facets a search may be narrowed by (partner offers and agenda events have them, ESCO items do not). */
export const SEARCH_FACETS = ['language', 'organisation', 'field'] as const;

export const catalogueLangSchema = z.enum(CATALOGUE_LANGS);

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(SEARCH_LIMITS.queryMax),
  lang: catalogueLangSchema.default('fr'),
  type: z.enum(SEARCH_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.limitMax).default(10),
  /** Events of this centre only (its agenda); without it, every centre's. */
  site: slugSchema.optional(),
  /**
   * Facets of partner offers and agenda events: the language it is given in, the organisation, the field.
   * ESCO occupations and skills have none of them, so they are left out when one is chosen.
   */
  language: catalogueLangSchema.optional(),
  organisation: z.uuid().optional(),
  field: z.enum(FIELDS).optional(),
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
const facetCount = z.object({ value: z.string(), count: z.number().int() });
export const searchResultSchema = z.object({
  items: z.array(searchItemSchema),
  facets: z.object({
    /** Items found per type (before the other facets apply). */
    type: z.record(z.string(), z.number()),
    /** Offers and events found (with the type, before the facets apply) per language, field and organisation. */
    language: z.array(facetCount),
    field: z.array(facetCount),
    organisation: z.array(facetCount.extend({ label: z.string() })),
  }),
});
export type SearchFacets = SearchResult['facets'];
export type SearchResult = z.infer<typeof searchResultSchema>;

export const suggestQuerySchema = searchQuerySchema.pick({ q: true, lang: true, type: true }).extend({
  limit: z.coerce.number().int().min(1).max(15).default(8),
});

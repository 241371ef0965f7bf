import { z } from 'zod';
import { CATALOGUE_LANGS } from './languages.js';

/** Curated occupation tags: a growth sector / new profession, or a regional shortage list. */
export const OCCUPATION_TAGS = ['new_profession', 'shortage'] as const;
export type OccupationTag = (typeof OCCUPATION_TAGS)[number];
export const TAG_LIMITS = { region: 80, source: 200, minYear: 2000, maxYear: 2100 } as const;

export const tagKeySchema = z.object({
  occupationUri: z.string().url().max(200),
  tag: z.enum(OCCUPATION_TAGS),
  /** The region of a shortage list ("Bruxelles-Capitale"); empty for a network-wide tag. */
  region: z.string().trim().max(TAG_LIMITS.region).default(''),
});

export const tagInputSchema = tagKeySchema.extend({
  /** Where the tag comes from: "Actiris — fonctions critiques", "VDAB knelpuntberoepen", … */
  source: z.string().trim().min(1).max(TAG_LIMITS.source),
  year: z.coerce.number().int().min(TAG_LIMITS.minYear).max(TAG_LIMITS.maxYear),
});
export type TagInput = z.infer<typeof tagInputSchema>;

export const tagSchema = tagInputSchema.extend({
  /** The occupation's label in the requested language (with fallback), and the language it is in. */
  title: z.string(),
  titleLang: z.enum(CATALOGUE_LANGS),
});
export type CuratedTag = z.infer<typeof tagSchema>;

export const tagListQuerySchema = z.object({ lang: z.enum(CATALOGUE_LANGS).default('fr') });
export const tagListSchema = z.object({ items: z.array(tagSchema) });

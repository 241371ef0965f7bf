import { z } from 'zod';
import { catalogueLangSchema } from './schemas.js';

const labelled = z.object({ escoUri: z.string(), title: z.string(), titleLang: catalogueLangSchema });
export const occupationParamsSchema = z.object({ uri: z.string().url().max(200) });
export const langQuerySchema = z.object({ lang: catalogueLangSchema.default('fr') });
export const transitionsQuerySchema = langQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(30).default(10),
});

export const occupationDetailSchema = labelled.extend({
  description: z.object({ text: z.string(), lang: catalogueLangSchema }).nullable(),
  isco: labelled.extend({ code: z.string() }).nullable(),
  essentialSkills: z.array(labelled.extend({ skillType: z.string().nullable() })),
  optionalSkills: z.array(labelled.extend({ skillType: z.string().nullable() })),
  tags: z.array(
    z.object({ tag: z.enum(['new_profession', 'shortage']), region: z.string(), source: z.string(), year: z.number() }),
  ),
});
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;

export const transitionListSchema = z.object({
  items: z.array(labelled.extend({ score: z.number(), sharedSkills: z.number(), gapEssentialSkills: z.number() })),
});
export type TransitionList = z.infer<typeof transitionListSchema>;

import { z } from 'zod';
import { FIELDS, LANGUAGES, ROLES, WEEKDAYS } from '../domain.js';
import { LIMITS } from '../limits.js';

export const languageSchema = z.enum(LANGUAGES);
export const fieldSchema = z.enum(FIELDS);
export const roleSchema = z.enum(ROLES);
export const uuidSchema = z.uuid();

export const nameSchema = z.string().trim().min(LIMITS.name.min).max(LIMITS.name.max);
export const slugSchema = z
  .string()
  .min(LIMITS.slug.min)
  .max(LIMITS.slug.max)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const emailSchema = z.string().trim().toLowerCase().max(LIMITS.email.max).pipe(z.email());
export const urlSchema = z.url({ protocol: /^https?$/ }).max(LIMITS.url.max);

/** A text in every interface language. */
export const localizedTextSchema = z.strictObject({ fr: nameSchema, nl: nameSchema, en: nameSchema });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A calendar date (YYYY-MM-DD) in a range PostgreSQL stores (it has no year 0) and people mean. */
export const dateSchema = z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2100-12-31', { message: 'invalid' });

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const intervalSchema = z
  .strictObject({ open: timeOfDaySchema, close: timeOfDaySchema })
  .refine((i) => i.open < i.close, { message: 'close_before_open', path: ['close'] });

/** Opening hours per weekday: a list of intervals, empty when closed. */
export const openingHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(intervalSchema).max(4)])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodArray<typeof intervalSchema>
    >,
  )
  .superRefine((hours, ctx) => {
    for (const day of WEEKDAYS) {
      const sorted = [...hours[day]].sort((a, b) => a.open.localeCompare(b.open));
      for (let i = 1; i < sorted.length; i++) {
        if ((sorted[i]?.open ?? '') < (sorted[i - 1]?.close ?? '')) {
          ctx.addIssue({ code: 'custom', message: 'intervals_overlap', path: [day] });
        }
      }
    }
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const idParamsSchema = z.strictObject({ id: uuidSchema });
export const siteParamsSchema = z.strictObject({ siteSlug: slugSchema });
export const siteItemParamsSchema = z.strictObject({ siteSlug: slugSchema, id: uuidSchema });

export const okSchema = z.object({ ok: z.literal(true) });

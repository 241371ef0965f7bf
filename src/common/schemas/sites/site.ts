import { z } from 'zod';
import { LIMITS } from '../../limits.js';
import { fieldSchema, languageSchema, localizedTextSchema, openingHoursSchema, slugSchema } from '../shared.js';

const minutes = z.number().int().min(LIMITS.timeLimitMinutes.min).max(LIMITS.timeLimitMinutes.max);

export const timeLimitsSchema = z.strictObject({
  counsellingMinutes: minutes,
  computerMinutes: minutes,
  tabletMinutes: minutes,
});
export type TimeLimits = z.infer<typeof timeLimitsSchema>;

export const brandingSchema = z.strictObject({
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export const siteInputSchema = z.strictObject({
  slug: slugSchema,
  name: localizedTextSchema,
  address: z.string().trim().min(1).max(LIMITS.address.max),
  timeZone: z.string().refine(isTimeZone, { message: 'invalid_time_zone' }),
  languages: z.array(languageSchema).min(1).max(3),
  fields: z.array(fieldSchema).min(1).max(6),
  openingHours: openingHoursSchema,
  timeLimits: timeLimitsSchema,
  branding: brandingSchema,
});
export type SiteInput = z.infer<typeof siteInputSchema>;
export const sitePatchSchema = siteInputSchema.omit({ slug: true }).partial();

export const siteSchema = siteInputSchema.extend({ id: z.string() });
export type Site = z.infer<typeof siteSchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length <= 64;
  } catch {
    return false;
  }
}

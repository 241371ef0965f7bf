import { z } from 'zod';
import { LIMITS } from '../../limits.js';
import { dateSchema, emailSchema, fieldSchema, languageSchema, nameSchema, roleSchema, uuidSchema } from '../shared.js';

export const siteRolesSchema = z.strictObject({
  siteId: uuidSchema,
  roles: z.array(roleSchema).max(6),
});

export const staffInputSchema = z.strictObject({
  displayName: nameSchema,
  email: emailSchema,
  organisationId: uuidSchema,
  preferredLanguage: languageSchema,
  languages: z.array(languageSchema).max(3),
  fields: z.array(fieldSchema).max(6),
  contractHours: z.number().min(LIMITS.contractHours.min).max(LIMITS.contractHours.max),
  trainedOn: dateSchema.nullable(),
  active: z.boolean(),
  siteRoles: z.array(siteRolesSchema).max(50),
});
export type StaffInput = z.infer<typeof staffInputSchema>;
export const staffPatchSchema = staffInputSchema.partial();

export const staffSchema = staffInputSchema.extend({
  id: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type Staff = z.infer<typeof staffSchema>;

export const resetLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { emailSchema, fieldSchema, languageSchema, roleSchema } from './shared.js';

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(LIMITS.password.max),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const passwordSchema = z.string().min(LIMITS.password.min).max(LIMITS.password.max);

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(LIMITS.password.max),
  newPassword: passwordSchema,
});

export const resetPasswordBodySchema = z.strictObject({
  token: z.string().min(20).max(200),
  newPassword: passwordSchema,
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    preferredLanguage: languageSchema,
    /** Languages the person speaks and fields they counsel in (their queues at a desk). */
    languages: z.array(languageSchema),
    fields: z.array(fieldSchema),
  }),
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  sites: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), roles: z.array(roleSchema) })),
  roles: z.array(roleSchema),
  home: z.string(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

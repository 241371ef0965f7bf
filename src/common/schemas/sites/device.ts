import { z } from 'zod';
import { DEVICE_KINDS } from '../../domain.js';
import { nameSchema, uuidSchema } from '../shared.js';

export const DEVICE_STATUSES = ['pending', 'active', 'revoked'] as const;

export const deviceInputSchema = z.strictObject({
  kind: z.enum(DEVICE_KINDS),
  label: nameSchema,
  /** Only for station screens: the station it shows. */
  stationId: uuidSchema.nullable(),
});
export const deviceSchema = deviceInputSchema.extend({
  id: z.string(),
  status: z.enum(DEVICE_STATUSES),
  codeExpiresAt: z.string().nullable(),
  enrolledAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** Returned once, when an enrolment code is made. */
export const enrolmentCodeSchema = z.object({ device: deviceSchema, code: z.string(), expiresAt: z.string() });

export const claimBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/),
});
export const claimResultSchema = z.object({
  token: z.string(),
  device: z.object({ id: z.string(), kind: z.enum(DEVICE_KINDS), label: z.string(), siteSlug: z.string() }),
});
export const deviceMeSchema = claimResultSchema.shape.device;

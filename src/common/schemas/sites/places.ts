import { z } from 'zod';
import { ROOM_EQUIPMENT, STATION_KINDS, ZONE_KINDS } from '../../domain.js';
import { LIMITS } from '../../limits.js';
import { localizedTextSchema, nameSchema, uuidSchema } from '../shared.js';

/** Zones give wayfinding: "waiting area B". */
export const zoneInputSchema = z.strictObject({
  code: z.string().trim().min(1).max(8),
  name: localizedTextSchema,
  kind: z.enum(ZONE_KINDS),
});
export const zonePatchSchema = zoneInputSchema.partial();
export const zoneSchema = zoneInputSchema.extend({ id: z.string() });
export type Zone = z.infer<typeof zoneSchema>;

export const deskInputSchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  label: nameSchema,
  zoneId: uuidSchema.nullable(),
  active: z.boolean(),
});
export const deskPatchSchema = deskInputSchema.partial();
export const deskSchema = deskInputSchema.extend({ id: z.string() });
export type Desk = z.infer<typeof deskSchema>;

export const roomInputSchema = z.strictObject({
  name: nameSchema,
  capacity: z.number().int().min(LIMITS.roomCapacity.min).max(LIMITS.roomCapacity.max),
  equipment: z.array(z.enum(ROOM_EQUIPMENT)).max(ROOM_EQUIPMENT.length),
  zoneId: uuidSchema.nullable(),
  active: z.boolean(),
});
export const roomPatchSchema = roomInputSchema.partial();
export const roomSchema = roomInputSchema.extend({ id: z.string() });
export type Room = z.infer<typeof roomSchema>;

export const stationInputSchema = z.strictObject({
  label: z.string().trim().min(1).max(20),
  kind: z.enum(STATION_KINDS),
  zoneId: uuidSchema.nullable(),
  outOfOrder: z.boolean(),
  note: z.string().trim().max(LIMITS.note.max).nullable(),
});
export const stationPatchSchema = stationInputSchema.partial();
export const stationSchema = stationInputSchema.extend({ id: z.string() });
export type Station = z.infer<typeof stationSchema>;

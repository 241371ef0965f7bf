import { z } from 'zod';
import { AUDIENCES } from '../domain.js';
import { dateSchema, fieldSchema, languageSchema, slugSchema, uuidSchema } from '../schemas/shared.js';
import {
  AGENDA_LIMITS,
  BOOKING_STATUSES,
  EVENT_STATUSES,
  EVENT_TYPES,
  REGISTRATION_MODES,
  REGISTRATION_STATUSES,
} from './vocabulary.js';

const L = AGENDA_LIMITS;
const instantSchema = z.iso.datetime({ offset: true });
const bufferSchema = z.number().int().min(0).max(L.bufferMinutes.max);

export const bookingParamsSchema = z.strictObject({ siteSlug: slugSchema, id: uuidSchema });
export const eventParamsSchema = bookingParamsSchema;

/** A one-off booking, or a weekly series (same times every week) with dates left out. */
export const bookingRequestSchema = z
  .strictObject({
    roomId: uuidSchema,
    organisationId: uuidSchema.optional(),
    title: z.string().trim().min(L.title.min).max(L.title.max),
    startsAt: instantSchema,
    endsAt: instantSchema,
    setupMinutes: bufferSchema.default(15),
    cleardownMinutes: bufferSchema.default(15),
    weekly: z.strictObject({ until: dateSchema, exceptions: z.array(dateSchema).max(60).default([]) }).optional(),
  })
  .refine((b) => b.endsAt > b.startsAt, { message: 'end_before_start', path: ['endsAt'] });
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const bookingDecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'decline']),
  note: z.string().trim().max(500).optional(),
});

export const bookingSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  organisationId: z.string(),
  seriesId: z.string().nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  setupMinutes: z.number().int(),
  cleardownMinutes: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
  note: z.string().nullable(),
});
export type Booking = z.infer<typeof bookingSchema>;

export const bookingListQuerySchema = z.strictObject({
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  roomId: uuidSchema.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
});

export const agendaSettingsSchema = z.strictObject({
  autoApprove: z.boolean(),
  autoApproveOrganisations: z.array(uuidSchema).max(50),
});

const optionalText = (max: number) => z.string().trim().max(max).optional();
const textsSchema = (max: number) =>
  z.strictObject({ fr: optionalText(max), nl: optionalText(max), en: optionalText(max) });

export const eventInputSchema = z
  .strictObject({
    bookingId: uuidSchema,
    type: z.enum(EVENT_TYPES),
    title: textsSchema(L.title.max),
    description: textsSchema(L.description.max),
    organiserIds: z.array(uuidSchema).max(10).default([]),
    fields: z.array(fieldSchema).max(6).default([]),
    audiences: z.array(z.enum(AUDIENCES)).max(5).default([]),
    language: languageSchema,
    capacity: z.number().int().min(L.capacity.min).max(L.capacity.max),
    registrationMode: z.enum(REGISTRATION_MODES),
    publish: z.boolean().default(false),
  })
  .refine((e) => Object.values(e.title).some((t) => (t ?? '').length >= L.title.min), {
    message: 'title_required',
    path: ['title'],
  });
export type EventInput = z.infer<typeof eventInputSchema>;

export const eventPatchSchema = z.strictObject({
  title: textsSchema(L.title.max).optional(),
  description: textsSchema(L.description.max).optional(),
  fields: z.array(fieldSchema).max(6).optional(),
  audiences: z.array(z.enum(AUDIENCES)).max(5).optional(),
  capacity: z.number().int().min(L.capacity.min).max(L.capacity.max).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
});

const textOut = z.object({ fr: z.string().optional(), nl: z.string().optional(), en: z.string().optional() });

/** What anyone sees of an event. */
export const publicEventSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  title: textOut,
  description: textOut,
  organisers: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  fields: z.array(fieldSchema),
  audiences: z.array(z.enum(AUDIENCES)),
  language: languageSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  roomName: z.string(),
  capacity: z.number().int(),
  registrationMode: z.enum(REGISTRATION_MODES),
  placesLeft: z.number().int(),
  waitlisted: z.number().int(),
  status: z.enum(EVENT_STATUSES),
  missingTranslations: z.array(languageSchema),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;

/** What the organiser sees: the public view plus counts and ownership. */
export const staffEventSchema = publicEventSchema.extend({
  bookingId: z.string(),
  ownerOrganisationId: z.string(),
  confirmed: z.number().int(),
  walkIns: z.number().int(),
  checkedIn: z.number().int(),
});
export type StaffEvent = z.infer<typeof staffEventSchema>;

export const agendaQuerySchema = z.strictObject({
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  field: fieldSchema.optional(),
  audience: z.enum(AUDIENCES).optional(),
  language: languageSchema.optional(),
  organiser: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AgendaQuery = z.infer<typeof agendaQuerySchema>;

export const tokenSchema = z
  .string()
  .min(L.token.min)
  .max(L.token.max)
  .regex(/^[A-Za-z0-9_-]+$/);

export const registrationInputSchema = z.strictObject({
  nickname: z.string().trim().min(L.nickname.min).max(L.nickname.max),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
  language: languageSchema.default('fr'),
  /** The cancellation token, made by the browser so a retried request cannot register twice. */
  token: tokenSchema.optional(),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const groupRegistrationSchema = z.strictObject({
  nickname: z.string().trim().min(L.nickname.min).max(L.nickname.max),
  seats: z.number().int().min(1).max(L.capacity.max),
});

export const registrationResultSchema = z.object({
  token: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  eventId: z.string(),
});
export type RegistrationResult = z.infer<typeof registrationResultSchema>;

export const registrationViewSchema = registrationResultSchema.extend({
  nickname: z.string(),
  event: publicEventSchema,
});

export const staffRegistrationSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  seats: z.number().int(),
  status: z.enum(REGISTRATION_STATUSES),
  checkedIn: z.boolean(),
  hasEmail: z.boolean(),
  createdAt: z.string(),
});

export const checkInSchema = z.strictObject({ checkedIn: z.boolean() });
export const walkInsSchema = z.strictObject({ walkIns: z.number().int().min(0).max(500) });

export const tokenParamsSchema = z.strictObject({ token: tokenSchema });
export const eventIdParamsSchema = z.strictObject({ id: uuidSchema });
export const registrationParamsSchema = z.strictObject({ siteSlug: slugSchema, id: uuidSchema, regId: uuidSchema });

/** Anonymous record per event, for the statistics module. */
export const eventRecordSchema = z.object({
  eventId: z.string(),
  type: z.enum(EVENT_TYPES),
  startsAt: z.string(),
  fields: z.array(z.string()),
  audiences: z.array(z.string()),
  organisers: z.array(z.string()),
  capacity: z.number().int(),
  registrations: z.number().int(),
  waitlist: z.number().int(),
  attendance: z.number().int(),
  walkIns: z.number().int(),
  noShows: z.number().int(),
});

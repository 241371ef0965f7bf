import { z } from 'zod';
import { AUDIENCES } from '../domain.js';
import { LIMITS } from '../limits.js';
import { fieldSchema, languageSchema, uuidSchema } from '../schemas/shared.js';
import { CHANNELS, DIRECTION_TARGETS, OUTCOME_TYPES, TICKET_STATUSES } from './vocabulary.js';

export const issueTicketBodySchema = z.strictObject({
  field: fieldSchema,
  language: languageSchema,
  audience: z.enum(AUDIENCES).nullable().optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
});
export type IssueTicketBody = z.infer<typeof issueTicketBodySchema>;

export const estimateSchema = z.object({ minutes: z.number(), low: z.number(), high: z.number() }).nullable();

export const deskRefSchema = z.object({
  id: z.string(),
  number: z.number(),
  label: z.string(),
  zoneCode: z.string().nullable(),
});

/** What the client's ticket and phone page show. Never anything about other clients. */
export const ticketViewSchema = z.object({
  code: z.string(),
  token: z.string(),
  field: fieldSchema,
  language: languageSchema,
  status: z.enum(TICKET_STATUSES),
  position: z.number().int().nullable(),
  estimate: estimateSchema,
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  desk: deskRefSchema.nullable(),
  waitingZone: z.string().nullable(),
  siteSlug: z.string(),
  /** Set once the session ended: the phone page offers the satisfaction questionnaire. */
  feedbackOpen: z.boolean(),
});
export type TicketView = z.infer<typeof ticketViewSchema>;

/** What staff see of a ticket (still anonymous). */
export const staffTicketSchema = z.object({
  id: z.string(),
  code: z.string(),
  field: fieldSchema,
  language: languageSchema,
  status: z.enum(TICKET_STATUSES),
  audience: z.string().nullable(),
  issuedAt: z.string(),
  priorityAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  recalls: z.number().int(),
  deskId: z.string().nullable(),
  transferred: z.boolean(),
  handoverNote: z.string().nullable(),
  token: z.string(),
});
export type StaffTicket = z.infer<typeof staffTicketSchema>;

export const queueSummarySchema = z.object({
  field: fieldSchema,
  language: languageSchema,
  waiting: z.number().int(),
  longestWaitMinutes: z.number().nullable(),
  estimate: estimateSchema,
  counsellors: z.number().int(),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;

export const recentCallSchema = z.object({
  code: z.string(),
  language: languageSchema,
  desk: deskRefSchema,
  calledAt: z.string(),
  recalls: z.number().int(),
});

export const queuesSnapshotSchema = z.object({
  at: z.string(),
  open: z.boolean(),
  issuing: z.boolean(),
  /** Queues stop taking tickets this many minutes before closing (the kiosk explains it). */
  closeBeforeMinutes: z.number().int(),
  queues: z.array(queueSummarySchema),
  recentCalls: z.array(recentCallSchema),
  lastEventId: z.string(),
});
export type QueuesSnapshot = z.infer<typeof queuesSnapshotSchema>;

export const openDeskBodySchema = z.strictObject({ deskId: uuidSchema });
export const deskStatusBodySchema = z.strictObject({ status: z.enum(['available', 'away']) });

export const deskStateSchema = z.object({
  session: z
    .object({
      id: z.string(),
      desk: deskRefSchema,
      status: z.enum(['available', 'away']),
      queues: z.array(z.object({ field: fieldSchema, language: languageSchema })),
      openedAt: z.string(),
    })
    .nullable(),
  current: staffTicketSchema.nullable(),
  parked: z.array(staffTicketSchema),
  waiting: z.array(staffTicketSchema),
  recallLimit: z.number().int(),
  sessionLimitMinutes: z.number().int(),
});
export type DeskState = z.infer<typeof deskStateSchema>;

export const callSpecificBodySchema = z.strictObject({ reason: z.string().trim().min(3).max(200) });

export const endSessionBodySchema = z.strictObject({
  outcomeType: z.enum(OUTCOME_TYPES),
  fieldsHandled: z.array(fieldSchema).min(1).max(6),
  referrals: z.array(uuidSchema).max(10),
});

export const transferBodySchema = z.strictObject({
  field: fieldSchema,
  language: languageSchema,
  note: z.string().trim().max(LIMITS.note.max).nullable(),
});

export const directionBodySchema = z.strictObject({
  target: z.enum(DIRECTION_TARGETS),
  organisationId: uuidSchema.nullable(),
  people: z.number().int().min(1).max(50),
});

export const directionsSummarySchema = z.array(
  z.object({ target: z.enum(DIRECTION_TARGETS), organisationId: z.string().nullable(), people: z.number().int() }),
);

export const visitSettingsSchema = z.strictObject({
  recallLimit: z.number().int().min(0).max(5),
  closeBeforeMinutes: z.number().int().min(0).max(120),
  transferredFirst: z.boolean(),
  ratios: z
    .array(z.strictObject({ first: fieldSchema, second: fieldSchema, ratio: z.number().int().min(1).max(5) }))
    .max(6),
});
export type VisitSettings = z.infer<typeof visitSettingsSchema>;

export const pushSubscriptionBodySchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/ }).max(1000),
  keys: z.strictObject({ p256dh: z.string().min(10).max(200), auth: z.string().min(8).max(100) }),
});

export const tokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/) });
export const ticketParamsSchema = z.strictObject({ siteSlug: z.string().min(2).max(40), id: uuidSchema });

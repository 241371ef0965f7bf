import { z } from 'zod';
import { STATION_KINDS } from '../domain.js';
import { LIMITS } from '../limits.js';
import { localizedTextSchema, slugSchema, uuidSchema } from '../schemas/shared.js';
import { HELP_STATUSES, SPACE_TICKET_STATUSES, STATION_STATES, USE_STARTS } from './vocabulary.js';

export const stationKindSchema = z.enum(STATION_KINDS);

export const useSchema = z.object({
  id: z.string(),
  stationId: z.string(),
  startedAt: z.string(),
  endsAt: z.string(),
  limitMinutes: z.number().int(),
  normalLimitMinutes: z.number().int(),
  shortened: z.boolean(),
  extensions: z.number().int(),
  maxExtensions: z.number().int(),
  extendMinutes: z.number().int(),
  startedVia: z.enum(USE_STARTS),
  ticketCode: z.string().nullable(),
});
export type Use = z.infer<typeof useSchema>;

export const helpSchema = z.object({
  id: z.string(),
  stationId: z.string(),
  stationLabel: z.string(),
  zoneCode: z.string().nullable(),
  status: z.enum(HELP_STATUSES),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type Help = z.infer<typeof helpSchema>;

export const offerSchema = z.object({ ticketId: z.string(), code: z.string(), expiresAt: z.string() });

export const zoneRefSchema = z.object({ id: z.string(), code: z.string(), name: localizedTextSchema });

export const stationViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: stationKindSchema,
  zone: zoneRefSchema.nullable(),
  outOfOrder: z.boolean(),
  note: z.string().nullable(),
  state: z.enum(STATION_STATES),
  use: useSchema.nullable(),
  help: helpSchema.nullable(),
  offer: offerSchema.nullable(),
});
export type StationView = z.infer<typeof stationViewSchema>;

export const waitingTicketSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: stationKindSchema,
  status: z.enum(SPACE_TICKET_STATUSES),
  issuedAt: z.string(),
  offeredStationLabel: z.string().nullable(),
  offerExpiresAt: z.string().nullable(),
});
export type WaitingTicket = z.infer<typeof waitingTicketSchema>;

export const limitViewSchema = z.object({
  minutes: z.number().int(),
  normalMinutes: z.number().int(),
  shortened: z.boolean(),
});

export const spaceRulesSchema = z.strictObject({
  extendMinutes: z.number().int().min(5).max(60),
  maxExtensions: z.number().int().min(0).max(10),
  offerMinutes: z.number().int().min(1).max(30),
  shortenFromWaiting: z.number().int().min(0).max(200),
  shortenPercent: z.number().int().min(25).max(100),
});
export const spaceRulesPatchSchema = spaceRulesSchema.partial();

/** The steward's snapshot of the whole digital space; events say when to fetch it again. */
export const spaceSnapshotSchema = z.object({
  serverTime: z.string(),
  stations: z.array(stationViewSchema),
  helpQueue: z.array(helpSchema),
  waiting: z.array(waitingTicketSchema),
  limits: z.object({ computer: limitViewSchema, tablet: limitViewSchema }),
  rules: spaceRulesSchema,
});
export type SpaceSnapshot = z.infer<typeof spaceSnapshotSchema>;

export const startUseBodySchema = z.strictObject({
  stationId: uuidSchema,
  ticketCode: z.string().trim().min(1).max(12).optional(),
});
export const moveUseBodySchema = z.strictObject({ stationId: uuidSchema });
export const outOfOrderBodySchema = z.strictObject({ note: z.string().trim().min(1).max(LIMITS.note.max) });
export const spaceTicketBodySchema = z.strictObject({ kind: stationKindSchema });
export const claimBodySchema = z.strictObject({ code: z.string().trim().min(1).max(12) });

export const siteItemParams = z.strictObject({ siteSlug: slugSchema, id: uuidSchema });
export const spaceTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });
export const idParams = z.strictObject({ id: uuidSchema });

/** What the digital-space ticket and its phone page show. */
export const spaceTicketViewSchema = z.object({
  code: z.string(),
  token: z.string(),
  kind: stationKindSchema,
  status: z.enum(SPACE_TICKET_STATUSES),
  position: z.number().int().nullable(),
  issuedAt: z.string(),
  offer: z.object({ stationLabel: z.string(), zoneCode: z.string().nullable(), expiresAt: z.string() }).nullable(),
  limit: limitViewSchema,
  siteSlug: z.string(),
});
export type SpaceTicketView = z.infer<typeof spaceTicketViewSchema>;

/** The station screen's own state. */
export const stationScreenSchema = z.object({
  serverTime: z.string(),
  station: z.object({ id: z.string(), label: z.string(), kind: stationKindSchema, outOfOrder: z.boolean() }),
  use: useSchema.nullable(),
  help: helpSchema.nullable(),
  offer: z.object({ code: z.string(), expiresAt: z.string() }).nullable(),
  limit: limitViewSchema,
});
export type StationScreen = z.infer<typeof stationScreenSchema>;

/** For the display board: stations offered to waiting tickets, and the waiting counts. */
export const spaceDisplaySchema = z.object({
  offers: z.array(
    z.object({ code: z.string(), stationLabel: z.string(), zoneCode: z.string().nullable(), expiresAt: z.string() }),
  ),
  waiting: z.object({ computer: z.number().int(), tablet: z.number().int() }),
  free: z.object({ computer: z.number().int(), tablet: z.number().int() }),
});
export type SpaceDisplay = z.infer<typeof spaceDisplaySchema>;

export const spaceSummarySchema = z.object({
  date: z.string(),
  occupancy: z.array(z.object({ hour: z.string(), stationsInUse: z.number() })),
  uses: z.number().int(),
  averageUseMinutes: z.number().nullable(),
  extensions: z.number().int(),
  tickets: z.number().int(),
  averageWaitMinutes: z.number().nullable(),
  expiredOffers: z.number().int(),
  helpRequests: z.number().int(),
  averageHelpAckMinutes: z.number().nullable(),
  averageHelpResolveMinutes: z.number().nullable(),
});
export type SpaceSummary = z.infer<typeof spaceSummarySchema>;

import { z } from 'zod';
import { dateSchema, localizedTextSchema } from '../schemas/shared.js';

/** Statistics: period queries and the published (disclosure-controlled) report shapes. */
export const MAX_REPORT_DAYS = 5 * 366;
export const REFERENCE_DAY = { total: 250, digital: 100, counselling: 100, group: 50 } as const;
export const REPORT_SCOPES = ['site', 'network'] as const;
export const SERIES_STEPS = ['day', 'week', 'month'] as const;
export const EXPORT_TABLES = [
  'summary',
  'series',
  'field_language',
  'organisation',
  'audience',
  'channel',
  'satisfaction',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const periodQuerySchema = z.strictObject({
  from: dateSchema,
  to: dateSchema,
  scope: z.enum(REPORT_SCOPES).default('site'),
  step: z.enum(SERIES_STEPS).optional(),
});
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

/** A published count: its value, or hidden ("<10") by disclosure control. */
export const cellSchema = z.union([
  z.object({ hidden: z.literal(true) }),
  z.object({ hidden: z.literal(false), value: z.number() }),
]);
export type Cell = z.infer<typeof cellSchema>;

const labelled = z.object({ key: z.string(), label: z.string(), sessions: cellSchema });

export const periodReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  scope: z.enum(REPORT_SCOPES),
  sites: z.array(z.string()),
  threshold: z.number().int(),
  includesSimulated: z.boolean(),
  totals: z.object({
    visitors: cellSchema,
    sessions: cellSchema,
    referrals: cellSchema,
    rated: cellSchema,
    satisfaction: z.number().nullable(),
    waitMedianMinutes: z.number().nullable(),
    waitP90Minutes: z.number().nullable(),
    durationMedianMinutes: z.number().nullable(),
    durationP90Minutes: z.number().nullable(),
  }),
  series: z.object({
    step: z.enum(SERIES_STEPS),
    points: z.array(z.object({ period: z.string(), visitors: cellSchema })),
  }),
  fieldByLanguage: z.object({
    fields: z.array(z.object({ key: z.string(), label: z.string() })),
    languages: z.array(z.object({ key: z.string(), label: z.string() })),
    cells: z.array(z.array(cellSchema)),
    fieldTotals: z.array(cellSchema),
    languageTotals: z.array(cellSchema),
    total: cellSchema,
  }),
  organisation: z.array(labelled),
  audience: z.array(labelled),
  channel: z.array(labelled),
  satisfactionByField: z.array(
    z.object({ key: z.string(), label: z.string(), rated: cellSchema, average: z.number().nullable() }),
  ),
  activities: z.object({ events: cellSchema, participants: cellSchema }).nullable(),
  space: z.object({ uses: cellSchema, hours: cellSchema }).nullable(),
});
export type PeriodReport = z.infer<typeof periodReportSchema>;

export const outcomeReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  sentence: z.object({
    advised: z.number().nullable(),
    collective: z.number().nullable(),
    digital: z.number().nullable(),
  }),
  rows: z.array(z.object({ key: z.string(), label: z.string(), value: cellSchema })),
  threshold: z.number().int(),
  includesSimulated: z.boolean(),
});
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;

export const partnerQuerySchema = z.strictObject({
  from: dateSchema,
  to: dateSchema,
  organisation: z.string().max(60).optional(),
});
export const partnerReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  organisation: z.object({ slug: z.string(), name: localizedTextSchema }),
  sessions: cellSchema,
  hours: cellSchema,
  sharePercent: z.number().nullable(),
  agreedSharePercent: z.number().nullable(),
  events: cellSchema,
  participants: cellSchema,
  threshold: z.number().int(),
});
export type PartnerReport = z.infer<typeof partnerReportSchema>;

/** The manager's live floor: exact figures (internal, not published, so not suppressed). */
export const liveFloorSchema = z.object({
  at: z.string(),
  queues: z.array(
    z.object({
      field: z.string(),
      language: z.string(),
      waiting: z.number().int(),
      longestWaitMinutes: z.number().nullable(),
    }),
  ),
  waiting: z.number().int(),
  inSession: z.number().int(),
  space: z.object({ stationsInUse: z.number(), uses: z.number().int(), helpRequests: z.number().int() }),
  eventsToday: z.number().int(),
  today: z.object({ counselling: z.number().int(), digital: z.number().int(), group: z.number().int() }),
  reference: z.object({ total: z.number(), digital: z.number(), counselling: z.number(), group: z.number() }),
});
export type LiveFloor = z.infer<typeof liveFloorSchema>;

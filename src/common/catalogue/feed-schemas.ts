import { z } from 'zod';
import { feedFailureSchema, feedRowReasonSchema } from './feed-reasons.js';

export const FEED_LIMITS = { contentChars: 2_000_000, rows: 5000 } as const;

export const feedImportBodySchema = z.object({
  format: z.enum(['csv', 'json']),
  /** A name for the feed (its source); offers upsert by (organisation, source, source id). */
  source: z.string().trim().min(1).max(100),
  content: z.string().min(1).max(FEED_LIMITS.contentChars),
});
export type FeedImportBody = z.infer<typeof feedImportBodySchema>;

export const feedReportSchema = z.object({
  created: z.number(),
  updated: z.number(),
  rejected: z.array(z.object({ row: z.number(), sourceId: z.string().nullable(), reason: feedRowReasonSchema })),
});
export type FeedReport = z.infer<typeof feedReportSchema>;

/** How often the jobs round fetches a feed URL again. */
export const FEED_REFRESH_HOURS = 6;

/** A feed fetched from a URL by the server, now and then every FEED_REFRESH_HOURS. */
export const feedSourceInputSchema = z.object({
  format: feedImportBodySchema.shape.format,
  source: feedImportBodySchema.shape.source,
  url: z.url({ protocol: /^https?$/ }).max(500),
});
export type FeedSourceInput = z.infer<typeof feedSourceInputSchema>;

export const feedSourceSchema = feedSourceInputSchema.extend({
  id: z.string(),
  organisationId: z.string(),
  lastRunAt: z.string().nullable(),
  /** `ok`: the file was read (rows may still be rejected, see the report); `failed`: it could not be. */
  lastStatus: z.enum(['ok', 'failed']).nullable(),
  lastReport: feedReportSchema.nullable(),
  /** Why the last run failed (fetch error, unreadable file): a code with its parameters. */
  lastError: feedFailureSchema.nullable(),
  nextRunAt: z.string(),
});
export type FeedSource = z.infer<typeof feedSourceSchema>;
export const feedSourceListSchema = z.object({ items: z.array(feedSourceSchema) });
export const feedSourceParamsSchema = z.object({ id: z.uuid() });

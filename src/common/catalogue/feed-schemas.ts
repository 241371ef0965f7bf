import { z } from 'zod';

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
  rejected: z.array(z.object({ row: z.number(), sourceId: z.string().nullable(), reason: z.string() })),
});
export type FeedReport = z.infer<typeof feedReportSchema>;

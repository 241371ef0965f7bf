import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sites } from './sites.js';

/**
 * Daily rollup of the walk-in, one row per site, day and breakdown: dimension 'all' (value ''),
 * 'field_language' ('work|fr'; field and language totals are its sums), 'organisation' (the
 * counsellor's organisation, never the counsellor), 'audience' and 'channel'. Written by the retention job before raw
 * records are deleted, and by the simulator and the benchmark; waits and durations are kept as
 * 5-minute histograms (25 buckets, the last is two hours or more; on the 'all' rows) so medians
 * and p90 survive.
 */
export const statsDaily = pgTable(
  'stats_daily',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    serviceDate: date('service_date').notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    simulated: boolean('simulated').notNull().default(false),
    tickets: integer('tickets').notNull().default(0),
    sessions: integer('sessions').notNull().default(0),
    referrals: integer('referrals').notNull().default(0),
    waitSeconds: bigint('wait_seconds', { mode: 'number' }).notNull().default(0),
    durationSeconds: bigint('duration_seconds', { mode: 'number' }).notNull().default(0),
    waitBuckets: integer('wait_buckets').array().notNull(),
    durationBuckets: integer('duration_buckets').array().notNull(),
    rated: integer('rated').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.serviceDate, t.dimension, t.value, t.simulated] }),
    index('stats_daily_period_idx').on(t.dimension, t.serviceDate),
  ],
);

/**
 * Monthly rollup (sums of the daily rows of whole months), so a report over months or years for the
 * whole network reads a few thousand rows instead of hundreds of thousands. Refreshed with the days.
 */
export const statsMonthly = pgTable(
  'stats_monthly',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    month: date('month').notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    simulated: boolean('simulated').notNull().default(false),
    tickets: integer('tickets').notNull().default(0),
    sessions: integer('sessions').notNull().default(0),
    referrals: integer('referrals').notNull().default(0),
    waitSeconds: bigint('wait_seconds', { mode: 'number' }).notNull().default(0),
    durationSeconds: bigint('duration_seconds', { mode: 'number' }).notNull().default(0),
    waitBuckets: integer('wait_buckets').array().notNull(),
    durationBuckets: integer('duration_buckets').array().notNull(),
    rated: integer('rated').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.month, t.dimension, t.value, t.simulated] }),
    index('stats_monthly_period_idx').on(t.dimension, t.month),
  ],
);

/** Per-site publication settings: retention of raw records and disclosure control. */
export const statsSettings = pgTable('stats_settings', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  retentionMonths: integer('retention_months').notNull().default(24),
  threshold: integer('threshold').notNull().default(10),
  roundTo: integer('round_to').notNull().default(1),
});

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rows } from './rows.js';
import { periodRows } from './sources/monthly-rollup.js';
import { BUCKETS } from './sources/walk-in-rollup.js';

/** Raw (unprotected) figures of a period from the daily rollup; presenters apply disclosure control. */
export type DimensionRow = {
  dimension: string;
  value: string;
  tickets: number;
  sessions: number;
  referrals: number;
  rated: number;
  rating_sum: number;
  duration_seconds: number;
  simulated: boolean;
};
export type PeriodFigures = {
  byDimension: DimensionRow[];
  waitBuckets: number[];
  durationBuckets: number[];
  series: { period: string; visitors: number }[];
};

export async function periodFigures(
  db: Db,
  siteIds: string[],
  from: string,
  to: string,
  step: 'day' | 'week' | 'month',
): Promise<PeriodFigures> {
  const source = periodRows(siteIds, from, to);
  const seriesSource = periodRows(siteIds, from, to, step !== 'month');
  const [byDimension, hist, series] = await Promise.all([
    rows<DimensionRow>(
      db,
      sql`select dimension, value, sum(tickets)::int as tickets, sum(sessions)::int as sessions,
        sum(referrals)::int as referrals, sum(rated)::int as rated, sum(rating_sum)::int as rating_sum,
        sum(duration_seconds)::float8 as duration_seconds,
        bool_or(simulated) as simulated
      from ${source} r group by dimension, value`,
    ),
    rows<{ i: number; w: number; d: number }>(
      db,
      sql`select i, coalesce(sum(wait_buckets[i]), 0)::int as w, coalesce(sum(duration_buckets[i]), 0)::int as d
      from ${source} r cross join generate_series(1, ${BUCKETS}) as i
      where dimension = 'all' group by i order by i`,
    ),
    rows<{ period: string; visitors: number }>(
      db,
      sql`select to_char(date_trunc(${step}, service_date), 'YYYY-MM-DD') as period, sum(tickets)::int as visitors
      from ${seriesSource} r where dimension = 'all' group by 1 order by 1`,
    ),
  ]);
  const waitBuckets = new Array<number>(BUCKETS).fill(0);
  const durationBuckets = new Array<number>(BUCKETS).fill(0);
  for (const h of hist) {
    waitBuckets[h.i - 1] = h.w;
    durationBuckets[h.i - 1] = h.d;
  }
  return { byDimension, waitBuckets, durationBuckets, series };
}

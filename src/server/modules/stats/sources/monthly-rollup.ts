import { type SQL, sql } from 'drizzle-orm';
import { BUCKETS } from './walk-in-rollup.js';

const sums = (column: string) =>
  sql.raw(`array[${Array.from({ length: BUCKETS }, (_, i) => `sum(${column}[${i + 1}])::int`).join(', ')}]`);

/** Re-sums the whole months that [from, to] touches from the daily rollup (delete, then insert). */
export function monthlyRefresh(siteIds: string[], from: string, to: string): SQL[] {
  const ids = sql`${`{${siteIds.join(',')}}`}::uuid[]`;
  const first = sql`date_trunc('month', ${from}::date)::date`;
  const last = sql`date_trunc('month', ${to}::date)::date`;
  return [
    sql`delete from stats_monthly where site_id = any(${ids}) and month between ${first} and ${last}`,
    sql`insert into stats_monthly (site_id, month, dimension, value, simulated, tickets, sessions, referrals, wait_seconds,
      duration_seconds, wait_buckets, duration_buckets, rated, rating_sum)
    select site_id, date_trunc('month', service_date)::date, dimension, value, simulated, sum(tickets)::int,
      sum(sessions)::int, sum(referrals)::int, sum(wait_seconds)::bigint, sum(duration_seconds)::bigint,
      ${sums('wait_buckets')}, ${sums('duration_buckets')}, sum(rated)::int, sum(rating_sum)::int
    from stats_daily
    where site_id = any(${ids}) and service_date >= ${first} and service_date < (${last} + interval '1 month')::date
    group by 1, 2, 3, 4, 5`,
  ];
}

const day = (iso: string, add = 0) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + add);
  return d.toISOString().slice(0, 10);
};
const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
const nextMonth = (iso: string) => {
  const d = new Date(`${monthStart(iso)}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The rollup rows of a period, as one relation (site_id, service_date, dimension, value, simulated,
 * measures…): whole months from the monthly table (dated on their first day), the days at either
 * end from the daily table. With `daily`, days only (for day and week series).
 */
export function periodRows(siteIds: string[], from: string, to: string, daily = false): SQL {
  const ids = sql`${`{${siteIds.join(',')}}`}::uuid[]`;
  const columns = sql.raw(
    'dimension, value, simulated, tickets, sessions, referrals, wait_seconds, duration_seconds, wait_buckets, duration_buckets, rated, rating_sum',
  );
  const days = (a: string, b: string) =>
    sql`select site_id, service_date, ${columns} from stats_daily
      where site_id = any(${ids}) and service_date between ${a}::date and ${b}::date`;
  const firstFull = from === monthStart(from) ? from : nextMonth(from);
  const afterLast = day(to, 1) === monthStart(day(to, 1)) ? day(to, 1) : monthStart(to);
  if (daily || firstFull >= afterLast) return sql`(${days(from, to)})`;
  const months = sql`select site_id, month as service_date, ${columns} from stats_monthly
    where site_id = any(${ids}) and month >= ${firstFull}::date and month < ${afterLast}::date`;
  const parts = [months];
  if (from < firstFull) parts.push(days(from, day(firstFull, -1)));
  if (afterLast <= to) parts.push(days(afterLast, to));
  return sql`(${sql.join(parts, sql` union all `)})`;
}

import { type SQL, sql } from 'drizzle-orm';

/**
 * The daily rollup of the walk-in, computed from the raw anonymous records (finished ticket legs and
 * session questionnaire answers) into `stats_daily`, one row per site, day and breakdown. Idempotent:
 * the days are replaced. Waits are the time from issue to call of each leg; durations the session
 * length; visitors are first legs that were not cancelled; sessions are legs that started.
 *
 * NOTE (module boundary): this reads the visits module's `tickets` table. The visits module should
 * own this query as `visits/stats.service.ts#dailyWalkInFigures(db, siteIds, from, to)` returning
 * the same rows; stats would then only upsert them.
 */
export const BUCKETS = 25;
const BUCKET_SECONDS = 300;
const FINISHED = sql`('done', 'transferred', 'no_show', 'cancelled', 'not_served')`;

/** Counts per 5-minute bucket, the last one open-ended; bucket bounds are literals (one plan for all). */
const histogram = (column: 'wait' | 'dur') =>
  sql.raw(
    Array.from({ length: BUCKETS }, (_, b) =>
      b === BUCKETS - 1
        ? `count(*) filter (where served and ${column} >= ${b * BUCKET_SECONDS})::int`
        : `count(*) filter (where served and ${column} >= ${b * BUCKET_SECONDS} and ${column} < ${(b + 1) * BUCKET_SECONDS})::int`,
    ).join(', '),
  );

/**
 * Two statements (one scan each): the 'all' rows with the wait and duration histograms, and the
 * breakdown rows ('field_language', 'organisation', 'audience', 'channel') with zero histograms —
 * reports take medians from 'all' and field or language totals from 'field_language'.
 */
export function rollupInsert(siteIds: string[], from: string, to: string): SQL[] {
  const ids = sql`${`{${siteIds.join(',')}}`}::uuid[]`;
  const source = sql`(
  select t.site_id, t.service_date, t.field, t.language, t.status,
    coalesce(t.organisation_id::text, '') as org, coalesce(t.audience, '') as audience, coalesce(t.channel, '') as channel,
    t.issued_via = 'simulated' as simulated, t.previous_id is null as first_leg, t.started_at is not null as served,
    coalesce(cardinality(t.referrals), 0) as refs,
    greatest(0, extract(epoch from (t.called_at - t.issued_at)))::bigint as wait,
    greatest(0, extract(epoch from (t.ended_at - t.started_at)))::bigint as dur
  from tickets t
  where t.site_id = any(${ids}) and t.service_date between ${from}::date and ${to}::date and t.status in ${FINISHED}
) x`;
  const measures = sql`count(*) filter (where first_leg and status <> 'cancelled')::int,
  count(*) filter (where served)::int,
  coalesce(sum(refs), 0)::int,
  coalesce(sum(wait) filter (where served), 0)::bigint,
  coalesce(sum(dur) filter (where served), 0)::bigint`;
  const columns = sql`(site_id, service_date, dimension, value, simulated, tickets, sessions, referrals,
  wait_seconds, duration_seconds, wait_buckets, duration_buckets)`;
  return [
    sql`insert into stats_daily ${columns}
select site_id, service_date, 'all', '', simulated, ${measures}, array[${histogram('wait')}], array[${histogram('dur')}]
from ${source}
group by site_id, service_date, simulated`,
    sql`insert into stats_daily ${columns}
select site_id, service_date, dim.dimension, dim.value, simulated, ${measures}, ${emptyBuckets}, ${emptyBuckets}
from ${source}
cross join lateral (values ('field_language', x.field || '|' || x.language), ('organisation', x.org),
  ('audience', x.audience), ('channel', x.channel)) as dim(dimension, value)
group by site_id, service_date, dim.dimension, dim.value, simulated`,
  ];
}

/** Adds the session questionnaire's overall rating to the rollup rows (by the session's attributes). */
export function ratingsUpsert(siteIds: string[], from: string, to: string): SQL {
  const ids = sql`${`{${siteIds.join(',')}}`}::uuid[]`;
  return sql`
insert into stats_daily (site_id, service_date, dimension, value, simulated, wait_buckets, duration_buckets, rated, rating_sum)
select site_id, service_date, dim.dimension, dim.value, simulated, ${emptyBuckets}, ${emptyBuckets}, count(*)::int, sum(rating)::int
from survey_responses r
cross join lateral (values ('all', ''), ('field_language', coalesce(r.field, '') || '|' || r.language),
  ('organisation', coalesce(r.organisation_id::text, ''))) as dim(dimension, value)
where r.site_id = any(${ids}) and r.service_date between ${from}::date and ${to}::date and r.rating is not null
  and r.session_token is not null
group by site_id, service_date, dim.dimension, dim.value, simulated
on conflict (site_id, service_date, dimension, value, simulated)
do update set rated = excluded.rated, rating_sum = excluded.rating_sum`;
}

const emptyBuckets = sql.raw(`array[${new Array(BUCKETS).fill(0).join(',')}]::int[]`);

export function rollupDelete(siteIds: string[], from: string, to: string): SQL {
  const ids = sql`${`{${siteIds.join(',')}}`}::uuid[]`;
  return sql`delete from stats_daily where site_id = any(${ids}) and service_date between ${from}::date and ${to}::date`;
}

/** Raw walk-in records older than the cut-off whose days are rolled up (retention). */
export function purgeRaw(siteId: string, before: string) {
  return [
    sql`delete from survey_responses where site_id = ${siteId} and service_date < ${before}::date`,
    sql`delete from tickets where site_id = ${siteId} and service_date < ${before}::date and status in ${FINISHED}`,
  ];
}

/** Days before `before` that have raw finished records but no rollup yet. */
export function unrolledDays(siteId: string, before: string) {
  return sql`select distinct t.service_date::text as day from tickets t
    where t.site_id = ${siteId} and t.service_date < ${before}::date and t.status in ${FINISHED}
      and not exists (select 1 from stats_daily s where s.site_id = t.site_id and s.service_date = t.service_date
        and s.dimension = 'all')
    order by 1`;
}

/** Today's walk-in so far: clients (first legs not cancelled) and sessions in progress. */
export function walkInToday(siteId: string, day: string) {
  return sql`select count(*) filter (where previous_id is null and status <> 'cancelled')::int as clients,
      count(*) filter (where status in ('called', 'in_session', 'parked'))::int as held
    from tickets where site_id = ${siteId} and service_date = ${day}::date`;
}

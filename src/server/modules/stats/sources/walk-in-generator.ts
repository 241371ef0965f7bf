import { type SQL, sql } from 'drizzle-orm';

/**
 * One INSERT … SELECT that writes a realistic walk-in history into `tickets` with server-side
 * `generate_series` (no row-by-row JS; ticket numbers are the client's rank of the day, so they are
 * unique per day and letter without a sort): weekdays only; about `perDay` clients a day (Wednesday
 * longer, Friday shorter); arrivals in a morning and an afternoon wave from 09:00; the seed's field
 * and language mix; log-normal waits (median ≈ 12 min) and sessions (median ≈ 20 min, 5–45);
 * outcomes and referrals; the counsellor's organisation drawn by weight. Rows are marked
 * `issued_via = 'simulated'` so they can be told apart and removed.
 *
 * NOTE (module boundary): this writes the visits module's table directly, as the brief allows for
 * simulation speed; the visits module owns the shape and should expose it as `visits/simulate.service`.
 */
export type WalkInPlan = {
  siteIds: string[];
  timeZones: string[];
  from: string;
  to: string;
  perDay: number;
  /** 100 organisation ids, repeated by weight (so a uniform pick is a weighted pick). */
  organisationSlots: string[];
};

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const textArray = (xs: string[]) => sql`${`{${xs.map((x) => `"${x}"`).join(',')}}`}::text[]`;

export function walkInInsert(plan: WalkInPlan): SQL {
  return sql`
insert into tickets (site_id, service_date, letter, number, code, field, language, status, token, audience, channel,
  issued_via, issued_at, priority_at, called_at, started_at, ended_at, organisation_id, outcome_type, fields_handled,
  referrals, estimate_minutes, updated_at)
select site_id, service_date, letter, g, letter || ' ' || lpad(g::text, 3, '0'), field, language, status,
  'sim' || replace(gen_random_uuid()::text, '-', ''), audience, channel, 'simulated', issued_at, issued_at,
  case when status <> 'cancelled' then issued_at + wait_min * interval '1 minute' end,
  case when status = 'done' then issued_at + (wait_min + 1) * interval '1 minute' end,
  case when status = 'done' then issued_at + (wait_min + 1 + dur_min) * interval '1 minute' end,
  case when status = 'done' then org end,
  case when status = 'done' then outcome end,
  case when status = 'done' then array[field] end,
  case when outcome = 'referral' and status = 'done' then array[ref] else '{}'::uuid[] end,
  round((wait_min * (0.8 + r_est * 0.4))::numeric, 1)::real, issued_at
from (
    select s.site_id, d.service_date, g,
      f.field, f.letter,
      case when r_lang < 0.65 then 'fr' when r_lang < 0.90 then 'nl' else 'en' end as language,
      case when r_status < 0.93 then 'done' when r_status < 0.97 then 'no_show' else 'cancelled' end as status,
      case when r_aud < 0.45 then 'jobseeker' when r_aud < 0.60 then 'young' when r_aud < 0.72 then 'student'
        when r_aud < 0.90 then 'employed' when r_aud < 0.95 then 'other' end as audience,
      case when r_ch < 0.35 then 'friend' when r_ch < 0.60 then 'partner' when r_ch < 0.72 then 'website'
        when r_ch < 0.82 then 'social' when r_ch < 0.88 then 'poster' when r_ch < 0.92 then 'press' else 'other' end as channel,
      ((d.service_date + time '09:00')::timestamp at time zone s.tz)
        + greatest(0, least(d.open_min - 20, arrive_min)) * interval '1 minute' as issued_at,
      least(150, exp(ln(12) + 0.8 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))) as wait_min,
      least(45, greatest(5, exp(ln(20) + 0.35 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))) as dur_min,
      (${uuidArray(plan.organisationSlots)})[1 + floor(random() * 100)::int] as org,
      (${uuidArray(plan.organisationSlots)})[1 + floor(random() * 100)::int] as ref,
      case when r_out < 0.45 then 'guidance' when r_out < 0.75 then 'information' when r_out < 0.95 then 'referral'
        else 'follow_up' end as outcome,
      random() as r_est
    from unnest(${uuidArray(plan.siteIds)}, ${textArray(plan.timeZones)}) as s(site_id, tz)
    cross join lateral (
      select day::date as service_date,
        case extract(isodow from day) when 3 then 600 when 5 then 420 else 480 end as open_min
      from generate_series(${plan.from}::date, ${plan.to}::date, interval '1 day') day
      where extract(isodow from day) < 6
    ) d
    cross join lateral generate_series(1,
      (${plan.perDay} * case extract(isodow from d.service_date) when 3 then 1.15 when 5 then 0.85 else 1 end
        + (abs(hashtext(s.site_id::text || d.service_date::text)) % 21) - 10)::int) g
    cross join lateral (
      select random() as r_field, random() as r_lang, random() as r_status, random() as r_aud, random() as r_ch,
        random() as r_out,
        case when random() < 0.55 then 90 + (random() + random() + random() - 1.5) * 110
          else d.open_min - 180 + (random() + random() + random() - 1.5) * 130 end as arrive_min,
        g as g_
    ) r
    cross join lateral (
      select case when r.r_field < 0.35 then 'work' when r.r_field < 0.60 then 'train' when r.r_field < 0.75 then 'choose'
        when r.r_field < 0.87 then 'change' when r.r_field < 0.95 then 'create' else 'move' end as field
    ) f0
    cross join lateral (
      select f0.field, case f0.field when 'work' then 'W' when 'train' then 'T' when 'choose' then 'C'
        when 'change' then 'D' when 'create' then 'S' else 'M' end as letter
    ) f
) t`;
}

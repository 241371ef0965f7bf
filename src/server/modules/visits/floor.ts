/**
 * The state of the walk-in floor a service needs to order queues and estimate waits: who is waiting,
 * which counsellors are at a desk and what they hold, recent session lengths, calls so far today.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Candidate } from '../../../common/visits/queue-order.js';
import { blendedMean, type EstimateCounsellor } from '../../../common/visits/wait-estimate.js';
import { queueKey } from '../../../common/visits/vocabulary.js';
import type { DbOrTx } from '../../db/client.js';

export type WaitingTicket = Candidate & { code: string; issuedAt: number };
export type OpenDesk = {
  sessionId: string;
  deskId: string;
  status: 'available' | 'away';
  queues: string[];
  holding: { field: Field; startedAt: number | null; calledAt: number | null } | null;
};
export type Floor = {
  waiting: WaitingTicket[];
  desks: OpenDesk[];
  meanMinutes: Partial<Record<Field, number>>;
  callsToday: Partial<Record<Field, number>>;
  /** The site's newest domain event this load saw (same snapshot): later ones changed the floor. */
  lastEventId: number;
  /** Where people wait (the waiting zone's code), for the ticket views. */
  waitingZone: string | null;
};

/** Queues a desk session serves: its fields × languages, limited to what the site offers. */
export function sessionQueues(
  fields: readonly string[],
  languages: readonly string[],
  site: { fields: readonly string[]; languages: readonly string[] },
) {
  return fields
    .filter((f) => site.fields.includes(f))
    .flatMap((f) => languages.filter((l) => site.languages.includes(l)).map((l) => queueKey(f, l)));
}

type FloorJson = {
  waiting: (Omit<WaitingTicket, 'field' | 'language'> & { field: Field; language: Language })[];
  desks: {
    sessionId: string;
    deskId: string;
    status: 'available' | 'away';
    fields: string[];
    languages: string[];
    held: { field: Field; startedAt: number | null; calledAt: number | null } | null;
  }[];
  recent: { field: string; minutes: number }[];
  calls: Partial<Record<Field, number>>;
  lastEventId: string | number;
  waitingZone: string | null;
};

const ms = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The whole floor in one round trip: PostgreSQL builds one JSON document (waiting tickets in queue
 * order, open desk sessions with the ticket each holds, the last 300 session lengths, calls per field
 * today), parsed once here. The board refresh and every issuing batch read it, so object mapping per
 * row and one statement per part cost more than the work itself on a busy floor.
 */
export async function loadFloor(
  db: DbOrTx,
  siteId: SiteId,
  day: string,
  site: { fields: readonly string[]; languages: readonly string[] },
  defaultMinutes: number,
): Promise<Floor> {
  const result = (await db.execute(sql`
    select json_build_object(
      'waiting', (select coalesce(json_agg(json_build_object(
            'id', t.id, 'field', t.field, 'language', t.language, 'priorityAt', ${ms(sql`t.priority_at`)},
            'issuedAt', ${ms(sql`t.issued_at`)}, 'transferred', t.previous_id is not null, 'code', t.code)
            order by t.priority_at), '[]')
          from tickets t where t.site_id = ${siteId} and t.status = 'waiting' and t.service_date = ${day}),
      'desks', (select coalesce(json_agg(json_build_object(
            'sessionId', d.id, 'deskId', d.desk_id, 'status', d.status, 'fields', d.fields,
            'languages', d.languages, 'held', h.held)), '[]')
          from desk_sessions d
          left join lateral (
            select json_build_object('field', t.field, 'startedAt', ${ms(sql`t.started_at`)},
                     'calledAt', ${ms(sql`t.called_at`)}) as held
              from tickets t
             where t.desk_id = d.desk_id and t.desk_session_id = d.id and t.site_id = ${siteId}
               and t.status in ('called', 'in_session')
             limit 1) h on true
         where d.site_id = ${siteId} and d.closed_at is null),
      'recent', (select coalesce(json_agg(json_build_object('field', r.field, 'minutes', r.minutes)
            order by r.ended_at desc), '[]')
          from (select t.field, t.ended_at, extract(epoch from (t.ended_at - t.started_at))::float8 / 60 as minutes
                  from tickets t
                 where t.site_id = ${siteId} and t.started_at is not null and t.ended_at is not null
                   and t.ended_at > now() - interval '14 days'
                 order by t.ended_at desc limit 300) r),
      'calls', (select coalesce(json_object_agg(c.field, c.n), '{}')
          from (select t.field, count(*) as n from tickets t
                 where t.site_id = ${siteId} and t.service_date = ${day} and t.called_at is not null
                 group by t.field) c),
      'lastEventId', (select coalesce(max(e.id), 0) from domain_events e where e.site_id = ${siteId}),
      'waitingZone', (select z.code from zones z where z.site_id = ${siteId} and z.kind = 'waiting' limit 1)
    )::text as floor`)) as unknown as { rows: { floor: string }[] };
  const floor = JSON.parse(result.rows[0]?.floor ?? '{}') as FloorJson;

  const samples = new Map<string, number[]>();
  for (const r of floor.recent) {
    const list = samples.get(r.field) ?? [];
    if (list.length < 20) list.push(r.minutes);
    samples.set(r.field, list);
  }
  const meanMinutes: Partial<Record<Field, number>> = {};
  for (const field of site.fields) meanMinutes[field as Field] = blendedMean(samples.get(field) ?? [], defaultMinutes);

  return {
    waiting: floor.waiting,
    desks: floor.desks.map((d) => ({
      sessionId: d.sessionId,
      deskId: d.deskId,
      status: d.status,
      queues: sessionQueues(d.fields, d.languages, site),
      holding: d.held,
    })),
    meanMinutes,
    callsToday: floor.calls,
    lastEventId: Number(floor.lastEventId),
    waitingZone: floor.waitingZone,
  };
}

/** Counsellors as the estimator sees them: present, not away, free when their current client is expected to leave. */
export function estimateCounsellors(floor: Floor, now: number, defaultMinutes: number): EstimateCounsellor[] {
  return floor.desks
    .filter((d) => d.status === 'available')
    .map((d) => {
      if (!d.holding) return { queues: d.queues, freeAt: now };
      const mean = (floor.meanMinutes[d.holding.field] ?? defaultMinutes) * 60_000;
      const start = d.holding.startedAt ?? now + 60_000;
      // A session already past its mean is expected to end soon, not to have ended.
      return { queues: d.queues, freeAt: Math.max(start + mean, now + 2 * 60_000) };
    });
}

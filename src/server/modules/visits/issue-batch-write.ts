/** The batch writer: one SQL statement writes a batch of issued tickets with their numbers, events and audit. */
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { formatTicketCode } from '../../../common/visits/vocabulary.js';
import type { Db } from '../../db/client.js';
import { notifiedEvents } from '../../platform/events/record.js';
import type { IssueRequest } from './issue-request.js';
import { relaxedCommitColumn } from './queue-commit.js';

/** A request's ticket before it is written: everything but its number is chosen here. */
export type Prepared = {
  id: string;
  token: string;
  day: string;
  letter: string;
  /** Rank among this batch's tickets of the same day and letter (1, 2, …), in arrival order. */
  k: number;
  field: Field;
  language: Language;
  at: Date;
  request: IssueRequest;
};

export type Written = { codes: Map<string, string>; eventIds: number[]; eventsBefore: number };

/**
 * Writes a batch in one statement, so in one transaction and one round trip: reserves the numbers
 * per day and letter with an atomic upsert, inserts the tickets, their events (announced with NOTIFY
 * at commit) and reception's audit entries. Also returns the site's newest event id committed
 * before this statement, so the caller can tell whether the floor changed under it. A walk-in queue
 * write: on a PostgreSQL server it commits asynchronously (see queue-commit.ts). Its text never
 * changes, so it is a named prepared statement: parsing and planning this statement took about a third
 * of a batch's time.
 */
export async function writeIssuedBatch(
  db: Db,
  siteId: SiteId,
  prepared: Prepared[],
  estimates: Map<string, number | null> | undefined,
): Promise<Written> {
  const requests = JSON.stringify(
    prepared.map((p, ord) => {
      const issuer = p.request.issuer;
      const body = p.request.body;
      return {
        ord,
        id: p.id,
        day: p.day,
        letter: p.letter,
        k: p.k,
        field: p.field,
        language: p.language,
        token: p.token,
        audience: body.audience ?? null,
        channel: body.channel ?? null,
        via: issuer.via,
        device: issuer.via === 'kiosk' ? issuer.deviceId : null,
        at: p.at.toISOString(),
        estimate: estimates?.get(p.id) ?? null,
        actor: issuer.via === 'reception' && issuer.actor.kind === 'staff' ? issuer.actor.userId : null,
      };
    }),
  );
  const statement = sql`
    with req as (
      select * from jsonb_to_recordset(${requests}::jsonb) as r(
        ord int, id uuid, day date, letter text, k int, field text, language text, token text, audience text,
        channel text, via text, device uuid, at timestamptz, estimate real, actor uuid)
    ),
    cnt as (select day, letter, count(*)::int as n from req group by day, letter),
    c as (
      insert into ticket_counters (site_id, service_date, letter, last_number)
      select ${siteId}::uuid, day, letter, n from cnt
      on conflict (site_id, service_date, letter)
        do update set last_number = ticket_counters.last_number + excluded.last_number
      returning service_date, letter, last_number
    ),
    num as (
      select r.*, c.last_number - cnt.n + r.k as number
        from req r
        join cnt on cnt.day = r.day and cnt.letter = r.letter
        join c on c.service_date = r.day and c.letter = r.letter
    ),
    t as (
      insert into tickets (id, site_id, service_date, letter, number, code, field, language, status, token,
                           audience, channel, issued_via, device_id, issued_at, priority_at, estimate_minutes)
      select id, ${siteId}::uuid, day, letter, number,
             letter || ' ' || lpad(number::text, greatest(3, length(number::text)), '0'),
             field, language, 'waiting', token, audience, channel, via, device, at, at, estimate
        from num order by ord
      returning id, letter, number, code, field, language
    ),
    e as (
      insert into domain_events (site_id, type, data)
      select ${siteId}::uuid, 'ticket.issued',
             jsonb_build_object('id', t.id, 'code', t.code, 'field', t.field, 'language', t.language)
        from t join req on req.id = t.id order by req.ord
      returning id, type, data, at
    ),
    a as (
      insert into audit_log (actor_user_id, site_id, action, target_type, target_id, detail)
      select actor, ${siteId}::uuid, 'ticket.issue', 'ticket', id::text, '{}'::jsonb
        from req where actor is not null order by ord
    ),
    ${notifiedEvents(siteId, sql`e`)}
  select (select json_agg(json_build_object('id', t.id, 'letter', t.letter, 'number', t.number, 'code', t.code))
            from t)::text as tickets,
         (select json_agg(p.id order by p.id) from p)::text as events,
         (select coalesce(max(d.id), 0) from domain_events d where d.site_id = ${siteId}::uuid) as before,
         ${relaxedCommitColumn(db)} as relaxed`;
  const result = (await executeNamed(db, 'atrium_issue_batch', statement)) as unknown as {
    rows: { tickets: string; events: string; before: string | number }[];
  };
  const row = result.rows[0];
  if (!row) throw new Error('issuing returned nothing');
  const tickets = JSON.parse(row.tickets) as { id: string; letter: string; number: number; code: string }[];
  const codes = new Map<string, string>();
  for (const t of tickets) {
    // The code is formatted in SQL; it must read as everywhere else.
    if (t.code !== formatTicketCode(t.letter, t.number)) throw new Error(`ticket code ${t.code} for ${t.number}`);
    codes.set(t.id, t.code);
  }
  if (codes.size !== prepared.length) throw new Error('issuing wrote fewer tickets than asked');
  return {
    codes,
    eventIds: (JSON.parse(row.events) as (string | number)[]).map(Number),
    eventsBefore: Number(row.before),
  };
}

const dialect = new PgDialect();

/**
 * Runs a statement whose text never changes as a named prepared statement: on PostgreSQL each pooled
 * connection parses (and after a few runs plans) it once, instead of at every batch. PGlite runs it as usual.
 */
function executeNamed(db: Db, name: string, query: SQL) {
  return db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
}

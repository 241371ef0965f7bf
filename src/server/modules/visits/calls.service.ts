import { and, type Column, count, eq, getTableColumns, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { SiteEventType } from '../../../common/events.js';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import { chooseNext } from '../../../common/visits/queue-order.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { desks, deskSessions, tickets, zones } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { getOrSet } from '../../platform/get-or-set.js';
import { notifiedEvents, recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { openDeskSession, type DeskSessionRow } from './desk.service.js';
import { sessionQueues } from './floor.js';
import { presentStaffTicket } from './presenters.js';
import { relaxedCommitColumn, relaxQueueCommit } from './queue-commit.js';
import { Combiner } from './single-flight.js';
import { getVisitSettings } from './settings.service.js';
import { wrongState } from './tickets.service.js';

type TicketRow = typeof tickets.$inferSelect;

/** Desk numbers and zones, for the display: they rarely change, so each instance keeps them a few seconds. */
const DESK_TTL_MS = 5_000;
type DeskInfo = { id: string; number: number; label: string; zoneCode: string | null };
/** Keyed by desk id (a UUID, unique across databases), so transactions share it. */
const deskCache = new Map<string, { desk: DeskInfo; until: number }>();

async function deskInfo(tx: DbOrTx, deskId: string): Promise<DeskInfo> {
  const hit = deskCache.get(deskId);
  if (hit && hit.until > Date.now()) return hit.desk;
  const [d] = await tx
    .select({ id: desks.id, number: desks.number, label: desks.label, zoneCode: zones.code })
    .from(desks)
    .leftJoin(zones, eq(zones.id, desks.zoneId))
    .where(eq(desks.id, deskId));
  if (!d) throw new DomainError('desk.not_open');
  deskCache.set(deskId, { desk: d, until: Date.now() + DESK_TTL_MS });
  return d;
}

/** A ticket this desk session is calling or serving (by desk first: `tickets_desk_idx`). */
const holding = (session: DeskSessionRow) =>
  and(
    eq(tickets.deskId, session.deskId),
    eq(tickets.deskSessionId, session.id),
    inArray(tickets.status, ['called', 'in_session']),
  );

/** The caller's open desk session, locked (one desk's presses go one at a time), with its desk for the display. */
async function lockSessionWithDesk(tx: DbOrTx, actor: StaffPrincipal, siteId: SiteId) {
  const [row] = await tx
    .select({ session: deskSessions, number: desks.number, label: desks.label, zoneCode: zones.code })
    .from(deskSessions)
    .innerJoin(desks, eq(desks.id, deskSessions.deskId))
    .leftJoin(zones, eq(zones.id, desks.zoneId))
    .where(and(eq(deskSessions.userId, actor.userId), eq(deskSessions.siteId, siteId), isNull(deskSessions.closedAt)))
    .for('update', { of: deskSessions });
  if (!row) throw new DomainError('desk.not_open');
  const { session, number, label, zoneCode } = row;
  return { session, desk: { id: session.deskId, number, label, zoneCode } satisfies DeskInfo };
}

async function assertDeskFree(tx: DbOrTx, session: DeskSessionRow) {
  const [busy] = await tx.select({ n: count() }).from(tickets).where(holding(session));
  if ((busy?.n ?? 0) > 0) throw new DomainError('desk.busy');
}

const ticketColumns: [string, Column][] = Object.entries(getTableColumns(tickets));

/** A ticket row from `row_to_json`, mapped as Drizzle maps a selected row. */
function ticketFromJson(json: Record<string, unknown>): TicketRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of ticketColumns) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as TicketRow;
}

/**
 * Changes tickets and records one event per changed ticket in one statement (one round trip, and on
 * its own one transaction): `set` and `where` use the table's column names, qualified as `tickets.`
 * where `x` (the rows of `batch`, typed by `columns`) has the same name; `data` is the event's data as
 * SQL over `c`, the changed row. Each event is announced with NOTIFY at commit. Only walk-in queue
 * writes use it (calling, starting and ending a session): when it changed a ticket, the transaction
 * commits asynchronously on a PostgreSQL server, the caller's transaction too (see queue-commit.ts).
 */
export async function changeTickets(
  db: DbOrTx,
  siteId: SiteId,
  change: { set: SQL; where: SQL; type: SiteEventType; data: SQL; batch?: { rows: unknown[]; columns: SQL } },
): Promise<TicketRow[]> {
  const { set, where, type, data, batch } = change;
  const from = batch
    ? sql`from (select * from jsonb_to_recordset(${JSON.stringify(batch.rows)}::jsonb) as x(${batch.columns})) x`
    : sql``;
  const result = (await db.execute(sql`
    with c as (update tickets set ${set} ${from} where ${where} returning tickets.*),
    e as (
      insert into domain_events (site_id, type, data)
      select ${siteId}::uuid, ${type}::text, ${data} from c order by c.id
      returning id, type, data, at
    ),
    ${notifiedEvents(siteId, sql`e`)}
    select row_to_json(c)::text as row, (select count(*) from p) as notified, ${relaxedCommitColumn(db)} as relaxed
      from c`)) as unknown as {
    rows: { row: string }[];
  };
  return result.rows.map((r) => ticketFromJson(JSON.parse(r.row) as Record<string, unknown>));
}

const inQueues = (queues: string[]): SQL =>
  sql`(${tickets.field} || ':' || ${tickets.language}) in (${sql.join(
    queues.map((q) => sql`${q}`),
    sql`, `,
  )})`;

async function announceCall(
  tx: DbOrTx,
  siteId: SiteId,
  t: TicketRow,
  session: DeskSessionRow,
  type: 'ticket.called' | 'ticket.recalled',
) {
  const desk = await deskInfo(tx, session.deskId);
  await recordEvent(tx, siteId, type, {
    id: t.id,
    code: t.code,
    field: t.field,
    language: t.language,
    desk,
    recalls: t.recalls,
    calledAt: t.calledAt?.toISOString() ?? null,
  });
}

/** Calls the ticket `which` selects (if still waiting) and announces it, in one statement. */
async function callAndAnnounce(
  tx: DbOrTx,
  siteId: SiteId,
  session: DeskSessionRow,
  now: Date,
  which: SQL,
  known?: DeskInfo,
) {
  const desk = known ?? (await deskInfo(tx, session.deskId));
  const at = now.toISOString();
  const [called] = await changeTickets(tx, siteId, {
    set: sql`status = 'called', called_at = ${at}::timestamptz, desk_id = ${session.deskId}::uuid,
        desk_session_id = ${session.id}::uuid, organisation_id = ${session.organisationId}::uuid,
        updated_at = ${at}::timestamptz`,
    where: sql`status = 'waiting' and ${which}`,
    type: 'ticket.called',
    data: sql`jsonb_build_object('id', c.id, 'code', c.code, 'field', c.field, 'language', c.language,
          'desk', ${JSON.stringify(desk)}::jsonb, 'recalls', c.recalls, 'calledAt', ${at}::text)`,
  });
  return called;
}

const callValues = (session: DeskSessionRow, now: Date) => ({
  status: 'called',
  calledAt: now,
  deskId: session.deskId,
  deskSessionId: session.id,
  organisationId: session.organisationId,
  updatedAt: now,
});

/**
 * Calls the next client for this desk: the longest-waiting ticket of the desk's queues (transferred
 * tickets first when that rule is on), taken with FOR UPDATE SKIP LOCKED, so desks calling at the same
 * instant never receive the same ticket and none waits for another. The desk session is locked first,
 * so one desk's double press calls once. Without ratio rules the choice, the call and its event are one
 * statement; a ratio rule picks a queue from the heads of the desk's queues first. Returns null when
 * nobody is waiting in the desk's queues.
 */
export async function callNext(db: Db, actor: StaffPrincipal, site: SiteRow, siteId: SiteId, now = new Date()) {
  const settings = await getVisitSettings(db, siteId);
  const day = serviceDate(now, site.timeZone);
  // Commits asynchronously on a PostgreSQL server when it calls someone: `changeTickets` sets it (queue-commit.ts).
  return db.transaction(async (tx) => {
    const { session, desk } = await lockSessionWithDesk(tx, actor, siteId);
    const queues = sessionQueues(session.fields, session.languages, site);
    if (queues.length === 0) {
      await assertDeskFree(tx, session);
      return null;
    }
    if (session.status === 'away')
      await tx.update(deskSessions).set({ status: 'available' }).where(eq(deskSessions.id, session.id));
    const scope = and(
      eq(tickets.siteId, siteId),
      eq(tickets.status, 'waiting'),
      eq(tickets.serviceDate, day),
      inQueues(queues),
    );
    const transferred = sql<boolean>`${tickets.previousId} is not null`;
    // Checked in the same statement as the call, after the session lock: a desk holding a client calls nobody.
    const free = sql`not exists (select 1 from ${tickets} where ${holding(session)})`;
    if (settings.ratios.length === 0) {
      const order = settings.transferredFirst
        ? [sql`${tickets.previousId} is null`, tickets.priorityAt, tickets.id]
        : [tickets.priorityAt, tickets.id];
      const next = tx
        .select({ id: tickets.id })
        .from(tickets)
        .where(scope)
        .orderBy(...order)
        .limit(1)
        .for('update', { skipLocked: true });
      // A scalar subquery runs once: `IN (… LIMIT 1 FOR UPDATE SKIP LOCKED)` may run again per row and take several.
      const called = await callAndAnnounce(tx, siteId, session, now, sql`${free} and id = (${next})`, desk);
      if (called) return presentStaffTicket(called);
      await assertDeskFree(tx, session);
      return null;
    }
    await assertDeskFree(tx, session);
    for (let attempt = 0; attempt < 8; attempt++) {
      const heads = await tx
        .selectDistinctOn([tickets.field, tickets.language, transferred], {
          id: tickets.id,
          field: tickets.field,
          language: tickets.language,
          priorityAt: tickets.priorityAt,
          transferred,
        })
        .from(tickets)
        .where(scope)
        .orderBy(tickets.field, tickets.language, transferred, tickets.priorityAt);
      if (heads.length === 0) return null;
      // Calls so far today only matter to ratio rules.
      const calls = await tx
        .select({ field: tickets.field, n: count() })
        .from(tickets)
        .where(and(eq(tickets.siteId, siteId), eq(tickets.serviceDate, day), isNotNull(tickets.calledAt)))
        .groupBy(tickets.field);
      const chosen = chooseNext(
        heads.map((h) => ({
          ...h,
          field: h.field as Field,
          language: h.language as Language,
          priorityAt: h.priorityAt.getTime(),
        })),
        { transferredFirst: settings.transferredFirst, ratios: settings.ratios },
        Object.fromEntries(calls.map((c) => [c.field, c.n])),
      );
      if (!chosen) return null;
      const next = tx
        .select({ id: tickets.id })
        .from(tickets)
        .where(
          and(
            scope,
            eq(tickets.field, chosen.field),
            eq(tickets.language, chosen.language),
            sql`(${transferred}) = ${chosen.transferred}`,
          ),
        )
        .orderBy(tickets.priorityAt)
        .limit(1)
        .for('update', { skipLocked: true });
      const called = await callAndAnnounce(tx, siteId, session, now, sql`id = (${next})`, desk);
      if (called) return presentStaffTicket(called);
    }
    return null;
  });
}

/** Calls one waiting ticket out of order; the reason goes to the audit log. */
export async function callTicket(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  id: string,
  reason: string,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId, true);
    await assertDeskFree(tx, session);
    const queues = sessionQueues(session.fields, session.languages, site);
    const [called] = await tx
      .update(tickets)
      .set(callValues(session, now))
      .where(
        and(
          eq(tickets.id, id),
          eq(tickets.siteId, siteId),
          eq(tickets.status, 'waiting'),
          queues.length ? inQueues(queues) : sql`false`,
        ),
      )
      .returning();
    if (!called) throw await wrongState(tx, siteId, id);
    await announceCall(tx, siteId, called, session, 'ticket.called');
    await recordAudit(tx, actor, {
      action: 'ticket.call_out_of_order',
      targetType: 'ticket',
      targetId: id,
      siteId,
      detail: { reason },
    });
    return presentStaffTicket(called);
  });
}

/** Loads a ticket this desk holds, locked, in one of the expected states. */
export async function heldTicket(tx: DbOrTx, session: DeskSessionRow, siteId: SiteId, id: string, states: string[]) {
  const [t] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), eq(tickets.siteId, siteId)))
    .for('update');
  if (!t) throw await wrongState(tx, siteId, id);
  if (t.deskSessionId !== session.id) throw new DomainError('ticket.not_held');
  if (!states.includes(t.status)) throw new DomainError('ticket.wrong_state', { params: { status: t.status } });
  return t;
}

export async function updateTicket(tx: DbOrTx, id: string, values: Partial<typeof tickets.$inferInsert>) {
  const [row] = await tx
    .update(tickets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(tickets.id, id))
    .returning();
  if (!row) throw new Error('ticket vanished inside its transaction');
  return row;
}

export async function recallTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const settings = await getVisitSettings(db, siteId);
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    const t = await heldTicket(tx, session, siteId, id, ['called']);
    if (t.recalls >= settings.recallLimit) throw new DomainError('ticket.recall_limit');
    const row = await updateTicket(tx, id, { recalls: t.recalls + 1 });
    await announceCall(tx, siteId, row, session, 'ticket.recalled');
    return presentStaffTicket(row);
  });
}

export async function markNoShow(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const settings = await getVisitSettings(db, siteId);
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    const t = await heldTicket(tx, session, siteId, id, ['called']);
    if (t.recalls < settings.recallLimit) {
      throw new DomainError('ticket.recalls_remaining', { params: { remaining: settings.recallLimit - t.recalls } });
    }
    const row = await updateTicket(tx, id, { status: 'no_show', endedAt: new Date() });
    await recordEvent(tx, siteId, 'ticket.no_show', { id, code: row.code });
    return presentStaffTicket(row);
  });
}

export type DeskWrite = { id: string; userId: string; at: string };
const starters = new WeakMap<Db, Map<string, Combiner<DeskWrite, TicketRow>>>();

/** Starts called tickets of many desks in one statement (group commit); answers by ticket id. */
function starter(db: Db, siteId: SiteId) {
  return getOrSet(
    getOrSet(starters, db, () => new Map()),
    siteId,
    () => {
      return new Combiner<DeskWrite, TicketRow>(
        (w) => w.id,
        async (writes) => {
          const rows = await changeTickets(db, siteId, {
            batch: { rows: writes, columns: sql`id uuid, "userId" uuid, at timestamptz` },
            set: sql`status = 'in_session', started_at = x.at, updated_at = x.at`,
            where: sql`tickets.id = x.id and tickets.site_id = ${siteId}::uuid and tickets.status = 'called'
              and tickets.desk_session_id = (select s.id from desk_sessions s where s.user_id = x."userId"
                    and s.site_id = ${siteId}::uuid and s.closed_at is null)`,
            type: 'ticket.started',
            data: sql`jsonb_build_object('id', c.id, 'code', c.code, 'deskId', c.desk_id)`,
          });
          return new Map(rows.map((r) => [r.id, r]));
        },
      );
    },
  );
}

export async function startSession(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  // The usual case: this desk's called ticket starts, with its event, in a statement shared with
  // the other desks starting at the same moment.
  const started = await starter(db, siteId).submit({ id, userId: actor.userId, at: new Date().toISOString() });
  if (started) return presentStaffTicket(started);
  // Otherwise say why (no desk, not this desk's ticket, wrong state), or start it if it just became startable.
  return db.transaction(async (tx) => {
    await relaxQueueCommit(tx);
    const session = await openDeskSession(tx, actor, siteId);
    await heldTicket(tx, session, siteId, id, ['called']);
    const row = await updateTicket(tx, id, { status: 'in_session', startedAt: new Date() });
    await recordEvent(tx, siteId, 'ticket.started', { id, code: row.code, deskId: session.deskId });
    return presentStaffTicket(row);
  });
}

export async function parkTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    await heldTicket(tx, session, siteId, id, ['in_session']);
    const row = await updateTicket(tx, id, { status: 'parked' });
    await recordEvent(tx, siteId, 'ticket.parked', { id, code: row.code });
    return presentStaffTicket(row);
  });
}

export async function resumeTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId, true);
    await assertDeskFree(tx, session);
    await heldTicket(tx, session, siteId, id, ['parked']);
    const row = await updateTicket(tx, id, { status: 'in_session' });
    await recordEvent(tx, siteId, 'ticket.resumed', { id, code: row.code });
    return presentStaffTicket(row);
  });
}

/** Calling a client to a desk: the next one waiting in the desk's queues, or one out of order. */
import { and, count, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import { chooseNext } from '../../../common/visits/queue-order.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { desks, deskSessions, tickets, zones } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { type DeskInfo, deskInfo } from './desk-info.js';
import { openDeskSession, type DeskSessionRow } from './desk.service.js';
import { sessionQueues } from './floor.js';
import { assertDeskFree, holding } from './held-tickets.js';
import { presentStaffTicket } from './presenters.js';
import { getVisitSettings } from './settings.service.js';
import { changeTickets, type TicketRow } from './ticket-changes.js';
import { wrongState } from './tickets.service.js';

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

const inQueues = (queues: string[]): SQL =>
  sql`(${tickets.field} || ':' || ${tickets.language}) in (${sql.join(
    queues.map((q) => sql`${q}`),
    sql`, `,
  )})`;

export async function announceCall(
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

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { DeskState } from '../../../common/visits/schemas.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { desks, deskSessions, tickets, zones } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, findPgError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { getStaff } from '../sites/staff.service.js';
import { sessionQueues } from './floor.js';
import { presentStaffTicket } from './presenters.js';
import { getVisitSettings } from './settings.service.js';

export type DeskSessionRow = typeof deskSessions.$inferSelect;

export async function openDeskSession(tx: DbOrTx, actor: StaffPrincipal, siteId: SiteId, lock = false) {
  const query = tx
    .select()
    .from(deskSessions)
    .where(and(eq(deskSessions.userId, actor.userId), eq(deskSessions.siteId, siteId), isNull(deskSessions.closedAt)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new DomainError('desk.not_open');
  return row;
}

/** A counsellor takes a desk: they serve their fields × languages there until they leave it. */
export async function openDesk(db: Db, actor: StaffPrincipal, siteId: SiteId, deskId: string) {
  const [desk] = await db
    .select()
    .from(desks)
    .where(and(eq(desks.id, deskId), eq(desks.siteId, siteId), eq(desks.active, true)));
  if (!desk) throw new DomainError('validation.failed', { fieldErrors: [{ field: 'deskId', code: 'invalid_value' }] });
  const profile = await getStaff(db, actor.userId);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(deskSessions)
      .where(and(eq(deskSessions.userId, actor.userId), isNull(deskSessions.closedAt)));
    if (current?.deskId === deskId) return current;
    if (current) await closeSession(tx, actor, current);
    const [row] = await tx
      .insert(deskSessions)
      .values({
        siteId,
        deskId,
        userId: actor.userId,
        organisationId: actor.organisationId,
        fields: profile.fields,
        languages: profile.languages,
      })
      .returning()
      .catch((e: unknown) => {
        if (findPgError(e)?.code === '23505') throw new DomainError('desk.taken');
        throw e;
      });
    if (!row) throw notFound();
    await recordEvent(tx, siteId, 'desk_session.changed', { deskId, change: 'opened' });
    await recordAudit(tx, actor, { action: 'desk.open', targetType: 'desk', targetId: deskId, siteId });
    return row;
  });
}

async function closeSession(tx: DbOrTx, actor: StaffPrincipal, session: DeskSessionRow) {
  const busy = await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.deskSessionId, session.id), inArray(tickets.status, ['called', 'in_session'])));
  if (busy.length > 0) throw new DomainError('desk.busy');
  // Parked clients go back to their queue, keeping their place.
  await tx
    .update(tickets)
    .set({ status: 'waiting', deskId: null, deskSessionId: null, updatedAt: new Date() })
    .where(and(eq(tickets.deskSessionId, session.id), eq(tickets.status, 'parked')));
  await tx.update(deskSessions).set({ closedAt: new Date() }).where(eq(deskSessions.id, session.id));
  const siteId = session.siteId as SiteId;
  await recordEvent(tx, siteId, 'desk_session.changed', { deskId: session.deskId, change: 'closed' });
  await recordAudit(tx, actor, { action: 'desk.close', targetType: 'desk', targetId: session.deskId, siteId });
}

export async function leaveDesk(db: Db, actor: StaffPrincipal, siteId: SiteId) {
  await db.transaction(async (tx) => closeSession(tx, actor, await openDeskSession(tx, actor, siteId, true)));
}

export async function setDeskStatus(db: Db, actor: StaffPrincipal, siteId: SiteId, status: 'available' | 'away') {
  await db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId, true);
    await tx.update(deskSessions).set({ status }).where(eq(deskSessions.id, session.id));
    await recordEvent(tx, siteId, 'desk_session.changed', { deskId: session.deskId, change: status });
  });
}

/** Everything the desk screen shows: my desk, my current and parked clients, who waits in my queues. */
export async function deskState(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  now = new Date(),
): Promise<DeskState> {
  const settings = await getVisitSettings(db, siteId);
  const base = { recallLimit: settings.recallLimit, sessionLimitMinutes: site.timeLimits.counsellingMinutes };
  const [session] = await db
    .select({ s: deskSessions, desk: desks, zoneCode: zones.code })
    .from(deskSessions)
    .innerJoin(desks, eq(desks.id, deskSessions.deskId))
    .leftJoin(zones, eq(zones.id, desks.zoneId))
    .where(and(eq(deskSessions.userId, actor.userId), eq(deskSessions.siteId, siteId), isNull(deskSessions.closedAt)));
  if (!session) return { session: null, current: null, parked: [], waiting: [], ...base };
  const queues = sessionQueues(session.s.fields, session.s.languages, site);
  const held = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.deskSessionId, session.s.id), inArray(tickets.status, ['called', 'in_session', 'parked'])))
    .orderBy(asc(tickets.calledAt));
  const waiting = await db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.siteId, siteId),
        eq(tickets.status, 'waiting'),
        eq(tickets.serviceDate, serviceDate(now, site.timeZone)),
      ),
    )
    .orderBy(asc(tickets.priorityAt));
  return {
    session: {
      id: session.s.id,
      desk: { id: session.desk.id, number: session.desk.number, label: session.desk.label, zoneCode: session.zoneCode },
      status: session.s.status as 'available' | 'away',
      queues: queues.map((q) => {
        const [field, language] = q.split(':') as [Field, Language];
        return { field, language };
      }),
      openedAt: session.s.openedAt.toISOString(),
    },
    current: held.find((t) => t.status !== 'parked')
      ? presentStaffTicket(held.find((t) => t.status !== 'parked') as (typeof held)[number])
      : null,
    parked: held.filter((t) => t.status === 'parked').map(presentStaffTicket),
    waiting: waiting.filter((t) => queues.includes(`${t.field}:${t.language}`)).map(presentStaffTicket),
    ...base,
  };
}

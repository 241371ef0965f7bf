import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { TicketView } from '../../../common/visits/schemas.js';
import { toRange } from '../../../common/visits/wait-estimate.js';
import { HELD_STATUSES, type TicketStatus } from '../../../common/visits/vocabulary.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { desks, sites, tickets, zones } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { defaultSessionMinutes, floorEstimates } from './estimates.js';
import { loadFloor } from './floor.js';
import { getVisitSettings } from './settings.service.js';

async function waitingZone(db: DbOrTx, siteId: SiteId) {
  const [z] = await db
    .select({ code: zones.code })
    .from(zones)
    .where(and(eq(zones.siteId, siteId), eq(zones.kind, 'waiting')));
  return z?.code ?? null;
}

type TicketRow = typeof tickets.$inferSelect;

/**
 * What the tickets' own pages show, for many tickets at once: the floor is loaded and the waits
 * estimated once, then each ticket gets its position in its queue, its estimate and its desk.
 */
export async function ticketViews(db: DbOrTx, site: SiteRow, siteId: SiteId, rows: TicketRow[], now = new Date()) {
  const views = new Map<string, TicketView>();
  if (rows.length === 0) return views;
  const settings = await getVisitSettings(db, siteId);
  const defaultMinutes = defaultSessionMinutes(site.timeLimits.counsellingMinutes);
  const day = serviceDate(now, site.timeZone);
  const anyWaiting = rows.some((t) => t.status === 'waiting');
  const floor = anyWaiting ? await loadFloor(db, siteId, day, site, defaultMinutes) : null;
  const estimates = floor
    ? floorEstimates(floor, now.getTime(), settings, defaultMinutes)
    : new Map<string, number | null>();
  const deskIds = [...new Set(rows.map((t) => t.deskId).filter((id): id is string => id !== null))];
  const deskRows =
    deskIds.length === 0
      ? []
      : await db
          .select({ id: desks.id, number: desks.number, label: desks.label, zoneCode: zones.code })
          .from(desks)
          .leftJoin(zones, eq(zones.id, desks.zoneId))
          .where(inArray(desks.id, deskIds));
  const zone = await waitingZone(db, siteId);
  for (const t of rows) {
    const queue = floor?.waiting.filter((w) => w.field === t.field && w.language === t.language) ?? [];
    const position = t.status === 'waiting' ? queue.findIndex((w) => w.id === t.id) + 1 || null : null;
    views.set(t.id, {
      code: t.code,
      token: t.token,
      field: t.field as Field,
      language: t.language as Language,
      status: t.status as TicketStatus,
      position,
      estimate: t.status === 'waiting' ? toRange(estimates.get(t.id)) : null,
      issuedAt: t.issuedAt.toISOString(),
      calledAt: t.calledAt?.toISOString() ?? null,
      desk: HELD_STATUSES.includes(t.status as TicketStatus) ? (deskRows.find((d) => d.id === t.deskId) ?? null) : null,
      waitingZone: zone,
      siteSlug: site.slug,
      feedbackOpen: t.status === 'done',
    });
  }
  return views;
}

async function viewOf(db: DbOrTx, site: SiteRow, siteId: SiteId, t: TicketRow, now: Date): Promise<TicketView> {
  const view = (await ticketViews(db, site, siteId, [t], now)).get(t.id);
  if (!view) throw notFound();
  return view;
}

export async function ticketViewById(db: DbOrTx, site: SiteRow, siteId: SiteId, id: string, now = new Date()) {
  const [t] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), eq(tickets.siteId, siteId)));
  if (!t) throw notFound();
  return viewOf(db, site, siteId, t, now);
}

/** The ticket a token names, following transfers to the leg that is live now. */
export async function liveTicketByToken(db: DbOrTx, token: string): Promise<TicketRow> {
  let [t] = await db.select().from(tickets).where(eq(tickets.token, token));
  if (!t) throw notFound();
  for (let hops = 0; hops < 10; hops++) {
    const [next] = await db.select().from(tickets).where(eq(tickets.previousId, t.id));
    if (!next) break;
    t = next;
  }
  return t;
}

/** The phone page: by unguessable token, no login. */
export async function ticketViewByToken(db: Db, token: string, now = new Date()) {
  const t = await liveTicketByToken(db, token);
  const [site] = await db.select().from(sites).where(eq(sites.id, t.siteId));
  if (!site) throw notFound();
  return { ...(await viewOf(db, site, t.siteId as SiteId, t, now)), token };
}

/** Reception cancels a waiting ticket (the person left). */
export async function cancelTicket(db: Db, actor: Principal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(tickets)
      .set({ status: 'cancelled', endedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(tickets.id, id), eq(tickets.siteId, siteId), eq(tickets.status, 'waiting')))
      .returning();
    if (!row) throw await wrongState(tx, siteId, id);
    await recordEvent(tx, siteId, 'ticket.cancelled', { id, code: row.code });
    await recordAudit(tx, actor, { action: 'ticket.cancel', targetType: 'ticket', targetId: id, siteId });
  });
}

/** Explains why a conditional update touched nothing: unknown ticket, or it moved on. */
export async function wrongState(db: DbOrTx, siteId: SiteId, id: string) {
  const [t] = await db
    .select({ status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.id, id), eq(tickets.siteId, siteId)));
  return t ? new DomainError('ticket.wrong_state', { params: { status: t.status } }) : notFound();
}

/** Today's tickets for reception: waiting and in progress, oldest first. */
export async function listActiveTickets(db: Db, site: SiteRow, siteId: SiteId, now = new Date()) {
  const day = serviceDate(now, site.timeZone);
  return db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.siteId, siteId),
        eq(tickets.serviceDate, day),
        inArray(tickets.status, ['waiting', 'called', 'in_session', 'parked']),
      ),
    )
    .orderBy(asc(tickets.priorityAt));
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { TicketView } from '../../../common/visits/schemas.js';
import { serviceDate } from '../../../common/site-time.js';
import { toRange } from '../../../common/visits/wait-estimate.js';
import { HELD_STATUSES, type TicketStatus } from '../../../common/visits/vocabulary.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { desks, sites, tickets, zones } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { type FloorSnapshot, floorSnapshot, freshFloorSnapshot } from './floor-snapshots.js';

async function waitingZone(db: DbOrTx, siteId: SiteId) {
  const [z] = await db
    .select({ code: zones.code })
    .from(zones)
    .where(and(eq(zones.siteId, siteId), eq(zones.kind, 'waiting')));
  return z?.code ?? null;
}

type TicketRow = typeof tickets.$inferSelect;
/** The columns a ticket's view needs (the phone board selects only these). */
export type ViewRow = Pick<
  TicketRow,
  'id' | 'code' | 'token' | 'field' | 'language' | 'status' | 'issuedAt' | 'calledAt' | 'deskId'
>;

/** Each waiting ticket's place in its own queue (field and language), from the floor's queue order. */
function queuePositions(waiting: readonly { id: string; field: string; language: string }[]) {
  const counts = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const w of waiting) {
    const key = `${w.field}:${w.language}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    positions.set(w.id, n);
  }
  return positions;
}

/**
 * What the tickets' own pages show, for many tickets at once: the floor is loaded and the waits
 * estimated once, then each ticket gets its position in its queue, its estimate and its desk.
 */
export function ticketViews(db: DbOrTx, site: SiteRow, siteId: SiteId, rows: ViewRow[], now = new Date()) {
  return viewsWith(db, site, siteId, rows, () => floorSnapshot(db, site, siteId, now));
}

/**
 * The same views for live readers at the present moment (phones' board, issuing): they share floor
 * snapshots taken after they asked, so a busy floor costs one load and estimate at a time.
 */
export function liveTicketViews(db: Db, site: SiteRow, siteId: SiteId, rows: ViewRow[]) {
  return viewsWith(db, site, siteId, rows, () => freshFloorSnapshot(db, site, siteId));
}

/** The same views from a snapshot the caller already has (issuing, after it loaded the floor itself). */
export function ticketViewsFrom(db: DbOrTx, site: SiteRow, siteId: SiteId, rows: ViewRow[], shot: FloorSnapshot) {
  return viewsWith(db, site, siteId, rows, async () => shot);
}

async function viewsWith(
  db: DbOrTx,
  site: SiteRow,
  siteId: SiteId,
  rows: ViewRow[],
  snapshot: () => Promise<FloorSnapshot>,
) {
  const views = new Map<string, TicketView>();
  if (rows.length === 0) return views;
  const anyWaiting = rows.some((t) => t.status === 'waiting');
  const shot = anyWaiting ? await snapshot() : null;
  const floor = shot?.floor ?? null;
  const estimates = shot?.estimates ?? new Map<string, number | null>();
  const deskIds = [...new Set(rows.map((t) => t.deskId).filter((id): id is string => id !== null))];
  const deskRows =
    deskIds.length === 0
      ? []
      : await db
          .select({ id: desks.id, number: desks.number, label: desks.label, zoneCode: zones.code })
          .from(desks)
          .leftJoin(zones, eq(zones.id, desks.zoneId))
          .where(inArray(desks.id, deskIds));
  const zone = shot ? shot.floor.waitingZone : await waitingZone(db, siteId);
  const positions = queuePositions(floor?.waiting ?? []);
  const deskById = new Map(deskRows.map((d) => [d.id, d]));
  for (const t of rows) {
    const position = t.status === 'waiting' ? (positions.get(t.id) ?? null) : null;
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
      desk: HELD_STATUSES.includes(t.status as TicketStatus) && t.deskId ? (deskById.get(t.deskId) ?? null) : null,
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

import { and, eq, sql } from 'drizzle-orm';
import type { StationKind } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { openState, serviceDate } from '../../../common/site-time.js';
import { effectiveLimit } from '../../../common/space/rules.js';
import type { SpaceTicketView } from '../../../common/space/schemas.js';
import { formatSpaceCode, SPACE_TICKET_LETTER, type SpaceTicketStatus } from '../../../common/space/vocabulary.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { spaceCounters, spaceTickets } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { type SiteRow, siteById } from '../sites/sites.service.js';
import { offerFreeStations } from './offers.js';
import { getSpaceRules } from './settings.service.js';
import { loadFloor, type SpaceTicketRow, waitingCount } from './space-floor.js';
import { spaceTransaction } from './space-tx.js';

export type SpaceIssuer = { via: 'kiosk' | 'reception'; actor: Principal };

/**
 * Puts someone on the waiting list for a computer or a tablet. If a station of that kind is free, it
 * is offered to them at once (the first in line).
 */
export async function issueSpaceTicket(
  db: Db,
  site: SiteRow,
  siteId: SiteId,
  kind: StationKind,
  issuer: SpaceIssuer,
  now = new Date(),
) {
  if (!openState(site.openingHours, now, site.timeZone, 0).open) throw new DomainError('space.closed');
  const day = serviceDate(now, site.timeZone);
  const letter = SPACE_TICKET_LETTER[kind];
  const token = await spaceTransaction(db, siteId, async (tx) => {
    const [counter] = await tx
      .insert(spaceCounters)
      .values({ siteId, serviceDate: day, letter, lastNumber: 1 })
      .onConflictDoUpdate({
        target: [spaceCounters.siteId, spaceCounters.serviceDate, spaceCounters.letter],
        set: { lastNumber: sql`${spaceCounters.lastNumber} + 1` },
      })
      .returning({ n: spaceCounters.lastNumber });
    if (!counter) throw new Error('counter upsert returned nothing');
    const [row] = await tx
      .insert(spaceTickets)
      .values({
        siteId,
        serviceDate: day,
        code: formatSpaceCode(kind, counter.n),
        token: randomToken(16),
        kind,
        status: 'waiting',
        issuedVia: issuer.via,
        issuedAt: now,
      })
      .returning();
    if (!row) throw new Error('ticket insert returned nothing');
    await recordEvent(tx, siteId, 'space.ticket_changed', {
      ticketIds: [row.id],
      stationIds: [],
      change: 'issued',
      code: row.code,
    });
    if (issuer.actor.kind === 'staff') {
      await recordAudit(tx, issuer.actor, {
        action: 'space_ticket.issue',
        targetType: 'space_ticket',
        targetId: row.id,
        siteId,
      });
    }
    await offerFreeStations(tx, siteId, now);
    return row.token;
  });
  return spaceTicketView(db, token);
}

async function viewOf(db: DbOrTx, site: SiteRow, t: SpaceTicketRow): Promise<SpaceTicketView> {
  const siteId = trustedSiteId(site.id);
  const floor = await loadFloor(db, siteId);
  const rules = await getSpaceRules(db, siteId);
  const kind = t.kind as StationKind;
  const queue = floor.waiting.filter((w) => w.kind === kind && w.status === 'waiting');
  const position = t.status === 'waiting' ? queue.findIndex((w) => w.id === t.id) + 1 || null : null;
  const station = t.status === 'offered' ? floor.stations.find((s) => s.id === t.offeredStationId) : undefined;
  const zone = station ? floor.zones.find((z) => z.id === station.zoneId) : undefined;
  const limit = effectiveLimit(site.timeLimits, kind, waitingCount(floor, kind), rules);
  return {
    code: t.code,
    token: t.token,
    kind,
    status: t.status as SpaceTicketStatus,
    position,
    issuedAt: t.issuedAt.toISOString(),
    offer:
      station && t.offerExpiresAt
        ? { stationLabel: station.label, zoneCode: zone?.code ?? null, expiresAt: t.offerExpiresAt.toISOString() }
        : null,
    limit: { minutes: limit.minutes, normalMinutes: limit.normalMinutes, shortened: limit.shortened },
    siteSlug: site.slug,
  };
}

export async function spaceTicketRow(db: DbOrTx, token: string) {
  const [t] = await db.select().from(spaceTickets).where(eq(spaceTickets.token, token));
  if (!t) throw notFound();
  return t;
}

/** The phone page of a digital-space ticket: by unguessable token, no login. */
export async function spaceTicketView(db: Db, token: string) {
  const t = await spaceTicketRow(db, token);
  const site = await siteById(db, trustedSiteId(t.siteId));
  return viewOf(db, site, t);
}

/** Reception cancels a ticket (the person left). */
export async function cancelSpaceTicket(db: Db, actor: Principal, siteId: SiteId, id: string, now = new Date()) {
  await spaceTransaction(db, siteId, async (tx) => {
    const [row] = await tx
      .update(spaceTickets)
      .set({ status: 'cancelled', closedAt: now })
      .where(
        and(
          eq(spaceTickets.id, id),
          eq(spaceTickets.siteId, siteId),
          sql`${spaceTickets.status} in ('waiting', 'offered')`,
        ),
      )
      .returning();
    if (!row) throw new DomainError('space.ticket_invalid');
    await recordEvent(tx, siteId, 'space.ticket_changed', {
      ticketIds: [id],
      stationIds: row.offeredStationId ? [row.offeredStationId] : [],
      change: 'cancelled',
    });
    await recordAudit(tx, actor, { action: 'space_ticket.cancel', targetType: 'space_ticket', targetId: id, siteId });
    await offerFreeStations(tx, siteId, now);
  });
}

import { and, eq, lte } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Db, Tx } from '../../db/client.js';
import { spaceTickets } from '../../db/schema/index.js';
import { recordEvent } from '../../platform/events/record.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { freeStations, loadFloor } from './space-floor.js';
import { getSpaceRules } from './settings.service.js';
import { spaceTransaction } from './space-tx.js';

/**
 * Offers every free station to the longest-waiting ticket of its kind. Runs inside the caller's
 * space transaction after anything that may free a station or add a ticket.
 */
export async function offerFreeStations(tx: Tx, siteId: SiteId, now: Date) {
  // Most changes happen with nobody waiting: one cheap look before loading the whole floor.
  const [anyone] = await tx
    .select({ id: spaceTickets.id })
    .from(spaceTickets)
    .where(and(eq(spaceTickets.siteId, siteId), eq(spaceTickets.status, 'waiting')))
    .limit(1);
  if (!anyone) return [];
  const floor = await loadFloor(tx, siteId);
  const rules = await getSpaceRules(tx, siteId);
  const offered: string[] = [];
  for (const kind of ['computer', 'tablet'] as const) {
    const free = freeStations(floor, kind);
    const queue = floor.waiting.filter((t) => t.kind === kind && t.status === 'waiting');
    for (let i = 0; i < Math.min(free.length, queue.length); i++) {
      const station = free[i];
      const ticket = queue[i];
      if (!station || !ticket) break;
      await tx
        .update(spaceTickets)
        .set({
          status: 'offered',
          offeredStationId: station.id,
          offeredAt: now,
          offerExpiresAt: new Date(now.getTime() + rules.offerMinutes * 60_000),
        })
        .where(eq(spaceTickets.id, ticket.id));
      offered.push(ticket.id);
      await recordEvent(tx, siteId, 'space.ticket_changed', {
        ticketIds: [ticket.id],
        stationIds: [station.id],
        change: 'offered',
        code: ticket.code,
        stationLabel: station.label,
      });
    }
  }
  return offered;
}

/** Offers not claimed in time expire and the station passes to the next ticket. Idempotent (a job). */
export async function expireOffers(db: Db, now = new Date()) {
  const due = await db
    .selectDistinct({ siteId: spaceTickets.siteId })
    .from(spaceTickets)
    .where(and(eq(spaceTickets.status, 'offered'), lte(spaceTickets.offerExpiresAt, now)));
  let expired = 0;
  for (const { siteId: raw } of due) {
    // The id comes from a row whose foreign key names the site.
    const siteId = trustedSiteId(raw);
    expired += await spaceTransaction(db, siteId, async (tx) => {
      const rows = await tx
        .update(spaceTickets)
        .set({ status: 'expired', closedAt: now })
        .where(
          and(
            eq(spaceTickets.siteId, siteId),
            eq(spaceTickets.status, 'offered'),
            lte(spaceTickets.offerExpiresAt, now),
          ),
        )
        .returning({ id: spaceTickets.id, stationId: spaceTickets.offeredStationId });
      if (rows.length > 0) {
        await recordEvent(tx, siteId, 'space.ticket_changed', {
          ticketIds: rows.map((r) => r.id),
          stationIds: rows.map((r) => r.stationId).filter(Boolean),
          change: 'expired',
        });
        await offerFreeStations(tx, siteId, now);
      }
      return rows.length;
    });
  }
  return expired;
}

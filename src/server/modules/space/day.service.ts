import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { serviceDate } from '../../../common/site-time.js';
import type { Db } from '../../db/client.js';
import { spaceTickets, stationUses } from '../../db/schema/index.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { recordEvent } from '../../platform/events/record.js';
import { siteById } from '../sites/sites.service.js';
import { expireOffers } from './offers.js';
import { spaceTransaction } from './space-tx.js';

/**
 * Closes the digital space's past days: tickets still waiting (or offered) on an earlier service day
 * are closed, and a use left open overnight ends at its end time. Idempotent (a job).
 */
export async function closeSpaceDays(db: Db, now = new Date()) {
  const open = await db
    .selectDistinct({ siteId: spaceTickets.siteId })
    .from(spaceTickets)
    .where(inArray(spaceTickets.status, ['waiting', 'offered']))
    .union(db.selectDistinct({ siteId: stationUses.siteId }).from(stationUses).where(isNull(stationUses.endedAt)));
  let closed = 0;
  for (const { siteId: raw } of open) {
    const siteId = trustedSiteId(raw);
    const site = await siteById(db, siteId);
    const today = serviceDate(now, site.timeZone);
    closed += await spaceTransaction(db, siteId, async (tx) => {
      const tickets = await tx
        .update(spaceTickets)
        .set({ status: 'closed', closedAt: now })
        .where(
          and(
            eq(spaceTickets.siteId, siteId),
            inArray(spaceTickets.status, ['waiting', 'offered']),
            lt(spaceTickets.serviceDate, today),
          ),
        )
        .returning({ id: spaceTickets.id });
      const uses = await tx
        .update(stationUses)
        .set({ endedAt: sql`least(${stationUses.endsAt}, ${now.toISOString()}::timestamptz)` })
        .where(and(eq(stationUses.siteId, siteId), isNull(stationUses.endedAt), lt(stationUses.serviceDate, today)))
        .returning({ stationId: stationUses.stationId });
      if (tickets.length + uses.length > 0) {
        await recordEvent(tx, siteId, 'space.ticket_changed', {
          ticketIds: tickets.map((t) => t.id),
          stationIds: uses.map((u) => u.stationId),
          change: 'day_closed',
        });
      }
      return tickets.length + uses.length;
    });
  }
  return closed;
}

/** One round of the digital space's periodic work: offers that ran out, then past days. */
export async function spaceRound(db: Db, now = new Date()) {
  await expireOffers(db, now);
  await closeSpaceDays(db, now);
}

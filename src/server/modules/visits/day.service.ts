import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { openState, serviceDate } from '../../../common/site-time.js';
import type { Db } from '../../db/client.js';
import { deskSessions, sites, tickets } from '../../db/schema/index.js';
import { recordEvent } from '../../platform/events/record.js';
import { getVisitSettings } from './settings.service.js';

/**
 * Day close-out, run every minute by a job: once a site has closed (or the service day is over),
 * tickets still waiting, called or parked become "not served" (counted, never silently dropped), and
 * desks left open are closed. Idempotent, so several instances may run it.
 */
export async function closeOutDays(db: Db, now = new Date()) {
  const allSites = await db.select().from(sites);
  let closed = 0;
  for (const site of allSites) {
    const siteId = site.id as SiteId;
    const today = serviceDate(now, site.timeZone);
    const settings = await getVisitSettings(db, siteId);
    const state = openState(site.openingHours, now, site.timeZone, settings.closeBeforeMinutes);
    // Closed for the rest of the day (not a lunch break between two opening intervals).
    const closedNow = !state.open && state.opensAtMinutes === null;
    closed += await db.transaction(async (tx) => {
      const stale = await tx
        .update(tickets)
        .set({ status: 'not_served', endedAt: now, updatedAt: now })
        .where(
          and(
            eq(tickets.siteId, siteId),
            inArray(tickets.status, ['waiting', 'called', 'parked']),
            closedNow
              ? or(lt(tickets.serviceDate, today), eq(tickets.serviceDate, today))
              : lt(tickets.serviceDate, today),
          ),
        )
        .returning({ id: tickets.id, code: tickets.code });
      if (stale.length > 0) await recordEvent(tx, siteId, 'ticket.not_served', { count: stale.length });
      if (closedNow) {
        await tx
          .update(deskSessions)
          .set({ closedAt: now })
          .where(and(eq(deskSessions.siteId, siteId), isNull(deskSessions.closedAt)));
      }
      return stale.length;
    });
  }
  return closed;
}

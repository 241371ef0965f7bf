import { and, eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate, siteParts } from '../../../common/site-time.js';
import { average, occupancyByHour } from '../../../common/space/rules.js';
import type { SpaceSummary } from '../../../common/space/schemas.js';
import type { Db } from '../../db/client.js';
import { helpRequests, spaceTickets, stationUses } from '../../db/schema/index.js';
import type { SiteRow } from '../sites/sites.service.js';

const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;

/** Today's figures for the manager, computed from the anonymous records. */
export async function spaceSummary(db: Db, site: SiteRow, siteId: SiteId, now = new Date()): Promise<SpaceSummary> {
  const day = serviceDate(now, site.timeZone);
  const [uses, tickets, help] = await Promise.all([
    db
      .select()
      .from(stationUses)
      .where(and(eq(stationUses.siteId, siteId), eq(stationUses.serviceDate, day))),
    db
      .select()
      .from(spaceTickets)
      .where(and(eq(spaceTickets.siteId, siteId), eq(spaceTickets.serviceDate, day))),
    db
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.siteId, siteId), eq(helpRequests.serviceDate, day))),
  ]);
  // Site midnight: now minus the minutes since midnight in the site's time zone.
  const parts = siteParts(now, site.timeZone);
  const dayStart = new Date(
    now.getTime() - (parts.minutes * 60 + now.getUTCSeconds()) * 1000 - now.getUTCMilliseconds(),
  );
  const occupancy = occupancyByHour(
    uses.map((u) => ({ start: u.startedAt, end: u.endedAt ?? (u.endsAt < now ? u.endsAt : now) })),
    dayStart,
    24,
  )
    .map((v, h) => ({ hour: `${String(h).padStart(2, '0')}:00`, stationsInUse: v }))
    .filter((_, h) => h >= 7 && h <= 20);
  const ended = uses.filter((u) => u.endedAt);
  const seated = tickets.filter((t) => t.seatedAt);
  return {
    date: day,
    occupancy,
    uses: uses.length,
    averageUseMinutes: average(ended.map((u) => minutes(u.startedAt, u.endedAt as Date))),
    extensions: uses.reduce((n, u) => n + u.extensions, 0),
    tickets: tickets.length,
    averageWaitMinutes: average(seated.map((t) => minutes(t.issuedAt, t.seatedAt as Date))),
    expiredOffers: tickets.filter((t) => t.status === 'expired').length,
    helpRequests: help.length,
    averageHelpAckMinutes: average(
      help.filter((h) => h.acknowledgedAt).map((h) => minutes(h.raisedAt, h.acknowledgedAt as Date)),
    ),
    averageHelpResolveMinutes: average(
      help.filter((h) => h.resolvedAt && h.status === 'resolved').map((h) => minutes(h.raisedAt, h.resolvedAt as Date)),
    ),
  };
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Station, Zone } from '../../../common/schemas/sites/places.js';
import type { DbOrTx } from '../../db/client.js';
import { helpRequests, spaceTickets, stationUses } from '../../db/schema/index.js';
import { stationsService, zonesService } from '../sites/places.service.js';

export type UseRow = typeof stationUses.$inferSelect;
export type HelpRow = typeof helpRequests.$inferSelect;
export type SpaceTicketRow = typeof spaceTickets.$inferSelect;

/** Everything the digital space is made of right now: stations, open uses, open help, the waiting list. */
export type SpaceFloor = {
  stations: Station[];
  zones: Zone[];
  uses: Map<string, UseRow>;
  help: Map<string, HelpRow>;
  offers: Map<string, SpaceTicketRow>;
  waiting: SpaceTicketRow[];
};

/** Stations and zones come from the sites module; uses, help and tickets are this module's own. */
export async function loadFloor(tx: DbOrTx, siteId: SiteId): Promise<SpaceFloor> {
  // Inside a transaction, every read goes through it (PGlite has one connection).
  const stations = await stationsService.list(tx, siteId);
  const zones = await zonesService.list(tx, siteId);
  const uses = await tx
    .select()
    .from(stationUses)
    .where(and(eq(stationUses.siteId, siteId), isNull(stationUses.endedAt)));
  const help = await tx
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.siteId, siteId), inArray(helpRequests.status, ['raised', 'acknowledged'])))
    .orderBy(asc(helpRequests.raisedAt));
  const tickets = await tx
    .select()
    .from(spaceTickets)
    .where(and(eq(spaceTickets.siteId, siteId), inArray(spaceTickets.status, ['waiting', 'offered'])))
    .orderBy(asc(spaceTickets.issuedAt), asc(spaceTickets.code));
  return {
    stations,
    zones,
    uses: new Map(uses.map((u) => [u.stationId, u])),
    help: new Map(help.map((h) => [h.stationId, h])),
    offers: new Map(tickets.filter((t) => t.offeredStationId).map((t) => [t.offeredStationId as string, t])),
    waiting: tickets,
  };
}

/** Stations nobody uses, in service, not offered to anyone: the ones a waiting ticket may get. */
export const freeStations = (floor: SpaceFloor, kind?: string) =>
  floor.stations.filter(
    (s) => !s.outOfOrder && !floor.uses.has(s.id) && !floor.offers.has(s.id) && (!kind || s.kind === kind),
  );

export const waitingCount = (floor: SpaceFloor, kind: string) =>
  floor.waiting.filter((t) => t.kind === kind && t.status === 'waiting').length;

import { eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { spaceTickets } from '../../db/schema/index.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { stationsService } from '../sites/places.service.js';
import { offerFreeStations } from './offers.js';
import { loadFloor } from './space-floor.js';
import { spaceTransaction } from './space-tx.js';

/**
 * Out of order (with a note) or back in service. The station itself belongs to the sites module and
 * is changed through its service; a station in use is first ended or moved by the steward.
 */
export async function setOutOfOrder(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  stationId: string,
  note: string | null,
) {
  const floor = await loadFloor(db, siteId);
  const station = floor.stations.find((s) => s.id === stationId);
  if (!station) throw notFound();
  if (note !== null && floor.uses.has(stationId)) throw new DomainError('station.busy');
  const updated = await stationsService.update(db, actor, siteId, stationId, { outOfOrder: note !== null, note });
  // An offer on a station that broke passes on; a station back in service may be offered.
  await spaceTransaction(db, siteId, async (tx) => {
    await recordEvent(tx, siteId, 'space.changed', {
      stationIds: [stationId],
      change: note ? 'out_of_order' : 'in_service',
    });
    if (note !== null) {
      const offer = floor.offers.get(stationId);
      if (offer) {
        await tx
          .update(spaceTickets)
          .set({ status: 'waiting', offeredStationId: null, offeredAt: null, offerExpiresAt: null })
          .where(eq(spaceTickets.id, offer.id));
      }
    }
    await offerFreeStations(tx, siteId, new Date());
  });
  return updated;
}

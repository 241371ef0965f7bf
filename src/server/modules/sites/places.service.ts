import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  deskInputSchema,
  roomInputSchema,
  stationInputSchema,
  zoneInputSchema,
} from '../../../common/schemas/sites/places.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { desks, rooms, stations, zones } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';
import { presentDesk, presentRoom, presentStation, presentZone } from './presenters.js';
import { siteResource } from './site-resource.js';

/** A zone given in an input must belong to the same site. */
async function checkZone(db: Db, siteId: SiteId, input: Record<string, unknown>) {
  const zoneId = input.zoneId;
  if (typeof zoneId !== 'string') return;
  const [zone] = await db
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.id, zoneId), eq(zones.siteId, siteId)));
  if (!zone) throw new DomainError('validation.failed', { fieldErrors: [{ field: 'zoneId', code: 'invalid_value' }] });
}

export const zonesService = siteResource<
  typeof zones.$inferSelect,
  ReturnType<typeof presentZone>,
  z.infer<typeof zoneInputSchema>
>({
  name: 'zone',
  table: zones,
  orderBy: zones.code,
  eventType: 'zone.changed',
  uniqueConstraints: { zones_site_code_key: 'code' },
  present: presentZone,
});

export const desksService = siteResource<
  typeof desks.$inferSelect,
  ReturnType<typeof presentDesk>,
  z.infer<typeof deskInputSchema>
>({
  name: 'desk',
  table: desks,
  orderBy: desks.number,
  eventType: 'desk.changed',
  uniqueConstraints: { desks_site_number_key: 'number' },
  present: presentDesk,
  check: checkZone,
});

export const roomsService = siteResource<
  typeof rooms.$inferSelect,
  ReturnType<typeof presentRoom>,
  z.infer<typeof roomInputSchema>
>({
  name: 'room',
  table: rooms,
  orderBy: rooms.name,
  eventType: 'room.changed',
  uniqueConstraints: { rooms_site_name_key: 'name' },
  present: presentRoom,
  check: checkZone,
});

export const stationsService = siteResource<
  typeof stations.$inferSelect,
  ReturnType<typeof presentStation>,
  z.infer<typeof stationInputSchema>
>({
  name: 'station',
  table: stations,
  orderBy: stations.label,
  eventType: 'station.changed',
  uniqueConstraints: { stations_site_label_key: 'label' },
  present: presentStation,
  check: checkZone,
});

/** One room of a site (for bookings), or null when it does not exist there. */
export async function getRoom(db: Db, siteId: SiteId, id: string) {
  const [row] = await db
    .select()
    .from(rooms)
    .where(and(eq(rooms.id, id), eq(rooms.siteId, siteId)));
  return row ? presentRoom(row) : null;
}

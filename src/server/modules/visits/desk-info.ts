/** A desk's number, label and zone as call announcements show them, cached a few seconds per instance. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { desks, zones } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';

/** Desk numbers and zones, for the display: they rarely change, so each instance keeps them a few seconds. */
const DESK_TTL_MS = 5_000;
export type DeskInfo = { id: string; number: number; label: string; zoneCode: string | null };
/** Keyed by desk id (a UUID, unique across databases), so transactions share it. */
const deskCache = new Map<string, { desk: DeskInfo; until: number }>();

export async function deskInfo(tx: DbOrTx, deskId: string): Promise<DeskInfo> {
  const hit = deskCache.get(deskId);
  if (hit && hit.until > Date.now()) return hit.desk;
  const [d] = await tx
    .select({ id: desks.id, number: desks.number, label: desks.label, zoneCode: zones.code })
    .from(desks)
    .leftJoin(zones, eq(zones.id, desks.zoneId))
    .where(eq(desks.id, deskId));
  if (!d) throw new DomainError('desk.not_open');
  deskCache.set(deskId, { desk: d, until: Date.now() + DESK_TTL_MS });
  return d;
}
